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
    let yRange = chart.resolvedYRange
    let (ylo, yhi) = (yRange.lowerBound, yRange.upperBound)
    let origin = chart.axes == .origin
    // Fraction of the way along each axis where the other axis crosses it: at 0 in origin
    // style (clamped to the frame when 0 is out of range), at the low edge in box style.
    let tx = origin ? min(max((0 - xlo) / (xhi - xlo), 0), 1) : 0
    let ty = origin ? min(max((0 - ylo) / (yhi - ylo), 0), 1) : 0
    labelsOnFrame = origin ? onFrame : LabelsOnFrame(x: true, y: true)
    // Where the labels hang, as a fraction like tx and ty: the frame's 0 when on it.
    let tyLabels = onFrame.x ? 0 : ty
    let txLabels = onFrame.y ? 0 : tx
    verticalAxisInside = origin && xlo <= 0 && 0 <= xhi
    horizontalAxisInside = origin && ylo <= 0 && 0 <= yhi

    let heading = FigureHeading(
      title: chart.title, subtitle: chart.subtitle, style: style, top: pad, width: size.width, height: size.height)
    self.heading = heading
    var top = heading.bottom(on: canvas) + ((chart.title ?? chart.subtitle) == nil ? 4 : 12)
    legendTop = legendStrip > 0 ? top - 4 : nil
    top += legendStrip
    if origin { top += labelHeight / 2 }

    // Room the tick labels need beside their axis; the axis-name strip of box style.
    let belowAxis = labelHeight + Self.tickLength + 2
    let nameStrip = origin ? 0 : labelHeight + 6
    // Smallest bottom margin keeping the labels under the horizontal axis on the canvas:
    // axisY + belowAxis ≤ height − pad, with axisY = top + (1 − ty)·(height − top − bottom).
    let floorY = size.height - pad - nameStrip
    var bottom = pad + nameStrip
    if tyLabels < 1 {
      bottom = max(bottom, size.height - top - (floorY - belowAxis - top) / (1 - tyLabels))
    }
    let provisionalHeight = size.height - top - bottom
    let yBins = TickLocator.bins(forAxisLength: provisionalHeight, fontSize: labelStyle.size, vertical: true)
    let provisionalY = Self.ticks(
      ylo, yhi, length: provisionalHeight, bins: yBins, spacing: { _, _ in labelHeight + 4 })
    let widest = provisionalY.map { canvas.measure($0.label, style: labelStyle).width }.max() ?? 0
    let besideAxis = widest + Self.tickLength + Self.labelGap
    // Likewise on the left: axisX − besideAxis ≥ pad + nameStrip.
    let floorX = pad + nameStrip
    // The outermost x labels are centred on their ticks: keep half of each on the canvas.
    /// The final x ticks are chosen below with fewer bins than 9 when labels are wide, and a
    /// range end can be a tick of such a coarser set only (−1250 with step 250, not 200): the
    /// margins used to come from the 9-bin set alone, so "−1250" on [−1250, 0] hung 2.5 px
    /// off a 300 px canvas. Any bin count the final ticks may use is considered.
    let edgeLabels = (1...9).flatMap { Self.ticks(xlo, xhi, length: size.width, bins: $0, spacing: { _, _ in 0 }) }
    let halfWidth = { (v: Double) in
      edgeLabels.filter { abs($0.value - v) <= 1e-9 * (xhi - xlo) }.map {
        canvas.measure($0.label, style: labelStyle).width / 2
      }
      .max() ?? 0
    }
    let right = pad + max(10, halfWidth(xhi))
    var left = max(floorX, pad + halfWidth(xlo))
    if txLabels < 1 { left = max(left, (floorX + besideAxis - txLabels * (size.width - right)) / (1 - txLabels)) }
    // A figure too small for its margins still gets a (tiny) plot, never a negative one.
    plot = Rect(x: left, y: top, width: max(size.width - left - right, 1), height: max(size.height - top - bottom, 1))

    let plot = plot
    let xScale = LinearScale(domain: chart.xRange, start: plot.minX, end: plot.maxX)
    let yScale = LinearScale(domain: yRange, start: plot.maxY, end: plot.minY)
    self.xScale = xScale
    self.yScale = yScale
    axisX = plot.minX + tx * plot.width
    axisY = plot.maxY - ty * plot.height
    xLabelLine = plot.maxY - tyLabels * plot.height
    yLabelLine = plot.minX + txLabels * plot.width

    let xBins = TickLocator.bins(forAxisLength: plot.width, fontSize: labelStyle.size, vertical: false)
    let xWidth = { (s: RichText) in canvas.measure(s, style: labelStyle).width }
    xTicks = Self.ticks(
      xlo, xhi, length: plot.width, bins: xBins, spacing: { a, b in (xWidth(a) + xWidth(b)) / 2 + 10 }
    )
    .map { $0.placed(by: xScale) }
    let yBinsFinal = TickLocator.bins(forAxisLength: plot.height, fontSize: labelStyle.size, vertical: true)
    yTicks = Self.ticks(ylo, yhi, length: plot.height, bins: yBinsFinal, spacing: { _, _ in labelHeight + 4 })
      .map { $0.placed(by: yScale) }

    let band = (plot.minY - 4 - style.curveWidth)...(plot.maxY + 4 + style.curveWidth)
    var sampler = AdaptiveSampler(xScale: xScale, yScale: yScale, yBand: band, tolerance: tolerance)
    sampler.maximumWork = chart.curveWork
    // More than 2 vertices a point of plot width (ordinary curves have a few hundred in all)
    // is drawn as its envelope on columns of half a point (``SampledCurve/envelope(limit:column:)``):
    // 64 curves sin(k·x) over ±1000 took 26 s as plain strokes, 2 s so.
    let limit = Int(clamping: 2 * plot.width, to: 1_000...1_000_000)
    curves = chart.series.map { sampler.sample($0.function, from: xlo, to: xhi).envelope(limit: limit, column: 0.5) }
  }

  /// Labelled ticks that do not crowd (``TickLocator/labelledTicks(_:length:bins:spacing:)``).
  private static func ticks(
    _ lo: Double, _ hi: Double, length: Double, bins: Int, spacing: (RichText, RichText) -> Double
  ) -> [AxisTick] {
    TickLocator.labelledTicks(lo...hi, length: length, bins: bins, spacing: spacing).ticks
  }
}
