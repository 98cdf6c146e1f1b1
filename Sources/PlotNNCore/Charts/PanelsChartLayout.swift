/// Where everything of a ``PanelsChart`` goes: the heading, the shared legend's strip, the
/// cells of the grid, each panel's heading and the rectangle its chart draws in, and for
/// line panels the margins that line their plots up.
///
/// Alignment is matplotlib's constrained-layout idea by growing margins: every line panel
/// is laid out on its own; in each row the lowest plot top and the highest plot bottom
/// win, in each column the rightmost left edge and the leftmost right edge; each panel's
/// ``LineChart/minimumMargins`` grow to meet them and the panels are laid out again, until
/// no edge moves by more than ``tolerance`` (margins only grow, so this ends; at most
/// ``maximumPasses``). A panel never loses a margin its own texts need, so the promise of
/// each chart (no text on a curve, none clipped) holds in every cell.
struct PanelsChartLayout {
  struct PlacedPanel {
    /// The chart as drawn: line charts with their grown margins.
    let chart: any PanelContent
    let cell: Rect
    /// Where the chart draws, its own canvas's bounds in figure coordinates.
    let content: Rect
    /// The plot rectangle in figure coordinates, for line panels.
    let plot: Rect?
    let heading: PlacedLabel?
  }

  let heading: FigureHeading
  let legend: [LegendBlock.Slot]?
  let panels: [PlacedPanel]

  /// How far apart two edges may stay and count as lined up, in points.
  static let tolerance = 0.25
  static let maximumPasses = 6

  init(chart: PanelsChart, size: Size, canvas: Canvas, tolerance curveTolerance: Double) {
    let style = chart.style
    let pad = style.margin
    heading = FigureHeading(
      title: chart.title, subtitle: chart.subtitle, style: style, top: pad, width: size.width, height: size.height
    ).fitted(on: canvas)
    var top = (chart.title ?? chart.subtitle) == nil ? 0 : heading.bottom(on: canvas) + 4 * style.baseSize / 11
    if let shared = chart.sharedLegend {
      let block = LegendBlock(chart: shared, canvas: canvas)
      let width = size.width - 2 * pad
      if top == 0 { top = pad / 2 }
      legend = block.stripSlots(width: width, centerX: size.width / 2, top: top, on: canvas)
      top += block.stripHeight(width: width, on: canvas)
    } else {
      legend = nil
    }
    let (rows, columns) = (chart.rows, chart.columns)
    let cellWidth = size.width / Double(columns)
    let cellHeight = max(size.height - top, 1) / Double(rows)
    let cells = chart.panels.indices.map { i in
      Rect(
        x: Double(i % columns) * cellWidth, y: top + Double(i / columns) * cellHeight, width: cellWidth,
        height: cellHeight)
    }
    // Panel headings: one line each, elided to the cell; a row's charts start under its
    // tallest heading, so their canvases share a top.
    var role = style.panelTitle
    role.size *= chart.panelScale
    let lines = zip(chart.panels, cells).map { panel, cell in
      panel.heading.map { $0.elided(toWidth: max(cell.width - pad, 1)) { canvas.measure($0, style: role).width } }
    }
    let headingTop = pad / 2
    var rowHeading = [Double](repeating: 0, count: rows)
    for (i, line) in lines.enumerated() {
      guard let line else { continue }
      rowHeading[i / columns] = max(rowHeading[i / columns], headingTop + canvas.measure(line, style: role).height + 2)
    }
    let contents = cells.enumerated().map { i, cell in
      let h = rowHeading[i / columns]
      return Rect(x: cell.minX, y: cell.minY + h, width: cell.width, height: max(cell.height - h, 1))
    }

    var charts = chart.panels.map(\.chart)
    var plots = [Rect?](repeating: nil, count: charts.count)
    let measure = { (c: any PanelContent, content: Rect) -> Rect? in
      guard let line = c as? LineChart else { return nil }
      let (layout, _) = line.arranged(
        on: canvas, size: Size(width: content.width, height: content.height), tolerance: curveTolerance)
      return Rect(
        x: layout.plot.minX + content.minX, y: layout.plot.minY + content.minY, width: layout.plot.width,
        height: layout.plot.height)
    }
    for i in charts.indices { plots[i] = measure(charts[i], contents[i]) }
    if chart.alignsPlots {
      for _ in 0..<Self.maximumPasses {
        let target = Self.aligned(plots, rows: rows, columns: columns)
        var moved = false
        for i in charts.indices {
          guard var line = charts[i] as? LineChart, let want = target[i], let have = plots[i] else { continue }
          let c = contents[i]
          let needed = Margins(
            top: want.minY - c.minY, left: want.minX - c.minX, bottom: c.maxY - want.maxY, right: c.maxX - want.maxX)
          let off =
            abs(want.minY - have.minY) + abs(want.maxY - have.maxY) + abs(want.minX - have.minX)
            + abs(want.maxX - have.maxX)
          guard off > Self.tolerance else { continue }
          line.minimumMargins = Margins(
            top: max(line.minimumMargins.top, needed.top), left: max(line.minimumMargins.left, needed.left),
            bottom: max(line.minimumMargins.bottom, needed.bottom),
            right: max(line.minimumMargins.right, needed.right))
          charts[i] = line
          plots[i] = measure(line, c)
          moved = true
        }
        if !moved { break }
      }
    }

    panels = chart.panels.indices.map { i in
      let cell = cells[i]
      let placed = lines[i].map { line in
        let width = canvas.measure(line, style: role).width
        let center = plots[i]?.midX ?? contents[i].midX
        let x = min(max(center, cell.minX + width / 2 + pad / 4), cell.maxX - width / 2 - pad / 4)
        return PlacedLabel(
          line, at: Point(x, cell.minY + headingTop), anchor: TextAnchor(.center, .top), style: role, halo: false,
          on: canvas)
      }
      return PlacedPanel(chart: charts[i], cell: cell, content: contents[i], plot: plots[i], heading: placed)
    }
  }

  /// The plot each line panel should have: its row's lowest top and highest bottom, its
  /// column's rightmost left and leftmost right (nil for other panels).
  static func aligned(_ plots: [Rect?], rows: Int, columns: Int) -> [Rect?] {
    var tops = [Double](repeating: -.infinity, count: rows)
    var bottoms = [Double](repeating: .infinity, count: rows)
    var lefts = [Double](repeating: -.infinity, count: columns)
    var rights = [Double](repeating: .infinity, count: columns)
    for (i, plot) in plots.enumerated() {
      guard let plot else { continue }
      let (r, c) = (i / columns, i % columns)
      tops[r] = max(tops[r], plot.minY)
      bottoms[r] = min(bottoms[r], plot.maxY)
      lefts[c] = max(lefts[c], plot.minX)
      rights[c] = min(rights[c], plot.maxX)
    }
    return plots.enumerated().map { i, plot in
      guard plot != nil else { return nil }
      let (r, c) = (i / columns, i % columns)
      return Rect(x: lefts[c], y: tops[r], width: max(rights[c] - lefts[c], 1), height: max(bottoms[r] - tops[r], 1))
    }
  }
}
