extension PanelsFigure {
  /// The grid: each panel's chart built by its own kind with the grid's theme and style,
  /// its title moved into the panel's heading after the panel's label.
  ///
  /// Shared axes (line panels only): `share-x` draws every line panel over the hull of
  /// their x ranges, `share-y` over the hull of their y ranges (each with its headroom);
  /// the inner panels leave their tick labels to the bottom row or the left column.
  /// One legend: when two or more line panels show the same curves (the same labels, in
  /// order, two or more of them), they are named once under the title instead of in
  /// every panel.
  public func chart(_ spec: FigureSpec, catalog: Catalog) throws(FigureSpecError) -> any Chart {
    let (rows, columns) = grid
    let scale = panelScale(spec)
    var sheet = spec.style
    if scale < 1 {
      let style = spec.resolvedStyle
      var smaller = StyleSheet()
      (smaller.fontSize, smaller.margin) = (style.baseSize * scale, style.margin * scale)
      sheet = smaller.layered(over: spec.style)
    }
    var specs = panels.map { panel in
      var s = panel
      (s.theme, s.style, s.size, s.width, s.height) = (spec.theme, sheet, nil, nil, nil)
      return s
    }
    if shareX { try shareXRange(&specs, catalog: catalog) }
    var contents: [any PanelContent] = []
    let linePanels = specs.count { $0.figure is LineFigure }
    for (i, s) in specs.enumerated() {
      let built: any Chart
      do {
        if let line = s.figure as? LineFigure {
          // Checked below, with the other line panels, at the cell's size.
          var chart = try line.unboundedLineChart(s, catalog: catalog)
          chart.maximumWork = LineChart.defaultMaximumWork / max(1, linePanels) / Self.samplingsPerPanel
          built = chart
        } else {
          built = try s.figure.chart(s, catalog: catalog)
        }
      } catch {
        throw FigureSpecError(field: "panels", message: "panel \(i + 1) (\(s.kind.id)): " + error.message)
      }
      guard let content = built as? any PanelContent else {
        throw .value("panels", "panel \(i + 1): a \(s.kind.id) figure cannot be a panel")
      }
      contents.append(content)
    }
    if shareY { Self.shareYRange(&contents) }
    if shareX || shareY {
      for i in contents.indices {
        guard var line = contents[i] as? LineChart else { continue }
        if shareX { line.showsXTickLabels = !Self.hasLinePanel(below: i, columns: columns, in: contents) }
        if shareY { line.showsYTickLabels = !Self.hasLinePanel(leftOf: i, columns: columns, in: contents) }
        contents[i] = line
      }
    }
    try Self.checkDrawingWork(contents, cell: cellSize(spec), pixelsPerPoint: spec.pixelsPerPoint)
    let shared = Self.sharedLegend(contents)
    if shared != nil {
      for i in contents.indices {
        guard var line = contents[i] as? LineChart else { continue }
        line.showLegend = false
        contents[i] = line
      }
    }
    let items = contents.enumerated().map { i, content in
      let label = labels.label(i).map(RichText.plain)
      let heading: RichText?
      switch (label, content.panelHeading) {
      case (let l?, let t?): heading = l + .plain(" ") + t
      case (let l?, nil): heading = l
      case (nil, let t): heading = t
      }
      return PanelsChart.Panel(chart: content.withoutHeading(), heading: heading)
    }
    var chart = PanelsChart(panels: items, columns: columns, rows: rows)
    chart.style = spec.resolvedStyle
    chart.panelScale = scale
    chart.sharedLegend = shared
    chart.title = try spec.resolvedTitle(automatic: nil).map { text throws(FigureSpecError) in
      try FigureText.richText(text, field: "title")
    }
    return chart
  }

  /// The smallest figure a line chart keeps its layout promise at (200 × 150 CSS px, the
  /// smallest size ``PlacementPropertyTests`` checks), in points.
  public static let smallestPanel = Size(width: 150, height: 112.5)

  /// The factor a panel's text sizes and margins shrink by: 1 when a cell is at least
  /// ``smallestPanel``, else the cell's share of it (a 2 × 3 grid at 320 × 240 px).
  ///
  /// Decision: a panel too small for its text gets smaller text, as a figure scaled down
  /// in a document would, rather than a plot squeezed to a point under full-size labels.
  func panelScale(_ spec: FigureSpec) -> Double {
    let size = spec.resolvedSize
    let (rows, columns) = grid
    let cell = Size(width: size.width / Double(columns), height: size.height / Double(rows))
    return min(1, cell.width / Self.smallestPanel.width, cell.height / Self.smallestPanel.height)
  }

