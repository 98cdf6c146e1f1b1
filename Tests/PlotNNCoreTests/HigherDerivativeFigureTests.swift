import Testing

@testable import PlotNNCore

/// Line figures of f″ and beyond: the manifest key, names, file stems, and jumps of f′
/// drawn as jumps of f″.
@Suite struct HigherDerivativeFigureTests {
  typealias N = ManifestNode

  @Test func manifestDerivativeKeyDrawsThatOrderAlone() throws {
    let figure = N.mapping(
      [
        N.Entry(key: "name", line: 4, value: .scalar("g2", line: 4)),
        N.Entry(key: "functions", line: 5, value: .scalar("gelu", line: 5)),
        N.Entry(key: "derivative", line: 6, value: .scalar("2", line: 6)),
      ], line: 4)
    let doc = N.mapping([N.Entry(key: "figures", line: 3, value: .sequence([figure], line: 3))], line: 1)
    let manifest = try Manifest.decode(doc, file: "m.yaml", schema: manifestSchema)
    let line = try #require(manifest.figures[0].spec.options(as: LineFigure.self))
    #expect(line.derivativeOrder == 2)
    #expect(line.drawnCurves == .derivative)
    #expect(line.defaultFileStem == "gelu-second-derivative")
    let chart = try line.testChart()
    #expect(chart.series.count == 1)
    #expect(chart.series[0].label.plainText == "GELU″")
    // The curve is f″: GELU″(0) = 2φ(0) = √(2/π).
    #expect(abs(chart.series[0].function(0) - 0.7978845608028654) < 1e-15)
    #expect(chart.title?.plainText == "Second derivative of GELU")
  }

  @Test func ordersBeyondAFunctionsLimitAreRefusedNamingIt() {
    var line = LineFigure(functions: ["relu", "sin(x)"])
    line.derivativeOrder = 3
    #expect(throws: FigureSpecError.self) { try line.testChart() }
    line.functions = ["sin(x)"]
    line.derivativeOrder = 4
    #expect((try? line.testChart()) != nil)
    line.derivativeOrder = 5
    #expect(throws: FigureSpecError.self) { try line.testChart() }
    line.derivativeOrder = 2
    line.curves = .both
    #expect(throws: FigureSpecError.self) { try line.testChart() }
  }

  /// where(x < 0, x², −x²) has f′ continuous and f″ jumping from 2 to −2 at 0; softsign's
  /// f″ jumps likewise (its only f″ breakpoint). Each f″ curve has a vertex at 0 from both
  /// sides: the sampler is told of the breakpoint.
  @Test func jumpsOfTheFirstDerivativeAreBreakpointsOfTheSecond() throws {
    let expression = try Catalog.standard.source("where(x < 0, x^2, -x^2)")
    let f2 = expression.higherDerivativeFunction(order: 2, over: -1...1)
    #expect(f2.breakpoints.contains { abs($0) < 1e-12 })
    #expect(f2(-1e-9) == 2 && f2(1e-9) == -2)
    let softsign = try Catalog.standard.bind("softsign")
    #expect(softsign.secondDerivativeFunction.breakpoints == [0])
    #expect(softsign.valueFunction.breakpoints.isEmpty)  // f's own list is unchanged
  }
}
