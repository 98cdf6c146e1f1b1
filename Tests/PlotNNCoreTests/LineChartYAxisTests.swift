import Foundation
import Testing

@testable import PlotNNCore

/// The layout of a figure built through the library's one path, at `size`.
private func laidOut(_ figure: LineFigure, _ size: Size) throws -> (LineChartLayout, RecordingCanvas) {
  let chart = try figure.testChart()
  let canvas = RecordingCanvas()
  chart.draw(on: canvas, size: size)
  return (LineChartLayout(chart: chart, size: size, canvas: RecordingCanvas(), tolerance: 0.1), canvas)
}

private let sizes = [(640.0, 480.0), (320, 240), (1920, 1080), (200, 150), (400, 600)].map {
  Size(width: $0.0, height: $0.1)
}

/// Ticks and ranges of line charts (issue 9, defects 5–7): every region with data has a
/// labelled tick, ranges are what is visible, offsets are written once.
@Suite struct LineChartYAxisWideningTests {
  /// Data from −0.31 to 3 with 5 % headroom, ticks every 0.5 from 0: the low end moves to
  /// −0.5 (0.035 of the span further); with ticks every 2 it would move to −2, 50 % of the
  /// span, and stays.
  @Test func anEndMovesOutToATickOnlyWhenThatIsNear() {
    let data = LineChart.YData(range: -0.4755...3.1655, automaticLow: true, automaticHigh: true, extents: [-0.31...3])
    let near = LineChart.widened(data.range, ticks: [0, 0.5, 1, 1.5, 2, 2.5, 3], data: data)
    #expect(near == -0.5...3.1655)
    let far = LineChart.widened(data.range, ticks: [0, 2], data: data)
    #expect(far == nil)
  }
}

