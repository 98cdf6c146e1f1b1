extension Size {
  /// `480x360`: a canvas size in points, for messages.
  public var text: String { "\(Check.format(width))x\(Check.format(height))" }
}
