import Foundation
import Testing

@testable import PlotNNCore

/// A right-hand y axis for f′ (issue 9 defect 5, issue 12 item 3), on the recorded drawing.
@Suite struct DerivativeAxisTests {
  /// The chart of `functions` with f′ beside f, through the library's one path.
  static func chart(
    _ functions: [String], from: Double? = nil, to: Double? = nil, axis: LineChart.DerivativeAxis = .auto,
    axes: LineChart.AxesStyle? = nil, marks: [LineFigure.Mark] = [], style: StyleSheet = StyleSheet()
  ) throws -> LineChart {
    var figure = LineFigure(functions: functions)
    (figure.from, figure.to, figure.curves, figure.derivativeAxis) = (from, to, .both, axis)
    (figure.axes, figure.marks) = (axes, marks)
    return try figure.testChart(style: style)
  }

  /// The final layout and the recorded drawing of `chart` at `size`.
  static func drawn(_ chart: LineChart, _ size: Size) -> (LineChartLayout, RecordedDrawing, LayoutNotes) {
    let canvas = RecordingCanvas()
    let notes = chart.draw(on: canvas, size: size)
    let layout = chart.arranged(on: RecordingCanvas(), size: size, tolerance: 0.1).0
    return (layout, RecordedDrawing(canvas, style: chart.style), notes)
  }

  static let sizes = [FigureSize(px: 320, 240), FigureSize(px: 640, 480), FigureSize(px: 1920, 1080)].map(\.points)

  /// `auto` gives f′ the right axis when the largest |y| of f and f′ differ more than 8
  /// times, in either direction (softplus on [−10, 10]: 10 and 1; sin(10x)/10: 0.1 and 1),
  /// and keeps one axis for the chapter's other figures (sigmoid 4, tanh 1, ReLU and
  /// Leaky ReLU on [−5, 5]: 5). The right axis's name f′(x) is drawn iff it is there.
  @Test(arguments: [
    ("softplus", -10.0, 10.0, true), ("sin(10*x)/10", -3, 3, true), ("sigmoid", -10, 10, false),
    ("tanh", -10, 10, false), ("relu", -5, 5, false), ("leaky-relu(alpha=0.5)", -5, 5, false),
    ("softplus", -5, 5, false), ("exp(x)", -2, 5, false),
  ])
  func theRightAxisIsThereIffTheRuleSays(function: String, from: Double, to: Double, right: Bool) throws {
    let chart = try Self.chart([function], from: from, to: to)
    #expect((chart.derivativeAxis == .right) == right, "\(function)")
    let (layout, drawing, _) = Self.drawn(chart, FigureSize(px: 640, 480).points)
    #expect((layout.rightAxis != nil) == right, "\(function)")
    #expect(drawing.texts.contains { $0.text == "f′(x)" } == right, "\(function): \(drawing.texts)")
    #expect(layout.onRight == [false, right])
  }

  /// Every catalog function with its derivative over its default domain keeps one axis
  /// (the gallery figures do not change): none differs by more than 8 times.
  @Test func theGalleryKeepsOneAxis() throws {
    for activation in Catalog.standard.activations {
      let chart = try Self.chart([activation.id])
      #expect(chart.derivativeAxis == .left, "\(activation.id)")
    }
  }

  /// Given y limits are one range for every curve: `auto` keeps one axis; `left` and
  /// `right` are obeyed.
  @Test func givenChoicesAndLimitsAreObeyed() throws {
    #expect(try Self.chart(["softplus"], from: -10, to: 10, axis: .left).derivativeAxis == .left)
    #expect(try Self.chart(["tanh"], from: -10, to: 10, axis: .right).derivativeAxis == .right)
    var figure = LineFigure(functions: ["softplus"])
    (figure.from, figure.to, figure.curves, figure.ymax) = (-10, 10, .both, 12)
    #expect(try figure.testChart().derivativeAxis == .left)
  }

  /// The defect: with one axis softplus′ on [−10, 10] spans under a tenth of the plot's
  /// height; on its own axis at least 60 %, at every size.
  @Test(arguments: sizes)
  func softplusDerivativeFillsThePlot(size: Size) throws {
    for (axis, least, most) in [(LineChart.DerivativeAxis.auto, 0.6, 1.0), (.left, 0, 0.11)] {
      let chart = try Self.chart(["softplus"], from: -10, to: 10, axis: axis)
      let (layout, _, _) = Self.drawn(chart, size)
      let ys = layout.curves[1].pieces.joined().map(\.y)
      let span = (ys.max() ?? 0) - (ys.min() ?? 0)
      #expect(span >= least * layout.plot.height && span <= most * layout.plot.height, "\(axis) \(size): \(span)")
    }
  }

  /// The right axis's ticks are MaxNLocator's for f′'s range with 5 % headroom,
  /// [−0.05, 1.05] (0 sits at the left axis's height already: f's range is [−0.5, 10.5]),
  /// with the bins matplotlib gives the axis (⌊length / (2 · font size)⌋, at most 9).
  /// Worked by hand from `MaxNLocator._raw_ticks` for a span of 1.1: the step is the first
  /// of 0.1 · (1, 2, 2.5, 5, 10, 20) at least 1.1 / bins, and the ticks its multiples inside
  /// the range (one bin: step 2 leaves only 0, under `min_n_ticks` = 2, so step 1).
  static let maxNLocator: [Int: [Double]] = [
    9: [0, 0.2, 0.4, 0.6, 0.8, 1], 8: [0, 0.2, 0.4, 0.6, 0.8, 1], 7: [0, 0.2, 0.4, 0.6, 0.8, 1],
    6: [0, 0.2, 0.4, 0.6, 0.8, 1], 5: [0, 0.25, 0.5, 0.75, 1], 4: [0, 0.5, 1], 3: [0, 0.5, 1], 2: [0, 1],
    1: [0, 1],
  ]

