import Foundation
import Testing

@testable import PlotNNCore

/// A line figure's per-curve looks, axis names, subtitle, legend places and given ticks,
/// through the library's one path (``LineFigure/testChart(title:catalog:)``) and the manifest.
@Suite struct LineFigureLookTests {
  private func refusal(_ change: (inout LineFigure) -> Void) -> FigureSpecError? {
    var figure = LineFigure(functions: ["relu", "sigmoid"])
    change(&figure)
    do {
      _ = try figure.testChart()
      return nil
    } catch { return error as? FigureSpecError }
  }

  @Test func badLooksAreRefusedNamingTheItem() throws {
    let width = try #require(refusal { $0.looks = [.init(), .init(curve: CurveLook(width: 50))] })
    #expect(width.field == "widths")
    #expect(width.description == "widths item 2 (sigmoid) must be a number from 0.1 to 20 points (got 50)")
    let dash = try #require(refusal { $0.looks = [.init(curve: CurveLook(dash: [0]))] })
    #expect(dash.field == "dashes" && dash.description.hasPrefix("dashes item 1 (relu) must be lengths"))
    let label = try #require(refusal { $0.looks = [.init(label: "a < b")] })
    #expect(label.field == "labels" && label.description.hasPrefix("labels item 1 (relu) is not valid markup"))
    let derivative = try #require(refusal { $0.looks = [.init(derivativeLabel: "<b>f′")] })
    #expect(derivative.field == "labels")
    let many = try #require(refusal { $0.looks = Array(repeating: .init(), count: 3) })
    #expect(many.field == "functions")
  }

