import Foundation

/// Where an ``OptimizersChart`` puts its parts: heading at the top, the legend's rows at
/// the bottom, and between them the contour panel (58 % of the width at most, less for a
/// tall window) and the loss panel.
///
/// **Small figures.** The legend is the first of these that takes at most
/// ``maximumLegendShare`` of the height and leaves the panels ``minimumPanelShare`` of it:
/// the whole legend in as many rows as it needs; the names alone (no hyper-parameters or
/// details) in one row; the same with shorter swatches and gaps in one row; with none of
/// them it is left out. In the 3-D view the legend must also leave the surface's column
/// ``minimumSurfaceShare`` of the height. Decision: a small figure's legend is one row or
/// none, since each further row is taken from a panel already short. Decision: of the
/// legends that fit, the first that leaves the panels their tick labels is taken, so the
/// legend gives up its hyper-parameters before the axes lose their numbers (at 480 × 240 px
/// the whole legend's two rows left both panels without a label; one row of names keeps
/// them all).
///
/// **Narrow figures.** Under 360 points wide the 2-D view puts the loss panel under the
/// contour panel, left edges aligned, when the column is at least twice
/// ``minimumLabelledColumn`` high (a paper column of 3.25 × 4 in in the paper style), and
/// leaves it out otherwise; the 3-D view leaves it out. The tick labels and axis names go
/// when a panel would be too short for them (2-D: the column's height, or its half width,
/// or in a stack half its height, under ``minimumLabelledColumn``; 3-D: the loss panel's
/// plot under 60 points under its label strip). Each omission is reported (``LayoutNotes``).
struct OptimizersChartLayout {
  /// The largest share of the height the legend may take: 30 %.
  static let maximumLegendShare = 0.3
  /// The least share of the figure's height the panels keep before the legend gives way:
  /// two fifths, as ``LineChart/minimumPlotShare`` (at 320 × 240 the batch-size figure's
  /// three legend rows left the contour panel 75 points of 240).
  static let minimumPanelShare = 0.4
  /// The least share of the figure's height the 3-D view's column keeps before the legend
  /// gives way: three fifths. Decision: the surface's box is about square, so the column's
  /// height is all the surface gets however wide the column is, and the surface chart spends
  /// about a third of it on its own axis names and labels; 3/5 of the height leaves the box
  /// about the 2/5 the 2-D view keeps for its plot. (At 320 × 240 px three legend rows left
  /// a column of 90 of 180 points and a surface some 60 points across.)
  static let minimumSurfaceShare = 0.6

  /// The least height (and half width) of the 2-D view's panel column that keeps its tick
  /// labels and axis names: 100 points, a plot about 65 points high under its label strip.
  /// Decision: 120 before; at 480 × 240 px no legend left that much, and both panels went
  /// without a number, though a 65-point plot holds four labelled ticks as matplotlib's
  /// would.
  static let minimumLabelledColumn = 100.0

  let heading: FigureHeading
  let legend: OptimizersLegend
  let contourPlot: Rect
  let xScale: LinearScale
  let yScale: LinearScale
  let xTicks: [AxisTick]
  let yTicks: [AxisTick]
  let lossPlot: Rect?
  /// The 3-D view's column (``OptimizersChart/View/surface``), where the surface chart lays
  /// itself out; nil in the 2-D view.
  let surfaceColumn: Rect?
  let showTickLabels: Bool
  let notes: LayoutNotes

