extension LineChart {
  /// The y range drawn: the chart's own, or the data's extent with 5 % headroom.
  ///
  /// The extent is taken over 1024 evenly spaced x plus each breakpoint's one-sided limits
  /// (so a jump's ends count), non-finite values skipped. A flat extent widens to ±1
  /// around its value, as a single horizontal line needs some room.
  public var resolvedYRange: ClosedRange<Double> {
    if let yRange { return yRange }
    var lo = Double.infinity
    var hi = -Double.infinity
    let (a, b) = (xRange.lowerBound, xRange.upperBound)
    for s in series {
      let f = s.function
      var xs = (0...1024).map { EvenSpacing.value($0, of: 1024, from: a, to: b) }
      for c in f.breakpoints where c > a && c < b { xs += [c, c.nextDown, c.nextUp] }
      for x in xs {
        let y = f(x)
        guard y.isFinite else { continue }
        lo = Swift.min(lo, y)
        hi = Swift.max(hi, y)
      }
    }
    for note in annotations where note.y.isFinite {
      lo = Swift.min(lo, note.y)
      hi = Swift.max(hi, note.y)
    }
    guard lo.isFinite, hi.isFinite else { return -1...1 }
    if hi - lo <= 1e-12 * Swift.max(1, abs(lo)) { return (lo - 1)...(hi + 1) }
    let pad = 0.05 * (hi - lo)
    return (lo - pad)...(hi + pad)
  }
}
