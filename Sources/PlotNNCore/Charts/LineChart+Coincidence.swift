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
      let points = curves[i].densePoints(spacing: 4).filter { plot.contains($0) }
      guard !points.isEmpty else { return false }
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
}
