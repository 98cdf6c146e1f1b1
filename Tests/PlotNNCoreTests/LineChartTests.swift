import Foundation
import Testing

@testable import PlotNNCore

private let relu = PlotFunction(breakpoints: [0]) { max(0, $0) }
private let reluPrime = PlotFunction(breakpoints: [0]) { $0 > 0 ? 1 : 0 }
private let builtIn = Style.light

private func chart(_ functions: [PlotFunction], _ x: ClosedRange<Double>, y: ClosedRange<Double>? = nil) -> LineChart {
  LineChart(
    series: functions.enumerated().map {
      LineChart.Series(label: .plain("f\($0.offset)"), function: $0.element, colorIndex: $0.offset)
    },
    xRange: x, yRange: y)
}

/// Draws `chart` on a fresh RecordingCanvas, returning the commands and the layout used.
private func render(_ chart: LineChart, _ size: Size = Size(width: 560, height: 360)) -> (
  RecordingCanvas, LineChartLayout
) {
  let canvas = RecordingCanvas()
  chart.draw(on: canvas, size: size)
  return (canvas, chart.arranged(on: RecordingCanvas(), size: size, tolerance: 0.1).0)
}

/// A text's box from the RecordingCanvas estimate (0.6·size a character, 1.2·size tall,
/// baseline 0.95·size), placed by its anchor: computed here, not by the code under test.
private struct Box: CustomStringConvertible {
  let text: String, minX: Double, minY: Double, maxX: Double, maxY: Double
  init(_ rich: RichText, _ p: Point, _ style: TextStyle, _ anchor: TextAnchor) {
    let text = rich.plainText
    let w = 0.6 * style.size * Double(text.count), h = 1.2 * style.size
    let x: Double
    switch anchor.horizontal {
    case .left: x = p.x
    case .center: x = p.x - w / 2
    case .right: x = p.x - w
    }
    let y: Double
    switch anchor.vertical {
    case .top: y = p.y
    case .middle: y = p.y - h / 2
    case .baseline: y = p.y - 0.95 * style.size
    case .bottom: y = p.y - h
    }
    (self.text, minX, minY, maxX, maxY) = (text, x, y, x + w, y + h)
  }
  func overlaps(_ o: Box) -> Bool {
    minX < o.maxX - 1e-9 && o.minX < maxX - 1e-9 && minY < o.maxY - 1e-9 && o.minY < maxY - 1e-9
  }
  var description: String { "\"\(text)\" x \(minX)…\(maxX) y \(minY)…\(maxY)" }
}

/// Tick labels are the unrotated texts in the muted label style.
private func tickLabels(_ canvas: RecordingCanvas) -> [Box] {
  canvas.commands.compactMap {
    guard case .text(let s, let p, let style, let anchor, let rotation) = $0, rotation == 0,
      style == builtIn.tickLabel
    else { return nil }
    return Box(s, p, style, anchor)
  }
}

private func strokes(_ canvas: RecordingCanvas) -> [(Path, StrokeStyle)] {
  canvas.commands.compactMap { if case .stroke(let p, let s) = $0 { (p, s) } else { nil } }
}

/// The device map read off the drawing, not from ``LineChartLayout``: the plot rectangle is
/// the curves' clip (the drawing's one `beginClip`), and an explicit data range fills it,
/// y up: device = (minX + (x − x₀)/(x₁ − x₀)·width, maxY − (y − y₀)/(y₁ − y₀)·height).
private struct DrawnMap {
  let plot: Rect
  let x: ClosedRange<Double>
  let y: ClosedRange<Double>

  init(_ canvas: RecordingCanvas, x: ClosedRange<Double>, y: ClosedRange<Double>) throws {
    let clips = canvas.commands.compactMap { if case .beginClip(let r) = $0 { r } else { nil } }
    try #require(clips.count == 1, "\(clips)")
    (plot, self.x, self.y) = (clips[0], x, y)
  }

  func callAsFunction(_ px: Double, _ py: Double) -> Point {
    Point(
      plot.minX + (px - x.lowerBound) / (x.upperBound - x.lowerBound) * plot.width,
      plot.maxY - (py - y.lowerBound) / (y.upperBound - y.lowerBound) * plot.height)
  }
}

