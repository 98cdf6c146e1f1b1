import Foundation
import Testing

@testable import PlotNNCore

/// One sampling per plot in a draw (``LineChartCurves``): the curves a layout gets are the
/// sampler's for that very plot, and a plot already sampled is not sampled again.
@Suite struct LineChartCurvesTests {
  /// Eight curves with a legend at a size where the legend moves to a strip above the
  /// plot, so the plot changes between passes.
  static func chart() -> LineChart {
    let series = (1...8).map { k in
      LineChart.Series(
        label: .plain("sin(\(k)x)"), function: PlotFunction { sin(Double(k) * $0) }, colorIndex: k - 1)
    }
    return LineChart(series: series, xRange: -6...6)
  }

  @Test func theDrawnCurvesAreThoseSampledForTheFinalPlot() {
    let chart = Self.chart()
    let size = Size(width: 480, height: 360)
    var samples = LineChartCurves()
    let (layout, _) = chart.arranged(on: RecordingCanvas(), size: size, tolerance: 0.1, samples: &samples)
    let passes = samples.samplings
    #expect(passes >= 1)
    // Sampled afresh for the final plot: the same curves.
    var fresh = LineChartCurves()
    let again = fresh.curves(
      of: chart, plot: layout.plot, xScale: layout.xScale, yScale: layout.yScale, tolerance: 0.1)
    #expect(again == layout.curves)
    // The same draw again with the same store samples nothing more.
    _ = chart.arranged(on: RecordingCanvas(), size: size, tolerance: 0.1, samples: &samples)
    #expect(samples.samplings == passes)
    // Another tolerance is another sampling.
    _ = samples.curves(of: chart, plot: layout.plot, xScale: layout.xScale, yScale: layout.yScale, tolerance: 0.05)
    #expect(samples.samplings == passes + 1)
  }
}
