/// Axes of a ``LineChart``: lines (through the origin with arrowheads, or a frame),
/// tick marks, tick labels and axis names.
///
/// Origin style (the default, as textbooks draw it): labels sit beside the axis lines on a
/// halo of the background colour so a curve passing underneath never hides them; the
/// label of 0 is written once, at the origin's lower left; a label whose box would cross
/// the other axis is dropped, and so is any label that would overlap one already placed.
struct AxesPainter {
  let chart: LineChart
  let layout: LineChartLayout
  let canvas: Canvas

  private var style: Style { chart.style }
  private var labelStyle: TextStyle { style.tickLabel }
  private var axisStyle: StrokeStyle { StrokeStyle(color: style.axis, width: style.axisWidth, cap: .square) }

  func paintLines() {
    let plot = layout.plot
    if chart.axes == .box {
      canvas.stroke(.rectangle(plot), style: axisStyle)
      return
    }
    // An axis through 0 gets an arrowhead; one on the frame (0 out of range) is a plain
    // edge, so it does not pose as y = 0 or x = 0 (``LineChartLayout/crossing(at:origin:)``).
    let (xArrow, yArrow) = (layout.horizontalAxisInside, layout.verticalAxisInside)
    var path = Path()
    path.move(to: Point(plot.minX, layout.axisY))
    path.line(to: Point(xArrow ? plot.maxX + 6 : plot.maxX, layout.axisY))
    path.move(to: Point(layout.axisX, plot.maxY))
    path.line(to: Point(layout.axisX, yArrow ? plot.minY - 6 : plot.minY))
    canvas.stroke(path, style: axisStyle)
    if xArrow { canvas.fill(arrowhead(tip: Point(plot.maxX + 10, layout.axisY), dx: 1, dy: 0), color: style.axis) }
    if yArrow { canvas.fill(arrowhead(tip: Point(layout.axisX, plot.minY - 10), dx: 0, dy: -1), color: style.axis) }
  }

  /// The offset and power of ten the tick labels share (``LineChartLayout/xOffsetText``), once
  /// per axis, where matplotlib writes them: under the right end of the x labels, above the
  /// y labels at the top (the margins keep a line for each).
  func paintOffsetTexts(xLabelsAbove: Bool, yLabelsRight: Bool) {
    let labelHeight = canvas.measure(.plain("0"), style: labelStyle).height
    let tick = LineChartLayout.tickLength
    if let text = layout.xOffsetText {
      let y = xLabelsAbove ? layout.axisY + tick + 2 : layout.axisY + tick + 2 + labelHeight + 2
      canvas.text(text, at: Point(layout.plot.maxX, y), style: labelStyle, anchor: TextAnchor(.right, .top))
    }
    if let text = layout.yOffsetText {
      // Left of the axis (right-aligned with the labels), but never past the canvas edge.
      let width = canvas.measure(text, style: labelStyle).width
      let right = layout.axisX - tick - LineChartLayout.labelGap + 2
      let x = yLabelsRight ? layout.axisX + 5 : max(LineChartLayout.padding / 2, right - width)
      canvas.text(
        text, at: Point(x, layout.plot.minY - labelHeight / 2 - 2), style: labelStyle,
        anchor: TextAnchor(.left, .bottom))
    }
  }