/// Where the drawn origin-style axes run: the y of the horizontal axis and the x of the
/// vertical one, from the axis stroke (move, line, move, line).
private func drawnAxes(_ canvas: RecordingCanvas) throws -> (x: Double, y: Double) {
  let axes = try #require(strokes(canvas).first { $0.1.width == builtIn.axisWidth && $0.1.cap == .square }?.0)
  guard axes.elements.count == 4, case .move(let h) = axes.elements[0], case .move(let v) = axes.elements[2] else {
    throw TestFailure("axis path \(axes.elements)")
  }
  return (v.x, h.y)
}

private struct TestFailure: Error { let message: String; init(_ m: String) { message = m } }

/// The centre of a drawn circle: the middle of its points' bounding box (the Bézier control
/// points of a four-arc circle span exactly its bounding box).
private func centre(_ path: Path) -> Point {
  let points = path.elements.flatMap { e -> [Point] in
    switch e {
    case .move(let p), .line(let p): [p]
    case .curve(let a, let b, let c): [a, b, c]
    case .close: []
    }
  }
  let xs = points.map(\.x)
  let ys = points.map(\.y)
  return Point(((xs.min() ?? 0) + (xs.max() ?? 0)) / 2, ((ys.min() ?? 0) + (ys.max() ?? 0)) / 2)
}

private func isCurve(_ style: StrokeStyle) -> Bool { style.width == builtIn.curveWidth && style.cap == .round }

/// Ranges and functions whose tick labels range from "0" to "−1250" and 10ⁿ.
private let ranges: [ClosedRange<Double>] = [
  -10...10, -5...5, -3...7, 0...1, -1250...0, -1250...10, 0...0.0125, 1e-6...3e-6, 0...1e6, -0.8...15.7, -7.5...(-2.5),
]
private let functions: [PlotFunction] = [
  relu, PlotFunction { tanh($0) }, PlotFunction { sin($0) }, PlotFunction { $0 * $0 }, PlotFunction { -$0 * $0 * $0 },
  reluPrime, PlotFunction { exp($0 / 3) },
]
private let sizes = [(560.0, 360.0), (300, 200), (200, 150), (1200, 800), (400, 600)].map {
  Size(width: $0.0, height: $0.1)
}

@Suite struct LineChartTests {
  /// A dashed curve keeps a bounded number of dashes, however long its stroke: the twelfth
  /// curve (dotted) of this figure of the hostile review was 4.6 million points of
  /// full-height chords, a million dots, and Cairo's stroker took 1.8 GB and 10 s.
  @Test func aDashedCurveHoldsABoundedNumberOfDashes() throws {
    let wild = "where(x<0, sin(1e6*x), cos(1e6*x))"
    let nested = String(repeating: "erf(", count: 60) + "x" + String(repeating: ")", count: 60)
    let sines = "max(" + (1...99).map { "sin(\($0)*x)" }.joined(separator: ",") + ")"
    var figure = LineFigure(functions: [
      "x^2", "where(sin(50*x)>0, 1, -1)", wild, nested, "relu",
      (1...29).map { "where(sin(\($0)*x)>0,\($0)*x,-x)" }.joined(separator: "+"), nested, nested, sines,
      "softplus(x, beta=1e-3)", "x" + String(repeating: "-x", count: 479), wild, "elu:alpha=0.5", sines, "tan(x)",
    ])
    (figure.from, figure.to, figure.curves) = (-1e3, 1e6, .derivative)
    let chart = try figure.testChart()
    let canvas = RecordingCanvas()
    chart.draw(on: canvas, size: Size(width: 5792, height: 5792))
    var dashed = 0
    for case .stroke(let path, let stroke) in canvas.commands where !stroke.dash.isEmpty {
      var (length, last) = (0.0, Point?.none)
      for element in path.elements {
        switch element {
        case .move(let p): last = p
        case .line(let p):
          if let a = last { length += hypot(p.x - a.x, p.y - a.y) }
          last = p
        default: break
        }
      }
      let periods = length / stroke.dash.reduce(0, +)
      #expect(periods <= LineChartPainter.maximumDashes * 1.000001, "\(periods) dash periods")
      dashed += 1
    }
    #expect(dashed > 0)
    // The pattern keeps its proportions when lengthened.
    let long = [[Point(0, 0), Point(0, 4.61e6)]]
    let stretched = LineChartPainter.dash([0.01, 4.6], along: long)
    #expect(abs(stretched[1] / stretched[0] - 460) < 1e-9 && abs(4.61e6 / stretched.reduce(0, +) - 20_000) < 1e-6)
    #expect(LineChartPainter.dash([7, 4], along: [[Point(0, 0), Point(5000, 0)]]) == [7, 4])
  }

