import Foundation
import Testing

@testable import PlotNNCore

/// The promise of issue 9 on the recorded drawing, for a table of functions, sizes and
/// options: no text, halo or legend box touches a curve, no two texts overlap, every text
/// lies inside the figure, and both axes keep labelled ticks.
@Suite struct PlacementPropertyTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    let functions: [String]
    let from: Double
    let to: Double
    var derivative = false
    var axes = LineChart.AxesStyle.origin
    var marks: [LineFigure.Mark] = []
    var title: String?
    var looks: [LineFigure.FunctionLook] = []
    var legend = LineChart.LegendPlacement.auto
    var xticks: [Double]?
    var yticks: [Double]?
    var xtickStep: Double?
    var ytickStep: Double?
    var xlabel: String?
    var ylabel: String?
    var derivativeAxis = LineChart.DerivativeAxis.auto
    var testDescription: String { name }

    /// A legend corner given by name may cover data (``LineChart/LegendPlacement``); every
    /// other promise holds for it.
    var legendMayCoverData: Bool { [.upperLeft, .upperRight, .lowerLeft, .lowerRight].contains(legend) }
  }

  /// Print-style looks: black and greys, told apart by dashes and markers.
  static let printLooks: [LineFigure.FunctionLook] = [
    .init(label: "ReLU", curve: CurveLook(color: Color(hex: 0x000000), dash: [])),
    .init(label: "σ", curve: CurveLook(color: Color(hex: 0x888888), dash: [4, 2], marker: .circle)),
    .init(label: "tanh", curve: CurveLook(color: Color(hex: 0x444444), dash: [1, 1], marker: .square)),
  ]

  static let cases: [Case] = [
    Case(name: "tanh", functions: ["tanh"], from: -10, to: 10),
    Case(name: "sigmoid", functions: ["sigmoid"], from: -10, to: 10),
    Case(name: "relu with derivative", functions: ["relu"], from: -5, to: 5, derivative: true),
    Case(name: "gelu silu mish", functions: ["gelu", "silu", "mish"], from: -4, to: 3),
    Case(name: "sin cos", functions: ["sin(3*x)", "cos(3*x)"], from: -5, to: 5),
    Case(name: "x² −x² |x|", functions: ["x^2", "-x^2", "abs(x)"], from: -3, to: 3),
    Case(name: "softplus with derivative", functions: ["softplus"], from: -10, to: 10, derivative: true),
    Case(name: "leaky relu box", functions: ["leaky-relu(alpha=0.5)"], from: -10, to: 10, derivative: true, axes: .box),
    Case(
      name: "sigmoid mark", functions: ["sigmoid"], from: -10, to: 10, derivative: true,
      marks: [LineFigure.Mark(x: 0, derivative: true, label: "σ′(0) = {y}")]),
    Case(
      name: "tanh mark", functions: ["tanh"], from: -10, to: 10, derivative: true,
      marks: [LineFigure.Mark(x: 0, derivative: true, label: "tanh′(0) = {y}")]),
    Case(name: "dense sin(200x)", functions: ["sin(200*x)", "x/4"], from: -4, to: 4),
    Case(
      name: "eight curves", functions: (1...8).map { "\($0)*tanh(x)/8" }, from: -3, to: 3),
    Case(
      name: "long Chinese title", functions: ["relu"], from: -10, to: 10,
      title: "ReLU 激活函数：单侧抑制，稀疏激活性，以及它在深度网络中为什么有效的一个很长的标题"),
    Case(
      name: "print looks outside right", functions: ["relu", "sigmoid", "tanh"], from: -10, to: 10,
      looks: printLooks, legend: .outsideRight),
    Case(
      name: "markers outside bottom box", functions: ["gelu", "silu", "mish"], from: -4, to: 3, axes: .box,
      looks: [
        .init(curve: CurveLook(marker: .circle)), .init(curve: CurveLook(width: 1, marker: .triangle)),
        .init(curve: CurveLook(width: 3.5, marker: .diamond)),
      ], legend: .outsideBottom, xlabel: "input <i>x</i>", ylabel: "activation <i>f</i>(<i>x</i>)"),
    Case(
      name: "derivative markers outside bottom", functions: ["relu"], from: -5, to: 5, derivative: true,
      looks: [.init(label: "ReLU", curve: CurveLook(width: 1.5, marker: .cross))], legend: .outsideBottom),
    Case(
      name: "long labels outside right", functions: ["sigmoid", "tanh"], from: -6, to: 6,
      looks: [
        .init(label: "the logistic sigmoid, squashing every real number into (0, 1)"),
        .init(label: "the hyperbolic tangent"),
      ], legend: .outsideRight),
    Case(
      name: "eight curves outside right", functions: (1...8).map { "\($0)*tanh(x)/8" }, from: -3, to: 3,
      legend: .outsideRight),
    Case(
      name: "upper left corner", functions: ["sigmoid", "tanh"], from: -6, to: 6,
      looks: [.init(curve: CurveLook(marker: .square)), .init(curve: CurveLook(marker: .diamond))],
      legend: .upperLeft),
    Case(
      name: "thick markers", functions: ["sin(3*x)", "cos(3*x)", "x/3"], from: -5, to: 5,
      looks: [
        .init(curve: CurveLook(width: 6, marker: .square)), .init(curve: CurveLook(width: 0.5, marker: .circle)),
        .init(curve: CurveLook(width: 4, marker: .cross)),
      ]),
    Case(
      name: "mark among thick markers", functions: ["relu"], from: -5, to: 5,
      marks: [LineFigure.Mark(x: -2, label: "ReLU(−2) = {y}")],
      looks: [.init(curve: CurveLook(width: 6, marker: .square))]),
    Case(name: "lower right corner over data", functions: ["x", "-x"], from: -3, to: 3, legend: .lowerRight),
    Case(name: "one curve upper right", functions: ["softplus"], from: -5, to: 5, legend: .upperRight),
    Case(
      name: "given ticks", functions: ["tanh"], from: -10, to: 10, xticks: [-10, -5, -1, 0, 1, 5, 10],
      yticks: [-1, -0.5, 0, 0.5, 1]),
    Case(
      name: "tick steps box", functions: ["softplus"], from: -10, to: 10, derivative: true, axes: .box,
      xtickStep: 2.5, ytickStep: 2),
    Case(name: "tiny y values by step", functions: ["1e-7*sigmoid(x)"], from: -6, to: 6, ytickStep: 2.5e-8),
    Case(name: "tanh right axis", functions: ["tanh"], from: -10, to: 10, derivative: true, derivativeAxis: .right),
    Case(
      name: "leaky relu right axis box", functions: ["leaky-relu(alpha=0.5)"], from: -5, to: 5, derivative: true,
      axes: .box, derivativeAxis: .right),
    Case(
      name: "softplus right axis mark", functions: ["softplus"], from: -10, to: 10, derivative: true,
      marks: [LineFigure.Mark(x: 0, derivative: true, label: "f′(0) = {y}")]),
  ]

  /// Figure sizes as users ask for them, drawn on canvases in points: 200 × 150 CSS px is
  /// 150 × 112.5 points, a single column (3.25 × 2.5 in) 234 × 180.
  static let sizes = [
    FigureSize(px: 200, 150), FigureSize(px: 320, 240), FigureSize(width: Length(3.25, .in), height: Length(2.5, .in)),
    FigureSize(px: 640, 480), FigureSize(px: 1920, 1080), FigureSize(px: 4000, 3000),
  ].map(\.points)

  private func drawing(_ c: Case, size: Size, style: StyleSheet = StyleSheet()) throws -> (
    RecordedDrawing, LineChartLayout, Style
  ) {
    var figure = LineFigure(functions: c.functions)
    figure.from = c.from
    figure.to = c.to
    figure.curves = c.derivative ? .both : .function
    figure.axes = c.axes
    figure.marks = c.marks
    figure.looks = c.looks
    figure.legend = c.legend
    (figure.xticks, figure.yticks, figure.xtickStep, figure.ytickStep) = (c.xticks, c.yticks, c.xtickStep, c.ytickStep)
    (figure.xlabel, figure.ylabel, figure.derivativeAxis) = (c.xlabel, c.ylabel, c.derivativeAxis)
    let chart = try figure.testChart(title: c.title, style: style)
    let canvas = RecordingCanvas()
    chart.draw(on: canvas, size: size)
    let layout = chart.arranged(on: RecordingCanvas(), size: size, tolerance: 0.1).0
    return (RecordedDrawing(canvas, style: chart.style), layout, chart.style)
  }

  @Test(arguments: cases, sizes)
  func textsStayOffCurvesOffEachOtherAndInside(_ c: Case, size: Size) throws {
    try checkPlacement(c, size: size, style: StyleSheet())
  }

  /// The same promise in every built-in style (issue 10), at the size the style gives a
  /// line figure (3.25 in for paper) and at 320 × 240 and 1920 × 1080 points.
  @Test(arguments: StyleSheet.builtIns.map(\.name), cases)
  func everyBuiltInStyleKeepsThePromise(_ name: String, _ c: Case) throws {
    let sheet = try #require(StyleSheet.builtIn(name))
    let own = sheet.style().figureSize(default: LineFigure.defaultSize.points)
    for size in [own, Size(width: 320, height: 240), Size(width: 1920, height: 1080)] {
      try checkPlacement(c, size: size, style: sheet, name: name)
    }
  }

  private func checkPlacement(_ c: Case, size: Size, style sheet: StyleSheet, name: String = "book") throws {
    let (drawn, _, style) = try drawing(c, size: size, style: sheet)
    var c = c
    c.name = "\(name): \(c.name)"
    let figure = Rect(x: 0, y: 0, width: size.width, height: size.height)
    let legendTexts = drawn.texts.filter { $0.style == style.legend }
    for text in drawn.texts {
      let r = text.rect
      #expect(
        r.minX >= figure.minX - 1e-9 && r.maxX <= figure.maxX + 1e-9 && r.minY >= -1e-9 && r.maxY <= figure.maxY + 1e-9,
        "\(c.name) \(size): \(text) leaves the figure")
      if c.legendMayCoverData && text.style == style.legend { continue }
      let hit = drawn.segments(meeting: r)
      #expect(hit.isEmpty, "\(c.name) \(size): \(text) touches a curve at \(hit.prefix(2))")
    }
    for panel in drawn.panels {
      let isLegend = legendTexts.contains { panel.insetBy(-1e-9).contains(Point($0.rect.midX, $0.rect.midY)) }
      if c.legendMayCoverData && isLegend { continue }
      let hit = drawn.segments(meeting: panel)
      #expect(hit.isEmpty, "\(c.name) \(size): opaque box \(panel) covers a curve at \(hit.prefix(2))")
    }
    for (i, a) in drawn.texts.enumerated() {
      for b in drawn.texts[(i + 1)...] where a.rect.intersects(b.rect) {
        Issue.record("\(c.name) \(size): \(a) overlaps \(b)")
      }
    }
  }

  /// Each axis keeps at least two labelled ticks (from 320 × 240 CSS px up): a label is drawn
  /// centred on its tick, across for x and up and down for y.
  @Test(arguments: cases, sizes.dropFirst())
  func bothAxesKeepLabelledTicks(_ c: Case, size: Size) throws {
    let (drawn, layout, style) = try drawing(c, size: size)
    let labels = drawn.texts.filter { $0.style == style.tickLabel }
    let xLabelled = layout.xTicks.filter { t in
      labels.contains { $0.text == t.label.plainText && abs($0.rect.midX - t.position) < 0.5 }
    }
    let yLabelled = layout.yTicks.filter { t in
      labels.contains { $0.text == t.label.plainText && abs($0.rect.midY - t.position) < 0.5 }
    }
    #expect(xLabelled.count >= 2, "\(c.name) \(size): x labels \(xLabelled.map(\.value))")
    #expect(yLabelled.count >= 2, "\(c.name) \(size): y labels \(yLabelled.map(\.value))")
    // A right axis keeps two labelled ticks of its own, right of the plot (centred on the
    // tick, or just above or below it).
    if let right = layout.rightAxis {
      let rightLabelled = right.ticks.filter { t in
        labels.contains {
          $0.text == t.label.plainText && $0.rect.minX >= layout.plot.maxX
            && $0.rect.minY - 1.5 <= t.position && t.position <= $0.rect.maxY + 1.5
        }
      }
      #expect(rightLabelled.count >= 2, "\(c.name) \(size): right labels \(rightLabelled.map(\.value))")
    }
  }

  /// An axis whose labels share an offset or power of ten always shows it: labels read
  /// without it are wrong numbers (1 ± 10⁻⁶ read as −1 … 1).
  static let offsetCases: [Case] = [
    Case(name: "1+1e-6*x", functions: ["1+1e-6*x"], from: -1, to: 1),
    Case(name: "x^2", functions: ["x^2"], from: 0, to: 1e-6),
    Case(name: "1e-12*x", functions: ["1e-12*x"], from: 0, to: 1),
    Case(name: "1e-5*x^2", functions: ["1e-5*x^2"], from: 0, to: 1),
    Case(name: "x", functions: ["x"], from: 1e6, to: 1e6 + 1),
  ]

  @Test(arguments: offsetCases, sizes.dropFirst())
  func sharedOffsetsAreAlwaysDrawn(_ c: Case, size: Size) throws {
    let f = (c.name, c.from, c.to)
    let (drawn, layout, _) = try drawing(c, size: size)
    for offset in [layout.xOffsetText, layout.yOffsetText].compactMap({ $0 }) {
      #expect(drawn.texts.contains { $0.text == offset.plainText }, "\(f.0) \(size): \(offset.plainText) not drawn")
    }
    #expect(layout.yOffsetText != nil || f.0 == "x", "\(f.0): expected a shared y offset or power")
  }
}
