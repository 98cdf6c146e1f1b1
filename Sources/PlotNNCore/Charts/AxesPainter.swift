/// Axes of a ``LineChart``: lines (through the origin with arrowheads, as textbooks draw
/// them, or a frame) and tick marks. Their labels and names are placed by
/// ``LineChartPlacement``.
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
      paintTickMarks()
      return
    }
    // A right axis is a plain line on the plot's right edge.
    if layout.rightAxis != nil {
      canvas.stroke(.polyline([Point(plot.maxX, plot.maxY), Point(plot.maxX, plot.minY)]), style: axisStyle)
    }
    // An axis through 0 gets an arrowhead; one on the frame (0 out of range) is a plain
    // edge, so it does not pose as y = 0 or x = 0 (``LineChartLayout/crossing(at:origin:)``).
    // A right axis closes the plot on the right: the x axis ends on it, without an arrowhead,
    // so the right axis's 0 is labelled where the x axis meets it.
    let (xArrow, yArrow) = (layout.horizontalAxisInside && layout.rightAxis == nil, layout.verticalAxisInside)
    var path = Path()
    path.move(to: Point(plot.minX, layout.axisY))
    path.line(to: Point(xArrow ? plot.maxX + 6 : plot.maxX, layout.axisY))
    path.move(to: Point(layout.axisX, plot.maxY))
    path.line(to: Point(layout.axisX, yArrow ? plot.minY - 6 : plot.minY))
    canvas.stroke(path, style: axisStyle)
    if xArrow { canvas.fill(arrowhead(tip: Point(plot.maxX + 10, layout.axisY), dx: 1, dy: 0), color: style.axis) }
    if yArrow { canvas.fill(arrowhead(tip: Point(layout.axisX, plot.minY - 10), dx: 0, dy: -1), color: style.axis) }
    paintTickMarks()
  }

  /// Tick marks under the horizontal axis and left of the vertical one, or on the frame
  /// where that axis's labels are (``LineChartLayout/labelsOnFrame``); above and right of
  /// them, into the plot, when the style's ticks point in (``Style/tickDirection``). The
  /// labels keep their place either way.
  private func paintTickMarks() {
    let tick = LineChartLayout.tickLength * (style.tickDirection == .in ? -1 : 1)
    var marks = Path()
    // A labelled minor tick keeps its short mark (drawn with the minor ones below).
    for t in layout.xTicks where !t.minor {
      marks.move(to: Point(t.position, layout.xLabelLine))
      marks.line(to: Point(t.position, layout.xLabelLine + tick))
    }
    for t in layout.yTicks where !t.minor {
      marks.move(to: Point(layout.yLabelLine, t.position))
      marks.line(to: Point(layout.yLabelLine - tick, t.position))
    }
    // A log axis's minor ticks: shorter marks (matplotlib's 2 points beside 3.5).
    let minor = tick * LineChartLayout.minorTickShare
    for p in layout.xMinorTicks {
      marks.move(to: Point(p, layout.xLabelLine))
      marks.line(to: Point(p, layout.xLabelLine + minor))
    }
    for p in layout.yMinorTicks {
      marks.move(to: Point(layout.yLabelLine, p))
      marks.line(to: Point(layout.yLabelLine - minor, p))
    }
    // The right axis's marks point right (out) or left (in), mirroring the left ones.
    for t in layout.rightAxis?.ticks ?? [] {
      marks.move(to: Point(layout.plot.maxX, t.position))
      marks.line(to: Point(layout.plot.maxX + tick, t.position))
    }
    canvas.stroke(marks, style: StrokeStyle(color: style.axis, width: style.axisWidth))
  }

  /// The axis arrowhead (``Style/arrowhead``: 9 points long and 7 wide in the book), with
  /// its tip at `tip`, pointing along (dx, dy).
  private func arrowhead(tip: Point, dx: Double, dy: Double) -> Path {
    .arrowhead(tip: tip, dx: dx, dy: dy, length: style.arrowhead.length, halfWidth: style.arrowhead.halfWidth)
  }
}
