import Foundation
import Testing

@testable import PlotNNCore

/// scripts/symlog_tick_reference.py: matplotlib's SymmetricalLogTransform and
/// SymmetricalLogLocator (raw ticks and those its Axis draws).
struct SymLogTickReference: Decodable {
  struct Transform: Decodable {
    var linthresh: Double
    var x: [Double]
    var y: [Double]
  }
  struct Case: Decodable, CustomTestStringConvertible {
    var linthresh: Double
    var lo: Double
    var hi: Double
    var numticks: Int
    var linear: Bool
    var raw: [Double]
    var ticks: [Double]
    var testDescription: String { "t \(linthresh) [\(lo), \(hi)] numticks \(numticks)" }
  }
  var matplotlib: String
  var default_linthresh: Double
  var transforms: [Transform]
  var cases: [Case]
}

/// scripts/log_label_reference.py: the ticks a matplotlib log axis labels on a view, and
/// their texts.
struct LogLabelReference: Decodable {
  struct Label: Decodable {
    var value: Double
    var text: String
  }
  struct Case: Decodable, CustomTestStringConvertible {
    var lo: Double
    var hi: Double
    var labels: [Label]
    var testDescription: String { "[\(lo), \(hi)]" }
  }
  var matplotlib: String
  var cases: [Case]
}

struct AxisScaleTests {
  @Test func symlogTransformIsMatplotlibs() throws {
    let reference = try ReferenceResource.decode(SymLogTickReference.self, named: "symlog-tick-reference")
    #expect(AxisScale.defaultLinearThreshold == reference.default_linthresh)
    for t in reference.transforms {
      let scale = AxisScale.symlog(linearThreshold: t.linthresh)
      for (x, y) in zip(t.x, t.y) {
        #expect(abs(scale.forward(x) - y) <= 1e-13 * max(1, abs(y)), "T(\(x)) = \(scale.forward(x)), matplotlib \(y)")
        #expect(abs(scale.inverse(y) - x) <= 1e-12 * max(1, abs(x)), "T⁻¹(\(y)) = \(scale.inverse(y)), want \(x)")
      }
    }
  }

  @Test(arguments: try ReferenceResource.decode(SymLogTickReference.self, named: "symlog-tick-reference").cases)
  func symlogTicksMatchMatplotlib(_ c: SymLogTickReference.Case) {
    let locator = SymLogTickLocator(linearThreshold: c.linthresh, maxTicks: c.numticks)
    if c.linear {
      #expect(locator.rawTicks(from: c.lo, to: c.hi) == nil)
      return
    }
    let raw = locator.rawTicks(from: c.lo, to: c.hi) ?? []
    #expect(LogScaleTests.same(raw, c.raw), "raw \(raw) vs \(c.raw)")
    let ticks = locator.ticks(from: c.lo, to: c.hi) ?? []
    #expect(LogScaleTests.same(ticks, c.ticks), "ticks \(ticks) vs \(c.ticks)")
    // Through the axis scale, from the scale-space range the chart holds.
    let scale = AxisScale.symlog(linearThreshold: c.linthresh)
    let values = scale.majorValues(scale.forward(c.lo)...scale.forward(c.hi), maxTicks: c.numticks)
    #expect(values.count == c.ticks.count, "\(values) vs \(c.ticks)")
  }

  /// A log axis of a chart (scale space log₁₀ lo … log₁₀ hi) ticks matplotlib's decades and
  /// its 2 … 9 minor ticks, for every range where LogLocator gives two or more decades.
  @Test(
    arguments: try ReferenceResource.decode(LogTickReference.self, named: "log-tick-reference").cases.filter {
      $0.major.count >= 2
    })
  func logAxisTicksMatchMatplotlib(_ c: LogTickReference.Case) {
    let range = log10(c.lo)...log10(c.hi)
    let major = AxisScale.log.majorValues(range, maxTicks: c.numticks)
    #expect(LogScaleTests.same(major, c.major), "major \(major) vs \(c.major)")
    let minor = AxisScale.log.minorValues(range, maxTicks: c.numticks)
    #expect(LogScaleTests.same(minor, c.minor), "minor \(minor.count) vs \(c.minor.count)")
  }

