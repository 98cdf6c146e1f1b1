import Foundation

@testable import PlotNNCore

/// A network chart's recorded drawing read back by rules of its own: units are the filled
/// circles (a move, four Béziers, a close: centre the mean of the four on-curve points),
/// edges the two-point strokes of an edge's width, crosses the 1.6-point two-point strokes,
/// texts boxed by the recorder's fixed estimate (``RecordedDrawing``).
struct NetworkDrawing {
  struct Circle {
    let center: Point
    let radius: Double
  }

  var circles: [Circle] = []
  var edges: [(Point, Point)] = []
  var crosses: [(Point, Point)] = []
  var texts: [RecordedDrawing.TextBox] = []

  init(_ chart: NetworkChart, size: Size) {
    let canvas = RecordingCanvas()
    _ = chart.draw(on: canvas, size: size, tolerance: 0.1)
    texts = RecordedDrawing(canvas, style: chart.style).texts
    for command in canvas.commands {
      switch command {
      case .fill(let path, _):
        if let c = Self.circle(path) { circles.append(c) }
      case .stroke(let path, let s):
        guard path.elements.count == 2, case .move(let a) = path.elements[0], case .line(let b) = path.elements[1]
        else { continue }
        if s.width == 1.6 { crosses.append((a, b)) } else if s.width <= 2 { edges.append((a, b)) }
      default: break
      }
    }
  }

  static func circle(_ path: Path) -> Circle? {
    let e = path.elements
    guard e.count == 6, case .move(let start) = e[0], case .close = e[5] else { return nil }
    var points = [start]
    for element in e[1...4] {
      guard case .curve(_, _, let p) = element else { return nil }
      points.append(p)
    }
    let ring = Array(points.prefix(4))
    let c = Point(ring.map(\.x).reduce(0, +) / 4, ring.map(\.y).reduce(0, +) / 4)
    return Circle(center: c, radius: hypot(start.x - c.x, start.y - c.y))
  }

  /// Distance from `p` to the segment a–b (computed here, not by the layout).
  static func distance(_ p: Point, _ a: Point, _ b: Point) -> Double {
    let (dx, dy) = (b.x - a.x, b.y - a.y)
    let l2 = dx * dx + dy * dy
    let t = l2 == 0 ? 0 : max(0, min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / l2))
    return hypot(p.x - a.x - t * dx, p.y - a.y - t * dy)
  }

  /// Whether a rectangle and a circle share any point (inset by `slack` for antialiasing).
  static func overlaps(_ r: Rect, _ c: Circle, slack: Double = 0.5) -> Bool {
    let x = max(r.minX, min(c.center.x, r.maxX))
    let y = max(r.minY, min(c.center.y, r.maxY))
    return hypot(x - c.center.x, y - c.center.y) < c.radius - slack
  }

  /// Whether every corner of `r` lies in the circle.
  static func inside(_ r: Rect, _ c: Circle) -> Bool {
    [Point(r.minX, r.minY), Point(r.maxX, r.minY), Point(r.minX, r.maxY), Point(r.maxX, r.maxY)].allSatisfy {
      hypot($0.x - c.center.x, $0.y - c.center.y) <= c.radius * 1.001
    }
  }
}
