/// Where the panels of a ``ContourChart`` go: title strip, one column per panel, and in
/// each the heading, the plot rectangle, its equal-aspect data window and ticks.
///
/// **Small figures.** The margins and the gap between panels shrink with the figure (below
/// about 280 points), and when a panel's plot would be less than half its column wide or
/// half the figure's height high, texts give way one kind at a time, in the fixed order of
/// ``Omission`` (the figure's subtitle first, the panel titles last), until the plots have
/// that room or nothing is left to drop. What was dropped is reported in ``notes``. A text
/// is dropped rather than set over another or over the contours and the path.
struct ContourChartLayout {
  /// The texts a contour figure gives up for room, first to go first: the figure's
  /// subtitle (the shared-rate note, which the panel subtitles repeat as η), the path's and
  /// the minimum's labels (the markers stay), the panel subtitles, the figure's title
  /// (whose words the panel titles repeat), the axis names θ₁ θ₂, the tick labels (the
  /// marks and the grid stay), and last the panel titles, which say which panel is which.
  enum Omission: Int, CaseIterable, Comparable {
    case subtitle, contourLabels, panelSubtitles, title, axisNames, tickLabels, panelTitles

    static func < (a: Omission, b: Omission) -> Bool { a.rawValue < b.rawValue }
  }

  /// What is still drawn.
  struct Shown {
    var subtitle = true
    var contourLabels = true
    var panelSubtitles = true
    var title = true
    var axisNames = true
    var tickLabels = true
    var panelTitles = true

    /// Everything before and including `omission` dropped.
    init(droppingThrough omission: Omission?) {
      guard let omission else { return }
      subtitle = omission < .subtitle
      contourLabels = omission < .contourLabels
      panelSubtitles = omission < .panelSubtitles
      title = omission < .title
      axisNames = omission < .axisNames
      tickLabels = omission < .tickLabels
      panelTitles = omission < .panelTitles
    }
  }

  let heading: FigureHeading
  let panels: [ContourPanelLayout]
  let shown: Shown
  /// The texts left out for room (``LayoutNotes``); the path's and the minimum's labels
  /// are added by the painter, which alone knows whether they found a place.
  let notes: LayoutNotes

  /// The gap between panels on a large figure; smaller ones get 5 % of their width, at
  /// least 8 points.
  static let gap = 30.0
  /// Below this many points on its shorter side, a figure's margins shrink to 5 % of it
  /// (at least 4 points).
  static let smallFigure = 280.0

  init(chart: ContourChart, size: Size, canvas: Canvas) {
    var layout = ContourChartLayout(chart: chart, size: size, canvas: canvas, shown: Shown(droppingThrough: nil))
    for omission in Omission.allCases {
      if layout.roomy(size: size) { break }
      layout = ContourChartLayout(chart: chart, size: size, canvas: canvas, shown: Shown(droppingThrough: omission))
    }
    self = layout
  }

  /// Whether every panel's plot is at least half its column wide and half the figure's
  /// inner height high.
  func roomy(size: Size) -> Bool {
    let pad = Self.padding(size)
    return panels.allSatisfy {
      $0.plot.width >= 0.5 * $0.column.width && $0.plot.height >= 0.5 * (size.height - 2 * pad)
    }
  }

  static func padding(_ size: Size) -> Double { max(4, 0.05 * min(size.width, size.height)) }