  init(chart: OptimizersChart, size: Size, canvas: Canvas) {
    let style = chart.style
    var notes = LayoutNotes()
    let pad = max(4, 0.03 * min(size.width, size.height))
    heading = FigureHeading(
      title: chart.title, subtitle: size.height >= 200 ? chart.subtitle : nil, style: style, top: pad, width: size.width
    ).fitted(on: canvas)
    if size.height < 200 { notes.leaveOut(.subtitle) }
    let top = heading.bottom(on: canvas) + 8
    let label = canvas.measure(.plain("−0.5"), style: style.tickLabel)
    let name = canvas.measure(.plain("x"), style: style.panelAxisName)
    let width = size.width - 2 * pad
    let surface = chart.view == .surface
    let labelStrip = label.height + 6 + name.height + 2
    // The panels' column height under a legend `h` high, and the plot's in it, by the
    // geometry below.
    let columnHeight = { (h: Double) -> Double in max(size.height - pad - h - (h > 0 ? 6 : 0) - top, 10) }
    let panelHeight = { (h: Double) -> Double in
      let height = columnHeight(h)
      let below = min(0.5 * width, height) >= Self.minimumLabelledColumn ? labelStrip : 4
      return max(height - below, 10)
    }
    let candidates = [
      OptimizersLegend(chart: chart, width: width, parameters: true, canvas: canvas),
      OptimizersLegend(chart: chart, width: width, parameters: false, canvas: canvas),
      OptimizersLegend(chart: chart, width: width, parameters: false, compact: true, canvas: canvas),
    ]
    let fits = { (k: Int, l: OptimizersLegend) in
      l.height <= Self.maximumLegendShare * size.height
        && panelHeight(l.height) >= Self.minimumPanelShare * size.height && (k == 0 || l.rows == 1)
        && (!surface || columnHeight(l.height) >= Self.minimumSurfaceShare * size.height)
    }
    // Narrow but tall (a paper column, 3.25 × 4 in): the loss panel goes under the contour
    // panel when the column holds both at the height that keeps their labels.
    let stacked =
      !surface && size.width < 360 && columnHeight(candidates[1].rowHeight) >= 2 * Self.minimumLabelledColumn
    let withLoss = size.width >= 360 || stacked
    // Whether the panels under a legend `h` high keep their tick labels (the rule of
    // `showTickLabels` below).
    let keepsLabels = { (h: Double) -> Bool in
      if surface { return !withLoss || columnHeight(h) - labelStrip >= 60 }
      return stacked
        ? min(width, 0.5 * columnHeight(h)) >= Self.minimumLabelledColumn
        : min(0.5 * width, columnHeight(h)) >= Self.minimumLabelledColumn
    }
    var legend: OptimizersLegend
    if let chosen = candidates.enumerated().first(where: { fits($0, $1) && keepsLabels($1.height) })
      ?? candidates.enumerated().first(where: fits)
    {
      legend = chosen.element
    } else {
      legend = OptimizersLegend(empty: style)
      if !chart.traces.isEmpty { notes.leaveOut(.legend) }
    }
    let bottom = size.height - pad - legend.height - (legend.height > 0 ? 6 : 0)
    legend = legend.placed(at: Point(pad, bottom + 6))
    let inner = Rect(x: pad, y: top, width: width, height: max(bottom - top, 10))
    if !withLoss { notes.leaveOut(.lossPanel) }
    let gap = 0.05 * inner.width
    // The rule the legend was chosen by (the column is `inner`); in the 3-D view the
    // surface chart labels itself, and the labels here are the loss panel's alone.
    showTickLabels = keepsLabels(legend.height) && (withLoss || !surface)
    let lossLeft =
      showTickLabels ? canvas.measure(.plain("10⁻¹⁰"), style: style.tickLabel).width + 10 + name.height + 4 : 4
    // Stacked panels share their left edge, as matplotlib's aligned subplots do.
    let left = stacked ? lossLeft : showTickLabels ? label.width + 8 + name.height + 4 : 4
    let below = showTickLabels ? labelStrip : 4
    // The contour column takes 58 % of the width, or less when the window is taller than
    // that column's plot (equal aspect would only widen the window into empty contours):
    // then as wide as the window's shape at the full height, at least 40 %.
    let (wx, wy) = (
      chart.window.x.upperBound - chart.window.x.lowerBound, chart.window.y.upperBound - chart.window.y.lowerBound
    )
    let fitted = left + (inner.height - below) * wx / wy + gap / 2
    let share =
      surface ? OptimizersChart.surfaceShare * inner.width : min(0.58 * inner.width, max(0.4 * inner.width, fitted))
    // Stacked: the contour panel takes 55 % of the column's height, the loss panel the rest
    // under a gap of 5 %.
    let stackGap = 0.05 * inner.height
    let contourColumn =
      stacked
      ? Rect(x: inner.minX, y: inner.minY, width: inner.width, height: 0.55 * inner.height - stackGap / 2)
      : withLoss ? Rect(x: inner.minX, y: inner.minY, width: share - gap / 2, height: inner.height) : inner
    surfaceColumn = surface ? contourColumn : nil
    let plotBox = Rect(
      x: contourColumn.minX + left, y: contourColumn.minY,
      width: max(contourColumn.width - left - (stacked ? 4 : 0), 10),
      height: max(contourColumn.height - below, 10))
    // Equal aspect: the plot keeps the box's shape unless the window is far from it; the
    // window is widened along its shorter side to the plot's shape.
    var (xr, yr) = chart.window
    let (dx, dy) = (xr.upperBound - xr.lowerBound, yr.upperBound - yr.lowerBound)
    let shape = plotBox.width / plotBox.height
    if dx / dy < shape {
      let grow = (dy * shape - dx) / 2
      xr = (xr.lowerBound - grow)...(xr.upperBound + grow)
    } else {
      let grow = (dx / shape - dy) / 2
      yr = (yr.lowerBound - grow)...(yr.upperBound + grow)
    }
    contourPlot = plotBox
    xScale = LinearScale(domain: xr, start: plotBox.minX, end: plotBox.maxX)
    yScale = LinearScale(domain: yr, start: plotBox.maxY, end: plotBox.minY)
    let spacing = { (a: RichText, b: RichText) in
      (canvas.measure(a, style: style.tickLabel).width + canvas.measure(b, style: style.tickLabel).width) / 2 + 8
    }
    let vertical = { (_: RichText, _: RichText) in label.height + 4 }
    let (xs, ys) = (xScale, yScale)
    xTicks = TickLocator.labelledTicks(xr, length: plotBox.width, bins: 7, spacing: spacing).ticks.map {
      $0.placed(by: xs)
    }
    yTicks = TickLocator.labelledTicks(yr, length: plotBox.height, bins: 7, spacing: vertical).ticks.map {
      $0.placed(by: ys)
    }
    // The contour panel's labels left out; the loss panel counts its own
    // (``OptimizersLossPainter/paint()``), the 3-D view's surface chart its own.
    if !showTickLabels && !surface {
      notes.leaveOut(.tickLabel, count: xTicks.count + yTicks.count)
      notes.leaveOut(.axisName, count: 2)
    }
    if stacked {
      let y0 = contourColumn.maxY + stackGap
      lossPlot = Rect(
        x: plotBox.minX, y: y0, width: max(inner.maxX - plotBox.minX - 4, 10), height: max(inner.maxY - y0 - below, 10))
    } else if withLoss {
      let x0 = contourColumn.maxX + gap + lossLeft
      lossPlot = Rect(x: x0, y: plotBox.minY, width: max(inner.maxX - x0 - 4, 10), height: plotBox.height)
    } else {
      lossPlot = nil
    }
    self.legend = legend
    self.notes = notes
  }
}
