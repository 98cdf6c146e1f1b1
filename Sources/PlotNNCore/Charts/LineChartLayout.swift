/// Where everything of a ``LineChart`` goes on a canvas of a given size: plot rectangle,
/// scales, ticks and their labels, axis positions, and the sampled curves.
///
/// Computed once per draw; kept separate from painting so tests can check geometry.
struct LineChartLayout {
  let size: Size
  let plot: Rect
  let xScale: LinearScale
  let yScale: LinearScale
  let xTicks: [AxisTick]
  let yTicks: [AxisTick]
  /// Device positions of the minor ticks of a log axis (``AxisScale/minorValues(_:maxTicks:)``;
  /// empty on other axes).
  let xMinorTicks: [Double]
  let yMinorTicks: [Double]
  /// The offset and power of ten the tick labels share ("×10⁻⁷", "+10⁶"), drawn once at the
  /// end of each axis (``TickFormatter/offsetText``); nil when the labels need none.
  let xOffsetText: RichText?
  let yOffsetText: RichText?
  /// Device x of the vertical axis and device y of the horizontal one.
  let axisX: Double
  let axisY: Double
  /// Whether each axis runs through the plot's interior (origin style with 0 in range).
  let verticalAxisInside: Bool
  let horizontalAxisInside: Bool
  /// Which axes have their tick labels and marks on the frame (the plot's bottom and left
  /// edges) instead of beside the axis line: box style always; origin style when the
  /// curves leave no free place beside the axis for every label (``LineChartPlacement``).
  let labelsOnFrame: LabelsOnFrame
  /// Device y of the line the x tick labels hang from, and x of the y labels' line.
  let xLabelLine: Double
  let yLabelLine: Double
  let heading: FigureHeading
  let curves: [SampledCurve]
  /// Top of the legend strip above the plot, when the chart was laid out with one
  /// (``LineChartPlacement/legendWantsStrip``).
  let legendTop: Double?
  /// The column kept free right of the plot for an `outside-right` legend, and the rows
  /// under the x axis for an `outside-bottom` one (nil: none).
  let legendColumn: Rect?
  let legendRows: Rect?
  /// Where each series' markers go (empty for a series without one), centres in points.
  let markers: [[Point]]
  /// The derivatives' own axis on the plot's right (``LineChart/DerivativeAxis/right``), nil
  /// when every curve reads on the left one.
  let rightAxis: RightAxis?
  /// How far an equal-aspect plot (``LineChart/Aspect/equal``) sits inside its room: right
  /// of the room's left edge and above its bottom edge (0, 0 otherwise). The box style's axis
  /// names in the margins move with it.
  let aspectInset: (x: Double, bottom: Double)
  /// Which series read on ``rightAxis`` (sampled with its scale).
  let onRight: [Bool]
  /// Whether the right axis leaves the plot under ``minimumPlotWidthShare`` of the figure's
  /// width even without its name: the chart is then drawn on one axis.
  let rightCramped: Bool
  /// Whether the heading and margins leave no height for the plot (it is then 1 point high
  /// and the texts under it run into each other): ``LineChart/arranged(on:size:tolerance:)``
  /// lays such a chart out again with less heading.
  let overfull: Bool

  static let tickLength = 5.0
  /// A minor tick's length as a share of a major one's (matplotlib's 2 / 3.5 points).
  static let minorTickShare = 0.6
  static let labelGap = 6.0

  /// Room a tick takes beyond its axis line, where the labels begin: its length when ticks
  /// point out, 1.5 points when they point in, so labels sit 3.5 points off the line
  /// (matplotlib's `xtick.major.pad`). Keeping the outward room for inward ticks left
  /// paper figures' x labels 7 points under the frame, loose beside LaTeX's own spacing.
  static func tickRoom(_ style: Style) -> Double { style.tickDirection == .out ? tickLength : 1.5 }

  /// The right axis: its scale (same device range as ``yScale``), labelled ticks, offset
  /// text, and whether its name has room (its place is kept in the right margin).
  struct RightAxis {
    let scale: LinearScale
    let ticks: [AxisTick]
    let offsetText: RichText?
    /// Whether the name is drawn (false: no room for it, ``minimumPlotWidthShare``).
    let showsName: Bool
    /// Left edge of the strip the name is drawn in, turned a quarter.
    let nameX: Double
  }

