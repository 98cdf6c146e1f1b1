/// Paints a ``SurfaceChart`` from its ``SurfaceChartLayout``, back to front: background,
/// back panes with their grid, axis lines and tick marks, quads farthest first, the path,
/// tick labels and axis names, colour bar, title.
struct SurfaceChartPainter {
  let chart: SurfaceChart
  let layout: SurfaceChartLayout
  let canvas: Canvas

  private var style: Style { chart.style }

  /// Pane fill: the foreground at 4 % over the background (matplotlib: light grey panes).
  var paneColor: Color { style.foreground.withAlpha(0.04) }
  /// Grid lines on the panes.
  var gridColor: Color { style.muted.withAlpha(0.3) }
  /// The path's colour: the style's second series colour (vermillion on light).
  var pathColor: Color { style.color(1) }

  func paint() {
    FigureHeading.paintBackground(on: canvas, size: layout.size, style: style)
    paintPanes()
    paintAxes()
    paintQuads()
    paintPath()
    paintLabels()
    layout.colorBar?.paint(on: canvas, style: style)
    layout.heading.paint(on: canvas, width: layout.size.width)
  }

  private func point(_ v: Vector3) -> Point { layout.projection.project(v.x, v.y, v.z).point }

  private func paintPanes() {
    let p = layout.projection
    for pane in layout.axisBox.panes(p) {
      var path = Path.polyline(pane.map(point))
      path.close()
      canvas.fill(path, color: paneColor)
      canvas.stroke(path, style: StrokeStyle(color: gridColor, width: 0.8, join: .round))
    }
    var grid = Path()
    for (axis, ticks) in layout.ticks.enumerated() {
      for tick in ticks {
        for (a, b) in layout.axisBox.gridLines(axis: axis, value: tick.value, p) {
          grid.move(to: point(a))
          grid.line(to: point(b))
        }
      }
    }
    canvas.stroke(grid, style: StrokeStyle(color: gridColor, width: 0.7))
  }

  private func paintAxes() {
    let axisStroke = StrokeStyle(color: style.axis, width: style.axisWidth, cap: .round)
    var lines = Path()
    let ranges = [layout.projection.xRange, layout.projection.yRange, layout.projection.zRange]
    for edge in layout.axisBox.edges {
      let r = ranges[edge.axis]
      lines.move(to: point(edge.point(r.lowerBound)))
      lines.line(to: point(edge.point(r.upperBound)))
    }
    canvas.stroke(lines, style: axisStroke)
    var marks = Path()
    for tick in layout.ticks.joined() {
      marks.move(to: tick.from)
      marks.line(to: tick.to)
    }
    canvas.stroke(marks, style: StrokeStyle(color: style.axis, width: 0.9))
  }

  private func paintQuads() {
    for quad in layout.quads {
      var path = Path.polyline(quad.points)
      path.close()
      canvas.fill(path, color: quad.color)
      switch chart.edges {
      case .none:
        canvas.stroke(path, style: StrokeStyle(color: quad.color, width: 0.5, join: .round))
      case .darker:
        let c = quad.color
        let edge = Color(red: 0.8 * c.red, green: 0.8 * c.green, blue: 0.8 * c.blue)
        canvas.stroke(path, style: StrokeStyle(color: edge, width: 0.5, join: .round))
      }
    }
  }

  private func paintPath() {
    let width = style.curveWidth
    for run in layout.path.runs where !run.hidden || chart.hiddenPath == .solid {
      let line = Path.polyline(run.points)
      canvas.stroke(line, style: StrokeStyle(color: style.background, width: width + 2.6, cap: .round, join: .round))
      canvas.stroke(line, style: StrokeStyle(color: pathColor, width: width, cap: .round, join: .round))
    }
    if chart.hiddenPath == .dashed {
      for run in layout.path.runs where run.hidden {
        canvas.stroke(
          .polyline(run.points),
          style: StrokeStyle(color: pathColor.withAlpha(0.85), width: 1.4, dash: [4, 3], join: .round))
      }
    }
    // A hidden marker is drawn faded (dashed style), not at all (omitted) or as a visible one.
    let faded = { (m: LiftedPath.Marker) in m.hidden && chart.hiddenPath != .solid ? 0.5 : 1.0 }
    let shown = { (m: LiftedPath.Marker) in !m.hidden || chart.hiddenPath != .omitted }
    if let start = layout.path.start, shown(start) {
      let circle = Path.circle(center: start.point, radius: 4.5)
      canvas.fill(circle, color: style.background.withAlpha(faded(start)))
      canvas.stroke(circle, style: StrokeStyle(color: pathColor.withAlpha(faded(start)), width: 2))
    }
    if let end = layout.path.end, shown(end) {
      let circle = Path.circle(center: end.point, radius: 4.5)
      canvas.fill(circle, color: pathColor.withAlpha(faded(end)))
      canvas.stroke(circle, style: StrokeStyle(color: style.background.withAlpha(faded(end)), width: 1.2))
    }
  }

  private func paintLabels() {
    let labelStyle = style.tickLabel
    for tick in layout.ticks.joined() {
      tick.label?.draw(on: canvas, style: labelStyle)
    }
    let nameStyle = style.axisName
    for name in layout.names { name.draw(on: canvas, style: nameStyle) }
  }
}
