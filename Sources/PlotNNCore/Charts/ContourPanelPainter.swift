import Foundation

/// Paints one panel of a ``ContourChart``, back to front: grid, contours, descent path
/// and markers (clipped to the plot), frame, ticks and labels, axis names, heading.
struct ContourPanelPainter {
  let chart: ContourChart
  let panel: ContourChart.Panel
  let layout: ContourPanelLayout
  let canvas: Canvas
  let tolerance: Double

  /// Stroke width of the contour lines, in points.
  static let contourWidth = 1.3

  private var style: Style { chart.style }
  private var colors: ContourColors { ContourColors(style: style) }
  private var plot: Rect { layout.plot }

  /// What painting the panel works out first: its iso-lines and the places of the path's
  /// and the minimum's labels (none when the layout dropped them), the same in every frame
  /// of an animation (labels are placed clear of the whole path).
  struct Work: Sendable {
    let contours: [(level: Double, lines: [Isoline])]
    let labels: [(RichText, TextStyle, ContourLabelPlacer.Placement)]
  }

  func work() -> Work {
    let all = contours()
    guard layout.shown.contourLabels else { return Work(contours: all, labels: []) }
    let path = DescentPathPainter(chart: chart, panel: panel, layout: layout, canvas: canvas)
    let lines = all.flatMap(\.lines).map { $0.points.map(device) }
    return Work(contours: all, labels: path.labelPlacements(path.geometry, contours: lines))
  }

  /// Paints the panel (with `work` when it was done before, ``work()``); returns the labels
  /// of path and minimum that found no place (or were dropped by the layout,
  /// ``ContourChartLayout/Omission``).
  @discardableResult
  func paint(_ work: Work? = nil) -> LayoutNotes {
    if style.showGrid { paintGrid() }
    let path = DescentPathPainter(chart: chart, panel: panel, layout: layout, canvas: canvas)
    let geometry = path.geometry
    let work = work ?? self.work()
    canvas.clipped(to: plot) {
      paintContours(work.contours)
      path.paintPath(chart.pathSteps.map { geometry.cut(atStep: $0) } ?? geometry)
    }
    paintFrame()
    path.paintLabels(work.labels)
    let notes = path.labelNotes(work.labels)
    paintHeading()
    return notes
  }

  /// The contour levels and their iso-lines in data coordinates, low level first.
  func contours() -> [(level: Double, lines: [Isoline])] {
    let cell = ContourChart.cellSize(tolerance: tolerance)
    // Cells × levels at most 20 000 000, and at most 1000 cells a side: a 5792-point panel
    // with 100 levels at 2-point cells took over 3 s; on such a panel a coarser cell is
    // still a fraction of a pixel of error for these smooth bowls.
    let side = Int(clamping: (20_000_000 / Double(max(chart.levels, 1))).squareRoot(), to: 100...1000)
    let loss = panel.loss
    let grid = ScalarGrid(
      x: layout.xScale.domain, y: layout.yScale.domain,
      columns: Int(clamping: plot.width / cell, to: 1...side, rounding: .up) + 1,
      rows: Int(clamping: plot.height / cell, to: 1...side, rounding: .up) + 1
    ) { loss(Vector2($0, $1)) }
    guard let range = grid.finiteRange else { return [] }
    let low =
      panel.minimum.map { loss($0) }.flatMap { $0.isFinite ? min($0, range.lowerBound) : nil } ?? range.lowerBound
    let levels =
      panel.outerLevel.map { chart.spacing.levels(from: low, through: $0, count: chart.levels) }
      ?? chart.spacing.levels(from: low, to: range.upperBound, count: chart.levels)
    return levels.map { ($0, MarchingSquares.isolines(in: grid, level: $0)) }
  }

  private func paintContours(_ all: [(level: Double, lines: [Isoline])]) {
    for (k, contour) in all.enumerated() {
      let color = colors.level(k, of: all.count)
      var path = Path()
      for line in contour.lines {
        guard let first = line.points.first else { continue }
        path.move(to: device(first))
        for p in line.points.dropFirst() { path.line(to: device(p)) }
        if line.isClosed { path.close() }
      }
      if !path.isEmpty { canvas.stroke(path, style: StrokeStyle(color: color, width: Self.contourWidth, join: .round)) }
    }
  }

  private func device(_ p: Vector2) -> Point { Point(layout.xScale(p.x), layout.yScale(p.y)) }

  private func paintGrid() {
    var path = Path()
    for t in layout.xTicks where t.position > plot.minX + 0.5 && t.position < plot.maxX - 0.5 {
      path.move(to: Point(t.position, plot.minY))
      path.line(to: Point(t.position, plot.maxY))
    }
    for t in layout.yTicks where t.position > plot.minY + 0.5 && t.position < plot.maxY - 0.5 {
      path.move(to: Point(plot.minX, t.position))
      path.line(to: Point(plot.maxX, t.position))
    }
    canvas.stroke(path, style: StrokeStyle(color: style.grid, width: style.gridWidth))
  }

  private func paintFrame() {
    // Inward ticks (``Style/tickDirection``) point into the plot from the frame.
    let tick = ContourPanelLayout.tickLength * (style.tickDirection == .in ? -1 : 1)
    var marks = Path()
    for t in layout.xTicks {
      marks.move(to: Point(t.position, plot.maxY))
      marks.line(to: Point(t.position, plot.maxY + tick))
    }
    for t in layout.yTicks {
      marks.move(to: Point(plot.minX, t.position))
      marks.line(to: Point(plot.minX - tick, t.position))
    }
    canvas.stroke(marks, style: StrokeStyle(color: style.axis, width: style.axisWidth))
    canvas.stroke(.rectangle(plot), style: StrokeStyle(color: style.axis, width: style.axisWidth))
    if layout.shown.tickLabels { paintTickLabels(tick: tick) }
    guard layout.shown.axisNames else { return }
    let nameStyle = style.panelAxisName
    canvas.text(
      panel.xLabel, at: Point(plot.midX, layout.column.maxY), style: nameStyle, anchor: TextAnchor(.center, .bottom))
    canvas.text(
      panel.yLabel, at: Point(layout.column.minX, plot.midY), style: nameStyle, anchor: TextAnchor(.center, .top),
      rotation: Double.pi / 2)
  }

  private func paintTickLabels(tick: Double) {
    let labelStyle = style.tickLabel
    for t in layout.xTicks {
      canvas.text(
        t.label, at: Point(t.position, plot.maxY + tick + 2), style: labelStyle, anchor: TextAnchor(.center, .top))
    }
    for t in layout.yTicks {
      let at = Point(plot.minX - tick - ContourPanelLayout.labelGap, t.position)
      canvas.text(t.label, at: at, style: labelStyle, anchor: TextAnchor(.right, .middle))
    }
  }

  private func paintHeading() {
    if layout.shown.panelTitles {
      canvas.text(
        panel.title, at: Point(layout.headingCenter, layout.titleTop), style: style.panelTitle,
        anchor: TextAnchor(.center, .top))
    }
    if let subtitle = layout.subtitle {
      canvas.text(
        subtitle, at: Point(layout.headingCenter, layout.subtitleTop), style: style.panelSubtitle,
        anchor: TextAnchor(.center, .top))
    }
  }
}
