import Foundation

extension LineChart {
  /// Most edge a line chart's curves may give the rasterizer, in device pixels: 10,000,000.
  ///
  /// Decision: a figure whose curves are too dense to draw within the budget is refused up
  /// front (``checkDrawingWork(size:pixelsPerPoint:)``), not drawn coarser, and not drawn
  /// at any cost. A rasterizer scan-converts every edge of every filled or stroked shape
  /// over every row it spans, so its work is the total height of the edges (Cairo: about
  /// 100 ns a device pixel of edge at its 15 sub-rows a row), however few the vertices: a
  /// band (``CurveBand``) is already one polygon a column or so wide a vertex, and yet
  /// sin(2x) over ±1000 at 5792×5792 is 9.6 million pixels of edge, a second of Cairo,
  /// because the picture itself is 1272 strokes of the plot's full height. A coarser
  /// drawing (per pixel column, or as boxes) has the same edges where the curve is not
  /// solid, so nothing exact is cheaper; a solid band costs little already (its widened
  /// edges run flat). Eight dense sines there are 29 million pixels of edge, 2.5 s.
  /// 10 million keeps the densest single curve of that size (and every figure of the
  /// examples, the largest under 200 000) within the 2 s and 300 MiB of a figure.
  public static let maximumDrawingWork = 10_000_000.0

  /// The edge, in device pixels, the rasterizer would scan-convert to draw the curves:
  /// ``CurveDrawingWork`` of the curves sampled for the largest plot `size` can hold (the
  /// canvas less the style's margin on each side), `pixelsPerPoint` device pixels a point,
  /// within the tolerance a renderer asks for at that scale (0.1 device pixel).
  ///
  /// The real plot is smaller (the heading, tick labels and legend take room), so this is
  /// at least the work of the drawing, up to the headroom of the y axis's ticks.
  public func drawingWork(size: Size, pixelsPerPoint: Double) -> Double {
    let margin = style.margin
    let plot = Rect(
      x: margin, y: margin, width: max(size.width - 2 * margin, 1), height: max(size.height - 2 * margin, 1))
    let xScale = LinearScale(domain: xRange, start: plot.minX, end: plot.maxX)
    let yScale = LinearScale(domain: resolvedYRange, start: plot.maxY, end: plot.minY)
    var samples = LineChartCurves()
    let sampled = samples.curves(
      of: self, plot: plot, xScale: xScale, yScale: yScale, tolerance: 0.1 / max(pixelsPerPoint, 1e-9))
    let curves = drawnCurves(sampled, plot: plot)
    let points = zip(series, curves).reduce(0.0) { sum, pair in
      sum + CurveDrawingWork(pair.1, halfWidth: stroke(of: pair.0).width / 2).edge
    }
    return points * pixelsPerPoint
  }

  /// Refuses a chart whose curves would take more than ``maximumDrawingWork`` to draw at
  /// `size` (points) and `pixelsPerPoint`, naming the limit and what lowers the work.
  public func checkDrawingWork(size: Size, pixelsPerPoint: Double) throws(FigureSpecError) {
    let work = drawingWork(size: size, pixelsPerPoint: pixelsPerPoint)
    guard work > Self.maximumDrawingWork else { return }
    let millions = { (v: Double) in String(format: "%.1f", v / 1e6) }
    let which = series.count == 1 ? "the curve is" : "the \(series.count) curves are"
    throw FigureSpecError(
      field: "functions",
      message:
        "\(which) too dense to draw at this \(field: "size"): their edges add up to \(millions(work)) million "
        + "pixels, at most \(millions(Self.maximumDrawingWork)) million are drawn; draw fewer curves, a narrower "
        + "x range (\(field: "from"), \(field: "to")) or a smaller \(field: "size")")
  }
}
