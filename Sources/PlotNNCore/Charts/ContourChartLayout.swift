/// Where the panels of a ``ContourChart`` go: title strip, one column per panel, and in
/// each the heading, the plot rectangle, its equal-aspect data window and ticks.
struct ContourChartLayout {
  let heading: FigureHeading
  let panels: [ContourPanelLayout]

  static let gap = 30.0

  init(chart: ContourChart, size: Size, canvas: Canvas) {
    let pad = chart.style.margin
    // The figure's subtitle in the first form that fits between the paddings, else none.
    let subtitle = ([chart.subtitle].compactMap { $0 } + chart.shorterSubtitles).first {
      canvas.measure($0, style: chart.style.subtitle).width <= size.width - 2 * pad
    }
    heading = FigureHeading(
      title: chart.title, subtitle: subtitle, style: chart.style, top: pad, width: size.width, height: size.height)
    let top = chart.title == nil && subtitle == nil ? pad : heading.bottom(on: canvas) + 6
    let n = Double(max(chart.panels.count, 1))
    let width = (size.width - 2 * pad - (n - 1) * Self.gap) / n
    let height = size.height - top - pad
    panels = chart.panels.enumerated().map { k, panel in
      let column = Rect(x: pad + Double(k) * (width + Self.gap), y: top, width: width, height: height)
      return ContourPanelLayout(panel: panel, column: column, style: chart.style, canvas: canvas)
    }
  }
}

/// The geometry of one panel.
struct ContourPanelLayout {
  /// The panel's share of the canvas.
  let column: Rect
  /// Where contours and path are drawn (and clipped).
  let plot: Rect
  let xScale: LinearScale
  let yScale: LinearScale
  let xTicks: [AxisTick]
  let yTicks: [AxisTick]
  /// Top of the heading; top of the subtitle.
  let titleTop: Double
  let subtitleTop: Double
  /// The panel's subtitle in the first of its forms that fits the width the heading has
  /// (centred on the plot, within the column), else its shortest form.
  let subtitle: RichText?

  static let tickLength = 5.0
  static let labelGap = 4.0

  init(panel: ContourChart.Panel, column: Rect, style: Style, canvas: Canvas) {
    self.column = column
    let labelStyle = style.tickLabel
    let labelHeight = canvas.measure(.plain("0"), style: labelStyle).height
    let nameHeight = canvas.measure(panel.yLabel, style: style.panelAxisName).height
    titleTop = column.minY
    var top = column.minY + canvas.measure(panel.title, style: style.panelTitle).height
    subtitleTop = top + 1
    if let subtitle = panel.subtitle { top += 1 + canvas.measure(subtitle, style: style.panelSubtitle).height }
    var subtitle = panel.subtitle
    top += 10
    let bottom = column.maxY - (Self.tickLength + 2 + labelHeight + 4 + nameHeight)
    let region = Self.region(of: panel)
    // The y labels' width decides the left margin, which decides the plot's aspect and so
    // the window and its labels: two rounds settle it (widths change only by a digit).
    var labelWidth = canvas.measure(.plain("−00"), style: labelStyle).width
    var plot = column
    var window = (x: 0.0...1.0, y: 0.0...1.0)
    var yTicks: [AxisTick] = []
    for _ in 0..<2 {
      let left = column.minX + nameHeight + 6 + labelWidth + Self.labelGap + Self.tickLength
      plot = Rect(x: left, y: top, width: max(column.maxX - 8 - left, 1), height: max(bottom - top, 1))
      window = Self.equalAspectWindow(around: region, in: plot)
      let scale = LinearScale(domain: window.y, start: plot.maxY, end: plot.minY)
      yTicks = Self.ticks(window.y, length: plot.height, fontSize: labelStyle.size, vertical: true) { _, _ in
        labelHeight + 4
      }.map { $0.placed(by: scale) }
      labelWidth = yTicks.map { canvas.measure($0.label, style: labelStyle).width }.max() ?? labelWidth
    }
    self.plot = plot
    if let full = panel.subtitle {
      let room = 2 * min(plot.midX - column.minX, column.maxX - plot.midX)
      let forms = [full] + panel.shorterSubtitles
      subtitle =
        forms.first { canvas.measure($0, style: style.panelSubtitle).width <= room } ?? forms.last
    }
    self.subtitle = subtitle
    xScale = LinearScale(domain: window.x, start: plot.minX, end: plot.maxX)
    yScale = LinearScale(domain: window.y, start: plot.maxY, end: plot.minY)
    self.yTicks = yTicks
    let xScale = xScale
    let width = { (s: RichText) in canvas.measure(s, style: labelStyle).width }
    xTicks = Self.ticks(window.x, length: plot.width, fontSize: labelStyle.size, vertical: false) { a, b in
      (width(a) + width(b)) / 2 + 10
    }.map { $0.placed(by: xScale) }
  }