  @Test(arguments: sizes + [FigureSize(px: 200, 150).points, Size(width: 300, height: 700)])
  func rightTicksAreMaxNLocatorsForTheDerivativesRange(size: Size) throws {
    let chart = try Self.chart(["softplus"], from: -10, to: 10)
    let (layout, _, _) = Self.drawn(chart, size)
    let right = try #require(layout.rightAxis, "\(size)")
    let domain = right.scale.domain
    #expect(abs(domain.lowerBound + 0.05) < 1e-3 && abs(domain.upperBound - 1.05) < 1e-3, "\(domain)")
    let bins = TickLocator.bins(forAxisLength: layout.plot.height, fontSize: chart.style.tickLabel.size, vertical: true)
    let expected = try #require(Self.maxNLocator[bins])
    #expect(right.ticks.map(\.value) == expected, "\(size), \(bins) bins")
  }

  /// With origin axes the x axis reads 0 on both: the right range grows until its 0 is at
  /// the left one's height (tanh′ ∈ [0, 1] beside tanh ∈ [−1, 1]).
  @Test func zeroIsAtOneHeightOnBothAxes() throws {
    #expect(LineChart.zeroAligned(-0.05...1.05, to: -1.1...1.1) == -1.05...1.05)
    #expect(LineChart.zeroAligned(0.5...1, to: -1...1) == -1...1)
    #expect(LineChart.zeroAligned(-1...1, to: 0...1) == nil)
    let chart = try Self.chart(["tanh"], from: -10, to: 10, axis: .right)
    let (layout, _, _) = Self.drawn(chart, FigureSize(px: 640, 480).points)
    let right = try #require(layout.rightAxis)
    #expect(abs(right.scale(0) - layout.yScale(0)) < 1e-9)
    // Box axes keep the measured range, as twinx does.
    let box = try Self.chart(["tanh"], from: -10, to: 10, axis: .right, axes: .box)
    let boxRight = try #require(Self.drawn(box, FigureSize(px: 640, 480).points).0.rightAxis)
    #expect(boxRight.scale.domain.lowerBound > -0.1)
  }

  /// A mark on f′ (3.4.3's f′(0) = 0.5) sits on the curve as drawn: at 0.5 on the right axis.
  @Test func aMarkOnTheDerivativeReadsOnTheRightAxis() throws {
    let chart = try Self.chart(
      ["softplus"], from: -10, to: 10, marks: [LineFigure.Mark(x: 0, derivative: true, label: "f′(0) = {y}")])
    let size = FigureSize(px: 640, 480).points
    let (layout, placement) = chart.arranged(on: RecordingCanvas(), size: size, tolerance: 0.1)
    let right = try #require(layout.rightAxis)
    let mark = try #require(placement.marks.first)
    #expect(abs(mark.point.y - right.scale(0.5)) < 1e-9)
    #expect(mark.label != nil)
  }

  /// The right axis's labels and name lie inside the figure, right of the plot, off each
  /// other, in every built-in style and the dark theme.
  @Test(arguments: StyleSheet.builtIns.map(\.name))
  func theRightAxisFitsInEveryStyle(name: String) throws {
    let sheet = try #require(StyleSheet.builtIn(name))
    let chart = try Self.chart(["softplus"], from: -10, to: 10, style: sheet)
    for size in [sheet.style().figureSize(default: LineFigure.defaultSize.points), Size(width: 240, height: 180)] {
      let (layout, drawing, _) = Self.drawn(chart, size)
      guard let right = layout.rightAxis else {
        Issue.record("\(name) \(size): no right axis")
        continue
      }
      let labels = right.ticks.map(\.label.plainText)
      let drawn = drawing.texts.filter { labels.contains($0.text) && $0.rect.minX >= layout.plot.maxX }
      #expect(drawn.count >= 2, "\(name) \(size): \(drawn)")
      for t in drawn + drawing.texts.filter({ $0.text == "f′(x)" }) {
        #expect(t.rect.maxX <= size.width + 1e-9 && t.rect.minY >= 0 && t.rect.maxY <= size.height, "\(name): \(t)")
      }
    }
  }

  /// Too narrow for a right axis (even without its name), the curves read on one axis and
  /// the note says so.
  @Test func aFigureTooNarrowDrawsOneAxisAndSaysSo() throws {
    let sheet = try #require(StyleSheet.builtIn("web"))
    let chart = try Self.chart(["softplus"], from: -10, to: 10, style: sheet)
    let (layout, drawing, notes) = Self.drawn(chart, FigureSize(px: 200, 150).points)
    #expect(layout.rightAxis == nil)
    #expect(!drawing.texts.contains { $0.text == "f′(x)" })
    #expect(notes.leftOut.contains { $0.item == .rightAxis }, "\(notes.leftOut)")
  }
}
