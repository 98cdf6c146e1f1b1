/// Paints a ``SurfaceChart`` from its ``SurfaceChartLayout``, back to front: background,
/// back panes with their grid, axis lines and tick marks, quads farthest first (each with its
/// mesh lines), the path, the marks, their labels, tick labels and axis names, colour bar,
/// title.
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
    paintTraces()
    paintPath()
    paintMarkLabels()
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
    for (quad, paths) in zip(layout.quads, layout.quadPaths) {
      let path = paths.outline
      canvas.fill(path, color: quad.color)
      switch chart.edges {
      case .none:
        canvas.stroke(path, style: StrokeStyle(color: quad.color, width: 0.5, join: .round))
      case .darker:
        let c = quad.color
        let edge = Color(red: 0.8 * c.red, green: 0.8 * c.green, blue: 0.8 * c.blue)
        canvas.stroke(path, style: StrokeStyle(color: edge, width: 0.5, join: .round))
      case .lines:
        let c = quad.color
        canvas.stroke(path, style: StrokeStyle(color: c, width: 0.5, join: .round))
        let lines = paths.meshLines
        if !lines.isEmpty {
          let edge = Color(red: 0.62 * c.red, green: 0.62 * c.green, blue: 0.62 * c.blue)
          canvas.stroke(lines, style: StrokeStyle(color: edge, width: 0.6, cap: .round))
        }
      }
    }
  }

  /// The sides of `quad` that lie on a mesh line (grid index a multiple of `spacing`,
  /// ``SurfaceChart/meshLineSpacing``), the outer edges of `mesh` included.
  static func meshLines(_ quad: SurfaceQuad, spacing: Int, mesh: SurfaceMesh) -> Path {
    let k = max(spacing, 1)
    let p = quad.points  // (i, j), (i + 1, j), (i + 1, j + 1), (i, j + 1)
    var lines = Path()
    let sides = [
      (quad.j % k == 0, p[0], p[1]), ((quad.j + 1) % k == 0 || quad.j + 1 == mesh.rows, p[3], p[2]),
      (quad.i % k == 0, p[0], p[3]), ((quad.i + 1) % k == 0 || quad.i + 1 == mesh.columns, p[1], p[2]),
    ]
    for (on, a, b) in sides where on {
      lines.move(to: a)
      lines.line(to: b)
    }
    return lines
  }

  private func paintPath() {
    let width = style.curveWidth
    // An animation's frame draws the path up to its step (``SurfaceChart/pathSteps``).
    let drawn = chart.pathSteps.map { layout.path.cut(atStep: $0) } ?? layout.path
    for run in drawn.runs where !run.hidden || chart.hiddenPath == .solid {
      let line = Path.polyline(run.points)
      canvas.stroke(line, style: StrokeStyle(color: style.background, width: width + 2.6, cap: .round, join: .round))
      canvas.stroke(line, style: StrokeStyle(color: pathColor, width: width, cap: .round, join: .round))
    }
    if chart.hiddenPath == .dashed {
      for run in drawn.runs where run.hidden {
        canvas.stroke(
          .polyline(run.points),
          style: StrokeStyle(color: pathColor.withAlpha(0.85), width: 1.4, dash: [4, 3], join: .round))
      }
    }
    // A hidden marker is drawn faded (dashed style), not at all (omitted) or as a visible one.
    let faded = { (m: LiftedPath.Marker) in m.hidden && chart.hiddenPath != .solid ? 0.5 : 1.0 }
    let shown = { (m: LiftedPath.Marker) in !m.hidden || chart.hiddenPath != .omitted }
    if let start = drawn.start, shown(start) {
      let circle = Path.circle(center: start.point, radius: SurfaceMarkLabels.circleRadius)
      canvas.fill(circle, color: style.background.withAlpha(faded(start)))
      canvas.stroke(circle, style: StrokeStyle(color: pathColor.withAlpha(faded(start)), width: 2))
    }
    if let end = drawn.end, shown(end) {
      let circle = Path.circle(center: end.point, radius: SurfaceMarkLabels.circleRadius)
      canvas.fill(circle, color: pathColor.withAlpha(faded(end)))
      canvas.stroke(circle, style: StrokeStyle(color: style.background.withAlpha(faded(end)), width: 1.2))
    }
    // Step marks: small dots in the path's colour, ringed in the background's, each from
    // the frame its iterate is reached in.
    for (mark, step) in layout.stepMarks where shown(mark) && step <= (chart.pathSteps ?? .max) {
      let dot = Path.circle(center: mark.point, radius: SurfaceMarkLabels.dotRadius)
      canvas.fill(dot, color: pathColor.withAlpha(faded(mark)))
      canvas.stroke(dot, style: StrokeStyle(color: style.background.withAlpha(faded(mark)), width: 1))
    }
    // The minimum: a star, as the 3.6.3 figure marks it, drawn last so the end of a
    // converged path does not cover it. It sits on the lowest, darkest colours of the map
    // (viridis' purple), so it is filled white and outlined black in either theme.
    for minimum in (layout.minimum.map { [$0] } ?? []) + layout.extraMinima where shown(minimum) {
      let star = DescentPathPainter.star(
        center: minimum.point, outer: SurfaceMarkLabels.starRadius, inner: 0.41 * SurfaceMarkLabels.starRadius)
      canvas.fill(star, color: Color.white.withAlpha(faded(minimum)))
      canvas.stroke(star, style: StrokeStyle(color: Color.black.withAlpha(faded(minimum)), width: 1, join: .round))
    }
  }

  /// The traces (``SurfaceChart/Trace``), the last first so the first lies on top: every
  /// trace's seen runs on their halos, then every hidden run dotted over them (a hidden run
  /// lies behind the surface, so no seen run should cover its hint), then the end dots and
  /// the common start.
  private func paintTraces() {
    guard !chart.traces.isEmpty else { return }
    let width = chart.traceWidth ?? style.curveWidth
    let drawn = zip(chart.traces, layout.traces).map { trace, lifted in
      (trace, trace.steps.map { lifted.cut(atStep: $0) } ?? lifted)
    }
    for (trace, lifted) in drawn.reversed() {
      for run in lifted.runs where !run.hidden || chart.hiddenPath == .solid {
        let line = Path.polyline(run.points)
        canvas.stroke(line, style: StrokeStyle(color: style.background, width: width + 1.6, cap: .round, join: .round))
        canvas.stroke(
          line, style: StrokeStyle(color: trace.color, width: width, dash: trace.dash, cap: .round, join: .round))
      }
    }
    if chart.hiddenPath == .dashed {
      for (trace, lifted) in drawn.reversed() {
        for run in lifted.runs where run.hidden {
          canvas.stroke(
            .polyline(run.points),
            style: StrokeStyle(
              color: trace.color.withAlpha(0.75), width: max(1.1, 0.6 * width), dash: [3, 2.5], cap: .butt,
              join: .round))
        }
      }
    }
    let faded = { (m: LiftedPath.Marker) in m.hidden && chart.hiddenPath != .solid ? 0.5 : 1.0 }
    let shown = { (m: LiftedPath.Marker) in !m.hidden || chart.hiddenPath != .omitted }
    for (trace, lifted) in drawn.reversed() {
      guard let end = lifted.end, shown(end) else { continue }
      canvas.fill(.circle(center: end.point, radius: 2.8), color: trace.color.withAlpha(faded(end)))
    }
    if chart.marksTraceStart, let start = layout.traces.first?.start, shown(start) {
      let circle = Path.circle(center: start.point, radius: SurfaceMarkLabels.circleRadius)
      canvas.fill(circle, color: style.background.withAlpha(faded(start)))
      canvas.stroke(circle, style: StrokeStyle(color: style.foreground.withAlpha(faded(start)), width: 1.6))
    }
  }

  /// The marks' labels, each on a halo of the panel colour (they sit on the coloured
  /// surface).
  private func paintMarkLabels() {
    let textStyle = style.markerLabel
    // An animation's frame draws a label once the path has reached its mark (the end's
    // label not before the last iterate), where the whole figure has it.
    for label in layout.markLabels where label.step <= (chart.pathSteps ?? .max) {
      canvas.fill(.rectangle(label.text.box.insetBy(-SurfaceMarkLabels.halo)), color: style.panel.withAlpha(0.88))
      label.text.draw(on: canvas, style: textStyle)
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
