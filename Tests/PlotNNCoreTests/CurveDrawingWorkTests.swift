import Testing

@testable import PlotNNCore

/// The figure-wide drawing budget (``LineChart/maximumDrawingWork``): what it measures is
/// what the chart draws, and a figure past it is refused before anything is drawn.
@Suite struct CurveDrawingWorkTests {
  static let eightSines = (1...8).map { "sin(\($0)*x)" }

  /// The spec of `functions` over ±1000 at `size` (CSS pixels, 4/3 device pixels a point).
  static func spec(_ functions: [String], size: (Double, Double)) throws -> FigureSpec {
    var figure = LineFigure(functions: functions)
    (figure.from, figure.to) = (-1000, 1000)
    var spec = FigureSpec(figure)
    spec.size = FigureSize(px: size.0, size.1)
    try spec.validate(catalog: .standard)
    return spec
  }

  /// The total height of the edges recorded inside the plot's clip, in points: each
  /// stroked segment twice (its two sides), each filled one once, a Bézier by its control
  /// polygon (never shorter in y than the curve). Computed from the drawing commands, not
  /// from the sampled curves the budget measures.
  static func recordedEdge(_ canvas: RecordingCanvas) -> (edge: Double, segments: Int) {
    var (edge, segments, depth) = (0.0, 0, 0)
    for command in canvas.commands {
      switch command {
      case .beginClip: depth += 1
      case .endClip: depth -= 1
      case .fill(let path, _) where depth > 0:
        let (e, n) = rise(path)
        (edge, segments) = (edge + e, segments + n)
      case .stroke(let path, _) where depth > 0:
        let (e, n) = rise(path)
        (edge, segments) = (edge + 2 * e, segments + n)
      default: break
      }
    }
    return (edge, segments)
  }

  static func rise(_ path: Path) -> (Double, Int) {
    var (edge, count) = (0.0, 0)
    var (start, last): (Point?, Point?) = (nil, nil)
    for element in path.elements {
      switch element {
      case .move(let p): (start, last) = (p, p)
      case .line(let p):
        if let last { edge += abs(p.y - last.y) }
        (last, count) = (p, count + 1)
      case .curve(let c1, let c2, let p):
        if let last { edge += abs(c1.y - last.y) + abs(c2.y - c1.y) + abs(p.y - c2.y) }
        (last, count) = (p, count + 1)
      case .close:
        if let last, let start { edge += abs(start.y - last.y) }
        (last, count) = (start, count + 1)
      }
    }
    return (edge, count)
  }

  /// Today's main drew these as 29 million pixels of edge (2.5 s of Cairo, 3.4 s in all):
  /// now refused before any drawing, naming the limit and what to change.
  @Test func eightDenseSinesAtTheLargestSizeAreRefused() throws {
    let spec = try Self.spec(Self.eightSines, size: (5792, 5792))
    #expect {
      _ = try spec.chart(catalog: .standard)
    } throws: { error in
      guard let error = error as? FigureSpecError else { return false }
      let text = error.description
      return error.field == "functions" && text.contains("10.0 million") && text.contains("smaller size")
        && text.contains("the 8 curves are too dense")
    }
  }

  /// Where the figure is allowed, what the chart draws in its plot stays within what the
  /// budget measured (the measure is an upper bound of the drawing, so a figure it lets
  /// through is drawn within the limit), and the band outlines stay a bounded number of
  /// segments a column of the plot, however many periods the curves have.
  @Test(arguments: [1280.0, 320.0]) func theDrawingStaysWithinTheMeasuredWork(width: Double) throws {
    let spec = try Self.spec(Self.eightSines, size: (width, width * 3 / 4))
    let chart = try #require(try spec.chart(catalog: .standard) as? LineChart)
    let measured = chart.drawingWork(size: spec.resolvedSize, pixelsPerPoint: 1)
    #expect(measured <= LineChart.maximumDrawingWork)
    let canvas = RecordingCanvas()
    chart.draw(on: canvas, size: spec.resolvedSize, tolerance: 0.1 / spec.pixelsPerPoint)
    let (edge, segments) = Self.recordedEdge(canvas)
    #expect(edge > 0)
    #expect(edge <= measured, "drawn \(edge) pt of edge, measured \(measured)")
    // Half-point columns over the canvas's width, at most a few vertices a column a curve
    // for each widened band edge.
    let columns = spec.resolvedSize.width / 0.5
    #expect(Double(segments) <= 8 * 16 * columns, "\(segments) segments for \(columns) columns")
  }

  /// An ordinary figure is far below the limit, and so is one dense curve at the largest
  /// size (a band whose widened edges run flat).
  @Test func ordinaryFiguresAreFarBelowTheLimit() throws {
    var relu = FigureSpec(LineFigure(functions: ["relu"]))
    relu.size = FigureSize(px: 5792, 5792)
    let reluChart = try #require(try relu.chart(catalog: .standard) as? LineChart)
    #expect(reluChart.drawingWork(size: relu.resolvedSize, pixelsPerPoint: relu.pixelsPerPoint) < 100_000)
  }
}