  /// A log axis of about one decade labels the minor ticks matplotlib labels (2, 3, 4, 6 × 10^k
  /// beside the decades), written as matplotlib writes them, when the axis is long enough.
  @Test(arguments: try ReferenceResource.decode(LogLabelReference.self, named: "log-label-reference").cases)
  func logAxisLabelsMatchMatplotlib(_ c: LogLabelReference.Case) throws {
    let range = log10(c.lo)...log10(c.hi)
    let ticks = AxisScale.log.labelledTicks(range, length: 10_000, maxTicks: 9) { _, _ in 20 }.ticks
    let values = ticks.map { AxisScale.log.inverse($0.value) }
    #expect(LogScaleTests.same(values, c.labels.map(\.value)), "\(values) vs \(c.labels.map(\.value))")
    // matplotlib's "$\mathdefault{2\times10^{-1}}$" is "$2\times10^{-1}$" here.
    let texts = try c.labels.map { label in
      try RichText(markup: "$" + label.text.dropFirst("$\\mathdefault{".count).dropLast("}$".count) + "$")
    }
    #expect(ticks.map(\.label) == texts, "\(ticks.map(\.label.plainText))")
    // The minor ones are marked so: short marks, no grid lines.
    let decades = ticks.filter { abs($0.value - $0.value.rounded()) < 1e-9 }
    #expect(ticks.filter { !$0.minor }.map(\.value) == decades.map(\.value))
  }

  /// The minor labels give way before two labels crowd: on [0.1, 1] 100 points long with
  /// labels 16 apart (3 × 10⁻¹ and 4 × 10⁻¹ sit 12.5 apart), the decades alone are labelled.
  @Test func logMinorLabelsGiveWayWhenTheyCrowd() {
    let range = -1.0...0.0
    let roomy = AxisScale.log.labelledTicks(range, length: 200, maxTicks: 9) { _, _ in 16 }
    #expect(roomy.ticks.count == 6 && roomy.fits)
    let short = AxisScale.log.labelledTicks(range, length: 100, maxTicks: 9) { _, _ in 16 }
    #expect(short.ticks.map(\.value) == [-1, 0] && short.fits)
  }

  @Test func labelsAreDecadesInSuperscript() throws {
    let f = TickFormatter(ticks: [0, 1], range: 0...1)
    #expect(AxisScale.label(1e-3, formatter: f) == (try RichText(markup: "$10^{-3}$")))
    #expect(AxisScale.label(1, formatter: f) == (try RichText(markup: "$10^{0}$")))
    #expect(AxisScale.label(-100, formatter: f) == (try RichText(markup: "$-10^{2}$")))
    #expect(AxisScale.label(0, formatter: f) == .plain("0"))
  }