  /// The least share of the figure's width the plot keeps when a right axis takes its
  /// margin: its name gives way first, then the axis itself
  /// (``LineChart/arranged(on:size:tolerance:)`` draws the curves on one axis then).
  static let minimumPlotWidthShare = 0.5

  /// Which axes' labels go to the frame.
  struct LabelsOnFrame: Hashable {
    var x = false
    var y = false
  }

  /// Gap between the plot (and its rightmost x label) and an outside-right legend column.
  static let columnGap = 10.0

  /// `legendStrip`: height to keep free above the plot for the legend's rows (0: none);
  /// `onFrame`: origin-style axes whose labels go to the frame; `columnWidth`: width to keep
  /// free at the right for an outside-right legend (``legendColumn``), `rowsHeight`: height at the bottom for an
  /// outside-bottom one (``legendRows``; 0: none).
  init(
    chart: LineChart, size: Size, canvas: Canvas, tolerance: Double, legendStrip: Double = 0,
    onFrame: LabelsOnFrame = LabelsOnFrame(), columnWidth: Double = 0, rowsHeight: Double = 0
  ) {
    var samples = LineChartCurves()
    self.init(
      chart: chart, size: size, canvas: canvas, tolerance: tolerance, legendStrip: legendStrip, onFrame: onFrame,
      columnWidth: columnWidth, rowsHeight: rowsHeight, samples: &samples)
  }

