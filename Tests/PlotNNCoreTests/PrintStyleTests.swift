import Testing

@testable import PlotNNCore

/// `--style print` is read in greyscale: with one ink, every series of a figure must differ
/// from every other in dash pattern or marker, as drawn, overlay rule included
/// (``Style/dash(over:derivative:)``): curves that run together along y = 0, as the
/// activations do for x < 0, were all given the same overlay dash.
@Suite struct PrintStyleTests {
  static let functions = ["sigmoid", "tanh", "relu", "softplus", "leaky-relu", "elu", "gelu", "swish"]

  @Test(arguments: 1...5, [false, true])
  func everySeriesDiffersInDashOrMarker(_ count: Int, _ derivatives: Bool) throws {
    var figure = LineFigure(functions: Array(Self.functions.prefix(count)))
    figure.curves = derivatives ? .both : .function
    let chart = try figure.testChart(style: try #require(StyleSheet.builtIn("print")))
    #expect(chart.series.count == count * (derivatives ? 2 : 1))
    let canvas = RecordingCanvas()
    let layout = LineChartLayout(chart: chart, size: Size(width: 480, height: 360), canvas: canvas, tolerance: 0.1)
    let over = layout.coincidentCurves()
    if count >= 3 {
      #expect(over.contains(true), "the activations coincide along y = 0: the overlay rule is exercised")
    }
    let looks = chart.series.indices.map { i in
      let s = chart.stroke(of: chart.series[i], over: over[i])
      return "\(s.dash) \(s.marker)"
    }
    #expect(Set(looks).count == looks.count, "\(looks)")
    // One ink: colour tells nothing apart.
    #expect(Set(chart.series.map { chart.stroke(of: $0).color }).count == 1)
  }

  /// Five functions with derivatives is what the style promises; the patterns it holds
  /// are ten different ones.
  @Test func theTenPatternsAreDifferent() throws {
    let style = try #require(StyleSheet.builtIn("print")).style()
    let patterns = style.functionDashes + style.derivativeDashes
    #expect(patterns.count == 10 && Set(patterns).count == 10, "\(patterns)")
  }
}
