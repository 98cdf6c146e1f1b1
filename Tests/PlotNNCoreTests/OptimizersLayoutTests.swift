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

  /// SGD, momentum and Adam on the saddle, 45 steps: three short legend entries.
  static func saddle() throws -> (String, OptimizersChart) {
    var three = OptimizersFigure()
    three.optimizers = ["sgd(lr=0.02)", "momentum(lr=0.02)", "adam(lr=0.05)"]
    (three.loss, three.steps) = ("saddle", 45)
    return ("three on the saddle", try #require(try FigureSpec(three).chart(catalog: .standard) as? OptimizersChart))
  }

  /// The batch-size chart and the three on the saddle: legends that fit one row of 360 points.
  static func shortLegendCharts() throws -> [(String, OptimizersChart)] {
    try charts().filter { $0.0 == "batch-size" } + [saddle()]
  }

  /// The 3-D view of each chart, and of the three optimizers on the saddle.
  static func surfaceCharts() throws -> [(String, OptimizersChart)] {
    let named = try charts() + [saddle()]
    return named.map { name, chart in
      var surface = chart
      surface.view = .surface
      return (name + " 3-D", surface)
    }
  }

  /// The 3-D view's column is limited to a square, so its height is what the surface gets:
  /// at 320 × 240 and 480 × 240 px (240 × 180 and 360 × 180 points) and 200 × 150 points the
  /// legend gives way (one row, then none, said so) before the column drops under three
  /// fifths of the height (three legend rows left a column of 90 of 180 points).
  @Test(arguments: [Size(width: 240, height: 180), Size(width: 360, height: 180), Size(width: 200, height: 150)])
  func theSurfaceKeepsItsShare(size: Size) throws {
    for (name, chart) in try Self.surfaceCharts() {
      let layout = OptimizersChartLayout(chart: chart, size: size, canvas: RecordingCanvas())
      let column = try #require(layout.surfaceColumn)
      #expect(column.height >= 0.6 * size.height, "\(name) at \(size): \(column)")
      let whole = chart.traces.indices.map { chart.legendLabel($0, parameters: true) }
      if layout.legend.entries.map(\.label) != whole {
        #expect(layout.legend.rows <= 1, "\(name) at \(size): \(layout.legend.rows) legend rows")
      }
      if layout.legend.entries.isEmpty {
        #expect(layout.notes.leftOut.contains { $0.item == .legend }, "\(name) at \(size)")
      }
      // The loss panel's labels, when drawn, keep above the legend.
      if let loss = layout.lossPlot, layout.showTickLabels, let first = layout.legend.entries.first {
        let strip = 2 * RecordingCanvas().measure(.plain("0"), style: chart.style.tickLabel).height + 8
        #expect(loss.maxY + strip <= first.origin.y, "\(name) at \(size)")
      }
    }
  }

  /// A loss panel without room for its labels draws none (it drew its x labels over the
  /// legend and its y labels over the contour panel at 480 × 240 px, while the note said
  /// they were left out).
  @Test func aLossPanelWithoutLabelRoomDrawsNoLabels() throws {
    for (name, chart) in try Self.charts() + Self.surfaceCharts() {
      let size = Size(width: 360, height: 180)
      let canvas = RecordingCanvas()
      let layout = OptimizersChartLayout(chart: chart, size: size, canvas: canvas)
      _ = chart.draw(on: canvas, size: size, tolerance: 0.5)
      let texts = canvas.commands.compactMap { command -> String? in
        if case .text(let t, _, _, _, _) = command { return t.plainText }
        return nil
      }
      let xName = chart.samplesPerStep == nil ? "步数" : "已见样本数"
      #expect(texts.contains(xName) == layout.showTickLabels, "\(name): \(layout.showTickLabels)")
    }
  }

  /// At 480 × 240 px (360 × 180 points) the 2-D view keeps its tick labels and its legend:
  /// the legend gives up its hyper-parameters (one row of names) before both panels lose
  /// their numbers (the whole legend's two rows left them none).
  @Test func theLegendGivesWayBeforeTheTickLabels() throws {
    // (The ten optimizers' names do not fit one row of 360 points: their legend is left out.)
    for (name, chart) in try Self.shortLegendCharts() {
      let layout = OptimizersChartLayout(chart: chart, size: Size(width: 360, height: 180), canvas: RecordingCanvas())
      #expect(layout.showTickLabels, "\(name)")
      #expect(layout.legend.entries.count == chart.traces.count, "\(name): the legend is kept")
      #expect(!layout.notes.leftOut.contains { $0.item == .tickLabel || $0.item == .axisName }, "\(name)")
    }
  }

  /// A narrow, tall 2-D figure (a paper column, 3.25 × 4.5 in) keeps its loss panel, under
  /// the contour panel, left edges aligned, both labelled; 3.25 × 2.44 in is too short for
  /// two panels, and the loss panel goes (said so).
  @Test func aTallNarrowFigureStacksTheLossPanel() throws {
    for (name, chart) in try Self.shortLegendCharts() {
      let tall = OptimizersChartLayout(chart: chart, size: Size(width: 234, height: 324), canvas: RecordingCanvas())
      let loss = try #require(tall.lossPlot, "\(name)")
      #expect(loss.minY > tall.contourPlot.maxY && loss.maxY <= 324, "\(name): \(loss) under \(tall.contourPlot)")
      #expect(abs(loss.minX - tall.contourPlot.minX) < 1e-9, "\(name): left edges aligned")
      #expect(tall.showTickLabels, "\(name)")
      #expect(!tall.notes.leftOut.contains { $0.item == .lossPanel }, "\(name)")
      let short = OptimizersChartLayout(chart: chart, size: Size(width: 234, height: 175.5), canvas: RecordingCanvas())
      #expect(short.lossPlot == nil && short.notes.leftOut.contains { $0.item == .lossPanel }, "\(name)")
    }
  }

  /// Where the labels do not fit, the note counts every one left out: the contour panel's
  /// ticks and its two axis names (240 × 180 points: no loss panel), and the loss panel's
  /// own when there is one (a 360-point-wide figure too short for labels).
  @Test func theNoteCountsEveryLabelLeftOut() throws {
    for (name, chart) in try Self.charts() {
      let small = Size(width: 240, height: 130)
      let layout = OptimizersChartLayout(chart: chart, size: small, canvas: RecordingCanvas())
      #expect(!layout.showTickLabels, "\(name)")
      let counted = { (notes: LayoutNotes, item: LayoutNotes.Item) in
        notes.leftOut.filter { $0.item == item }.map(\.count).reduce(0, +)
      }
      #expect(counted(layout.notes, .tickLabel) == layout.xTicks.count + layout.yTicks.count, "\(name)")
      #expect(counted(layout.notes, .axisName) == 2, "\(name)")
      // Under 360 points wide the loss panel is what goes (it has no title to lose).
      #expect(counted(layout.notes, .lossPanel) == 1 && counted(layout.notes, .panelTitle) == 0, "\(name)")
      let wide = Size(width: 380, height: 130)
      let canvas = RecordingCanvas()
      let notes = chart.draw(on: canvas, size: wide, tolerance: 0.5)
      let wideLayout = OptimizersChartLayout(chart: chart, size: wide, canvas: RecordingCanvas())
      #expect(wideLayout.lossPlot != nil && !wideLayout.showTickLabels, "\(name)")
      #expect(counted(notes, .tickLabel) > wideLayout.xTicks.count + wideLayout.yTicks.count, "\(name)")
      #expect(counted(notes, .axisName) == 4, "\(name)")
    }
  }

  /// At the default size nothing gives way: every entry with its hyper-parameters (or the
  /// batch sizes' steps a pass).
  @Test func theDefaultSizeKeepsTheWholeLegend() throws {
    for (name, chart) in try Self.charts() + Self.surfaceCharts() {
      let layout = OptimizersChartLayout(chart: chart, size: Size(width: 1120, height: 560), canvas: RecordingCanvas())
      #expect(layout.legend.entries.count == chart.traces.count, "\(name)")
      let whole = chart.traces.indices.map { chart.legendLabel($0, parameters: true) }
      #expect(layout.legend.entries.map(\.label) == whole, "\(name)")
      #expect(layout.contourPlot.height >= 0.4 * 560)
    }
  }
}