  /// The layout with its curves from `samples`, which samples them for this plot unless an
  /// earlier pass of the same draw did (``LineChartCurves``).
  init(
    chart: LineChart, size: Size, canvas: Canvas, tolerance: Double, legendStrip: Double = 0,
    onFrame: LabelsOnFrame = LabelsOnFrame(), columnWidth: Double = 0, rowsHeight: Double = 0,
    samples: inout LineChartCurves
  ) {
    self.size = size
    let style = chart.style
    let labelStyle = style.tickLabel
    let labelHeight = canvas.measure(.plain("0"), style: labelStyle).height
    let pad = chart.style.margin
    let (xlo, xhi) = (chart.xRange.lowerBound, chart.xRange.upperBound)
    // The y range before its ticks are chosen: the margins are planned with it; the ticks
    // may move an automatic end out to a tick (``LineChart/yAxis(length:fontSize:spacing:)``).
    let plannedY = chart.resolvedYRange
    let origin = chart.axes == .origin
    // A log axis has no 0 for the other axis to cross at: that axis is the frame's edge.
    let (originX, originY) = (origin && chart.xAxisScale.hasZero, origin && chart.yAxisScale.hasZero)
    // Fraction of the way along each axis where the other axis crosses it
    // (``crossing(at:origin:)``).
    let tx = Self.crossing(at: xlo...xhi, origin: originX)
    let ty = Self.crossing(at: plannedY, origin: originY)
    labelsOnFrame = origin ? onFrame : LabelsOnFrame(x: true, y: true)
    // Where the labels hang, as a fraction like tx and ty: the frame's 0 when on it.
    let tyLabels = onFrame.x ? 0 : ty
    let txLabels = onFrame.y ? 0 : tx
    verticalAxisInside = originX && xlo <= 0 && 0 <= xhi
    // Offset texts ("×10⁻⁷") need a line of their own: a 9-bin guess decides the margins.
    // Given ticks: their own formatter's.
    let plannedOffset = { (r: ClosedRange<Double>, choice: LineChart.TickChoice) in
      if let values = choice.values(in: r) {
        return TickFormatter(ticks: values, range: r, sharedText: true).offsetText != nil
      }
      return TickLocator.labelledTicks(r, length: 1000, bins: 9, sharedText: true) { _, _ in 0 }.offsetText != nil
    }
    let offsetLine = labelHeight + 2

    let heading = FigureHeading(
      title: chart.title, subtitle: chart.subtitle, style: style, top: pad, width: size.width, height: size.height
    ).fitted(on: canvas)
    self.heading = heading
    // The gap under the heading grows with the text (12 points at the book's 11 pt), so
    // the y axis's name over its arrow stays clear of the title in large-text styles.
    let headingGap = ((chart.title ?? chart.subtitle) == nil ? 4 : 12) * style.baseSize / 11
    var top = heading.bottom(on: canvas) + headingGap
    legendTop = legendStrip > 0 ? top - 4 : nil
    top += legendStrip
    // Origin axes: half a label over the top tick. With a right axis, room for the y name
    // over the y arrow's tip: f′ on its own axis fills the plot's top, where the name
    // otherwise goes (and the room is kept under a legend strip too).
    if origin {
      let name = canvas.measure(chart.yLabel, style: style.axisName).height + 2
      top +=
        chart.resolvedDerivativeAxis == .right && !chart.yLabel.isEmpty ? max(labelHeight / 2, name) : labelHeight / 2
    }
    if chart.yAxisScale.isLinear && plannedOffset(plannedY, chart.yTicks) { top += offsetLine }
    top = max(top, chart.minimumMargins.top)

    // Room the tick labels need beside their axis; the axis-name strip of box style.
    let xOffsetPlanned = chart.xAxisScale.isLinear && plannedOffset(xlo...xhi, chart.xTicks)
    let belowAxis = labelHeight + Self.tickRoom(style) + 2 + (xOffsetPlanned ? offsetLine : 0)
    let nameStrip = origin ? 0 : labelHeight + 6
    // Smallest bottom margin keeping the labels under the horizontal axis on the canvas:
    // axisY + belowAxis ≤ height − pad, with axisY = top + (1 − ty)·(height − top − bottom).
    let floorY = size.height - pad - nameStrip - rowsHeight
    var bottom = pad + nameStrip + rowsHeight
    if tyLabels < 1 {
      bottom = max(bottom, size.height - top - (floorY - belowAxis - top) / (1 - tyLabels))
    }
    bottom = max(bottom, chart.minimumMargins.bottom)
    let plotHeight = max(size.height - top - bottom, 1)
    let yAxis = chart.yAxis(length: plotHeight, fontSize: labelStyle.size, spacing: { _, _ in labelHeight + 4 })
    let yRange = yAxis.range
    let widest = yAxis.ticks.ticks.map { canvas.measure($0.label, style: labelStyle).width }.max() ?? 0
    // A right axis: tick room, its labels, then a strip for its name turned a quarter.
    let rightY = chart.rightYAxis(
      length: plotHeight, fontSize: labelStyle.size, left: yAxis.range, spacing: { _, _ in labelHeight + 4 })
    let rightLabels =
      rightY.map { axis in
        Self.tickRoom(style) + 2
          + (axis.ticks.ticks.map { canvas.measure($0.label, style: labelStyle).width }.max() ?? 0)
      } ?? 0
    let rightName = rightY == nil ? 0 : canvas.measure(chart.rightYLabel, style: style.axisName).height + 6
    let besideAxis = widest + Self.tickRoom(style) + Self.labelGap
    // Likewise on the left: axisX − besideAxis ≥ pad + nameStrip.
    let floorX = pad + nameStrip
    // The outermost x labels are centred on their ticks: keep half of each on the canvas.
    /// The final x ticks are chosen below with fewer bins than 9 when labels are wide, and a
    /// range end can be a tick of such a coarser set only (−1250 with step 250, not 200): the
    /// margins used to come from the 9-bin set alone, so "−1250" on [−1250, 0] hung 2.5 px
    /// off a 300 px canvas. Any bin count the final ticks may use is considered.
    let givenX = chart.xTicks.values(in: xlo...xhi)
    let edgeLabels =
      !chart.xAxisScale.isLinear
      ? chart.scaledXEdgeTicks(length: size.width)
      : givenX.map { LineChart.givenTicks($0, range: xlo...xhi, length: size.width).ticks }
        ?? (1...9).flatMap {
          TickLocator.labelledTicks(xlo...xhi, length: size.width, bins: $0, sharedText: true) { _, _ in 0 }.ticks
        }
    let halfWidth = { (v: Double) in
      edgeLabels.filter { abs($0.value - v) <= 1e-9 * (xhi - xlo) }.map {
        canvas.measure($0.label, style: labelStyle).width / 2
      }
      .max() ?? 0
    }
    // An outside-right legend's column, then a gap clear of the last x label and the arrow.
    let column = columnWidth > 0 ? columnWidth + max(Self.columnGap + 6, halfWidth(xhi) + Self.columnGap) : 0
    let rightBase = pad + max(10, halfWidth(xhi), rightLabels) + column
    /// Left margin for a right margin `right`.
    func leftMargin(_ right: Double) -> Double {
      var left = max(floorX, pad + halfWidth(xlo))
      if txLabels < 1 { left = max(left, (floorX + besideAxis - txLabels * (size.width - right)) / (1 - txLabels)) }
      // The y offset text ("×10⁹⁹") hangs right-aligned 2 units right of the labels' right
      // edge (``LineChartPlacement``), so it can be wider than they are and reach past the
      // canvas's left edge; the placement then had to leave it out, and 10⁹⁹·x read 0 … 1.0.
      // The margin keeps it on the canvas, a point off its edge (where it fits already,
      // nothing moves).
      if txLabels < 1, let text = yAxis.ticks.offsetText {
        let reach = canvas.measure(text, style: labelStyle).width + Self.tickRoom(style) + Self.labelGap - 1
        left = max(left, (reach - txLabels * (size.width - right)) / (1 - txLabels))
      }
      return left
    }
    // The right axis's name gives way when it would leave the plot under
    // ``minimumPlotWidthShare`` of the figure's width, or is longer than the plot is high.
    var showsRightName =
      rightY != nil && !chart.rightYLabel.isEmpty
      && chart.rightNameLength(on: canvas, curves: chart.seriesOnRight.filter { $0 }.count) <= plotHeight
    var right = max(rightBase + (showsRightName ? rightName : 0), chart.minimumMargins.right)
    var left = leftMargin(right)
    if showsRightName && size.width - left - right < Self.minimumPlotWidthShare * size.width {
      showsRightName = false
      right = max(rightBase, chart.minimumMargins.right)
      left = leftMargin(right)
    }
    left = max(left, chart.minimumMargins.left)
    // A figure too small for its margins still gets a (tiny) plot, never a negative one.
    var box = Rect(
      x: left, y: top, width: max(size.width - left - right, 1), height: max(size.height - top - bottom, 1))
    var finalTicks = yAxis.ticks
    if chart.aspect == .equal {
      box = Self.equalAspect(box, x: chart.xRange, y: yRange)
      // A shorter y axis gets the ticks of its length (the range stays: it set the shape).
      if box.height < plotHeight - 0.5 && chart.yTicks == .automatic {
        let bins = TickLocator.bins(forAxisLength: box.height, fontSize: labelStyle.size, vertical: true)
        finalTicks = TickLocator.labelledTicks(
          yRange, length: box.height, bins: bins, sharedText: true, spacing: { _, _ in labelHeight + 4 })
      }
    }
    aspectInset = (box.minX - left, top + max(size.height - top - bottom, 1) - box.maxY)
    plot = box
    overfull = size.height - top - bottom < 1

    let plot = plot
    let xScale = LinearScale(domain: chart.xRange, start: plot.minX, end: plot.maxX)
    let yScale = LinearScale(domain: yRange, start: plot.maxY, end: plot.minY)
    self.xScale = xScale
    self.yScale = yScale
    let rightScale = rightY.map { LinearScale(domain: $0.range, start: plot.maxY, end: plot.minY) }
    if let rightY, let rightScale {
      rightAxis = RightAxis(
        scale: rightScale, ticks: rightY.ticks.ticks.map { $0.placed(by: rightScale) },
        offsetText: rightY.ticks.offsetText, showsName: showsRightName, nameX: plot.maxX + rightLabels + 4)
    } else {
      rightAxis = nil
    }
    rightCramped = rightY != nil && plot.width < Self.minimumPlotWidthShare * size.width
    let onRight = rightY == nil ? chart.series.map { _ in false } : chart.seriesOnRight
    self.onRight = onRight
    axisX = plot.minX + tx * plot.width
    // The final range decides where y = 0 is (the margins above were planned with `ty`).
    horizontalAxisInside = originY && yRange.lowerBound <= 0 && 0 <= yRange.upperBound
    axisY = plot.maxY - Self.crossing(at: yRange, origin: originY) * plot.height
    xLabelLine = labelsOnFrame.x ? plot.maxY : axisY
    yLabelLine = labelsOnFrame.y ? plot.minX : axisX

    let xBins = TickLocator.bins(forAxisLength: plot.width, fontSize: labelStyle.size, vertical: false)
    let xWidth = { (s: RichText) in canvas.measure(s, style: labelStyle).width }
    let x = chart.xAxisTicks(length: plot.width, bins: xBins, fontSize: labelStyle.size) { a, b in
      (xWidth(a) + xWidth(b)) / 2 + 10
    }
    xMinorTicks = LineChart.minorTicks(chart.xAxisScale, choice: chart.xTicks, range: xlo...xhi).map(
      xScale.callAsFunction)
    yMinorTicks = LineChart.minorTicks(chart.yAxisScale, choice: chart.yTicks, range: yRange).map(yScale.callAsFunction)
    xTicks = x.ticks.map { $0.placed(by: xScale) }
    xOffsetText = x.offsetText
    yTicks = finalTicks.ticks.map { $0.placed(by: yScale) }
    yOffsetText = finalTicks.offsetText

    legendColumn =
      columnWidth > 0
      ? Rect(x: size.width - pad - columnWidth, y: plot.minY, width: columnWidth, height: size.height - pad - plot.minY)
      : nil
    legendRows =
      rowsHeight > 0
      ? Rect(x: pad, y: size.height - pad - rowsHeight + 4, width: size.width - 2 * pad, height: rowsHeight - 4) : nil

    let curves = samples.curves(
      of: chart, plot: plot, xScale: xScale, yScale: yScale, rightScale: rightScale, onRight: onRight,
      tolerance: tolerance)
    self.curves = curves
    // Markers on the stroked pieces only: a band is too dense for a rhythm of symbols.
    markers = zip(chart.series, curves).map { series, curve in
      let stroke = chart.stroke(of: series)
      guard stroke.marker != .none else { return [] }
      // A data series' markers sit on its rows (``LineChart/DataPoints``).
      if let data = series.data, data.points { return data.devicePoints(xScale: xScale, yScale: yScale) }
      let inner = plot.insetBy(stroke.markerSize / 2)
      let spacing = CurveMarker.spacing(plot: plot)
      return CurveMarker.centers(
        along: curve.pieces, inside: inner, spacing: spacing, phase: stroke.markerPhase * spacing)
    }
  }

