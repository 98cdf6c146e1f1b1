import Foundation
import Testing

@testable import PlotNNCore

/// How the optimizers and batch-size figures share a small figure between the panels and
/// the legend (``OptimizersChartLayout``).
@Suite struct OptimizersLayoutTests {
  static func charts() throws -> [(String, OptimizersChart)] {
    var ten = OptimizersFigure()
    ten.optimizers = [
      "GradientDescent", "adadelta", "adagrad(convention=tf)", "adagrad-da", "momentum", "adam(convention=tf)",
      "ftrl", "ProximalGradientDescent", "proximal-adagrad", "rmsprop(convention=tf)",
    ]
    (ten.loss, ten.steps) = ("beale", 30)
    return try [("batch-size", FigureSpec(BatchSizeFigure())), ("ten optimizers", FigureSpec(ten))].map {
      name, spec in
      (name, try #require(try spec.chart(catalog: .standard) as? OptimizersChart))
    }
  }

  /// At 320 × 240 and 200 × 150 the contour panel keeps two fifths of the height: a legend
  /// that had to give up its details is on one row, or it is left out and said so (three
  /// rows of batch-size legend left the panel under a third of 240).
  @Test(arguments: [Size(width: 320, height: 240), Size(width: 200, height: 150)])
  func smallFiguresKeepThePanelsShare(size: Size) throws {
    for (name, chart) in try Self.charts() {
      let layout = OptimizersChartLayout(chart: chart, size: size, canvas: RecordingCanvas())
      #expect(layout.contourPlot.height >= 0.4 * size.height, "\(name) at \(size): \(layout.contourPlot)")
      let whole = chart.traces.indices.map { chart.legendLabel($0, parameters: true) }
      if layout.legend.entries.map(\.label) != whole {
        #expect(layout.legend.rows <= 1, "\(name) at \(size): \(layout.legend.rows) legend rows")
      }
      if layout.legend.entries.isEmpty {
        #expect(layout.notes.leftOut.contains { $0.item == .legend }, "\(name) at \(size)")
      } else {
        #expect(layout.legend.entries.count == chart.traces.count)
      }
    }
  }

  /// At the default size nothing gives way: every entry with its hyper-parameters (or the
  /// batch sizes' steps a pass).
  @Test func theDefaultSizeKeepsTheWholeLegend() throws {
    for (name, chart) in try Self.charts() {
      let layout = OptimizersChartLayout(chart: chart, size: Size(width: 1120, height: 560), canvas: RecordingCanvas())
      #expect(layout.legend.entries.count == chart.traces.count, "\(name)")
      let whole = chart.traces.indices.map { chart.legendLabel($0, parameters: true) }
      #expect(layout.legend.entries.map(\.label) == whole, "\(name)")
      #expect(layout.contourPlot.height >= 0.4 * 560)
    }
  }
}
