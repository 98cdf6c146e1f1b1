import Foundation

/// Paints the descent path of a ``ContourChart`` panel: a polyline through the iterates
/// with small dots at them and arrowheads where they read (``DescentPathGeometry``), an
/// open circle at the start, a star at the minimum, and the labels "梯度下降路径" (by the
/// start) and "最优解" (by the star) on a halo, placed by ``ContourLabelPlacer`` clear of
/// the path, its markers and each other, and off the contours where it can (smaller on a
/// crowded panel, left out when there is no room at all).
struct DescentPathPainter {
  let chart: ContourChart
  let panel: ContourChart.Panel
  let layout: ContourPanelLayout
  let canvas: Canvas

  /// Stroke width of the path's polyline, in points.
  static let lineWidth = 1.6
  /// Outer and inner radius of the minimum's star.
  static let starRadii = (outer: 7.0, inner: 2.9)

  private var style: Style { chart.style }
  var color: Color { ContourColors(style: style).path }

  /// The path's points in device coordinates.
  var points: [Point] {
    (panel.path?.points ?? []).map { Point(layout.xScale($0.x), layout.yScale($0.y)) }
  }

  var minimumPoint: Point? { panel.minimum.map { Point(layout.xScale($0.x), layout.yScale($0.y)) } }

  /// What of the path is drawn.
  var geometry: DescentPathGeometry { DescentPathGeometry(points: points, minimum: minimumPoint) }

  func paintPath(_ geometry: DescentPathGeometry) {
    var line = Path()
    for run in geometry.runs {
      guard let first = run.first else { continue }
      line.move(to: first)
      for p in run.dropFirst() { line.line(to: p) }
    }
    if !line.isEmpty {
      canvas.stroke(line, style: StrokeStyle(color: color, width: Self.lineWidth, cap: .round, join: .round))
    }
    for dot in geometry.dots {
      canvas.fill(.circle(center: dot, radius: DescentPathGeometry.dotRadius), color: color)
    }
    for head in geometry.heads { canvas.fill(head.path, color: color) }
    if let start = geometry.start {
      let marker = Path.circle(center: start, radius: DescentPathGeometry.startRadius)
      canvas.fill(marker, color: style.background)
      canvas.stroke(marker, style: StrokeStyle(color: color, width: 1.8))
    }
    // The star last: a converged path ends on the minimum, and the optimum stays visible.
    if let star = minimumPoint {
      let shape = Self.star(center: star, outer: Self.starRadii.outer, inner: Self.starRadii.inner)
      canvas.fill(shape, color: style.foreground)
      canvas.stroke(shape, style: StrokeStyle(color: style.background, width: 0.8, join: .round))
    }
  }

  /// The labels' places: the path's name by the start first, then "最优解" by the star, both
  /// clear of the drawn path (``ContourLabelPlacer``); `contours` are the panel's contour
  /// polylines in device points.
  func labelPlacements(_ geometry: DescentPathGeometry, contours: [[Point]]) -> [(
    RichText, TextStyle, ContourLabelPlacer.Placement
  )] {
    var discs = geometry.dots.map { (center: $0, radius: DescentPathGeometry.dotRadius) }
    if let start = geometry.start { discs.append((start, DescentPathGeometry.startRadius)) }
    let star = minimumPoint.flatMap { layout.plot.contains($0) ? $0 : nil }
    if let star { discs.append((star, Self.starRadii.outer)) }
    let headSegments = geometry.heads.flatMap { head -> [(Point, Point)] in
      let c = head.corners
      return [(c[0], c[1]), (c[1], c[2]), (c[2], c[0])]
    }
    var placer = ContourLabelPlacer(
      bounds: layout.plot.insetBy(1), path: geometry.segments + headSegments, discs: discs, contours: contours)
    var out: [(RichText, TextStyle, ContourLabelPlacer.Placement)] = []
    func place(_ text: RichText, _ textStyle: TextStyle, near anchor: Point, radius: Double) {
      for factor in Self.labelScales {
        var sized = textStyle
        sized.size *= factor
        let extent = canvas.measure(text, style: sized)
        if let placement = placer.place(width: extent.width, height: extent.height, near: anchor, radius: radius) {
          out.append((text, sized, placement))
          return
        }
      }
    }
    if !chart.pathLabel.isEmpty, let start = geometry.start, layout.plot.contains(start) {
      place(chart.pathLabel, style.pathLabel.with(color: color), near: start, radius: DescentPathGeometry.startRadius)
    }
    if !chart.minimumLabel.isEmpty, let star {
      place(chart.minimumLabel, style.markerLabel, near: star, radius: Self.starRadii.outer)
    }
    return out
  }

  /// The path's and the minimum's labels that are set but not among `placed`.
  func labelNotes(_ placed: [(RichText, TextStyle, ContourLabelPlacer.Placement)]) -> LayoutNotes {
    var notes = LayoutNotes()
    let texts = placed.map(\.0)
    let start = geometry.start.map { layout.plot.contains($0) } ?? false
    if !chart.pathLabel.isEmpty, start, !texts.contains(chart.pathLabel) { notes.leaveOut(.pathLabel) }
    let star = minimumPoint.map { layout.plot.contains($0) } ?? false
    if !chart.minimumLabel.isEmpty, star, !texts.contains(chart.minimumLabel) { notes.leaveOut(.minimumLabel) }
    return notes
  }

  /// The sizes a label is tried at, as fractions of its role's: full size, then smaller on
  /// a small panel; a label that finds no place at any of them is left out, never set over
  /// the path.
  static let labelScales = [1, 0.85, 0.72]

  func paintLabels(_ placements: [(RichText, TextStyle, ContourLabelPlacer.Placement)]) {
    for (text, textStyle, placement) in placements {
      if let leader = placement.leader {
        canvas.stroke(.polyline(leader), style: StrokeStyle(color: textStyle.color.withAlpha(0.8), width: 0.9))
      }
      let box = placement.box
      canvas.fill(.rectangle(box.insetBy(-2)), color: style.panel)
      canvas.text(text, at: Point(box.midX, box.midY), style: textStyle, anchor: TextAnchor(.center, .middle))
    }
  }

  /// A five-pointed star, one point up, radii `outer` and `inner`.
  static func star(center c: Point, outer: Double, inner: Double) -> Path {
    var path = Path()
    for k in 0..<10 {
      let r = k % 2 == 0 ? outer : inner
      let angle = -Double.pi / 2 + Double(k) * Double.pi / 5
      let p = Point(c.x + r * cos(angle), c.y + r * sin(angle))
      if k == 0 { path.move(to: p) } else { path.line(to: p) }
    }
    path.close()
    return path
  }
}
