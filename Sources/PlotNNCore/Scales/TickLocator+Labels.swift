extension TickLocator {
  /// Labelled ticks for `range` on an axis `length` device units long that do not crowd:
  /// starting from `bins` bins (matplotlib's 'auto' count for the axis, say), the bin
  /// count is lowered until every two adjacent labels are at least `spacing(a, b)` device
  /// units apart along the axis. `fits` is false when even one bin is too crowded; the
  /// one-bin ticks are returned then, for callers that draw them anyway.
  ///
  /// Every chart's axes use this: line charts, contour panels, the colour bar and the
  /// projected edges of the 3-D box (each with its own spacing rule).
  public static func labelledTicks(
    _ range: ClosedRange<Double>, length: Double, bins: Int, spacing: (RichText, RichText) -> Double
  ) -> (ticks: [AxisTick], fits: Bool) {
    let (lo, hi) = (range.lowerBound, range.upperBound)
    var n = max(bins, 1)
    while true {
      let values = TickLocator(maxBins: n).ticks(from: lo, to: hi)
      let formatter = TickFormatter(ticks: values)
      let ticks = values.map {
        AxisTick(value: $0, position: ($0 - lo) / (hi - lo) * length, label: formatter.label($0))
      }
      let crowded = zip(ticks, ticks.dropFirst()).contains { a, b in
        (b.value - a.value) / (hi - lo) * length < spacing(a.label, b.label)
      }
      if !crowded || n <= 1 { return (ticks, !crowded) }
      n -= 1
    }
  }
}
