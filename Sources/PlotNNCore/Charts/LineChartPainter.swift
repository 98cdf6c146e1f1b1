import Foundation

/// Paints a ``LineChart`` from its ``LineChartLayout`` and ``LineChartPlacement``, back to
/// front: background, grid, axes and tick marks, curves and jump dots, marks, tick labels,
/// axis names, legend, mark labels, title. Curves lie above grid and axes; texts lie above
/// curves but, by their placement, never on one.
struct LineChartPainter {
  let chart: LineChart
  let layout: LineChartLayout
  let placement: LineChartPlacement
  let canvas: Canvas

  private var style: Style { chart.style }

  func paint() {
    FigureHeading.paintBackground(on: canvas, size: layout.size, style: style)
    paintSpans()
    if chart.showGrid { paintGrid() }
    paintReferenceLines()
    AxesPainter(chart: chart, layout: layout, canvas: canvas).paintLines()
    let over = layout.coincidentCurves()
    paintCurves(over: over)
    paintArrows()
    paintMarkPoints()
    for label in placement.tickLabels { label.draw(on: canvas, panel: halo(for: label.box)) }
    paintAxisNames()
    paintLegend(over: over)
    for label in placement.marks.compactMap(\.label) { label.draw(on: canvas, panel: style.panel) }
    paintAnnotationLabels()
    layout.heading.paint(on: canvas, width: layout.size.width)
  }

  private func paintGrid() {
    let plot = layout.plot
    var path = Path()
    for t in layout.xTicks where !t.minor && (chart.axes == .box || abs(t.position - layout.axisX) > 0.5) {
      path.move(to: Point(t.position, plot.minY))
      path.line(to: Point(t.position, plot.maxY))
    }
    for t in layout.yTicks where !t.minor && (chart.axes == .box || abs(t.position - layout.axisY) > 0.5) {
      path.move(to: Point(plot.minX, t.position))
      path.line(to: Point(plot.maxX, t.position))
    }
    canvas.stroke(path, style: StrokeStyle(color: style.grid, width: style.gridWidth))
  }

  private func paintCurves(over: [Bool]) {
    canvas.clipped(to: layout.plot) {
      let drawn = chart.drawnCurves(layout.curves, plot: layout.plot)
      for (k, (series, curve)) in zip(chart.series, drawn).enumerated() {
        var stroke = chart.stroke(of: series, over: over[k]).curve
        stroke.dash = Self.dash(stroke.dash, along: curve.pieces)
        for piece in curve.pieces { canvas.stroke(.polyline(piece), style: stroke) }
        for band in curve.bands { canvas.fill(band.outline(halfWidth: stroke.width / 2), color: stroke.color) }
      }
      // Markers over every curve, so one curve's line never cuts another's symbol.
      for (series, centers) in zip(chart.series, layout.markers) {
        let look = chart.stroke(of: series)
        for c in centers { paintMarker(look, at: c) }
      }
    }
    // Dots sit on top of every curve so an open dot is never filled by another line.
    for (series, curve) in zip(chart.series, layout.curves) {
      let color = chart.stroke(of: series).color
      for dot in curve.dots {
        let circle = Path.circle(center: dot.center, radius: style.jumpDot.radius)
        canvas.fill(circle, color: dot.filled ? color : style.background)
        canvas.stroke(circle, style: StrokeStyle(color: color, width: style.jumpDot.outline))
      }
    }
  }

  /// One marker of a curve (``CurveMarker``): filled in the curve's colour (open: in the
  /// background's) with an edge of the curve's colour; a cross is stroked.
  private func paintMarker(_ look: LineChart.CurveStroke, at c: Point) {
    let path = look.marker.path(at: c, size: look.markerSize)
    guard !path.isEmpty else { return }
    let edge = max(1, look.width / 2)
    if look.marker.isFilled {
      canvas.fill(path, color: look.markerOpen ? style.background : look.color)
      canvas.stroke(path, style: StrokeStyle(color: look.color, width: edge, join: .miter))
    } else {
      canvas.stroke(path, style: StrokeStyle(color: look.color, width: max(edge, look.width * 0.7), cap: .butt))
    }
  }

