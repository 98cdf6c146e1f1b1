/// Paints a ``LineChart`` from its ``LineChartLayout``, back to front: background, grid,
/// axes, curves and jump dots, annotations, tick labels, legend, title.
struct LineChartPainter {
  let chart: LineChart
  let layout: LineChartLayout
  let canvas: Canvas

  private var style: Style { chart.style }
  private var labelStyle: TextStyle { style.tickLabel }

  func paint() {
    FigureHeading.paintBackground(on: canvas, size: layout.size, style: style)
    if chart.showGrid { paintGrid() }
    AxesPainter(chart: chart, layout: layout, canvas: canvas).paintLines()
    paintCurves()
    paintAnnotations()
    AxesPainter(chart: chart, layout: layout, canvas: canvas).paintLabels()
    if chart.showLegend && chart.series.count >= 2 {
      LegendPainter(chart: chart, layout: layout, canvas: canvas).paint()
    }
    layout.heading.paint(on: canvas, width: layout.size.width)
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
    canvas.stroke(path, style: StrokeStyle(color: style.grid, width: style.gridWidth))
  }

  private func paintCurves() {
    canvas.clipped(to: layout.plot) {
      for (series, curve) in zip(chart.series, layout.curves) {
        let stroke = StrokeStyle(
          color: style.color(series.colorIndex), width: style.curveWidth,
          dash: series.dashed ? style.derivativeDash : [], cap: .round, join: .round)
        for piece in curve.pieces { canvas.stroke(.polyline(piece), style: stroke) }
        // A run too dense to stroke (``CurveBand``): filled as wide as its stroke would be.
        for band in curve.bands { canvas.fill(band.outline(halfWidth: stroke.width / 2), color: stroke.color) }
      }
    }
    // Dots sit on top of every curve so an open dot is never filled by another line.
    for (series, curve) in zip(chart.series, layout.curves) {
      let color = style.color(series.colorIndex)
      for dot in curve.dots {
        let circle = Path.circle(center: dot.center, radius: 3.6)
        canvas.fill(circle, color: dot.filled ? color : style.background)
        canvas.stroke(circle, style: StrokeStyle(color: color, width: 1.6))
      }
    }
  }

  /// Marks each annotation's point and writes its label in the corner position (upper
  /// right, upper left, lower right, lower left of the point) that covers the fewest curve
  /// points and stays inside the plot, below the y axis name.
  private func paintAnnotations() {
    let covered = layout.curves.flatMap { $0.densePoints(spacing: 3) }
    let noteStyle = style.annotation
    let room = Rect(
      x: layout.plot.minX, y: layout.plot.minY + 14, width: layout.plot.width, height: layout.plot.height - 14)
    // The strips where tick labels sit beside the axes: a label there would be overwritten.
    let labelWidth = layout.yTicks.map { canvas.measure($0.label, style: labelStyle).width }.max() ?? 0
    let labelHeight = canvas.measure(.plain("0"), style: labelStyle).height
    let tickStrips = [
      Rect(
        x: layout.axisX - labelWidth - 14, y: layout.plot.minY - 20, width: labelWidth + 16,
        height: layout.plot.height + 40),
      Rect(x: layout.plot.minX - 20, y: layout.axisY - 2, width: layout.plot.width + 40, height: labelHeight + 10),
    ]
    for note in chart.annotations {
      let p = Point(layout.xScale(note.x), layout.yScale(note.y))
      guard layout.plot.contains(p) else { continue }
      let color = style.color(note.colorIndex)
      let marker = Path.circle(center: p, radius: 3.2)
      canvas.fill(marker, color: color)
      canvas.stroke(marker, style: StrokeStyle(color: style.background, width: 1))
      let extent = canvas.measure(note.text, style: noteStyle)
      // Candidates at growing distances; far ones get a leader line back to the point.
      var boxes: [(box: Rect, corner: Point, distance: Double)] = []
      for (reach, rise) in [(8.0, 6.0), (28, 26), (56, 48), (90, 80)] {
        for (sx, sy) in [(1.0, -1.0), (-1, -1), (1, 1), (-1, 1)] {
          let corner = Point(p.x + sx * reach, p.y + sy * rise)
          let box = Rect(
            x: sx > 0 ? corner.x - 2 : corner.x - extent.width - 2,
            y: sy < 0 ? corner.y - extent.height - 1 : corner.y - 1,
            width: extent.width + 4, height: extent.height + 2)
          boxes.append((box, corner, reach))
        }
      }
      let score = { (candidate: (box: Rect, corner: Point, distance: Double)) -> Double in
        let box = candidate.box
        let outside = box.minX < room.minX || box.maxX > room.maxX || box.minY < room.minY || box.maxY > room.maxY
        let onLabels = tickStrips.contains { $0.intersects(box) }
        let hits = covered.filter { box.insetBy(-3).contains($0) }.count
        return Double(hits) * 10 + (outside ? 1e6 : 0) + (onLabels ? 1e4 : 0) + candidate.distance / 10
      }
      let best = boxes.min { score($0) < score($1) } ?? boxes[0]
      let box = best.box
      if best.distance > 8 {
        canvas.stroke(.polyline([p, best.corner]), style: StrokeStyle(color: style.muted, width: 0.8))
      }
      canvas.fill(.rectangle(box), color: style.panel)
      canvas.text(note.text, at: Point(box.minX + 2, box.minY + 1), style: noteStyle, anchor: TextAnchor(.left, .top))
    }
  }

}
