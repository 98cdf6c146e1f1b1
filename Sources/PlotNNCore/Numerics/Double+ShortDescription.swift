extension Double {
  /// Swift's shortest round-trip spelling, without a trailing ".0" on whole numbers.
  public var shortDescription: String {
    if self == rounded(), abs(self) < 1e15 { return String(Int64(self)) }
    return description
  }
}