  /// How many times a line panel's curves may be sampled while a grid is drawn: once for the
  /// measure, once in each of the layout's ``PanelsChartLayout/maximumPasses`` passes and its
  /// first, once more for the drawing, 8.
  ///
  /// Decision: a panel's share of a chart's work (``LineChart/maximumWork``) is divided by
  /// this too, so the grid's sampling, over all its passes, costs what one line chart's does.
  /// The layout lines the panels up by laying each out again with grown margins, a new plot
  /// sampled anew each time: nine panels of 16 dense sines at 960 × 600 took 2.75 s CPU on
  /// a loaded machine with each panel given its share once. Ordinary curves need far less
  /// than their share (a catalog activation a few hundred evaluations), and are sampled
  /// exactly as before; only a curve wild enough to meet the bound is drawn coarser
  /// (``AdaptiveSampler/maximumWork``).
  static let samplingsPerPanel = PanelsChartLayout.maximumPasses + 2

  /// A cell of the grid: the canvas shared evenly by the rows and columns, the most room a
  /// panel's chart gets (the heading, a shared legend and the panel's own heading take some).
  func cellSize(_ spec: FigureSpec) -> Size {
    let size = spec.resolvedSize
    let (rows, columns) = grid
    return Size(width: size.width / Double(columns), height: size.height / Double(rows))
  }

  /// Refuses a grid whose line panels' curves would, all together, take more than
  /// ``LineChart/maximumDrawingWork`` or ``LineChart/maximumDrawnVertices`` to draw, each
  /// measured at the size of a `cell`.
  ///
  /// Decision: the panels of one figure share the one budget of a figure (as their curves
  /// share ``LineChart/maximumWork``, each line panel's sampler getting its share): the
  /// promise is about a figure, and six panels of dense curves drawn each within a chart's
  /// bound were six times a chart's work. Each panel is measured at the whole cell, more
  /// than its chart gets, so the sum is at least the drawing's work.
  static func checkDrawingWork(_ contents: [any PanelContent], cell: Size, pixelsPerPoint: Double)
    throws(FigureSpecError)
  {
    let lines = contents.compactMap { $0 as? LineChart }
    guard !lines.isEmpty else { return }
    let work = lines.reduce(LineChart.DrawingWork()) {
      $0 + $1.measuredDrawingWork(size: cell, pixelsPerPoint: pixelsPerPoint)
    }
    try LineChart.check(work, panels: lines.count)
  }

  /// Every line panel's `from` and `to` set to the hull of their x ranges.
  private func shareXRange(_ specs: inout [FigureSpec], catalog: Catalog) throws(FigureSpecError) {
    var hull: ClosedRange<Double>?
    for s in specs {
      guard let line = s.figure as? LineFigure else { continue }
      let r = try line.xRange(try line.bind(catalog))
      hull = hull.map { min($0.lowerBound, r.lowerBound)...max($0.upperBound, r.upperBound) } ?? r
    }
    guard let hull else { return }
    for i in specs.indices {
      guard var line = specs[i].figure as? LineFigure else { continue }
      (line.from, line.to) = (hull.lowerBound, hull.upperBound)
      specs[i].figure = line
    }
  }

  /// Every line chart's y range fixed to the hull of their ranges as each would draw it.
  static func shareYRange(_ contents: inout [any PanelContent]) {
    let ranges = contents.compactMap { ($0 as? LineChart)?.resolvedYRange }
    guard let first = ranges.first else { return }
    let hull = ranges.dropFirst().reduce(first) {
      min($0.lowerBound, $1.lowerBound)...max($0.upperBound, $1.upperBound)
    }
    for i in contents.indices {
      guard var line = contents[i] as? LineChart else { continue }
      line.yRange = hull
      contents[i] = line
    }
  }

  /// Whether a line panel sits anywhere below panel `i` in its column.
  static func hasLinePanel(below i: Int, columns: Int, in contents: [any PanelContent]) -> Bool {
    stride(from: i + columns, to: contents.count, by: columns).contains { contents[$0] is LineChart }
  }

  /// Whether a line panel sits left of panel `i` in its row.
  static func hasLinePanel(leftOf i: Int, columns: Int, in contents: [any PanelContent]) -> Bool {
    let rowStart = i - i % columns
    return (rowStart..<i).contains { contents[$0] is LineChart }
  }

  /// The first line chart, when two or more line panels all name the same two or more
  /// curves in the same order and would each show a legend.
  static func sharedLegend(_ contents: [any PanelContent]) -> LineChart? {
    let lines = contents.compactMap { $0 as? LineChart }
    guard lines.count >= 2, let first = lines.first, first.series.count >= 2 else { return nil }
    let names = { (c: LineChart) in c.series.map(\.label.plainText) }
    guard lines.allSatisfy({ names($0) == names(first) && $0.showsLegend }) else { return nil }
    return first
  }
}