  /// The data region a panel must show (see ``ContourChart``): the panel's own
  /// ``ContourChart/Panel/region`` when it has one, else path points no worse than the
  /// start and a square of half-side ½·|start − minimum| around the minimum; plus 8 % of
  /// the larger side on every side (max(1, |x|, |y|) of its first point when the region is
  /// a point to 1e-9 of that).
  static func region(of panel: ContourChart.Panel) -> (x: ClosedRange<Double>, y: ClosedRange<Double>) {
    if let r = panel.region {
      let margin = 0.08 * max(r.x.upperBound - r.x.lowerBound, r.y.upperBound - r.y.lowerBound)
      if margin > 0, margin.isFinite {
        return (
          (r.x.lowerBound - margin)...(r.x.upperBound + margin), (r.y.lowerBound - margin)...(r.y.upperBound + margin)
        )
      }
    }
    var points: [Vector2] = []
    if let path = panel.path, let start = path.points.first, let startLoss = path.losses.first {
      points += zip(path.points, path.losses).filter { $0.0.isFinite && $0.1 <= startLoss }.map(\.0)
      if let m = panel.minimum {
        let r = 0.5 * (start - m).length
        points += [Vector2(m.x - r, m.y - r), Vector2(m.x + r, m.y + r)]
      }
    }
    if let m = panel.minimum { points.append(m) }
    points = points.filter(\.isFinite)
    guard let first = points.first else { return (-1...1, -1...1) }
    var (x0, x1, y0, y1) = (first.x, first.x, first.y, first.y)
    for p in points {
      x0 = min(x0, p.x)
      x1 = max(x1, p.x)
      y0 = min(y0, p.y)
      y1 = max(y1, p.y)
    }
    // A region that is a point to rounding (a start on the minimum: the path stays within
    // 1e-15 of it) would give a window no tick can label: frame a unit-sized one instead.
    let extent = max(x1 - x0, y1 - y0)
    let scale = max(1, abs(first.x), abs(first.y))
    let margin = extent > 1e-9 * scale ? 0.08 * extent : scale
    return ((x0 - margin)...(x1 + margin), (y0 - margin)...(y1 + margin))
  }

  /// The smallest window containing `region`, centred on it, with the aspect ratio of
  /// `plot`, so that plot.width/Δx = plot.height/Δy (one device scale on both axes).
  static func equalAspectWindow(around region: (x: ClosedRange<Double>, y: ClosedRange<Double>), in plot: Rect)
    -> (x: ClosedRange<Double>, y: ClosedRange<Double>)
  {
    let dx = region.x.upperBound - region.x.lowerBound
    let dy = region.y.upperBound - region.y.lowerBound
    let scale = min(plot.width / dx, plot.height / dy)  // device units per data unit
    let cx = (region.x.lowerBound + region.x.upperBound) / 2
    let cy = (region.y.lowerBound + region.y.upperBound) / 2
    let hx = plot.width / scale / 2
    let hy = plot.height / scale / 2
    return ((cx - hx)...(cx + hx), (cy - hy)...(cy + hy))
  }
}

extension ContourPanelLayout {
  /// Labelled ticks with matplotlib's 'auto' bin count for the axis length, thinned until
  /// labels are `spacing(a, b)` apart (``TickLocator/labelledTicks(_:length:bins:spacing:)``).
  static func ticks(
    _ range: ClosedRange<Double>, length: Double, fontSize: Double, vertical: Bool,
    spacing: (RichText, RichText) -> Double
  ) -> [AxisTick] {
    let bins = TickLocator.bins(forAxisLength: length, fontSize: fontSize, vertical: vertical)
    return TickLocator.labelledTicks(range, length: length, bins: bins, spacing: spacing).ticks
  }
}
