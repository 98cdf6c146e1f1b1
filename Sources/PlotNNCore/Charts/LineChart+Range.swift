extension LineChart {
  /// Fewest samples of a curve's y extent (see ``resolvedYRange``).
  public static let minimumExtentSamples = 48

  /// The y range drawn: the chart's own, or the data's extent with 5 % headroom.
  ///
  /// The extent is taken over 1024 evenly spaced x plus each cut's one-sided limits (the
  /// breakpoints the sampler makes vertices, ``AdaptiveSampler/cuts(_:from:to:)``, so a
  /// jump's ends count), non-finite values skipped. A flat extent widens by
  /// ±max(1, 5 % of its value), as a single horizontal line needs some room.
  ///
  /// Bound: the 1025 samples of a curve cost at most half its ``curveWork``; a costlier
  /// function (many long expressions in one chart) gets fewer, evenly spaced, but at
  /// least ``minimumExtentSamples`` (48).
  public var resolvedYRange: ClosedRange<Double> {
    if let yRange { return yRange }
    var lo = Double.infinity
    var hi = -Double.infinity
    let (a, b) = (xRange.lowerBound, xRange.upperBound)
    for s in series {
      let f = s.function
      let n = min(1024, max(Self.minimumExtentSamples, curveWork / f.cost / 2 - 1))
      var xs = (0...n).map { EvenSpacing.value($0, of: n, from: a, to: b) }
      for c in AdaptiveSampler.cuts(f, from: a, to: b, maximumWork: curveWork) { xs += [c, c.nextDown, c.nextUp] }
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
