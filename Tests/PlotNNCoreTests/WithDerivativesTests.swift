import Testing

@testable import PlotNNCore

/// f with its first N derivatives in one chart: the curves' values against the committed
/// f″ reference (scripts/second_derivative_reference.py, mpmath), the manifest spellings,
/// and how a jump of f′ and a kink of f′ show in f″.
@Suite struct WithDerivativesTests {
  @Test func gelusCurvesMatchTheSecondDerivativeReference() throws {
    var line = LineFigure(functions: ["gelu"])
    line.withDerivatives = 2
    let chart = try line.testChart()
    #expect(chart.series.map(\.label.plainText) == ["GELU", "GELU′", "GELU″"])
    #expect(chart.series.map(\.dashed) == [false, true, true])
    #expect(chart.title?.plainText == "GELU and its derivatives")
    let reference = try SecondDerivativeReference.shared.get()
    let gelu = try #require(reference.catalog.first { $0.id == "gelu" && $0.parameters.isEmpty })
    for point in gelu.points where abs(point[0].value) <= 5 {
      let (x, expected) = (point[0].value, point[1].value)
      let got = chart.series[2].function(x)
      #expect(expected == 0 ? abs(got) <= 1e-300 : abs(got - expected) <= 1e-10 * abs(expected), "GELU″(\(x))")
    }
    // f′ beside it is the catalog's f′ (the same bits).
    let f = try Catalog.standard.bind("gelu")
    #expect(chart.series[1].function(0.7).bitPattern == f.derivative(at: 0.7).bitPattern)
  }

  /// An expression's f, f′, f″, f‴, f⁗ (`--with-derivatives 4`) against the reference's
  /// jets (mp.diff).
  @Test func anExpressionsFourDerivativesMatchTheReference() throws {
    let reference = try SecondDerivativeReference.shared.get()
    let c = try #require(reference.expressions.first)
    var line = LineFigure(functions: [c.expression])
    line.withDerivatives = 4
    let chart = try line.testChart()
    #expect(chart.series.count == 5)
    for point in c.points {
      let x = point[0].value
      for n in 2...4 {
        let (expected, got) = (point[n - 1].value, chart.series[n].function(x))
        let ok = abs(got - expected) <= 1e-10 * max(1, abs(expected))
        #expect(ok, "\(c.expression) order \(n) at \(x): \(got) vs \(expected)")
      }
    }
  }

  @Test func manifestCurveListsAndWithDerivativesRead() throws {
    for text in [["f", "f'", "f''"], ["f", "f′", "f″"]] {
      var line = LineFigure(functions: ["gelu"])
      try LineFigure.readCurves(&line, .sequence(text.map { .scalar($0, line: 1) }, line: 1))
      #expect(line.curveOrders == [0, 1, 2])
      #expect(line.drawnOrders == [0, 1, 2])
    }
    var line = LineFigure(functions: ["gelu"])
    #expect(throws: ManifestProblem.self) {
      try LineFigure.readCurves(&line, .sequence([.scalar("g'", line: 1)], line: 1))
    }
    try LineFigure.readCurves(&line, .scalar("both", line: 1))
    #expect(line.curves == .both && line.curveOrders == nil)
    // Orders beyond a catalog function's f″ are refused, naming it; with --derivative too.
    line = LineFigure(functions: ["gelu"])
    line.withDerivatives = 3
    #expect(throws: FigureSpecError.self) { try line.testChart() }
    line.withDerivatives = 2
    line.derivativeOrder = 2
    #expect(throws: FigureSpecError.self) { try line.testChart() }
    line.derivativeOrder = nil
    line.withDerivatives = 5
    #expect(throws: FigureSpecError.self) { try line.testChart() }
  }

  /// ReLU′ jumps from 0 to 1 at 0, so ReLU″ there is a Dirac impulse, not a value: f″'s
  /// curve has an open dot at (0, 0) and no filled dot, and no segment of it is vertical
  /// (no connector); f′'s jump keeps its dots (filled at f′(0), open at the other limit).
  @Test func aJumpOfTheFirstDerivativeIsAHoleInTheSecond() throws {
    var line = LineFigure(functions: ["relu"])
    line.withDerivatives = 2
    line.from = -2
    line.to = 2
    line.legend = LineChart.LegendPlacement.none
    let chart = try line.testChart()
    #expect(chart.series[2].function(0).isNaN && chart.series[2].function(-1) == 0)
    let (layout, _) = chart.arranged(on: RecordingCanvas(), size: Size(width: 640, height: 480), tolerance: 0.1)
    let origin = Point(layout.xScale(0), layout.yScale(0))
    let f2 = layout.curves[2]
    #expect(f2.dots.count == 1)
    #expect(
      f2.dots.first.map { !$0.filled && abs($0.center.x - origin.x) < 1e-6 && abs($0.center.y - origin.y) < 1e-6 }
        == true)
    for piece in f2.pieces {
      for (a, b) in zip(piece, piece.dropFirst()) { #expect(abs(a.y - b.y) < 1e-6 || abs(a.x - b.x) > 1e-6) }
    }
    let f1 = layout.curves[1]
    #expect(f1.pieces.count == 2)
    #expect(f1.dots.contains { $0.filled } && f1.dots.contains { !$0.filled })
  }

  /// ELU with α = 1 has f′ continuous with a kink at 0 (eˣ → 1 from the left, 1 on the
  /// right), so f″ jumps from 1 to 0: its curve breaks there into two pieces, with no
  /// vertical connector between them.
  @Test func aKinkOfTheFirstDerivativeIsAJumpOfTheSecond() throws {
    var line = LineFigure(functions: ["elu"])
    line.withDerivatives = 2
    line.from = -2
    line.to = 2
    line.legend = LineChart.LegendPlacement.none
    let chart = try line.testChart()
    let (layout, _) = chart.arranged(on: RecordingCanvas(), size: Size(width: 640, height: 480), tolerance: 0.1)
    let f2 = layout.curves[2]
    #expect(f2.pieces.count == 2)
    let x0 = layout.xScale(0)
    let left = try #require(f2.pieces.first?.last)
    let right = try #require(f2.pieces.last?.first)
    #expect(abs(left.x - x0) < 0.5 && abs(right.x - x0) < 0.5)
    #expect(abs(left.y - layout.yScale(1)) < 0.5 && abs(right.y - layout.yScale(0)) < 0.5)
    #expect(f2.dots.contains { $0.filled } && f2.dots.contains { !$0.filled })
  }
}