  @Test(arguments: LineChart.AxesStyle.allCases, sizes)
  func tickLabelsNeitherOverlapNorLeaveTheCanvas(axes: LineChart.AxesStyle, size: Size) {
    for x in ranges {
      for (i, f) in functions.enumerated() {
        var c = chart([f], x)
        c.axes = axes
        let labels = tickLabels(render(c, size).0)
        let context = "\(axes) \(Int(size.width))×\(Int(size.height)) x \(x) f\(i)"
        #expect(labels.count >= 3, "\(context): \(labels)")
        for (j, a) in labels.enumerated() {
          #expect(
            a.minX >= 0 && a.maxX <= size.width && a.minY >= 0 && a.maxY <= size.height,
            "\(context): \(a) off the canvas")
          for b in labels[(j + 1)...] where a.overlaps(b) { Issue.record("\(context): \(a) overlaps \(b)") }
        }
      }
    }
  }

  /// relu leaves the lower left of the origin free: the textbook place. The origin is where
  /// the drawn axes cross; the "0" lies in its lower-left quadrant, nearer to the crossing than
  /// one label height on both sides. Fails if the label goes to another quadrant, overlaps an
  /// axis, drifts away from the origin, or is written twice.
  @Test func zeroIsLabelledOnceAtTheOrigin() throws {
    let (canvas, _) = render(chart([relu], -10...10))
    let zeros = tickLabels(canvas).filter { $0.text == "0" }
    #expect(zeros.count == 1)
    let origin = try drawnAxes(canvas)
    let near = builtIn.tickLabel.size
    for zero in zeros {
      #expect(zero.maxX <= origin.x && zero.minY >= origin.y, "\(zero) vs origin \(origin)")
      #expect(origin.x - zero.maxX < near && zero.minY - origin.y < near, "\(zero) vs origin \(origin)")
    }
  }

  /// The 0 never wanders to another quadrant from figure to figure: sin runs through the
  /// lower left of the origin, and its 0 still stands there (moved off the curve) or, with
  /// the labels on the frame, is not written at the origin at all.
  @Test func zeroStaysInTheLowerLeftQuadrant() throws {
    for f in [PlotFunction { sin($0) }, PlotFunction { tanh($0) }, relu] {
      let (canvas, layout) = render(chart([f], -10...10))
      let zeros = tickLabels(canvas).filter {
        $0.text == "0" && abs($0.minY - layout.axisY) < 20 && abs($0.maxX - layout.axisX) < 30
      }
      #expect(zeros.count <= 1)
      for zero in zeros { #expect(zero.maxX <= layout.axisX && zero.minY >= layout.axisY, "\(zero)") }
    }
  }

  /// Origin style: the axes cross at data (0, 0), computed here from the plot rectangle.
  @Test(arguments: [(-3.0...5.0, -2.0...6.0), (-10...10, -1...1), (-0.5...8, -4...0.25)])
  func originAxesCrossAtZero(x: ClosedRange<Double>, y: ClosedRange<Double>) throws {
    let (canvas, layout) = render(chart([relu], x, y: y))
    let plot = layout.plot
    let x0 = plot.minX + (0 - x.lowerBound) / (x.upperBound - x.lowerBound) * plot.width
    let y0 = plot.maxY - (0 - y.lowerBound) / (y.upperBound - y.lowerBound) * plot.height
    #expect(abs(layout.axisX - x0) < 1e-9 && abs(layout.axisY - y0) < 1e-9)
    // …and that is where the curves' (0, 0) is drawn: relu's kink vertex.
    #expect(layout.curves[0].points.contains { abs($0.x - x0) < 1e-9 && abs($0.y - y0) < 1e-9 })
    let axes = try #require(strokes(canvas).first { $0.1.width == builtIn.axisWidth && $0.1.cap == .square }?.0)
    #expect(
      axes.elements == [
        .move(Point(plot.minX, y0)), .line(Point(plot.maxX + 6, y0)), .move(Point(x0, plot.maxY)),
        .line(Point(x0, plot.minY - 6)),
      ])
  }

  @Test func originAxesStickToTheFrameWhenZeroIsOutOfRange() {
    let layout = render(chart([relu], 2...5, y: 1...4)).1
    #expect(layout.axisX == layout.plot.minX && layout.axisY == layout.plot.maxY)
    #expect(!layout.verticalAxisInside && !layout.horizontalAxisInside)
  }

  @Test func legendNeedsTwoSeriesAndShowLegend() {
    let one = render(chart([relu], -3...3)).0.texts.map(\.plainText)
    #expect(!one.contains("f0"))
    let two = render(chart([relu, reluPrime], -3...3)).0.texts.map(\.plainText)
    #expect(two.contains("f0") && two.contains("f1"))
    var hidden = chart([relu, reluPrime], -3...3)
    hidden.showLegend = false
    let none = render(hidden).0.texts.map(\.plainText)
    #expect(!none.contains("f0") && !none.contains("f1"))
  }

  @Test(arguments: LineChart.AxesStyle.allCases)
  func gridFollowsShowGrid(axes: LineChart.AxesStyle) {
    var c = chart([PlotFunction { sin($0) }], -10...10)
    c.axes = axes
    let isGrid = { (s: StrokeStyle) in s.color == builtIn.grid && s.width == builtIn.gridWidth }
    let (canvas, layout) = render(c)
    let grid = strokes(canvas).filter { isGrid($0.1) }
    #expect(grid.count == 1)
    // One vertical line per x tick and one horizontal per y tick, minus those on an origin axis.
    let verticals = grid.first?.0.elements.filter {
      if case .move(let p) = $0 { p.y == layout.plot.minY } else { false }
    }
    let onAxis = axes == .origin ? layout.xTicks.filter { abs($0.position - layout.axisX) <= 0.5 }.count : 0
    #expect(verticals?.count == layout.xTicks.count - onAxis)
    c.showGrid = false
    #expect(!strokes(render(c).0).contains { isGrid($0.1) })
  }

  @Test func curvesAreClippedToThePlotRect() {
    let (canvas, layout) = render(chart([PlotFunction { 1 / $0 }, PlotFunction { exp($0) }], -4...4, y: -3...3))
    var inside = false
    var clips: [Rect] = []
    var curveStrokes = 0
    for command in canvas.commands {
      switch command {
      case .beginClip(let r): (inside, clips) = (true, clips + [r])
      case .endClip: inside = false
      case .stroke(_, let s) where isCurve(s):
        #expect(inside, "curve stroked outside the clip")
        curveStrokes += 1
      default: break
      }
    }
    #expect(clips == [layout.plot])
    #expect(curveStrokes == layout.curves.map(\.pieces.count).reduce(0, +))
    #expect(curveStrokes >= 3)  // 1/x is two pieces
  }

  @Test func dashedSeriesAreDashed() {
    // 2 + sin never meets relu on [−3, 3]: neither is drawn over the other.
    var c = chart([relu, PlotFunction { 2 + sin($0) }], -3...3)
    c.series[1].dashed = true
    let (canvas, layout) = render(c)
    let curves = strokes(canvas).filter { isCurve($0.1) }
    #expect(curves.count == layout.curves.map(\.pieces.count).reduce(0, +))
    for (_, style) in curves {
      #expect(style.dash == (style.color == builtIn.color(0) ? [] : builtIn.derivativeDash), "\(style)")
    }
    // The legend swatches too.
    let swatches = strokes(canvas).filter { $0.1.width == builtIn.curveWidth && $0.1.cap == .butt }
    // The same pattern for butt caps: each dash a curve width longer, each gap one shorter.
    let w = builtIn.curveWidth
    #expect(swatches.map(\.1.dash) == [[], [builtIn.derivativeDash[0] + w, builtIn.derivativeDash[1] - w]])
  }

  /// A curve that runs on an earlier one (the same function twice, as Mish written out over
  /// the built-in) takes the overlay dash, so the first shows in its gaps; the first stays solid.
  @Test func aCurveOnAnEarlierOneIsDashedOverIt() {
    let c = chart([PlotFunction { tanh($0) }, PlotFunction { tanh($0) }], -3...3)
    let (canvas, _) = render(c)
    let curves = strokes(canvas).filter { isCurve($0.1) }
    #expect(curves.contains { $0.1.color == builtIn.color(0) && $0.1.dash.isEmpty })
    #expect(curves.contains { $0.1.color == builtIn.color(1) && $0.1.dash == builtIn.overlayDash(derivative: false) })
    let far = chart([PlotFunction { tanh($0) }, PlotFunction { tanh($0) + 1 }], -3...3)
    #expect(strokes(render(far).0).filter { isCurve($0.1) }.allSatisfy { $0.1.dash.isEmpty })
  }

  /// Eight expressions: eight distinct (colour, dash) strokes among the curves and among
  /// the legend swatches.
  @Test func eightCurvesLookDifferent() {
    let fs = (1...8).map { k in PlotFunction { Double(k) * $0 } }
    let (canvas, _) = render(chart(fs, -1...1), Size(width: 900, height: 600))
    let curves = strokes(canvas).filter { isCurve($0.1) }.map { "\($0.1.color) \($0.1.dash)" }
    #expect(Set(curves).count == 8, "\(Set(curves))")
    let swatches = strokes(canvas).filter { $0.1.width == builtIn.curveWidth && $0.1.cap == .butt }
    #expect(Set(swatches.map { "\($0.1.color) \($0.1.dash)" }).count == 8)
  }

  /// relu′'s jump at 0 is painted as a filled dot at (0, 0) and an open one at (0, 1), the
  /// positions mapped through the plot rectangle the drawing clips to. Fails if a dot is
  /// missing, misplaced (by more than 1e-9), or filled the wrong way round.
  @Test func jumpDotsArePainted() throws {
    let (canvas, _) = render(chart([reluPrime], -3...3, y: -0.5...1.5))
    let map = try DrawnMap(canvas, x: -3...3, y: -0.5...1.5)
    let fills = canvas.commands.compactMap {
      if case .fill(let p, let c) = $0, p.elements.count == 6 { (centre(p), c) } else { nil }
    }
    let close = { (a: Point, b: Point) in abs(a.x - b.x) < 1e-9 && abs(a.y - b.y) < 1e-9 }
    #expect(fills.contains { close($0.0, map(0, 0)) && $0.1 == builtIn.color(0) }, "\(fills)")
    #expect(fills.contains { close($0.0, map(0, 1)) && $0.1 == builtIn.background }, "\(fills)")
  }

  /// Larger data y is higher on the canvas (smaller device y): relu's drawn vertices at
  /// (−3, 0), (0, 0) and (3, 3) are where the y-up map of the clip rectangle puts them
  /// ((3, 3) at the clip's top-right corner). Fails if y were not flipped (the end at (3, 3)
  /// would be at the bottom) or the range did not fill the plot.
  @Test func yAxisIsFlipped() throws {
    let (canvas, _) = render(chart([relu], -3...3, y: -1...3))
    let map = try DrawnMap(canvas, x: -3...3, y: -1...3)
    let vertices = strokes(canvas).filter { isCurve($0.1) }.flatMap { $0.0.elements }.compactMap { e -> Point? in
      switch e {
      case .move(let p), .line(let p): p
      default: nil
      }
    }
    for (x, y) in [(-3.0, 0.0), (0, 0), (3, 3)] {
      let want = map(x, y)
      #expect(vertices.contains { abs($0.x - want.x) < 1e-6 && abs($0.y - want.y) < 1e-6 }, "(\(x), \(y))")
    }
    #expect((vertices.last?.y ?? 0) < (vertices.first?.y ?? 0))  // relu rises to the right
  }
}

