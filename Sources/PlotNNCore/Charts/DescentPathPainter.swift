import Foundation

/// Paints the descent path of a ``ContourChart`` panel: one arrow per step (a line and a
/// filled head at the new iterate, pointing the way the step went), an open dot at the
/// start, a star at the minimum, and the labels "梯度" and "最优解" on a halo, each put
/// at the first of a few candidate places that lies inside the plot and clear of the path.
struct DescentPathPainter {
  let chart: ContourChart
  let panel: ContourChart.Panel
  let layout: ContourPanelLayout
  let canvas: Canvas

  /// Steps shorter than this (points) get no head: their direction cannot be seen, and
  /// they lie under the minimum's star once a run has converged.
  static let shortestArrow = 3.0
  static let headLength = 8.0

  private var style: Style { chart.style }
  var color: Color { style.color(1) }

  /// The path's points in device coordinates.
  var points: [Point] {
    (panel.path?.points ?? []).map { Point(layout.xScale($0.x), layout.yScale($0.y)) }
  }

  var minimumPoint: Point? { panel.minimum.map { Point(layout.xScale($0.x), layout.yScale($0.y)) } }

  func paintPath() {
    let points = points
    let line = StrokeStyle(color: color, width: 1.8, cap: .butt, join: .round)
    if let star = minimumPoint {
      let shape = Self.star(center: star, outer: 7, inner: 2.9)
      canvas.fill(shape, color: style.foreground)
      canvas.stroke(shape, style: StrokeStyle(color: style.background, width: 0.8, join: .round))
    }
    for (a, b) in zip(points, points.dropFirst()) {
      guard let head = Self.arrowhead(from: a, to: b) else {
        canvas.stroke(.polyline([a, b]), style: line)
        continue
      }
      canvas.stroke(.polyline([a, head.neck]), style: line)
      canvas.fill(head.path, color: color)
    }
    if let start = points.first {
      let dot = Path.circle(center: start, radius: 3.5)
      canvas.fill(dot, color: style.background)
      canvas.stroke(dot, style: StrokeStyle(color: color, width: 1.6))
    }
  }

  func paintLabels() {
    let points = points
    if !chart.pathLabel.isEmpty, points.count >= 2 {
      let textStyle = style.pathLabel.with(color: color)
      let extent = canvas.measure(chart.pathLabel, style: textStyle)
      let (a, b) = (points[0], points[1])
      let length = max(hypot(b.x - a.x, b.y - a.y), 1e-9)
      let d = Point((b.x - a.x) / length, (b.y - a.y) / length)
      // Beside the first step's middle, below or above it first, then behind the start.
      var normal = Point(-d.y, d.x)
      if normal.y < 0 { normal = Point(d.y, -d.x) }
      let mid = Point((a.x + b.x) / 2, (a.y + b.y) / 2)
      let reach = abs(normal.x) * extent.width / 2 + abs(normal.y) * extent.height / 2 + 7
      let behindReach = abs(d.x) * extent.width / 2 + abs(d.y) * extent.height / 2 + 8
      let centres = [
        Point(mid.x + normal.x * reach, mid.y + normal.y * reach),
        Point(mid.x - normal.x * reach, mid.y - normal.y * reach),
        Point(a.x - d.x * behindReach, a.y - d.y * behindReach),
      ]
      label(chart.pathLabel, style: textStyle, extent: extent, centres: centres)
    }
    if !chart.minimumLabel.isEmpty, let star = minimumPoint, layout.plot.contains(star) {
      let textStyle = style.markerLabel
      let extent = canvas.measure(chart.minimumLabel, style: textStyle)
      let (dx, dy) = (extent.width / 2 + 10, extent.height / 2 + 5)
      let centres = [
        Point(star.x + dx, star.y - dy), Point(star.x - dx, star.y - dy), Point(star.x + dx, star.y + dy),
        Point(star.x - dx, star.y + dy), Point(star.x, star.y - dy - 4),
      ]
      label(chart.minimumLabel, style: textStyle, extent: extent, centres: centres)
    }
  }

  /// Draws `text` centred at the first of `centres` whose box is inside the plot and
  /// clear of the path, else at the first one moved inside the plot.
  private func label(_ text: RichText, style textStyle: TextStyle, extent: TextExtent, centres: [Point]) {
    let plot = layout.plot.insetBy(3)
    let boxes = centres.map {
      Rect(x: $0.x - extent.width / 2, y: $0.y - extent.height / 2, width: extent.width, height: extent.height)
    }
    let clear = boxes.first { box in
      plot.contains(Point(box.minX, box.minY)) && plot.contains(Point(box.maxX, box.maxY)) && !crossesPath(box)
    }
    guard let first = boxes.first else { return }
    var box = clear ?? first
    box.x = min(max(box.x, plot.minX), plot.maxX - box.width)
    box.y = min(max(box.y, plot.minY), plot.maxY - box.height)
    canvas.fill(.rectangle(box.insetBy(-2)), color: style.panel)
    canvas.text(text, at: Point(box.midX, box.midY), style: textStyle, anchor: TextAnchor(.center, .middle))
  }

  /// Whether the path (each step a segment, then the minimum) enters `box` grown by 3.
  func crossesPath(_ box: Rect) -> Bool {
    let grown = box.insetBy(-3)
    let points = points + (minimumPoint.map { [$0] } ?? [])
    if zip(points, points.dropFirst()).contains(where: { grown.meets(segmentFrom: $0, to: $1) }) { return true }
    return points.contains { grown.contains($0) }
  }

  /// The head of an arrow from `a` to `b`: a triangle with its tip at `b`, length
  /// min(8, 0.45·|ab|) and half-width 0.42 of that, and the point where the shaft should
  /// stop (under the head, so no gap shows); nil for a step shorter than ``shortestArrow``.
  static func arrowhead(from a: Point, to b: Point) -> (path: Path, neck: Point)? {
    let length = hypot(b.x - a.x, b.y - a.y)
    guard length >= shortestArrow, length.isFinite else { return nil }
    let (dx, dy) = ((b.x - a.x) / length, (b.y - a.y) / length)
    let h = min(headLength, 0.45 * length)
    let path = Path.arrowhead(tip: b, dx: dx, dy: dy, length: h, halfWidth: 0.42 * h)
    return (path, Point(b.x - dx * h * 0.6, b.y - dy * h * 0.6))
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