  private init(chart: ContourChart, size: Size, canvas: Canvas, shown: Shown) {
    self.shown = shown
    let pad = min(chart.style.margin, Self.padding(size))
    // The figure's subtitle in the first form that fits between the paddings, else none.
    let subtitle =
      shown.subtitle
      ? ([chart.subtitle].compactMap { $0 } + chart.shorterSubtitles).first {
        canvas.measure($0, style: chart.style.subtitle).width <= size.width - 2 * pad
      } : nil
    let title = shown.title ? chart.title : nil
    heading = FigureHeading(
      title: title, subtitle: subtitle, style: chart.style, top: pad, width: size.width, height: size.height
    ).fitted(on: canvas)
    let top = title == nil && subtitle == nil ? pad : heading.bottom(on: canvas) + 6
    let n = Double(max(chart.panels.count, 1))
    let gap = min(Self.gap, max(8, 0.05 * size.width))
    let width = (size.width - 2 * pad - (n - 1) * gap) / n
    let height = size.height - top - pad
    panels = chart.panels.enumerated().map { k, panel in
      let column = Rect(x: pad + Double(k) * (width + gap), y: top, width: width, height: height)
      return ContourPanelLayout(panel: panel, column: column, style: chart.style, canvas: canvas, shown: shown)
    }
    var notes = LayoutNotes()
    if chart.title != nil && title == nil { notes.leaveOut(.title) }
    if chart.subtitle != nil && subtitle == nil { notes.leaveOut(.subtitle) }
    let count = chart.panels.count
    if !shown.panelTitles { notes.leaveOut(.panelTitle, count: chart.panels.filter { !$0.title.isEmpty }.count) }
    notes.leaveOut(
      .panelSubtitle,
      count: shown.panelSubtitles
        ? panels.filter(\.subtitleDropped).count : chart.panels.filter { $0.subtitle != nil }.count)
    if !shown.axisNames { notes.leaveOut(.axisName, count: 2 * count) }
    if !shown.tickLabels {
      notes.leaveOut(.tickLabel, count: panels.reduce(0) { $0 + $1.xTicks.count + $1.yTicks.count })
    }
    self.notes = notes
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
  /// (centred on the plot, within the column), else none (``subtitleDropped``).
  let subtitle: RichText?
  /// Whether the subtitle was shown but none of its forms fit.
  let subtitleDropped: Bool
  /// Where the panel's title and subtitle are centred: the plot's middle, moved in so the
  /// title stays within the column.
  let headingCenter: Double
  /// What of the panel's texts is drawn (``ContourChartLayout/Shown``).
  let shown: ContourChartLayout.Shown

  static let tickLength = 5.0
  static let labelGap = 4.0

  init(panel: ContourChart.Panel, column: Rect, style: Style, canvas: Canvas, shown: ContourChartLayout.Shown) {
    self.column = column
    self.shown = shown
    let labelStyle = style.tickLabel
    let lineHeight = canvas.measure(.plain("0"), style: labelStyle).height
    let labelHeight = shown.tickLabels ? lineHeight : 0
    let nameHeight = shown.axisNames ? canvas.measure(panel.yLabel, style: style.panelAxisName).height : 0
    titleTop = column.minY
    var top = column.minY + (shown.panelTitles ? canvas.measure(panel.title, style: style.panelTitle).height : 0)
    subtitleTop = top + 1
    var subtitle = shown.panelSubtitles ? panel.subtitle : nil
    if let subtitle { top += 1 + canvas.measure(subtitle, style: style.panelSubtitle).height }
    // 10 points between heading and plot; 4 on a small panel; the frame's half width alone
    // without a heading.
    top += shown.panelTitles || subtitle != nil ? min(10, max(4, 0.04 * column.height)) : 1
    let below = shown.tickLabels || shown.axisNames ? 2 + labelHeight + (shown.axisNames ? 4 + nameHeight : 0) : 0
    let bottom = column.maxY - (Self.tickLength + below)
    let region = Self.region(of: panel)
    // The y labels' width decides the left margin, which decides the plot's aspect and so
    // the window and its labels: two rounds settle it (widths change only by a digit).
    var labelWidth = shown.tickLabels ? canvas.measure(.plain("−00"), style: labelStyle).width : 0
    // Room right of the plot for half of the last x label.
    let right = shown.tickLabels ? min(8, max(3, 0.04 * column.width)) : 1
    var plot = column
    var window = (x: 0.0...1.0, y: 0.0...1.0)
    var yTicks: [AxisTick] = []
    for _ in 0..<2 {
      let left =
        column.minX + (shown.axisNames ? nameHeight + 6 : 0) + (shown.tickLabels ? labelWidth + Self.labelGap : 0)
        + Self.tickLength
      plot = Rect(x: left, y: top, width: max(column.maxX - right - left, 1), height: max(bottom - top, 1))
      window = Self.equalAspectWindow(around: region, in: plot)
      let scale = LinearScale(domain: window.y, start: plot.maxY, end: plot.minY)
      yTicks = Self.ticks(window.y, length: plot.height, fontSize: labelStyle.size, vertical: true) { _, _ in
        lineHeight + 4
      }.map { $0.placed(by: scale) }
      if shown.tickLabels {
        labelWidth = yTicks.map { canvas.measure($0.label, style: labelStyle).width }.max() ?? labelWidth
      }
    }
    self.plot = plot
    if let full = subtitle {
      let room = 2 * min(plot.midX - column.minX, column.maxX - plot.midX)
      let forms = [full] + panel.shorterSubtitles
      subtitle = forms.first { canvas.measure($0, style: style.panelSubtitle).width <= room }
    }
    self.subtitle = subtitle
    subtitleDropped = shown.panelSubtitles && panel.subtitle != nil && subtitle == nil
    // The heading is centred on the plot, moved in where that would overhang the column.
    let titleWidth = canvas.measure(panel.title, style: style.panelTitle).width
    headingCenter = min(max(plot.midX, column.minX + titleWidth / 2), column.maxX - titleWidth / 2)
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
