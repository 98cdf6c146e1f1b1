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

  static let padding = 14.0
  static let tickLength = 5.0
  static let labelGap = 6.0

  /// Which axes' labels go to the frame.
  struct LabelsOnFrame: Hashable {
    var x = false
    var y = false
  }

  /// `legendStrip`: height to keep free above the plot for the legend's rows (0: none);
  /// `onFrame`: origin-style axes whose labels go to the frame.
  init(
    chart: LineChart, size: Size, canvas: Canvas, tolerance: Double, legendStrip: Double = 0,
    onFrame: LabelsOnFrame = LabelsOnFrame()
  ) {
    self.size = size
    let style = chart.style
    let labelStyle = style.tickLabel
    let labelHeight = canvas.measure(.plain("0"), style: labelStyle).height
    let pad = Self.padding
    let (xlo, xhi) = (chart.xRange.lowerBound, chart.xRange.upperBound)
    // The y range before its ticks are chosen: the margins are planned with it; the ticks
    // may move an automatic end out to a tick (``LineChart/yAxis(length:fontSize:spacing:)``).
    let plannedY = chart.resolvedYRange
    let origin = chart.axes == .origin
    // Fraction of the way along each axis where the other axis crosses it
    // (``crossing(at:origin:)``).
    let tx = Self.crossing(at: xlo...xhi, origin: origin)
    let ty = Self.crossing(at: plannedY, origin: origin)
    labelsOnFrame = origin ? onFrame : LabelsOnFrame(x: true, y: true)
    // Where the labels hang, as a fraction like tx and ty: the frame's 0 when on it.
    let tyLabels = onFrame.x ? 0 : ty
    let txLabels = onFrame.y ? 0 : tx
    verticalAxisInside = origin && xlo <= 0 && 0 <= xhi
    // Offset texts ("×10⁻⁷") need a line of their own: a 9-bin guess decides the margins.
    let plannedOffset = { (r: ClosedRange<Double>) in
      TickLocator.labelledTicks(r, length: 1000, bins: 9, sharedText: true) { _, _ in 0 }.offsetText != nil
    }
    let offsetLine = labelHeight + 2

    let heading = FigureHeading(
      title: chart.title, subtitle: chart.subtitle, style: style, top: pad, width: size.width, height: size.height)
    self.heading = heading
    var top = heading.bottom(on: canvas) + ((chart.title ?? chart.subtitle) == nil ? 4 : 12)
    legendTop = legendStrip > 0 ? top - 4 : nil
    top += legendStrip
    if origin { top += labelHeight / 2 }
    if plannedOffset(plannedY) { top += offsetLine }

    // Room the tick labels need beside their axis; the axis-name strip of box style.
    let belowAxis = labelHeight + Self.tickLength + 2 + (plannedOffset(xlo...xhi) ? offsetLine : 0)
    let nameStrip = origin ? 0 : labelHeight + 6
    // Smallest bottom margin keeping the labels under the horizontal axis on the canvas:
    // axisY + belowAxis ≤ height − pad, with axisY = top + (1 − ty)·(height − top − bottom).
    let floorY = size.height - pad - nameStrip
    var bottom = pad + nameStrip
    if tyLabels < 1 {
      bottom = max(bottom, size.height - top - (floorY - belowAxis - top) / (1 - tyLabels))
    }
    let plotHeight = max(size.height - top - bottom, 1)
    let yAxis = chart.yAxis(length: plotHeight, fontSize: labelStyle.size, spacing: { _, _ in labelHeight + 4 })
    let yRange = yAxis.range
    let widest = yAxis.ticks.ticks.map { canvas.measure($0.label, style: labelStyle).width }.max() ?? 0
    let besideAxis = widest + Self.tickLength + Self.labelGap
    // Likewise on the left: axisX − besideAxis ≥ pad + nameStrip.
    let floorX = pad + nameStrip
    // The outermost x labels are centred on their ticks: keep half of each on the canvas.
    /// The final x ticks are chosen below with fewer bins than 9 when labels are wide, and a
    /// range end can be a tick of such a coarser set only (−1250 with step 250, not 200): the
    /// margins used to come from the 9-bin set alone, so "−1250" on [−1250, 0] hung 2.5 px
    /// off a 300 px canvas. Any bin count the final ticks may use is considered.
    let edgeLabels = (1...9).flatMap {
      TickLocator.labelledTicks(xlo...xhi, length: size.width, bins: $0, sharedText: true) { _, _ in 0 }.ticks
    }
    let halfWidth = { (v: Double) in
      edgeLabels.filter { abs($0.value - v) <= 1e-9 * (xhi - xlo) }.map {
        canvas.measure($0.label, style: labelStyle).width / 2
      }
      .max() ?? 0
    }
    let right = pad + max(10, halfWidth(xhi))
    var left = max(floorX, pad + halfWidth(xlo))
    if txLabels < 1 { left = max(left, (floorX + besideAxis - txLabels * (size.width - right)) / (1 - txLabels)) }
    // The y offset text ("×10⁹⁹") hangs right-aligned 2 units right of the labels' right
    // edge (``LineChartPlacement``), so it can be wider than they are and reach past the
    // canvas's left edge; the placement then had to leave it out, and 10⁹⁹·x read 0 … 1.0.
    // The margin keeps it on the canvas, a point off its edge (where it fits already,
    // nothing moves).
    if txLabels < 1, let text = yAxis.ticks.offsetText {
      let reach = canvas.measure(text, style: labelStyle).width + Self.tickLength + Self.labelGap - 1
      left = max(left, (reach - txLabels * (size.width - right)) / (1 - txLabels))
    }
    // A figure too small for its margins still gets a (tiny) plot, never a negative one.
    plot = Rect(x: left, y: top, width: max(size.width - left - right, 1), height: max(size.height - top - bottom, 1))

    let plot = plot
    let xScale = LinearScale(domain: chart.xRange, start: plot.minX, end: plot.maxX)
    let yScale = LinearScale(domain: yRange, start: plot.maxY, end: plot.minY)
    self.xScale = xScale
    self.yScale = yScale
    axisX = plot.minX + tx * plot.width
    // The final range decides where y = 0 is (the margins above were planned with `ty`).
    horizontalAxisInside = origin && yRange.lowerBound <= 0 && 0 <= yRange.upperBound
    axisY = plot.maxY - Self.crossing(at: yRange, origin: origin) * plot.height
    xLabelLine = labelsOnFrame.x ? plot.maxY : axisY
    yLabelLine = labelsOnFrame.y ? plot.minX : axisX

    let xBins = TickLocator.bins(forAxisLength: plot.width, fontSize: labelStyle.size, vertical: false)
    let xWidth = { (s: RichText) in canvas.measure(s, style: labelStyle).width }
    let x = TickLocator.labelledTicks(
      xlo...xhi, length: plot.width, bins: xBins, sharedText: true,
      spacing: { a, b in (xWidth(a) + xWidth(b)) / 2 + 10 }
    )
    xTicks = x.ticks.map { $0.placed(by: xScale) }
    xOffsetText = x.offsetText
    yTicks = yAxis.ticks.ticks.map { $0.placed(by: yScale) }
    yOffsetText = yAxis.ticks.offsetText

    let band = (plot.minY - 4 - style.curveWidth)...(plot.maxY + 4 + style.curveWidth)
    var sampler = AdaptiveSampler(xScale: xScale, yScale: yScale, yBand: band, tolerance: tolerance)
    sampler.maximumWork = chart.curveWork
    // More than 2 vertices a point of plot width (ordinary curves have a few hundred in all)
    // is drawn as its envelope on columns of half a point (``SampledCurve/envelope(limit:column:)``):
    // 64 curves sin(k·x) over ±1000 took 26 s as plain strokes, 2 s so.
    let limit = Int(clamping: 2 * plot.width, to: 1_000...1_000_000)
    curves = chart.series.map { sampler.sample($0.function, from: xlo, to: xhi).envelope(limit: limit, column: 0.5) }
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