  /// exp on a log y axis is the line y = x·log₁₀ e: every device point lies on it (within
  /// the sampler's tolerance), the curve is a handful of vertices (sampled in scale space),
  /// and the y ticks are decades.
  @Test func expOnALogYAxisIsAStraightLine() throws {
    var figure = LineFigure(functions: ["exp(x)"])
    (figure.from, figure.to, figure.yscale) = (0, 20, .log)
    let chart = try figure.testChart()
    #expect(chart.remarks.isEmpty)
    let layout = chart.arranged(on: RecordingCanvas(), size: Size(width: 640, height: 480), tolerance: 0.1).0
    let points = layout.curves[0].pieces.flatMap { $0 }
    #expect(points.count >= 2 && points.count <= 4, "\(points.count) vertices")
    for p in points {
      let x = layout.xScale.invert(p.x)
      let want = layout.yScale(log10(Foundation.exp(x)))
      #expect(abs(p.y - want) <= 0.1 + 1e-9, "x \(x): \(p.y) vs \(want)")
    }
    let decades = layout.yTicks.map { pow(10, $0.value) }
    #expect(!decades.isEmpty)
    for d in decades { #expect(abs(log10(d) - log10(d).rounded()) < 1e-9, "\(d)") }
    // Ten decades (10⁰ … 10⁹): matplotlib's LogLocator draws no minor ticks from ten on.
    #expect(layout.yMinorTicks.isEmpty)
    figure.to = 10
    let shorter = try figure.testChart().arranged(
      on: RecordingCanvas(), size: Size(width: 640, height: 480), tolerance: 0.1
    ).0
    // The range with its 5 % headroom is 10^−0.22 … 10^4.56: 0.6 … 0.9, 2 … 9 × 10⁰ … 10³ and 2×10⁴.
    #expect(shorter.yMinorTicks.count == 4 + 32 + 1, "\(shorter.yMinorTicks.count) minor ticks")
    // The x axis sits on the frame's bottom: a log axis has no 0 to cross at.
    #expect(abs(layout.axisY - layout.plot.maxY) < 1e-9)
  }

  /// A log-log power law is a straight line too, and its device points follow the formula.
  @Test func powerLawOnLogLogAxes() throws {
    var figure = LineFigure(functions: ["x^3"])
    (figure.from, figure.to, figure.xscale, figure.yscale) = (0.01, 100, .log, .log)
    let chart = try figure.testChart()
    let layout = chart.arranged(on: RecordingCanvas(), size: Size(width: 640, height: 480), tolerance: 0.1).0
    let points = layout.curves[0].pieces.flatMap { $0 }
    #expect(points.count <= 4, "\(points.count) vertices")
    for p in points {
      let x = pow(10, layout.xScale.invert(p.x))
      #expect(abs(p.y - layout.yScale(3 * log10(x))) <= 0.1 + 1e-9)
    }
    let xs = layout.xTicks.map { pow(10, $0.value) }
    #expect(LogScaleTests.same(xs, [1e-2, 1e-1, 1, 10, 100]), "\(xs)")
    #expect(layout.xMinorTicks.count == 4 * 8)
  }

  /// tanh on [−5, 5] on a log y axis: the half ≤ 0 is left out of the curve and said once.
  @Test func valuesAtOrBelowZeroAreDroppedAndSaid() throws {
    var figure = LineFigure(functions: ["tanh"])
    (figure.from, figure.to, figure.yscale) = (-5, 5, .log)
    let chart = try figure.testChart()
    #expect(chart.remarks.count == 1)
    #expect(chart.remarks.first?.hasSuffix("500 of 1000 samples are ≤ 0 and are not drawn on the log y axis") == true)
    #expect(chart.remarks.first?.hasPrefix("Tanh") == true, "\(chart.remarks)")
    let canvas = RecordingCanvas()
    let notes = chart.draw(on: canvas, size: Size(width: 640, height: 480))
    #expect(notes.remarks == chart.remarks)
    #expect(notes.sentence(size: "640x480") == chart.remarks[0])
    let layout = chart.arranged(on: RecordingCanvas(), size: Size(width: 640, height: 480), tolerance: 0.1).0
    let zero = layout.xScale(0)
    let points = layout.curves[0].pieces.flatMap { $0 }
    #expect(!points.isEmpty)
    #expect(points.allSatisfy { $0.x >= zero - 1e-6 }, "a point left of x = 0 was drawn")
  }

  /// sinh on symlog: device points through matplotlib's transform, ticks 0 and ±10^k only.
  @Test func sinhOnASymlogAxis() throws {
    var figure = LineFigure(functions: ["sinh(x)"])
    (figure.from, figure.to, figure.yscale) = (-10, 10, .symlog)
    let chart = try figure.testChart()
    let scale = AxisScale.symlog(linearThreshold: 2)
    #expect(chart.yAxisScale == scale)
    let layout = chart.arranged(on: RecordingCanvas(), size: Size(width: 640, height: 480), tolerance: 0.1).0
    for p in layout.curves[0].pieces.flatMap({ $0 }) {
      let x = layout.xScale.invert(p.x)
      #expect(abs(p.y - layout.yScale(scale.forward(Foundation.sinh(x)))) <= 0.1 + 1e-9)
    }
    let values = layout.yTicks.map { scale.inverse($0.value) }
    #expect(values.contains { abs($0) < 1e-12 })
    #expect(values.contains { abs($0 - 1e4) < 1e-6 } && values.contains { abs($0 + 1e4) < 1e-6 }, "\(values)")
    for v in values where v != 0 {
      #expect(abs(log10(abs(v)) - log10(abs(v)).rounded()) < 1e-9, "\(v)")
    }
    #expect(layout.yMinorTicks.isEmpty)
  }

  /// f′ on its own right axis reads linearly beside a log left axis: its ticks are plain
  /// numbers around σ′'s 0 … 0.25, and its curve follows σ′ itself.
  @Test func rightDerivativeAxisStaysLinear() throws {
    var figure = LineFigure(functions: ["sigmoid"])
    (figure.from, figure.to, figure.yscale, figure.curves, figure.derivativeAxis) = (-10, 10, .log, .both, .right)
    let chart = try figure.testChart()
    let layout = chart.arranged(on: RecordingCanvas(), size: Size(width: 640, height: 480), tolerance: 0.1).0
    let right = try #require(layout.rightAxis)
    let values = right.ticks.map(\.value)
    #expect(values.first == 0 && (values.last ?? 0) >= 0.2 && (values.last ?? 1) <= 0.3, "\(values)")
    for p in layout.curves[1].pieces.flatMap({ $0 }) {
      let x = layout.xScale.invert(p.x)
      let s = 1 / (1 + Foundation.exp(-x))
      #expect(abs(p.y - right.scale(s * (1 - s))) <= 0.1 + 1e-9)
    }
  }

  @Test func usageErrorsNameTheField() throws {
    func field(_ change: (inout LineFigure) -> Void) -> String? {
      var figure = LineFigure(functions: ["x"])
      change(&figure)
      do {
        _ = try figure.testChart()
        return nil
      } catch let error as FigureSpecError {
        return error.field
      } catch {
        return "other"
      }
    }
    #expect(field { ($0.xscale, $0.from, $0.to) = (.log, -1, 10) } == "from")
    #expect(field { ($0.xscale, $0.from, $0.to) = (.log, 0, 10) } == "from")
    #expect(field { $0.xscale = .log } == "from")  // the default domain reaches 0
    #expect(field { ($0.yscale, $0.ymin) = (.log, 0) } == "ymin")
    #expect(field { ($0.yscale, $0.aspect) = (.log, .equal) } == "aspect")
    #expect(field { ($0.yscale, $0.ylinthresh) = (.log, 1) } == "ylinthresh")
    #expect(field { ($0.yscale, $0.ylinthresh) = (.symlog, -1) } == "ylinthresh")
    #expect(field { ($0.yscale, $0.ytickStep) = (.log, 10) } == "ytick-step")
    #expect(field { ($0.xscale, $0.from, $0.to) = (.log, 0.1, 10) } == nil)
    #expect(field { ($0.yscale, $0.ylinthresh) = (.symlog, 0.5) } == nil)
  }

  /// A linear chart is left exactly as it was.
  @Test func linearAxesChangeNothing() throws {
    let chart = try LineFigure(functions: ["sigmoid"]).testChart()
    #expect(chart.xAxisScale == .linear && chart.yAxisScale == .linear && chart.remarks.isEmpty)
    let layout = chart.arranged(on: RecordingCanvas(), size: Size(width: 640, height: 480), tolerance: 0.1).0
    #expect(layout.xMinorTicks.isEmpty && layout.yMinorTicks.isEmpty)
  }
}
