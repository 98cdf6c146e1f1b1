/// Paints a ``LineChart`` from its ``LineChartLayout``, back to front: background, grid,
/// axes, curves and jump dots, annotations, tick labels, legend, title.
struct LineChartPainter {
  let chart: LineChart
  let layout: LineChartLayout
  let canvas: Canvas

  private var theme: Theme { chart.theme }
  private var labelStyle: TextStyle { TextStyle(size: theme.labelSize, color: theme.muted) }

  func paint() {
    canvas.fill(.rectangle(Rect(x: 0, y: 0, width: layout.size.width, height: layout.size.height)), color: theme.background)
    if chart.showGrid { paintGrid() }
    AxesPainter(chart: chart, layout: layout, canvas: canvas).paintLines()
    paintCurves()
    paintAnnotations()
    AxesPainter(chart: chart, layout: layout, canvas: canvas).paintLabels()
    if chart.showLegend && chart.series.count >= 2 {
      LegendPainter(chart: chart, layout: layout, canvas: canvas).paint()
    }
    paintTitle()
  }

  private func paintGrid() {
    let plot = layout.plot
    var path = Path()
    for t in layout.xTicks where chart.axes == .box || abs(t.position - layout.axisX) > 0.5 {
      path.move(to: Point(t.position, plot.minY))
      path.line(to: Point(t.position, plot.maxY))
    }
    for t in layout.yTicks where chart.axes == .box || abs(t.position - layout.axisY) > 0.5 {
      path.move(to: Point(plot.minX, t.position))
      path.line(to: Point(plot.maxX, t.position))
    }
    canvas.stroke(path, style: StrokeStyle(color: theme.grid, width: theme.gridWidth))
  }

  private func paintCurves() {
    canvas.clipped(to: layout.plot) {
      for (series, curve) in zip(chart.series, layout.curves) {
        let style = StrokeStyle(
          color: theme.color(series.colorIndex), width: theme.curveWidth,
          dash: series.dashed ? theme.derivativeDash : [], cap: .round, join: .round)
        for piece in curve.pieces { canvas.stroke(.polyline(piece), style: style) }
      }
    }
    // Dots sit on top of every curve so an open dot is never filled by another line.
    for (series, curve) in zip(chart.series, layout.curves) {
      let color = theme.color(series.colorIndex)
      for dot in curve.dots {
        let circle = Path.circle(center: dot.center, radius: 3.6)
        canvas.fill(circle, color: dot.filled ? color : theme.background)
        canvas.stroke(circle, style: StrokeStyle(color: color, width: 1.6))
      }
    }
  }

  private func paintAnnotations() {
    for note in chart.annotations {
      let p = Point(layout.xScale(note.x), layout.yScale(note.y))
      guard layout.plot.contains(p) else { continue }
      let color = theme.color(note.colorIndex)
      let marker = Path.circle(center: p, radius: 3.2)
      canvas.fill(marker, color: color)
      canvas.stroke(marker, style: StrokeStyle(color: theme.background, width: 1))
      let style = TextStyle(size: theme.labelSize, color: theme.foreground)
      let extent = canvas.measure(note.text, style: style)
      // Right of the point, or left of it where the text would leave the plot.
      let rightSide = p.x + 8 + extent.width < layout.plot.maxX
      let anchor = Point(rightSide ? p.x + 8 : p.x - 8, p.y - 6)
      let box = Rect(
        x: rightSide ? anchor.x - 2 : anchor.x - extent.width - 2, y: anchor.y - extent.height - 1,
        width: extent.width + 4, height: extent.height + 2)
      canvas.fill(.rectangle(box), color: theme.panel)
      canvas.text(note.text, at: anchor, style: style, anchor: TextAnchor(rightSide ? .left : .right, .bottom))
    }
  }

  private func paintTitle() {
    var y = layout.titleTop
    let center = layout.size.width / 2
    if let title = chart.title {
      let style = LineChartLayout.titleStyle(theme)
      canvas.text(title, at: Point(center, y), style: style, anchor: TextAnchor(.center, .top))
      y += canvas.measure(title, style: style).height + 2
    }
    if let subtitle = chart.subtitle {
      canvas.text(subtitle, at: Point(center, y), style: LineChartLayout.subtitleStyle(theme), anchor: TextAnchor(.center, .top))
    }
  }
}