@Suite struct LineChartYAxisTests {
  /// gelu, silu and mish on [−4, 3] dip to −0.17, −0.28 and −0.31: the negative side gets a
  /// labelled tick at every size (the automatic end moves out to it), and every minimum lies
  /// inside the range drawn.
  @Test(arguments: sizes)
  func negativeDipsGetATick(size: Size) throws {
    var figure = LineFigure(functions: ["gelu", "silu", "mish"])
    (figure.from, figure.to) = (-4, 3)
    let (layout, _) = try laidOut(figure, size)
    let negative = layout.yTicks.filter { $0.value < 0 }
    #expect(!negative.isEmpty, "\(size): \(layout.yTicks.map(\.value))")
    #expect(layout.yScale.domain.lowerBound <= -0.3098, "\(layout.yScale.domain)")
    // The tick is inside the plot, not beyond its edge.
    for t in negative { #expect(t.position <= layout.plot.maxY + 1e-9 && t.position >= layout.plot.minY) }
  }

  /// Softplus with its derivative on [−10, 10], both on the left axis: f′ ∈ (0, 1) is read
  /// between two ticks (0 and 1), not under the first tick 2, wherever the axis has room for
  /// the finer step.
  @Test(arguments: [Size(width: 640, height: 480), Size(width: 1920, height: 1080)])
  func aSmallCurveIsReadOffTwoTicks(size: Size) throws {
    var figure = LineFigure(functions: ["softplus"])
    (figure.from, figure.to, figure.curves, figure.derivativeAxis) = (-10, 10, .both, .left)
    let values = try laidOut(figure, size).0.yTicks.map(\.value)
    #expect(values.contains(0) && values.contains(1), "\(values)")
  }

  /// Whole steps on [−10, 10]: −10, −5, 0, 5, 10 on x, and ±0.5 steps for tanh's y.
  @Test func wholeStepsOnTheChaptersRange() throws {
    var figure = LineFigure(functions: ["tanh"])
    (figure.from, figure.to) = (-10, 10)
    let (layout, _) = try laidOut(figure, Size(width: 640, height: 480))
    #expect(layout.xTicks.map(\.value) == [-10, -5, 0, 5, 10])
    #expect(layout.yTicks.map(\.value) == [-1, -0.5, 0, 0.5, 1])
  }

  /// An end given by ymin/ymax never moves, and a fixed range is drawn as given.
  @Test func givenEndsStay() throws {
    var figure = LineFigure(functions: ["gelu"])
    (figure.from, figure.to, figure.ymin) = (-4, 3, -0.2)
    #expect(try laidOut(figure, Size(width: 640, height: 480)).0.yScale.domain.lowerBound == -0.2)
    figure.ymax = 2
    #expect(try laidOut(figure, Size(width: 640, height: 480)).0.yScale.domain == -0.2...2)
  }

  /// `plotnn relu --from 1e6 --to 1000001`: labels 0.0 … 1.0 and "+10⁶" written once at the
  /// end of each axis, inside the canvas; `x*1e-7` has "×10⁻⁷" on y.
  @Test(arguments: [Size(width: 640, height: 480), Size(width: 320, height: 240)])
  func offsetTextsAreDrawnOnce(size: Size) throws {
    var figure = LineFigure(functions: ["relu"])
    (figure.from, figure.to) = (1e6, 1_000_001)
    let (layout, canvas) = try laidOut(figure, size)
    #expect(layout.xTicks.first?.label.plainText == "0.0" && layout.xTicks.last?.label.plainText == "1.0")
    #expect(layout.xOffsetText?.markup == "+10<sup>6</sup>" && layout.yOffsetText?.markup == "+10<sup>6</sup>")
    let drawn = canvas.commands.compactMap { c -> (RichText, Point)? in
      if case .text(let s, let p, _, _, _) = c, s == layout.xOffsetText { (s, p) } else { nil }
    }
    #expect(drawn.count == 2)
    for (_, p) in drawn { #expect(p.x >= 0 && p.x <= size.width && p.y >= 0 && p.y <= size.height) }
    figure = LineFigure(functions: ["x*1e-7"])
    let small = try laidOut(figure, size).0
    #expect(small.yOffsetText?.markup == "×10<sup>\u{2212}7</sup>" && small.xOffsetText == nil)
  }

  /// A y power of ten wider than the tick labels ("×10¹⁰⁰" beside "1.0") is still drawn, wholly
  /// on the canvas, when the y axis is the left edge of the plot: it reached past the
  /// canvas, the placement left it out, and `plotnn '1e99*x' --from 0 --to 10` read
  /// 0 … 1.0 for 0 … 10¹⁰⁰.
  @Test(arguments: [Size(width: 640, height: 480), Size(width: 320, height: 240), Size(width: 200, height: 150)])
  func aWidePowerOfTenStaysOnTheCanvas(size: Size) throws {
    for k in ["1e6", "1e99", "-1e99", "1e-99", "1e300", "-1e-90"] {
      var figure = LineFigure(functions: ["\(k)*x"])
      (figure.from, figure.to) = (0, 10)
      let (layout, canvas) = try laidOut(figure, size)
      let text = try #require(layout.yOffsetText, "\(k)")
      let boxes = canvas.commands.compactMap { c -> Rect? in
        guard case .text(let s, let p, let style, let anchor, _) = c, s == text else { return nil }
        let extent = canvas.measure(s, style: style)
        let x =
          anchor.horizontal == .right ? p.x - extent.width : anchor.horizontal == .left ? p.x : p.x - extent.width / 2
        return Rect(x: x, y: p.y - extent.height, width: extent.width, height: extent.height)
      }
      #expect(boxes.count == 1, "\(k) at \(size): \(text.plainText) drawn \(boxes.count) times")
      for box in boxes { #expect(box.minX >= 0 && box.maxX <= size.width && box.minY >= 0, "\(k) at \(size): \(box)") }
    }
  }

  /// 0 outside the y range: the horizontal axis is the bottom frame edge (even for data all
  /// below 0), drawn without an arrowhead, so it does not pose as y = 0.
  @Test(arguments: [1.0...4.0, -4.0 ... -1.0])
  func anAxisOffZeroIsAFrameEdge(y: ClosedRange<Double>) {
    var chart = LineChart(
      series: [.init(label: .plain("f"), function: PlotFunction { $0 }, colorIndex: 0)], xRange: -2...5, yRange: y)
    chart.style = .light
    let canvas = RecordingCanvas()
    let size = Size(width: 560, height: 360)
    chart.draw(on: canvas, size: size)
    let layout = LineChartLayout(chart: chart, size: size, canvas: RecordingCanvas(), tolerance: 0.1)
    #expect(layout.axisY == layout.plot.maxY && !layout.horizontalAxisInside && layout.verticalAxisInside)
    let arrowheads = canvas.commands.filter {
      if case .fill(let p, let c) = $0, c == chart.style.axis, p.elements.count == 4 { true } else { false }
    }
    #expect(arrowheads.count == 1)  // the y axis through x = 0 only
  }
}