extension LineChartTests {
  /// `resolvedYRange`, nested so the `LineChartTests` filter selects it.
  @Suite struct ResolvedYRange {
    @Test(arguments: [
      // relu on [−10, 10] spans [0, 10]: 5 % of 10 each side.
      ("relu", relu, -10.0...10.0, -0.5...10.5),
      // Flat functions widen to ±1 around their value.
      ("flat 3", PlotFunction { _ in 3 }, -1...1, 2...4),
      ("flat 0", PlotFunction { _ in 0 }, -1...1, -1...1),
      ("all NaN", PlotFunction { _ in .nan }, -1...1, -1...1),
      // relu′ spans [0, 1] through its one-sided limits at 0.
      ("relu'", reluPrime, -10...10, -0.05...1.05),
      // A spike only the breakpoint's right limit reaches (grid points are ≥ 0.018 from 1/3).
      (
        "spike", PlotFunction(breakpoints: [1.0 / 3]) { $0 <= 1.0 / 3 ? 0 : max(0, 1 - 1000 * ($0 - 1.0 / 3)) },
        -10...10,
        -0.05...1.05
      ),
      // 1/x: the grid point 0 gives ∞ (skipped); its neighbours ±20/1024 give ±51.2.
      ("1/x", PlotFunction { 1 / $0 }, -10...10, -56.32...56.32),
    ])
    func extentWithHeadroom(name: String, f: PlotFunction, x: ClosedRange<Double>, expected: ClosedRange<Double>) {
      let range = chart([f], x).resolvedYRange
      let slack = 1e-12 * max(1, expected.upperBound - expected.lowerBound)
      let (lo, hi) = (range.lowerBound - expected.lowerBound, range.upperBound - expected.upperBound)
      #expect(abs(lo) <= slack && abs(hi) <= slack, "\(name): \(range)")
    }