  /// The largest rectangle inside `box`, centred in it, in which one unit of `x` is as long
  /// as one unit of `y` (matplotlib's `set_aspect('equal', adjustable='box')`: the axes box
  /// shrinks, the ranges stay).
  static func equalAspect(_ box: Rect, x: ClosedRange<Double>, y: ClosedRange<Double>) -> Rect {
    let (dx, dy) = (x.upperBound - x.lowerBound, y.upperBound - y.lowerBound)
    guard dx > 0, dy > 0, dx.isFinite, dy.isFinite else { return box }
    let unit = min(box.width / dx, box.height / dy)
    let (w, h) = (max(unit * dx, 1), max(unit * dy, 1))
    return Rect(x: box.minX + (box.width - w) / 2, y: box.minY + (box.height - h) / 2, width: w, height: h)
  }

  /// Fraction of the way along an axis showing `range` where the other axis crosses it: at 0
  /// in origin style, at the low edge in box style. When 0 is outside the range the crossing
  /// axis is a frame edge at the low end (bottom, left), drawn without the origin treatment
  /// (no arrowhead: ``AxesPainter/paintLines()``), so it never poses as y = 0 or x = 0.
  static func crossing(at range: ClosedRange<Double>, origin: Bool) -> Double {
    guard origin, range.lowerBound <= 0, 0 <= range.upperBound else { return 0 }
    return (0 - range.lowerBound) / (range.upperBound - range.lowerBound)
  }
}
