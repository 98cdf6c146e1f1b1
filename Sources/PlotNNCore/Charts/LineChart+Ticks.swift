extension LineChart.TickChoice {
  /// Most ticks an axis may be given (``values(in:)`` returns no more).
  public static let maximumTicks = 100

  /// The tick values inside `range` (nil: automatic), sorted, each once, at most
  /// ``maximumTicks``. A step gives k·step for every whole k with k·step in the range
  /// (one part in 10⁹ of the range of slack at the ends, so 0.1·3 counts on [0, 0.3]).
  ///
  /// Decision: ticks never change the range: values outside it are not drawn (matplotlib
  /// with fixed limits does the same), since the range is the data's or the author's.
  public func values(in range: ClosedRange<Double>) -> [Double]? {
    let (lo, hi) = (range.lowerBound, range.upperBound)
    let slack = 1e-9 * (hi - lo)
    switch self {
    case .automatic: return nil
    case .values(let given):
      let inside = given.filter { $0.isFinite && $0 >= lo - slack && $0 <= hi + slack }
      return Array(Set(inside).sorted().prefix(Self.maximumTicks))
    case .step(let step):
      guard step.isFinite, step > 0, let count = Self.stepCount(step, in: range), count > 0 else { return [] }
      let first = ((lo - slack) / step).rounded(.up)
      return (0..<Swift.min(count, Self.maximumTicks)).map { (first + Double($0)) * step }
    }
  }

  /// How many multiples of `step` lie in `range` (nil when more than an Int holds).
  public static func stepCount(_ step: Double, in range: ClosedRange<Double>) -> Int? {
    let slack = 1e-9 * (range.upperBound - range.lowerBound)
    let first = ((range.lowerBound - slack) / step).rounded(.up)
    let last = ((range.upperBound + slack) / step).rounded(.down)
    let n = last - first + 1
    guard n.isFinite, n < 1e15 else { return nil }
    return Swift.max(0, Int(n))
  }
}

extension LineChart {
  /// Labelled ticks at `values` on an axis `length` long showing `range`: one
  /// ``TickFormatter`` for all, so the axis has one format, offset and power of ten as with
  /// automatic ticks.
  static func givenTicks(_ values: [Double], range: ClosedRange<Double>, length: Double) -> LabelledTicks {
    let (lo, hi) = (range.lowerBound, range.upperBound)
    let formatter = TickFormatter(ticks: values, range: range, sharedText: true)
    let ticks = values.map {
      AxisTick(value: $0, position: ($0 - lo) / (hi - lo) * length, label: formatter.label($0))
    }
    return LabelledTicks(ticks: ticks, fits: true, formatter: formatter)
  }
}