    @Test func sinHasTenPercentMoreThanItsAmplitude() {
      // sin's extremes on [−10, 10] are ±1; the 1025-point grid comes within 2e-4 of them.
      let range = chart([PlotFunction { sin($0) }], -10...10).resolvedYRange
      #expect(abs(range.upperBound - 1.1) < 5e-4 && abs(range.lowerBound + 1.1) < 5e-4, "\(range)")
    }

    @Test func explicitRangeSeriesUnionAndAnnotations() {
      #expect(chart([relu], -10...10, y: -2...3).resolvedYRange == -2...3)
      // Two series: relu [0, 10] and −relu [−10, 0] → [−10, 10] + 1 each side.
      #expect(chart([relu, PlotFunction { -max(0, $0) }], -10...10).resolvedYRange == -11...11)
      var c = chart([relu], -10...10)
      c.annotations = [Annotation(x: 1, y: 20, text: .plain("a"))]
      #expect(c.resolvedYRange == -1...21)
    }
  }
}

@Suite struct TickLabelSideTests {
  /// A curve that runs just under the horizontal axis for x < 0, where the x labels usually
  /// sit: the labels of that half move over the axis, those of x > 0 (where the curve rises
  /// above the axis) stay under it.
  @Test func xLabelsMoveOverTheAxisWhenTheCurveRunsUnderIt() {
    let dip = PlotFunction(breakpoints: [0]) { $0 < 0 ? -0.2 : $0 }
    let (canvas, layout) = render(chart([dip], -5...5, y: -1...5))
    let xLabels = tickLabels(canvas).filter { abs(($0.minY + $0.maxY) / 2 - layout.axisY) < 20 && $0.text != "0" }
    let negative = xLabels.filter { $0.text.hasPrefix("−") }
    let positive = xLabels.filter { !$0.text.hasPrefix("−") }
    #expect(!negative.isEmpty && !positive.isEmpty)
    #expect(negative.allSatisfy { $0.maxY <= layout.axisY }, "\(negative)")
    #expect(positive.allSatisfy { $0.minY >= layout.axisY }, "\(positive)")
  }

  /// relu leaves the space under the axis free: x labels stay there, the textbook place.
  @Test func xLabelsStayUnderTheAxisWhenItIsFree() {
    let (canvas, layout) = render(chart([relu], -5...5, y: -1...5))
    let xLabels = tickLabels(canvas).filter { abs(($0.minY + $0.maxY) / 2 - layout.axisY) < 20 && $0.text != "0" }
    #expect(!xLabels.isEmpty)
    #expect(xLabels.allSatisfy { $0.minY >= layout.axisY }, "\(xLabels)")
  }
}
