/// A vertical colour bar for a ``SurfaceChart``: the viridis ramp from the low end of the z
/// range (bottom) to the high end (top), ticks on its right, the label (if any) rotated to
/// read bottom to top beyond them, as matplotlib's `fig.colorbar`.
///
/// The ramp is viridis linear in bar height; a value v sits at the height
/// `scale.fraction(v)` of the bar (``ColorScale``), so its tick points at the colour v
/// is painted in. Ticks: ``ColorScale/ticks(_:length:bins:lineHeight:)`` (on the linear
/// scale, ``TickLocator`` as every axis).
struct ColorBar {
  static let barWidth = 14.0
  /// The gap between the box and the bar: 22 points, or 5 % of a narrower figure's width
  /// (at least 8), so a 200 × 150 px surface gives that room to its box.
  static let gapBefore = 22.0

  static func gap(figureWidth: Double) -> Double { min(gapBefore, max(8, 0.05 * figureWidth)) }
  static let tickLength = 4.0
  static let labelGap = 4.0
  static let nameGap = 10.0

  let bar: Rect
  /// The ticks, `position` their canvas y.
  let ticks: [AxisTick]
  /// The rotated label; nil when the bar has none.
  let label: PlacedText?
  /// Width from the left edge of the space reserved for the bar to the right of its label.
  let stripWidth: Double

  /// A bar for `range` on `scale` whose strip ends at `right`, centred on `middle` and
  /// `height` long, `gap` after the box; `name` nil or empty for no label (the strip is
  /// then narrower).
  init(
    range: ClosedRange<Double>, label name: RichText?, scale: ColorScale = .linear, style: Style, canvas: Canvas,
    right: Double, middle: Double, height: Double, gap: Double = ColorBar.gapBefore
  ) {
    let labelStyle = style.tickLabel
    let lineHeight = canvas.measure(.plain("0"), style: labelStyle).height
    let bins = TickLocator.bins(forAxisLength: height, fontSize: labelStyle.size, vertical: true)
    let labelled = scale.ticks(range, length: height, bins: bins, lineHeight: lineHeight)
    let widest = labelled.map(\.label).map { canvas.measure($0, style: labelStyle).width }.max() ?? 0
    let named = name.flatMap { $0.isEmpty ? nil : $0 }
    let nameExtent = named.map { canvas.measure($0, style: style.axisName) }
    stripWidth =
      gap + Self.barWidth + Self.tickLength + Self.labelGap + widest
      + (nameExtent.map { Self.nameGap + $0.height } ?? 0)
    let x = right - stripWidth + gap
    let bar = Rect(x: x, y: middle - height / 2, width: Self.barWidth, height: height)
    self.bar = bar
    ticks = labelled.map { AxisTick(value: $0.value, position: bar.maxY - $0.position, label: $0.label) }
    if let named, let nameExtent {
      let nameX = bar.maxX + Self.tickLength + Self.labelGap + widest + Self.nameGap + nameExtent.height / 2
      label = PlacedText(text: named, center: Point(nameX, bar.midY), extent: nameExtent, rotation: .pi / 2)
    } else {
      label = nil
    }
  }

  /// The boxes of the tick labels as ``paint(on:style:)`` draws them.
  func labelBoxes(canvas: Canvas, style: Style) -> [Rect] {
    let x = bar.maxX + Self.tickLength + Self.labelGap
    let boxes = ticks.map { tick -> Rect in
      let e = canvas.measure(tick.label, style: style.tickLabel)
      return Rect(x: x, y: tick.position - e.height / 2, width: e.width, height: e.height)
    }
    return boxes + (label.map { [$0.box] } ?? [])
  }

  /// Paints the ramp as horizontal slices, one per point of height and at most 256, from the
  /// top down, each reaching to the bottom of the bar: a slice's lower edge is antialiased
  /// against the slice above it, never against the background, so no seam shows. `ramp`
  /// gives the colour at a fraction of the bar's height (viridis unless told: a network's
  /// weights pass their diverging one).
  func paint(on canvas: Canvas, style: Style, ramp: (Double) -> Color = { Viridis.color(at: $0) }) {
    let slices = Int(clamping: bar.height, to: 2...256, rounding: .up)
    let h = bar.height / Double(slices)
    for k in stride(from: slices - 1, through: 0, by: -1) {
      let t = (Double(k) + 0.5) / Double(slices)
      let top = bar.maxY - Double(k + 1) * h
      canvas.fill(
        .rectangle(Rect(x: bar.x, y: top, width: bar.width, height: bar.maxY - top)), color: ramp(t))
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
    label?.draw(on: canvas, style: style.axisName)
  }
}
