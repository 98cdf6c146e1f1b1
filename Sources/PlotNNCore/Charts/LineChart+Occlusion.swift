extension LineChart {
  /// `curves` as drawn in `plot`: what later curves cover wholly left out
  /// (``CurveOcclusion``), so neither the rasterizer nor the drawing budget
  /// (``drawingWork(size:pixelsPerPoint:)``) spends anything on it.
  func drawnCurves(_ curves: [SampledCurve], plot: Rect) -> [SampledCurve] {
    let looks = series.map { stroke(of: $0) }
    return CurveOcclusion.visible(
      curves, halfWidths: looks.map { $0.width / 2 }, opaque: looks.map { $0.color.alpha >= 1 },
      keepsPieces: looks.map { $0.marker != .none }, clip: plot)
  }
}
