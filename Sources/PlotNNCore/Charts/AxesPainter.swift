/// Axes of a ``LineChart``: lines (through the origin with arrowheads, or a frame),
/// tick marks, tick labels and axis names.
///
/// Origin style (the default, as textbooks draw it): labels sit beside the axis lines on a
/// halo of the background colour so a curve passing underneath never hides them; the
/// label of 0 is written once, at the origin's lower left; a label whose box would cross
/// the other axis is dropped.
struct AxesPainter {
  let chart: LineChart
  let layout: LineChartLayout
  let canvas: Canvas

  private var theme: Theme { chart.theme }
  private var labelStyle: TextStyle { TextStyle(size: theme.labelSize, color: theme.muted) }
  private var axisStyle: StrokeStyle { StrokeStyle(color: theme.axis, width: theme.axisWidth, cap: .square) }

  func paintLines() {
    let plot = layout.plot
    if chart.axes == .box {
      canvas.stroke(.rectangle(plot), style: axisStyle)
      return
    }
    var path = Path()
    path.move(to: Point(plot.minX, layout.axisY))
    path.line(to: Point(plot.maxX + 6, layout.axisY))
    path.move(to: Point(layout.axisX, plot.maxY))
    path.line(to: Point(layout.axisX, plot.minY - 6))
    canvas.stroke(path, style: axisStyle)
    canvas.fill(arrowhead(tip: Point(plot.maxX + 10, layout.axisY), dx: 1, dy: 0), color: theme.axis)
    canvas.fill(arrowhead(tip: Point(layout.axisX, plot.minY - 10), dx: 0, dy: -1), color: theme.axis)
  }

  func paintLabels() {
    let plot = layout.plot
    let origin = chart.axes == .origin
    let tick = LineChartLayout.tickLength
    let gap = LineChartLayout.labelGap
    var marks = Path()
    var zeroShown = false
    for t in layout.xTicks {
      marks.move(to: Point(t.position, layout.axisY))
      marks.line(to: Point(t.position, layout.axisY + tick))
      if origin && layout.verticalAxisInside && layout.horizontalAxisInside && t.value == 0 {
        zeroShown = true
        continue
      }
      let at = Point(t.position, layout.axisY + tick + 2)
      let extent = canvas.measure(t.label, style: labelStyle)
      if origin && layout.verticalAxisInside && abs(t.position - layout.axisX) < extent.width / 2 + 4
        && t.value != 0
      { continue }
      label(t.label, at: at, extent: extent, anchor: TextAnchor(.center, .top), halo: origin)
    }
    for t in layout.yTicks {
      marks.move(to: Point(layout.axisX, t.position))
      marks.line(to: Point(layout.axisX - tick, t.position))
      if origin && layout.verticalAxisInside && layout.horizontalAxisInside && t.value == 0 { continue }
      let extent = canvas.measure(t.label, style: labelStyle)
      if origin && layout.horizontalAxisInside && abs(t.position - layout.axisY) < extent.height / 2 + 2
        && t.value != 0
      { continue }
      let at = Point(layout.axisX - tick - gap + 2, t.position)
      label(t.label, at: at, extent: extent, anchor: TextAnchor(.right, .middle), halo: origin)
    }
    canvas.stroke(marks, style: StrokeStyle(color: theme.axis, width: theme.axisWidth))
    if zeroShown {
      let zero = TickFormatter(ticks: [0]).label(0)
      let extent = canvas.measure(zero, style: labelStyle)
      label(zero, at: Point(layout.axisX - 4, layout.axisY + 3), extent: extent, anchor: TextAnchor(.right, .top), halo: true)
    }
    paintAxisNames(plot: plot)
  }

  private func paintAxisNames(plot: Rect) {
    let style = TextStyle(size: theme.labelSize + 1, color: theme.foreground)
    if chart.axes == .origin {
      canvas.text(chart.xLabel, at: Point(plot.maxX + 6, layout.axisY - 6), style: style, anchor: TextAnchor(.right, .bottom))
      canvas.text(chart.yLabel, at: Point(layout.axisX + 8, plot.minY - 8), style: style, anchor: TextAnchor(.left, .top))
    } else {
      canvas.text(chart.xLabel, at: Point(plot.midX, layout.size.height - LineChartLayout.padding), style: style, anchor: TextAnchor(.center, .bottom))
      canvas.text(
        chart.yLabel, at: Point(LineChartLayout.padding, plot.midY), style: style, anchor: TextAnchor(.center, .top),
        rotation: Double.pi / 2)
    }
  }

  private func label(_ text: String, at p: Point, extent: TextExtent, anchor: TextAnchor, halo: Bool) {
    if halo {
      let x: Double
      switch anchor.horizontal {
      case .left: x = p.x
      case .center: x = p.x - extent.width / 2
      case .right: x = p.x - extent.width
      }
      let y: Double
      switch anchor.vertical {
      case .top: y = p.y
      case .middle: y = p.y - extent.height / 2
      case .baseline: y = p.y - extent.baseline
      case .bottom: y = p.y - extent.height
      }
      canvas.fill(.rectangle(Rect(x: x - 2, y: y, width: extent.width + 4, height: extent.height)), color: theme.panel)
    }
    canvas.text(text, at: p, style: labelStyle, anchor: anchor)
  }

  /// A filled triangular arrowhead with its tip at `tip`, pointing along (dx, dy).
  private func arrowhead(tip: Point, dx: Double, dy: Double) -> Path {
    let length = 9.0
    let half = 3.5
    let base = Point(tip.x - dx * length, tip.y - dy * length)
    var path = Path()
    path.move(to: tip)
    path.line(to: Point(base.x - dy * half, base.y + dx * half))
    path.line(to: Point(base.x + dy * half, base.y - dx * half))
    path.close()
    return path
  }
}