  func paintLabels() {
    let plot = layout.plot
    let origin = chart.axes == .origin
    let tick = LineChartLayout.tickLength
    let gap = LineChartLayout.labelGap
    let bothInside = origin && layout.verticalAxisInside && layout.horizontalAxisInside
    var marks = Path()
    /// Label boxes taken so far. Near the corner where the axes meet, an x label left of the
    /// vertical axis and a y label under the horizontal one (or, with both axes on the frame,
    /// labels at that corner) could overlap: at 200 × 150 "−5" and "−0.5" did. The spacing
    /// rules only separate labels of one axis, so a label overlapping a placed one is dropped;
    /// the origin's 0 goes first (drawn last, as before), then the x labels, then the y labels.
    var placed: [Rect] = []
    let zero = TickFormatter(ticks: [0]).label(0)
    let zeroExtent = canvas.measure(zero, style: labelStyle)
    let (zeroAt, zeroAnchor) = originLabelPlace(extent: zeroExtent)
    let zeroShown = bothInside && layout.xTicks.contains { $0.value == 0 }
    if zeroShown { placed.append(box(at: zeroAt, extent: zeroExtent, anchor: zeroAnchor)) }
    let curvePoints = layout.curves.flatMap { $0.densePoints(spacing: 2) }
    // x labels under the axis, or over it when the curves cross fewer of them there
    // (an axis inside the plot only; on the frame they sit in the margin).
    let xLabels = layout.xTicks.filter { t in
      let extent = canvas.measure(t.label, style: labelStyle)
      let besideVertical = origin && layout.verticalAxisInside && abs(t.position - layout.axisX) < extent.width / 2 + 4
      return !(bothInside && t.value == 0) && !(besideVertical && t.value != 0)
    }
    let xAboveBoxes = xLabels.map { xLabelBox($0, above: true) }
    let xAbove =
      origin && layout.horizontalAxisInside && xAboveBoxes.allSatisfy(fitsInPlot)
      && hits(xAboveBoxes, curvePoints) < hits(xLabels.map { xLabelBox($0, above: false) }, curvePoints)
    for t in layout.xTicks {
      marks.move(to: Point(t.position, layout.axisY))
      marks.line(to: Point(t.position, layout.axisY + tick))
    }
    for t in xLabels {
      let extent = canvas.measure(t.label, style: labelStyle)
      let at = Point(t.position, xAbove ? layout.axisY - 3 : layout.axisY + tick + 2)
      let anchor = TextAnchor(.center, xAbove ? .bottom : .top)
      label(t.label, at: at, extent: extent, anchor: anchor, halo: origin, placed: &placed)
    }
    // y labels left of the axis, or right of it when the curves cross fewer of them there.
    let yLabels = layout.yTicks.filter { t in
      let extent = canvas.measure(t.label, style: labelStyle)
      let besideHorizontal =
        origin && layout.horizontalAxisInside && abs(t.position - layout.axisY) < extent.height / 2 + 2
      return !(bothInside && t.value == 0) && !(besideHorizontal && t.value != 0)
    }
    let yRightBoxes = yLabels.map { yLabelBox($0, right: true) }
    let yRight =
      origin && layout.verticalAxisInside && yRightBoxes.allSatisfy(fitsInPlot)
      && hits(yRightBoxes, curvePoints) < hits(yLabels.map { yLabelBox($0, right: false) }, curvePoints)
    for t in layout.yTicks {
      marks.move(to: Point(layout.axisX, t.position))
      marks.line(to: Point(layout.axisX - tick, t.position))
    }
    for t in yLabels {
      let extent = canvas.measure(t.label, style: labelStyle)
      let at = Point(yRight ? layout.axisX + 5 : layout.axisX - tick - gap + 2, t.position)
      let anchor = TextAnchor(yRight ? .left : .right, .middle)
      label(t.label, at: at, extent: extent, anchor: anchor, halo: origin, placed: &placed)
    }
    canvas.stroke(marks, style: StrokeStyle(color: style.axis, width: style.axisWidth))
    if zeroShown {
      var reserved: [Rect] = []
      label(zero, at: zeroAt, extent: zeroExtent, anchor: zeroAnchor, halo: true, placed: &reserved)
    }
    paintAxisNames(plot: plot, xLabelsAbove: xAbove, yLabelsRight: yRight)
    paintOffsetTexts(xLabelsAbove: xAbove, yLabelsRight: yRight)
  }

  /// The box of an x tick label under (or over) the horizontal axis.
  private func xLabelBox(_ t: AxisTick, above: Bool) -> Rect {
    let extent = canvas.measure(t.label, style: labelStyle)
    let at = Point(t.position, above ? layout.axisY - 3 : layout.axisY + LineChartLayout.tickLength + 2)
    return box(at: at, extent: extent, anchor: TextAnchor(.center, above ? .bottom : .top))
  }

  /// The box of a y tick label left (or right) of the vertical axis.
  private func yLabelBox(_ t: AxisTick, right: Bool) -> Rect {
    let extent = canvas.measure(t.label, style: labelStyle)
    let left = layout.axisX - LineChartLayout.tickLength - LineChartLayout.labelGap + 2
    let at = Point(right ? layout.axisX + 5 : left, t.position)
    return box(at: at, extent: extent, anchor: TextAnchor(right ? .left : .right, .middle))
  }

