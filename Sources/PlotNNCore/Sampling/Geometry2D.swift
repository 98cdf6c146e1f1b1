/// Small planar geometry helpers.
enum Geometry2D {
  /// Euclidean distance from `p` to the segment a–b (to the nearer end beyond it).
  static func distance(from p: Point, toSegment a: Point, _ b: Point) -> Double {
    let dx = b.x - a.x
    let dy = b.y - a.y
    let len2 = dx * dx + dy * dy
    guard len2 > 0 else { return ((p.x - a.x) * (p.x - a.x) + (p.y - a.y) * (p.y - a.y)).squareRoot() }
    let t = min(max(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0), 1)
    let cx = a.x + t * dx - p.x
    let cy = a.y + t * dy - p.y
    return (cx * cx + cy * cy).squareRoot()
  }
}
