extension LineChart {
  /// The y range drawn: the chart's own, or the data's extent with 5 % headroom.
  ///
  /// The extent is taken over 1024 evenly spaced x plus each breakpoint's one-sided limits
  /// (so a jump's ends count), non-finite values skipped. A flat extent widens by
  /// ±max(1, 5 % of its value), as a single horizontal line needs some room.
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
    // Flat: ±max(1, 5 % of the value), so a line at 1e16 still gets a drawable range.
    if hi - lo <= 1e-12 * Swift.max(1, abs(lo)) {
      let spread = Swift.max(1, 0.05 * abs(lo))
      return (lo - spread)...(hi + spread)
    }
    let pad = 0.05 * (hi - lo)
    return (lo - pad)...(hi + pad)
  }
}
