extension Int {
  /// `value` rounded by `rule` and clamped to `range`; NaN gives `range.lowerBound`.
  ///
  /// Swift traps (a crash, SIGILL) when a Double beyond Int's range or NaN is converted with
  /// `Int(_:)`; every count or index computed from a value a user can influence (a length in
  /// device units, a number of pieces) goes through this instead, with the bound that keeps
  /// the work finite stated at the call.
  init(clamping value: Double, to range: ClosedRange<Int>, rounding rule: FloatingPointRoundingRule = .towardZero) {
    guard !value.isNaN else {
      self = range.lowerBound
      return
    }
    let rounded = value.rounded(rule)
    if rounded <= Double(range.lowerBound) {
      self = range.lowerBound
    } else if rounded >= Double(range.upperBound) {
      self = range.upperBound
    } else {
      self = Int(rounded)
    }
  }
}
