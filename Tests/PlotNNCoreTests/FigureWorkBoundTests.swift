import Testing

@testable import PlotNNCore

/// The figure-wide bounds that keep many-curve figures within the budget of a figure (2 s,
/// 300 MiB): the drawn vertices (``LineChart/maximumDrawnVertices``), the overlap check's
/// probes (``LineChartLayout/maximumProbeChecks``) and a panels figure's curves measured
/// together (``PanelsFigure/checkDrawingWork(_:cell:pixelsPerPoint:)``).
@Suite struct FigureWorkBoundTests {
  /// `count` functions sin(k·x), k = 1…count, over ±1000.
  static func sines(_ count: Int) -> [String] { (1...count).map { "sin(\($0)*x)" } }

  static func spec(_ figure: any FigureKind, size: (Double, Double)) throws -> FigureSpec {
    var spec = FigureSpec(figure)
    spec.size = FigureSize(px: size.0, size.1)
    try spec.validate(catalog: .standard)
    return spec
  }

  static func lines(_ functions: [String], from: Double = -1000, to: Double = 1000) -> LineFigure {
    var figure = LineFigure(functions: functions)
    (figure.from, figure.to) = (from, to)
    return figure
  }

  /// The hostile review's finding: 64 dense sines at 1920×1080 stay under the edge bound
  /// (each later band covers the earlier ones) but hold about half a million vertices
  /// (2.1 s as a PDF); refused now before anything is drawn, naming the limit.
  @Test func sixtyFourDenseSinesAreRefusedForTheirVertices() throws {
    let spec = try Self.spec(Self.lines(Self.sines(64)), size: (1920, 1080))
    #expect {
      _ = try spec.chart(catalog: .standard)
    } throws: { error in
      guard let error = error as? FigureSpecError else { return false }
      let text = error.description
      return error.field == "functions" && text.contains("the 64 curves are too detailed")
        && text.contains("at most 250 thousand") && text.contains("smaller size")
    }
  }

  /// Eight of them at the same size are drawn, their vertices well within the bound, and
  /// the paths drawn in the plot hold no more vertices than were measured.
  @Test func theDrawnVerticesStayWithinTheMeasure() throws {
    let spec = try Self.spec(Self.lines(Self.sines(8)), size: (1920, 1080))
    let chart = try #require(try spec.chart(catalog: .standard) as? LineChart)
    let measured = chart.measuredDrawingWork(size: spec.resolvedSize, pixelsPerPoint: spec.pixelsPerPoint)
    #expect(measured.vertices > 1000 && measured.vertices <= LineChart.maximumDrawnVertices)
    let canvas = RecordingCanvas()
    chart.draw(on: canvas, size: spec.resolvedSize, tolerance: 0.1 / spec.pixelsPerPoint)
    let (_, segments) = CurveDrawingWorkTests.recordedEdge(canvas)
    #expect(segments > 0 && segments <= measured.vertices, "drawn \(segments), measured \(measured.vertices)")
  }

  /// `count` curves, each a fast sine in a strip of its own (so none runs on another), long
  /// enough for thousands of probes each.
  static func separateCurves(_ count: Int) -> [String] {
    (0..<count).map { "0.3*sin(2000*x)+\($0)" }
  }

  /// The overlap check makes at most ``LineChartLayout/maximumProbeChecks`` (and the floor
  /// of ``LineChartLayout/minimumProbes`` a pair) however many curves: 40 curves of over
  /// 4096 probes each were 4096 × 780 pairs = 3.2 million checks, growing with the square
  /// of the count; and none of these separate curves is taken for one drawn over another.
  @Test(arguments: [8, 40]) func theOverlapCheckIsBoundedFigureWide(count: Int) throws {
    let chart = try Self.lines(Self.separateCurves(count), from: -1, to: 1).testChart()
    let layout = LineChartLayout(
      chart: chart, size: Size(width: 1440, height: 810), canvas: RecordingCanvas(), tolerance: 0.1)
    let (coincident, checks) = layout.coincidence()
    #expect(!coincident.contains(true))
    let pairs = count * (count - 1) / 2
    #expect(checks <= max(LineChartLayout.maximumProbeChecks, pairs * LineChartLayout.minimumProbes))
    #expect(checks >= pairs * min(LineChartLayout.minimumProbes, 256), "every pair is still tested")
  }

  /// With the probes spread thinner, a curve drawn over an earlier one is still told.
  @Test func aCoincidentCurveAmongManyIsStillFound() throws {
    let functions = Self.separateCurves(40) + ["0.3*sin(2000*x)+3"]
    let chart = try Self.lines(functions, from: -1, to: 1).testChart()
    let layout = LineChartLayout(
      chart: chart, size: Size(width: 1440, height: 810), canvas: RecordingCanvas(), tolerance: 0.1)
    let coincident = layout.coincidentCurves()
    #expect(coincident.last == true)
    #expect(!coincident.dropLast().contains(true))
  }

  /// A panels figure's line panels are measured together at the cell's size: six panels of
  /// dense sines, each within the bounds on its own, are refused as one figure (each was
  /// measured alone before, at a line figure's default size).
  @Test func sixPanelsOfDenseCurvesAreRefusedTogether() throws {
    let panel = try Self.spec(Self.lines(Self.sines(24)), size: (640, 540))
    let one = try #require(try panel.chart(catalog: .standard) as? LineChart)
    let alone = one.measuredDrawingWork(size: panel.resolvedSize, pixelsPerPoint: panel.pixelsPerPoint)
    #expect(alone.vertices <= LineChart.maximumDrawnVertices && alone.edge <= LineChart.maximumDrawingWork)
    var panelSpec = FigureSpec(Self.lines(Self.sines(24)))
    panelSpec.title = nil
    var grid = PanelsFigure(panels: Array(repeating: panelSpec, count: 6))
    grid.columns = 3
    let spec = try Self.spec(grid, size: (1920, 1080))
    #expect {
      _ = try spec.chart(catalog: .standard)
    } throws: { error in
      guard let error = error as? FigureSpecError else { return false }
      return error.field == "panels" && error.description.contains("of the 6 panels are too")
    }
  }

  /// An ordinary grid is far within the bounds, and its panels share a chart's sampling work.
  @Test func anOrdinaryGridIsDrawnAndSharesTheWork() throws {
    var grid = PanelsFigure(panels: ["sigmoid", "tanh", "relu"].map { FigureSpec(LineFigure(functions: [$0])) })
    grid.columns = 3
    let spec = try Self.spec(grid, size: (960, 600))
    let chart = try #require(try spec.chart(catalog: .standard) as? PanelsChart)
    let works = chart.panels.compactMap { ($0.chart as? LineChart)?.maximumWork }
    #expect(works.count == 3)
    // Each share once for every time the layout samples a panel: the grid's sampling, over
    // all its passes, is one chart's.
    #expect(works.reduce(0, +) * PanelsFigure.samplingsPerPanel <= LineChart.defaultMaximumWork)
  }
}
