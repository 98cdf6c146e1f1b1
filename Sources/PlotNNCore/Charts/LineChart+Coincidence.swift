extension LineChartLayout {
  /// For each curve, whether it runs on top of an earlier one for at least
  /// ``coincidentShare`` of its length (within 1.5 points): Mish written as an expression
  /// over the built-in Mish, ELU and CELU with α = 1. Such a curve is drawn with the
  /// overlay dash (``Style/overlayDash(derivative:)``), so the earlier one shows in its gaps
  /// and both stay visible; one hue over another of equal width hid the first completely.
  func coincidentCurves(halfWidth: Double = 1.5) -> [Bool] { coincidence(halfWidth: halfWidth).coincident }

  /// ``coincidentCurves(halfWidth:)``, and how many probe–curve checks it made (for tests
  /// of the bound, ``maximumProbeChecks``).
  func coincidence(halfWidth: Double = 1.5) -> (coincident: [Bool], probeChecks: Int) {
    let obstacles = curves.map { curve in
      CurveObstacles(curves: curve.pieces, bands: curve.bands, plot: plot, halfWidth: halfWidth)
    }
    let probes = Self.probes(curves: curves.count)
    var checks = 0
    let coincident = curves.indices.map { i in
      guard i > 0 else { return false }
      let inside = curves[i].densePoints(spacing: 4).filter { plot.contains($0) }
      guard !inside.isEmpty else { return false }
      // A share is told by evenly spaced probes: at most `probes` of them.
      let step = (inside.count + probes - 1) / probes
      let points = step > 1 ? stride(from: 0, to: inside.count, by: step).map { inside[$0] } : inside
      let probe = { (p: Point) in Rect(x: p.x, y: p.y, width: 0, height: 0) }
      return (0..<i).contains { j in
        checks += points.count
        let covered = points.count { obstacles[j].meets(probe($0)) }
        return Double(covered) >= Self.coincidentShare * Double(points.count)
      }
    }
    return (coincident, checks)
  }

  /// The share of a curve's points that must lie on an earlier curve for it to count as
  /// drawn on top of it.
  static let coincidentShare = 0.2

  /// Most points of a curve tested against each earlier curve: 4096, every k-th of its
  /// points 4 points apart (an ordinary curve has a few hundred, all tested). Each of 48
  /// dense curves (24 sines and their derivatives over ±1000) had up to 100 000, tested
  /// against every earlier curve: 1.2 s of the figure's 2 s.
  static let maximumProbes = 4096

  /// Most probe–curve checks of one chart, over all its pairs of curves: 1,048,576 (4096
  /// probes for each of 256 pairs, 23 curves).
  ///
  /// Decision: the checks are bounded figure-wide, not per pair. Every curve is tested
  /// against every earlier one, n(n − 1)/2 pairs, so 4096 probes a pair grew with the
  /// square of the curves: 128 (64 functions and their derivatives) were 33 million checks.
  /// Past 23 curves each pair gets its share of the bound, at least ``minimumProbes``, so
  /// the checks stay within about 2 million whatever the count (the 128 curves the
  /// functions' limit allows), and a share of 20 % is still told by hundreds of evenly
  /// spaced probes. Charts of up to 23 curves (every figure of the examples) are tested as
  /// before, point for point.
  static let maximumProbeChecks = 1 << 20

  /// Fewest probes a curve gets against each earlier curve (when it has that many points).
  static let minimumProbes = 256

  /// Probes a curve is tested by against each earlier curve, in a chart of `n` curves.
  static func probes(curves n: Int) -> Int {
    let pairs = max(1, n * (n - 1) / 2)
    return min(maximumProbes, max(minimumProbes, maximumProbeChecks / pairs))
  }
}
