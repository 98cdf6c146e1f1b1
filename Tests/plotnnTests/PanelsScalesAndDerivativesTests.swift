import Foundation
import PlotNNCore
import Testing

@testable import plotnn

/// `plotnn panels` with `--xscale/--yscale/--xlinthresh/--ylinthresh` and
/// `--with-derivatives N`, applied to every panel: the binary draws (or refuses with one
/// line, exit 64, nothing written), and the spec the command builds, and the chart drawn
/// from it, carry the scales and the curves in each panel. Curve values are checked
/// against closed forms and the committed mpmath table
/// (scripts/second_derivative_reference.py), not against the code under test.
@Suite struct PanelsScalesAndDerivativesTests {
  /// The panels of `arguments` as the command builds them, and the line charts drawn.
  static func panels(_ arguments: [String]) throws -> (figures: [LineFigure], charts: [LineChart]) {
    let command = try PanelsCommand.parse(arguments)
    let spec = try command.spec
    let grid = try #require(spec.figure as? PanelsFigure)
    let figures = try grid.panels.map { try #require($0.figure as? LineFigure) }
    let chart = try #require(try spec.chart(catalog: .standard) as? PanelsChart)
    let charts = try chart.panels.map { try #require($0.chart as? LineChart) }
    return (figures, charts)
  }

  static func isPNG(_ folder: URL, _ name: String) throws -> Bool {
    try Data(contentsOf: folder.appendingPathComponent(name)).starts(with: [0x89, 0x50, 0x4E, 0x47])
  }

  @Test func logPanelsDrawWithTheScalesOnEveryPanel() throws {
    let arguments = ["exp(x)", "x^2", "--from", "0.1", "--to", "10", "--xscale", "log", "--yscale", "log"]
    let folder = try CLIRunner.scratchFolder()
    let result = try CLIRunner.run(["panels"] + arguments + ["--out", "p.png"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty, "\(result.stderr)")
    #expect(try Self.isPNG(folder, "p.png"))

    let (figures, charts) = try Self.panels(arguments)
    try #require(figures.count == 2 && charts.count == 2)
    for f in figures { #expect(f.xscale == .log && f.yscale == .log && f.from == 0.1 && f.to == 10) }
    for c in charts { #expect(c.xAxisScale == .log && c.yAxisScale == .log) }
    // The drawn curves live in scale space: at u = log₁₀ x each is log₁₀ f(x).
    for x in [0.2, 1, 3, 7.5] {
      let u = log10(x)
      #expect(abs(charts[0].series[0].function(u) - x * log10(M_E)) <= 1e-12, "exp at \(x)")
      #expect(abs(charts[1].series[0].function(u) - 2 * log10(x)) <= 1e-12, "x^2 at \(x)")
    }
  }

  @Test func symlogThresholdsReachEveryPanel() throws {
    let (figures, charts) = try Self.panels([
      "sinh(x)", "x^3", "--from", "-10", "--to", "10", "--xscale", "symlog", "--xlinthresh", "0.5",
      "--yscale", "symlog", "--ylinthresh", "3",
    ])
    for f in figures { #expect(f.xscale == .symlog && f.xlinthresh == 0.5 && f.ylinthresh == 3) }
    for c in charts {
      #expect(c.xAxisScale == .symlog(linearThreshold: 0.5) && c.yAxisScale == .symlog(linearThreshold: 3))
    }
  }

  /// Values ≤ 0 on a log y axis are said once on standard error, as `plotnn plot` says them.
  @Test func droppedValuesAreSaidOnce() throws {
    let folder = try CLIRunner.scratchFolder()
    let result = try CLIRunner.run(
      ["panels", "tanh", "exp(x)", "--from", "-5", "--to", "5", "--yscale", "log", "--out", "t.png"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    #expect(
      result.stderr.contains("Tanh: 500 of 1000 samples are ≤ 0 and are not drawn on the log y axis"),
      "\(result.stderr)")
    #expect(try Self.isPNG(folder, "t.png"))
  }

  /// Each refusal: exit 64, one `Error:` line naming the options, no file; `plot`'s
  /// refusals of the same values (the second list) are repeated word for word.
  @Test(arguments: [
    (["x", "--xscale", "log", "--from", "-1", "--to", "10"], ["--from", "greater than 0", "log x axis"], true),
    (["x", "--xscale", "log"], ["--from", "greater than 0"], true),
    (["x", "--yscale", "log", "--ymin", "0"], ["--ymin", "greater than 0"], true),
    (["x", "--ylinthresh", "1"], ["--ylinthresh", "--yscale symlog"], true),
    (["x", "--xlinthresh", "1", "--xscale", "log"], ["--xlinthresh", "--xscale symlog"], true),
    (["x", "--yscale", "ln"], ["'ln'", "linear", "log", "symlog"], false),
    (["gelu", "--with-derivatives", "3"], ["catalog functions have exact derivatives up to order 2"], true),
    (["x", "--with-derivatives", "5"], ["--with-derivatives must be a whole number from 1 to 4"], true),
    (["x", "--with-derivatives", "0"], ["--with-derivatives must be a whole number from 1 to 4"], true),
    (["relu", "--with-derivatives", "2", "--pair-derivative"], ["--with-derivatives and --pair-derivative"], false),
    (["relu", "--with-derivatives", "2", "--derivative"], ["--with-derivatives and --derivative"], false),
    (["relu", "--with-derivatives", "2", "--derivative", "2"], ["--with-derivatives and --derivative"], false),
    (["relu", "--with-derivatives", "2", "--with-derivative"], ["--with-derivatives and --with-derivative"], false),
  ])
  func refusalsExit64WithOneLine(arguments: [String], mentions: [String], sameAsPlot: Bool) throws {
    let folder = try CLIRunner.scratchFolder()
    let result = try CLIRunner.run(["panels"] + arguments + ["--out", "f.png"], in: folder)
    #expect(result.status == 64, "\(arguments): \(result.stderr)")
    for word in mentions { #expect(result.stderr.contains(word), "\(word): \(result.stderr)") }
    let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("Error:") }
    #expect(errors.count == 1, "\(arguments): \(result.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "\(arguments) left a file")
    if arguments.contains("--with-derivatives") && !sameAsPlot {
      #expect(result.stderr.contains("exclude each other; give one"), "\(result.stderr)")
    }
    guard sameAsPlot else { return }
    let plot = try CLIRunner.run(["plot"] + arguments + ["--out", "f.png"], in: folder)
    #expect(plot.status == 64, "\(plot.stderr)")
    let said = try #require(plot.stderr.split(separator: "\n").first { $0.hasPrefix("Error: ") })
    #expect(errors.first == "Error: panel 1 (line): " + said.dropFirst("Error: ".count), "\(result.stderr)")
  }

  /// The committed table's points: GELU's [x, f″(x)] and the expression `x^3 - 2*x`'s
  /// [x, f″(x), f‴(x), f⁗(x)].
  static func reference() throws -> (gelu: [[Double]], cubic: [[Double]]) {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("PlotNNCoreTests/Resources/second-derivative-reference.json")
    let table = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    let numbers = { (points: Any?) in ((points as? [[Any]]) ?? []).map { $0.compactMap { $0 as? Double } } }
    let catalog = try #require(table["catalog"] as? [[String: Any]])
    let gelu = try #require(
      catalog.first { $0["id"] as? String == "gelu" && ($0["parameters"] as? [String: Any])?.isEmpty == true })
    let expressions = try #require(table["expressions"] as? [[String: Any]])
    let cubic = try #require(expressions.first { $0["expression"] as? String == "x^3 - 2*x" })
    return (numbers(gelu["points"]), numbers(cubic["points"]))
  }

  static func close(_ got: Double, _ expected: Double) -> Bool {
    expected == 0 ? abs(got) <= 1e-300 : abs(got - expected) <= 1e-10 * max(1, abs(expected))
  }

  @Test func withDerivativesTwoDrawsThreeCurvesInEachPanel() throws {
    let folder = try CLIRunner.scratchFolder()
    let result = try CLIRunner.run(
      ["panels", "gelu", "x^3 - 2*x", "--with-derivatives", "2", "--out", "d.png"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try Self.isPNG(folder, "d.png"))

    let (figures, charts) = try Self.panels(["gelu", "x^3 - 2*x", "--with-derivatives", "2"])
    #expect(figures.map(\.withDerivatives) == [2, 2])
    try #require(charts.map { $0.series.count } == [3, 3])
    #expect(charts[0].series.map(\.label.plainText) == ["GELU", "GELU′", "GELU″"])
    #expect(charts[1].series.map(\.dashed) == [false, true, true])
    let (gelu, cubic) = try Self.reference()
    #expect(gelu.count > 10 && cubic.count > 5)
    for point in gelu where abs(point[0]) <= 5 {
      #expect(Self.close(charts[0].series[2].function(point[0]), point[1]), "GELU″(\(point[0]))")
    }
    for point in cubic {
      let x = point[0]
      #expect(Self.close(charts[1].series[0].function(x), x * x * x - 2 * x), "f(\(x))")
      #expect(Self.close(charts[1].series[1].function(x), 3 * x * x - 2), "f′(\(x))")
      #expect(Self.close(charts[1].series[2].function(x), point[1]), "f″(\(x))")
    }
  }

  /// An expression's panel takes N up to 4: f⁗ of `x^3 - 2*x` is 0 everywhere, f‴ is 6.
  @Test func anExpressionsPanelDrawsFourDerivatives() throws {
    let (_, charts) = try Self.panels(["x^3 - 2*x", "relu", "--with-derivatives", "2"])
    #expect(charts.map { $0.series.count } == [3, 3])
    let (_, four) = try Self.panels(["x^3 - 2*x", "--with-derivatives", "4"])
    try #require(four[0].series.count == 5)
    for point in try Self.reference().cubic {
      for n in 2...4 { #expect(Self.close(four[0].series[n].function(point[0]), point[n - 1]), "order \(n)") }
    }
  }
}
