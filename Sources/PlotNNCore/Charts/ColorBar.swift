/// A vertical colour bar for a ``SurfaceChart``: the viridis ramp from the low end of the z
/// range (bottom) to the high end (top), ticks after ``TickLocator`` on its right, the label
/// rotated to read bottom to top beyond them, as matplotlib's `fig.colorbar`.
struct ColorBar {
  static let barWidth = 14.0
  static let gapBefore = 22.0
  static let tickLength = 4.0
  static let labelGap = 4.0
  static let nameGap = 10.0

  let bar: Rect
  /// The ticks, `position` their canvas y.
  let ticks: [AxisTick]
  let label: PlacedText
  /// Width from the left edge of the space reserved for the bar to the right of its label.
  let stripWidth: Double

  /// A bar for `range` whose strip ends at `right`, centred on `middle` and `height` long.
  init(
    range: ClosedRange<Double>, label name: RichText, style: Style, canvas: Canvas, right: Double, middle: Double,
    height: Double
  ) {
    let labelStyle = style.tickLabel
    let lineHeight = canvas.measure(.plain("0"), style: labelStyle).height
    let (lo, hi) = (range.lowerBound, range.upperBound)
    let bins = TickLocator.bins(forAxisLength: height, fontSize: labelStyle.size, vertical: true)
    let labelled = TickLocator.labelledTicks(range, length: height, bins: bins) { _, _ in lineHeight + 4 }.ticks
    let widest = labelled.map(\.label).map { canvas.measure($0, style: labelStyle).width }.max() ?? 0
    let nameExtent = canvas.measure(name, style: style.axisName)
    stripWidth =
      Self.gapBefore + Self.barWidth + Self.tickLength + Self.labelGap + widest + Self.nameGap + nameExtent.height
    let x = right - stripWidth + Self.gapBefore
    let bar = Rect(x: x, y: middle - height / 2, width: Self.barWidth, height: height)
    self.bar = bar
    ticks = labelled.map {
      AxisTick(value: $0.value, position: bar.maxY - ($0.value - lo) / (hi - lo) * bar.height, label: $0.label)
    }
    let nameX = bar.maxX + Self.tickLength + Self.labelGap + widest + Self.nameGap + nameExtent.height / 2
    self.label = PlacedText(text: name, center: Point(nameX, bar.midY), extent: nameExtent, rotation: .pi / 2)
  }

  /// Paints the ramp as horizontal slices, one per point of height and at most 256, from the
  /// top down, each reaching to the bottom of the bar: a slice's lower edge is antialiased
  /// against the slice above it, never against the background, so no seam shows.
  func paint(on canvas: Canvas, style: Style) {
    let slices = Int(clamping: bar.height, to: 2...256, rounding: .up)
    let h = bar.height / Double(slices)
    for k in stride(from: slices - 1, through: 0, by: -1) {
      let t = (Double(k) + 0.5) / Double(slices)
      let top = bar.maxY - Double(k + 1) * h
      canvas.fill(
        .rectangle(Rect(x: bar.x, y: top, width: bar.width, height: bar.maxY - top)), color: Viridis.color(at: t))
    }
    canvas.stroke(.rectangle(bar), style: StrokeStyle(color: style.axis, width: 0.8))
    var marks = Path()
    let labelStyle = style.tickLabel
    for tick in ticks {
      marks.move(to: Point(bar.maxX, tick.position))
      marks.line(to: Point(bar.maxX + Self.tickLength, tick.position))
      canvas.text(
        tick.label, at: Point(bar.maxX + Self.tickLength + Self.labelGap, tick.position), style: labelStyle,
        anchor: TextAnchor(.left, .middle))
    }
    canvas.stroke(marks, style: StrokeStyle(color: style.axis, width: 0.8))
    label.draw(on: canvas, style: style.axisName)
  }
}
