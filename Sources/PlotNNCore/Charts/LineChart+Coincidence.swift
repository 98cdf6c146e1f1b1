extension LineChartLayout {
  /// For each curve, whether it runs on top of an earlier one for at least
  /// ``coincidentShare`` of its length (within 1.5 points): Mish written as an expression
  /// over the built-in Mish, ELU and CELU with α = 1. Such a curve is drawn with the
  /// overlay dash (``Style/overlayDash(derivative:)``), so the earlier one shows in its gaps
  /// and both stay visible; one hue over another of equal width hid the first completely.
  func coincidentCurves(halfWidth: Double = 1.5) -> [Bool] {
    let obstacles = curves.map { curve in
      CurveObstacles(curves: curve.pieces, bands: curve.bands, plot: plot, halfWidth: halfWidth)
    }
    return curves.indices.map { i in
      guard i > 0 else { return false }
      let inside = curves[i].densePoints(spacing: 4).filter { plot.contains($0) }
      guard !inside.isEmpty else { return false }
      // A share is told by evenly spaced probes: at most ``maximumProbes`` of them.
      let step = (inside.count + Self.maximumProbes - 1) / Self.maximumProbes
      let points = step > 1 ? stride(from: 0, to: inside.count, by: step).map { inside[$0] } : inside
      let probe = { (p: Point) in Rect(x: p.x, y: p.y, width: 0, height: 0) }
      return (0..<i).contains { j in
        let covered = points.count { obstacles[j].meets(probe($0)) }
        return Double(covered) >= Self.coincidentShare * Double(points.count)
      }
    }
  }

  /// The share of a curve's points that must lie on an earlier curve for it to count as
  /// drawn on top of it.
  static let coincidentShare = 0.2

  /// Most points of a curve tested against each earlier curve: 4096, every k-th of its
  /// points 4 points apart (an ordinary curve has a few hundred, all tested). Each of 48
  /// dense curves (24 sines and their derivatives over ±1000) had up to 100 000, tested
  /// against every earlier curve: 1.2 s of the figure's 2 s.
  static let maximumProbes = 4096
}