  @Test func badAxesAreRefused() throws {
    #expect(refusal { $0.xlabel = "a < b" }?.field == "xlabel")
    #expect(refusal { $0.ylabel = String(repeating: "y", count: 1001) }?.field == "ylabel")
    #expect(refusal { $0.subtitle = "<i>open" }?.field == "subtitle")
    let both = try #require(
      refusal {
        $0.xticks = [0]
        $0.xtickStep = 1
      })
    #expect(both.description == "xticks and xtick-step exclude each other; give one")
    #expect(refusal { $0.yticks = [1, .nan] }?.description == "yticks must be finite numbers (got nan)")
    #expect(
      refusal { $0.xticks = (0...100).map(Double.init) }?.description == "xticks may hold at most 100 values (got 101)")
    #expect(refusal { $0.ytickStep = 0 }?.description == "ytick-step must be a finite number greater than 0 (got 0)")
    // How many ticks a step gives depends on the range: relu and sigmoid on [−10, 10]; at
    // most 100 ticks need a step of at least 20/99 = 0.20202…, rounded up to 0.203.
    let step = try #require(refusal { $0.xtickStep = 0.01 })
    #expect(step.field == "xtick-step")
    #expect(
      step.description == "xtick-step 0.01 gives 2001 ticks on [-10, 10]; at most 100 are drawn, so the step must be "
        + "at least 0.203")
    #expect(refusal { $0.xtickStep = 0.203 } == nil)
  }

  private func drawn(_ figure: LineFigure, size: Size = Size(width: 640, height: 480)) throws -> (
    RecordingCanvas, LineChartLayout, LineChart
  ) {
    let chart = try figure.testChart()
    let canvas = RecordingCanvas()
    chart.draw(on: canvas, size: size)
    return (canvas, chart.arranged(on: RecordingCanvas(), size: size, tolerance: 0.1).0, chart)
  }

  private func texts(_ canvas: RecordingCanvas, style: TextStyle) -> [(String, Point)] {
    canvas.commands.compactMap {
      if case .text(let t, let p, let s, _, _) = $0, s == style { return (t.plainText, p) }
      return nil
    }
  }

  /// The data keeps two fifths of a small figure's height: a heading, a formula subtitle
  /// and a legend strip over 240 × 180 once left the plot under a third; the subtitle gives
  /// way, then the legend strip (the title stays).
  @Test func thePlotKeepsTwoFifthsOfTheHeight() throws {
    let small = Size(width: 200, height: 150)
    for (spec, size) in [
      ("leaky-relu(alpha=0.5)", Size(width: 240, height: 180)), ("elu", small), ("selu", small), ("relu", small),
      ("softplus", small), ("sigmoid", small), ("leaky-relu(alpha=0.5)", Size(width: 320, height: 240)),
    ] {
      var figure = LineFigure(functions: [spec])
      figure.curves = .both
      let (_, layout, _) = try drawn(figure, size: size)
      #expect(layout.plot.height >= 0.4 * size.height, "\(spec) at \(size): plot \(layout.plot.height) high")
    }
  }

  @Test func labelsNameTheCurvesAndTheDerivativeGetsAPrime() throws {
    var figure = LineFigure(functions: ["relu", "tanh"])
    figure.curves = .both
    figure.looks = [.init(label: "ReLU"), .init(label: "<i>T</i>", derivativeLabel: "dT")]
    let (canvas, _, chart) = try drawn(figure)
    #expect(texts(canvas, style: chart.style.legend).map(\.0) == ["ReLU", "ReLU′", "T", "dT"])
  }

  @Test func legendNoneDrawsNoneAndANamedPlaceShowsOneCurve() throws {
    var figure = LineFigure(functions: ["relu", "tanh"])
    figure.legend = LineChart.LegendPlacement.none
    let (none, _, chart) = try drawn(figure)
    #expect(texts(none, style: chart.style.legend).isEmpty)
    var one = LineFigure(functions: ["softplus"])
    one.legend = .upperLeft
    let (canvas, layout, c) = try drawn(one)
    let legend = texts(canvas, style: c.style.legend)
    #expect(legend.map(\.0) == ["Softplus"])
    // In the upper left quarter of the plot.
    let p = try #require(legend.first?.1)
    #expect(p.x < layout.plot.midX && p.y < layout.plot.midY)
  }

  @Test func outsideLegendsLieOutsideThePlot() throws {
    var figure = LineFigure(functions: ["relu", "sigmoid", "tanh"])
    figure.legend = .outsideRight
    let (right, layout, chart) = try drawn(figure)
    let entries = texts(right, style: chart.style.legend)
    #expect(entries.count == 3)
    // Label anchors right of the plot (and of the last x label), from the plot's top down.
    #expect(entries.allSatisfy { $0.1.x > layout.plot.maxX + 20 })
    #expect(entries.allSatisfy { $0.1.y >= layout.plot.minY && $0.1.y < layout.plot.midY })
    figure.legend = .outsideBottom
    let (bottom, low, c) = try drawn(figure)
    let rows = texts(bottom, style: c.style.legend)
    let xLabels = texts(bottom, style: c.style.tickLabel).filter { $0.0 == "5" || $0.0 == "−5" }
    #expect(rows.count == 3)
    #expect(rows.allSatisfy { row in row.1.y > low.plot.maxY && xLabels.allSatisfy { row.1.y > $0.1.y + 10 } })
  }

  @Test func givenTicksAreTheTicksDrawn() throws {
    var figure = LineFigure(functions: ["tanh"])
    figure.from = -4
    figure.to = 4
    figure.xticks = [-4, -1, 0, 1, 4, 9]
    figure.ytickStep = 0.4
    let (_, layout, _) = try drawn(figure)
    #expect(layout.xTicks.map(\.value) == [-4, -1, 0, 1, 4])
    // tanh's range here is about ±1.1: the multiples of 0.4 within it.
    #expect(layout.yTicks.map(\.value).map { ($0 * 10).rounded() / 10 } == [-0.8, -0.4, 0, 0.4, 0.8])
    #expect(layout.yTicks.map(\.label.plainText) == ["−0.8", "−0.4", "0.0", "0.4", "0.8"])
  }

  @Test func axisNamesAndSubtitleReplaceTheDefaults() throws {
    var figure = LineFigure(functions: ["sigmoid"])
    figure.xlabel = "input"
    figure.ylabel = ""
    figure.subtitle = "logistic"
    let (canvas, _, chart) = try drawn(figure)
    #expect(texts(canvas, style: chart.style.axisName).map(\.0) == ["input"])
    #expect(chart.subtitle?.plainText == "logistic")
    figure.subtitle = ""
    #expect(try figure.testChart().subtitle == nil)
    figure.subtitle = nil
    #expect(try figure.testChart().subtitle?.plainText.contains("e") == true)
  }

  @Test func markersAreDrawnOnTheCurveAndTheSwatch() throws {
    var figure = LineFigure(functions: ["relu", "tanh"])
    figure.looks = [.init(curve: CurveLook(marker: .triangle)), .init()]
    let (canvas, layout, chart) = try drawn(figure)
    let centers = try #require(layout.markers.first)
    #expect(centers.count >= 8 && layout.markers[1].isEmpty)
    // Each marker is a closed three-corner outline in the curve's colour: one per centre,
    // one on the swatch.
    let color = chart.style.color(0)
    let triangles = canvas.commands.filter {
      if case .fill(let path, let c) = $0 {
        return c == color && path.elements.count == 4 && path.elements.last == .close
      }
      return false
    }
    #expect(triangles.count == centers.count + 1)
  }

  // MARK: The manifest

  typealias N = ManifestNode
  static func s(_ v: String, _ line: Int) -> N { .scalar(v, line: line) }
  static func map(_ line: Int, _ pairs: [(String, N)]) -> N {
    .mapping(pairs.map { N.Entry(key: $0.0, line: $0.1.line, value: $0.1) }, line: line)
  }

  private func decode(_ entries: [(String, N)]) throws(ManifestError) -> LineFigure? {
    let figure = Self.map(4, [("name", Self.s("f", 4))] + entries)
    let doc = Self.map(1, [("figures", .sequence([figure], line: 3))])
    let manifest = try Manifest.decode(doc, file: "m.yaml", schema: manifestSchema).requireAll()
    return manifest.figures.first?.spec.options(as: LineFigure.self)
  }

  @Test func functionEntriesMayBeMappings() throws {
    let relu = Self.map(
      5,
      [
        ("function", Self.s("relu", 5)), ("label", Self.s("ReLU", 5)), ("color", Self.s("#000000", 6)),
        ("dash", .sequence([Self.s("4", 6), Self.s("2", 6)], line: 6)), ("width", Self.s("1.5", 6)),
        ("marker", Self.s("circle", 6)),
        ("derivative", Self.map(7, [("label", Self.s("dReLU", 7)), ("dash", Self.s("1 1", 7))])),
      ])
    let figure = try #require(
      try decode([
        ("functions", .sequence([relu, Self.s("tanh", 8)], line: 5)), ("legend", Self.s("outside-right", 9)),
        ("xlabel", Self.s("z", 10)), ("subtitle", Self.s("none", 11)),
        ("xticks", .sequence([Self.s("-1", 12), Self.s("1", 12)], line: 12)), ("ytick-step", Self.s("0.5", 13)),
      ]))
    #expect(figure.functions == ["relu", "tanh"])
    #expect(
      figure.looks == [
        .init(
          label: "ReLU", curve: CurveLook(color: .black, dash: [4, 2], width: 1.5, marker: .circle),
          derivativeLabel: "dReLU", derivative: CurveLook(dash: [1, 1])),
        .init(),
      ])
    #expect(figure.legend == .outsideRight && figure.xlabel == "z" && figure.subtitle == "")
    #expect(figure.xticks == [-1, 1] && figure.ytickStep == 0.5)
    // Plain texts keep working, and need no looks.
    #expect(try decode([("functions", Self.s("relu", 5))])?.looks == [])
  }

  @Test func legendStillTakesTrueAndFalse() throws {
    #expect(
      try decode([("functions", Self.s("relu", 5)), ("legend", Self.s("false", 6))])?.legend
        == LineChart.LegendPlacement.none)
    #expect(try decode([("functions", Self.s("relu", 5)), ("legend", Self.s("yes", 6))])?.legend == .auto)
  }

  /// (the entry's look keys, line of the fault, words of the message)
  static let badEntries: [([(String, N)], Int, String)] = [
    (
      [("color", s("black", 6))], 6,
      "color must be #RRGGBB, #RGB, #RRGGBBAA or #RRGGBB/opacity, such as #0072B2 (got 'black')"
    ),
    ([("width", s("50", 7))], 7, "width must be a number from 0.1 to 20 points (got 50)"),
    ([("dash", s("dashed", 8))], 8, "dash must be solid or lengths"),
    ([("dash", .sequence([s("-1", 8)], line: 8))], 8, "dash must be lengths from 0 to 100"),
    ([("marker", s("star", 9))], 9, "expected one of none, circle, square, triangle, diamond, cross"),
    ([("label", s("a < b", 6))], 6, "label is not valid markup"),
    ([("colour", s("#000", 6))], 6, "unknown key 'colour' in a function entry"),
    ([("derivative", map(7, [("function", s("tanh", 7))]))], 7, "unknown key 'function' in a derivative's look"),
  ]

  @Test(arguments: badEntries)
  func badEntriesNameTheirLine(keys: [(String, N)], line: Int, words: String) {
    let entry = Self.map(5, [("function", Self.s("relu", 5))] + keys)
    do {
      _ = try decode([("functions", .sequence([entry], line: 5))])
      Issue.record("accepted \(keys.map(\.0))")
    } catch {
      #expect(error.line == line && error.key == "functions", "\(error.description)")
      #expect(error.description.contains(words), "\(error.description)")
    }
  }

  @Test func anEntryNeedsItsFunction() {
    let entry = Self.map(5, [("label", Self.s("ReLU", 5))])
    do {
      _ = try decode([("functions", .sequence([entry], line: 5))])
      Issue.record("accepted")
    } catch {
      #expect(error.description.contains("needs function:"), "\(error.description)")
    }
  }
}
