/// The checks figure kinds share, each throwing a ``FigureSpecError`` that names the field,
/// says what is allowed and shows the value: the one place such a rule is written.
enum FieldRules {
  /// A given value must be finite.
  static func finite(_ value: Double?, _ field: String) throws(FigureSpecError) {
    if let value, !value.isFinite { throw .value(field, "must be a finite number (got \(value))") }
  }

  /// A given value must be finite and greater than 0.
  static func positive(_ value: Double?, _ field: String) throws(FigureSpecError) {
    if let value, !(value.isFinite && value > 0) {
      throw .value(field, "must be a finite number greater than 0 (got \(value))")
    }
  }

  /// A given value must lie in `range`.
  static func within(_ value: Double?, _ range: ClosedRange<Double>, _ field: String) throws(FigureSpecError) {
    if let value, !range.contains(value) {
      throw .value(field, "must be from \(range.lowerBound) to \(range.upperBound) (got \(value))")
    }
  }

  /// A given whole number must lie in `range`.
  static func within(_ value: Int?, _ range: ClosedRange<Int>, _ field: String) throws(FigureSpecError) {
    if let value, !range.contains(value) {
      throw .value(field, "must be from \(range.lowerBound) to \(range.upperBound) (got \(value))")
    }
  }

  /// When both ends are given, the low one must be below the high one.
  static func ordered(_ low: Double?, _ lowField: String, _ high: Double?, _ highField: String)
    throws(FigureSpecError)
  {
    if let low, let high, !(low < high) {
      throw .value(
        lowField, "must be less than \(field: highField) (got \(field: lowField) \(low), \(field: highField) \(high))")
    }
  }

  /// A range a chart can map onto device units: its width finite (±1e308 ends would overflow
  /// it), at least 10⁻⁹ of its largest end (narrower, doubles are too coarse to sample a
  /// curve across hundreds of device pixels) and at least 10⁻¹⁰⁰ (so device units per
  /// data unit stay finite, with room for the sampler's arithmetic).
  ///
  /// A y range is only mapped, never sampled across: it needs ``LineChart/flatUlps`` units
  /// in the last place of its largest end (about 2.3 × 10⁻¹³ of it) instead of 10⁻⁹, so
  /// 1 + 10⁻¹⁰·x is drawn (``LineChart/isFlat(_:_:)``).
  static func drawable(_ range: ClosedRange<Double>, axis: String, fields: (String, String)) throws(FigureSpecError) {
    let (lo, hi) = (range.lowerBound, range.upperBound)
    let width = hi - lo
    let mapped = axis == "y"
    let largest = max(abs(lo), abs(hi))
    let least = mapped ? LineChart.flatUlps * largest.ulp : 1e-9 * largest
    guard width.isFinite, width >= least, width >= 1e-100 else {
      let relative = mapped ? "\(Int(LineChart.flatUlps)) units in the last place (about 2.3e-13)" : "1e-9"
      throw FigureSpecError(
        field: fields.0,
        message: "the \(axis) range [\(lo), \(hi)] cannot be drawn: its width must be finite, at least 1e-100, "
          + "and at least \(relative) of its largest end; choose \(field: fields.0) and \(field: fields.1) accordingly")
    }
  }
}