  /// Most dashes (periods of its pattern) one curve's stroked pieces hold.
  static let maximumDashes = 20_000.0

  /// `dash` lengthened in proportion, when the stroked `pieces` are so long that they
  /// would hold more than ``maximumDashes`` of its periods: the derivative of
  /// where(x < 0, sin(10⁶x), cos(10⁶x)) as the twelfth curve (dotted) of a 5792×5792 figure
  /// was 4.6 million points of full-height chords, a million dots, and Cairo's stroker took
  /// 1.8 GB and 10 s. An ordinary curve holds a few thousand periods and keeps its pattern.
  static func dash(_ dash: [Double], along pieces: [[Point]]) -> [Double] {
    let period = dash.reduce(0, +)
    guard period > 0 else { return dash }
    var length = 0.0
    for piece in pieces { for (a, b) in zip(piece, piece.dropFirst()) { length += hypot(b.x - a.x, b.y - a.y) } }
    let periods = length / period
    guard periods > maximumDashes, periods.isFinite else { return dash }
    return dash.map { $0 * periods / maximumDashes }
  }

  /// Each mark's dot on its curve, and the leader line of a label set further off.
  private func paintMarkPoints() {
    for mark in placement.marks {
      if let (from, to) = mark.leader {
        canvas.stroke(.polyline([from, to]), style: StrokeStyle(color: style.muted, width: 0.8))
      }
      let marker = Path.circle(center: mark.point, radius: 3.2)
      canvas.fill(marker, color: style.color(mark.colorIndex))
      canvas.stroke(marker, style: StrokeStyle(color: style.background, width: 1))
    }
  }

  private func paintAxisNames() {
    for name in placement.axisNames { name.draw(on: canvas, panel: style.panel) }
    if let name = placement.rotatedYName {
      canvas.text(
        name, at: Point(style.margin + layout.aspectInset.x, layout.plot.midY), style: style.axisName,
        anchor: TextAnchor(.center, .top), rotation: Double.pi / 2)
    }
    // The right axis's name, turned a quarter as the left one in box style (matplotlib's
    // twinx label), in the strip the layout kept right of its tick labels.
    if let right = layout.rightAxis, right.showsName { paintRightName(right) }
  }

  /// The right axis's name turned a quarter, reading upwards, after a line sample of each
  /// curve on that axis (``LineChart/rightNameLength(on:curves:)``), centred on the plot.
  private func paintRightName(_ right: LineChartLayout.RightAxis) {
    let onRight = layout.onRight.indices.filter { layout.onRight[$0] }
    let total = chart.rightNameLength(on: canvas, curves: onRight.count)
    let height = canvas.measure(chart.rightYLabel, style: style.axisName).height
    var y = layout.plot.midY + total / 2
    let (length, gap) = LineChart.rightNameSwatch
    for k in onRight {
      let look = chart.stroke(of: chart.series[k])
      let x = right.nameX + height / 2
      canvas.stroke(.polyline([Point(x, y), Point(x, y - length)]), style: look.swatch)
      y -= length + gap
    }
    canvas.text(
      chart.rightYLabel, at: Point(right.nameX, y), style: style.axisName, anchor: TextAnchor(.left, .top),
      rotation: Double.pi / 2)
  }

  private func paintLegend(over: [Bool]) {
    let slots: [LegendBlock.Slot]
    switch placement.legend {
    case .box(let box, let s)?:
      canvas.fill(.rectangle(box), color: style.panel)
      canvas.stroke(.rectangle(box), style: StrokeStyle(color: style.grid, width: 1))
      slots = s
    case .strip(let s)?: slots = s
    case nil: return
    }
    for slot in slots {
      let look = chart.stroke(of: chart.series[slot.series], over: over[slot.series])
      // A data series of points only shows its marker, not a line it does not draw.
      if chart.series[slot.series].data?.line != false {
        canvas.stroke(.polyline([slot.swatchFrom, slot.swatchTo]), style: look.swatch)
      }
      paintMarker(look, at: Point((slot.swatchFrom.x + slot.swatchTo.x) / 2, slot.swatchFrom.y))
      slot.label.draw(on: canvas, panel: style.panel)
    }
  }
}
