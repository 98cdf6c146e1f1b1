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

  /// Most vertices the paths of a line chart's curves may hold: 250,000 (a figure of
  /// ``PanelsChart`` panels shares the one bound).
  ///
  /// Decision: a bound on the drawing's vertices beside the bound on its edge, refused up
  /// front the same way. The edge bounds the rasterizer, and every other stage is linear in
  /// the vertices (``CurveDrawingWork``): 64 dense sines across a 1920 × 1080 figure keep
  /// under the edge bound (the later bands cover the earlier, which cost the rasterizer
  /// little) but are 64 bands of some 7,600 outline vertices each, 490,000 in all, and took
  /// 2.1 s CPU as a PDF (12 MB of coordinates printed and deflated), 1.8 s as a PNG. A band
  /// already has the fewest vertices that draw it exactly (two a half-point column), so
  /// nothing exact is cheaper. 250,000 is about 32 dense curves across a 1920-point plot,
  /// 11 across the largest, and a hundred times what the figures of the examples draw (the
  /// largest under 2 000 vertices).
  public static let maximumDrawnVertices = 250_000

  /// What drawing a chart's curves costs (``maximumDrawingWork``, ``maximumDrawnVertices``):
  /// a sum over the curves, and over the panels of a ``PanelsChart``.
  public struct DrawingWork: Sendable, Hashable {
    /// The edges' total height, in device pixels.
    public var edge = 0.0
    /// The vertices of the drawn paths.
    public var vertices = 0
    /// The curves measured.
    public var curves = 0

    public init(edge: Double = 0, vertices: Int = 0, curves: Int = 0) {
      (self.edge, self.vertices, self.curves) = (edge, vertices, curves)
    }

    public static func + (a: Self, b: Self) -> Self {
      Self(edge: a.edge + b.edge, vertices: a.vertices + b.vertices, curves: a.curves + b.curves)
    }
  }

  /// The edge, in device pixels, the rasterizer would scan-convert to draw the curves
  /// (``measuredDrawingWork(size:pixelsPerPoint:)``'s edge).
  public func drawingWork(size: Size, pixelsPerPoint: Double) -> Double {
    measuredDrawingWork(size: size, pixelsPerPoint: pixelsPerPoint).edge
  }

  /// The edge and vertices of the curves drawn: ``CurveDrawingWork`` of the curves sampled
  /// for the largest plot `size` can hold (the canvas less the style's margin on each side),
  /// `pixelsPerPoint` device pixels a point, within the tolerance a renderer asks for at
  /// that scale (0.1 device pixel), less what later curves cover (``drawnCurves(_:plot:)``).
  ///
  /// The real plot is smaller (the heading, tick labels and legend take room), so this is
  /// at least the work of the drawing, up to the headroom of the y axis's ticks.
  public func measuredDrawingWork(size: Size, pixelsPerPoint: Double) -> DrawingWork {
    let margin = style.margin
    let plot = Rect(
      x: margin, y: margin, width: max(size.width - 2 * margin, 1), height: max(size.height - 2 * margin, 1))
    let xScale = LinearScale(domain: xRange, start: plot.minX, end: plot.maxX)
    let yScale = LinearScale(domain: resolvedYRange, start: plot.maxY, end: plot.minY)
    var samples = LineChartCurves()
    let sampled = samples.curves(
      of: self, plot: plot, xScale: xScale, yScale: yScale, tolerance: 0.1 / max(pixelsPerPoint, 1e-9))
    let curves = drawnCurves(sampled, plot: plot)
    var work = DrawingWork(curves: series.count)
    for (s, curve) in zip(series, curves) {
      let one = CurveDrawingWork(curve, halfWidth: stroke(of: s).width / 2)
      work.edge += one.edge * pixelsPerPoint
      work.vertices += one.vertices
    }
    return work
  }

  /// Refuses a chart whose curves would take more than ``maximumDrawingWork`` or
  /// ``maximumDrawnVertices`` to draw at `size` (points) and `pixelsPerPoint`, naming the
  /// limit and what lowers the work.
  public func checkDrawingWork(size: Size, pixelsPerPoint: Double) throws(FigureSpecError) {
    try Self.check(measuredDrawingWork(size: size, pixelsPerPoint: pixelsPerPoint))
  }

  /// Refuses `work` past either bound: the curves of one chart (`panels` nil) or of
  /// `panels` panels (the message names them, and the field is `panels`).
  static func check(_ work: DrawingWork, panels: Int? = nil) throws(FigureSpecError) {
    let millions = { (v: Double) in String(format: "%.1f", v / 1e6) }
    let thousands = { (v: Int) in String(format: "%.0f", Double(v) / 1e3) }
    let which: String =
      panels.map { "the \(work.curves) curves of the \($0) panels are" }
      ?? (work.curves == 1 ? "the curve is" : "the \(work.curves) curves are")
    let remedy: FieldText =
      "draw fewer curves\(panels == nil ? "" : " or panels"), a narrower x range (\(field: "from"), \(field: "to")) "
      + "or a smaller \(field: "size")"
    if work.edge > Self.maximumDrawingWork {
      throw FigureSpecError(
        field: panels == nil ? "functions" : "panels",
        message:
          "\(which) too dense to draw at this \(field: "size"): their edges add up to \(millions(work.edge)) million "
          + "pixels, at most \(millions(Self.maximumDrawingWork)) million are drawn; " + remedy)
    }
    if work.vertices > Self.maximumDrawnVertices {
      throw FigureSpecError(
        field: panels == nil ? "functions" : "panels",
        message:
          "\(which) too detailed to draw at this \(field: "size"): their paths hold \(thousands(work.vertices)) "
          + "thousand vertices, at most \(thousands(Self.maximumDrawnVertices)) thousand are drawn; " + remedy)
    }
  }
}
