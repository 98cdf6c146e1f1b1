extension Size {
  /// `640x480` (any case of x): the size as the CLI and the manifest write it.
  public init?(text: String) {
    let parts = text.lowercased().split(separator: "x", omittingEmptySubsequences: false)
    guard parts.count == 2, let w = Double(parts[0]), let h = Double(parts[1]) else { return nil }
    self.init(width: w, height: h)
  }

  /// `640x480`, as ``init(text:)`` reads it.
  public var text: String { "\(Check.format(width))x\(Check.format(height))" }
}