  /// Whether a label box on the other side of its axis stays inside the plot (the margins
  /// only make room on the usual side).
  private func fitsInPlot(_ box: Rect) -> Bool {
    let plot = layout.plot
    return box.minX >= plot.minX && box.maxX <= plot.maxX && box.minY >= plot.minY && box.maxY <= plot.maxY
  }

  /// How many of `points` fall in any of `boxes` (grown by 2 points).
  private func hits(_ boxes: [Rect], _ points: [Point]) -> Int {
    points.filter { p in boxes.contains { $0.insetBy(-2).contains(p) } }.count
  }

  /// Where the origin's single "0" goes: the quadrant around the origin its box covers
  /// the fewest curve points in, lower left first on ties (the textbook place). Most
  /// activations pass through the origin, and a halo there would cut the curve.
  private func originLabelPlace(extent: TextExtent) -> (Point, TextAnchor) {
    let (x, y) = (layout.axisX, layout.axisY)
    let candidates: [(Point, TextAnchor)] = [
      (Point(x - 4, y + 3), TextAnchor(.right, .top)), (Point(x + 4, y + 3), TextAnchor(.left, .top)),
      (Point(x - 4, y - 3), TextAnchor(.right, .bottom)), (Point(x + 4, y - 3), TextAnchor(.left, .bottom)),
    ]
    let points = layout.curves.flatMap { $0.densePoints(spacing: 2) }
    let hits = candidates.map { c in
      points.filter { box(at: c.0, extent: extent, anchor: c.1).insetBy(-2).contains($0) }.count
    }
    let best = hits.indices.min { hits[$0] < hits[$1] } ?? 0
    return candidates[best]
  }

  /// Axis names at the arrow tips, on the side of each axis its tick labels leave free.
  private func paintAxisNames(plot: Rect, xLabelsAbove: Bool, yLabelsRight: Bool) {
    let nameStyle = style.axisName
    if chart.axes == .origin {
      let xName = Point(plot.maxX + 6, xLabelsAbove ? layout.axisY + 6 : layout.axisY - 6)
      canvas.text(chart.xLabel, at: xName, style: nameStyle, anchor: TextAnchor(.right, xLabelsAbove ? .top : .bottom))
      let yName = Point(yLabelsRight ? layout.axisX - 8 : layout.axisX + 8, plot.minY - 8)
      canvas.text(chart.yLabel, at: yName, style: nameStyle, anchor: TextAnchor(yLabelsRight ? .right : .left, .top))
    } else {
      canvas.text(
        chart.xLabel, at: Point(plot.midX, layout.size.height - LineChartLayout.padding), style: nameStyle,
        anchor: TextAnchor(.center, .bottom))
      canvas.text(
        chart.yLabel, at: Point(LineChartLayout.padding, plot.midY), style: nameStyle,
        anchor: TextAnchor(.center, .top),
        rotation: Double.pi / 2)
    }
  }

  /// Draws a label unless its box overlaps one in `placed`, to which it is then added.
  private func label(
    _ text: RichText, at p: Point, extent: TextExtent, anchor: TextAnchor, halo: Bool, placed: inout [Rect]
  ) {
    let box = box(at: p, extent: extent, anchor: anchor)
    let overlaps = { (o: Rect) in
      box.minX < o.maxX && o.minX < box.maxX && box.minY < o.maxY && o.minY < box.maxY
    }
    guard !placed.contains(where: overlaps) else { return }
    placed.append(box)
    if halo {
      canvas.fill(
        .rectangle(Rect(x: box.x - 2, y: box.y, width: box.width + 4, height: box.height)), color: style.panel)
    }
    canvas.text(text, at: p, style: labelStyle, anchor: anchor)
  }

  /// The box of a text `extent` large whose `anchor` is at `p`.
  private func box(at p: Point, extent: TextExtent, anchor: TextAnchor) -> Rect {
    let (dx, dy) = anchor.offset(for: extent)
    return Rect(x: p.x + dx, y: p.y + dy, width: extent.width, height: extent.height)
  }

  /// The axis arrowhead, 9 points long and 7 wide, with its tip at `tip`, pointing along (dx, dy).
  private func arrowhead(tip: Point, dx: Double, dy: Double) -> Path {
    .arrowhead(tip: tip, dx: dx, dy: dy, length: 9, halfWidth: 3.5)
  }
}
