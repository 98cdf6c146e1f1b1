/// Distances between segments and triangles, for keeping a descent path's arrowheads clear
/// of the rest of the path (``DescentPathGeometry``).
extension Geometry2D {
  /// The cross product (b − a) × (c − a): positive when a, b, c turn counter-clockwise (in
  /// y-up terms), 0 when collinear.
  static func cross(_ a: Point, _ b: Point, _ c: Point) -> Double {
    (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)
  }

  /// Whether segments a–b and c–d share a point (touching counts): the ends of each lie
  /// strictly on opposite sides of the other's line, or an end lies on the other segment
  /// (the textbook orientation test, Cormen et al., *Introduction to Algorithms*, §33.1).
  static func segmentsMeet(_ a: Point, _ b: Point, _ c: Point, _ d: Point) -> Bool {
    let (d1, d2) = (cross(c, d, a), cross(c, d, b))
    let (d3, d4) = (cross(a, b, c), cross(a, b, d))
    if ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)) { return true }
    func within(_ p: Point, _ q: Point, _ r: Point) -> Bool {
      min(p.x, q.x) <= r.x && r.x <= max(p.x, q.x) && min(p.y, q.y) <= r.y && r.y <= max(p.y, q.y)
    }
    return (d1 == 0 && within(c, d, a)) || (d2 == 0 && within(c, d, b)) || (d3 == 0 && within(a, b, c))
      || (d4 == 0 && within(a, b, d))
  }

  /// The distance between segments a–b and c–d: 0 when they meet, else the least distance
  /// from an end of one to the other.
  static func distance(segment a: Point, _ b: Point, toSegment c: Point, _ d: Point) -> Double {
    if segmentsMeet(a, b, c, d) { return 0 }
    return min(
      distance(from: a, toSegment: c, d), distance(from: b, toSegment: c, d), distance(from: c, toSegment: a, b),
      distance(from: d, toSegment: a, b))
  }

  /// Whether `p` lies in the triangle `t` (three corners, either orientation; edges included).
  static func triangle(_ t: [Point], contains p: Point) -> Bool {
    guard t.count == 3 else { return false }
    let (s1, s2, s3) = (cross(t[0], t[1], p), cross(t[1], t[2], p), cross(t[2], t[0], p))
    return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0)
  }

  /// The distance from `p` to the triangle `t`: 0 inside, else to the nearest edge.
  static func distance(triangle t: [Point], point p: Point) -> Double {
    guard t.count == 3 else { return .infinity }
    if triangle(t, contains: p) { return 0 }
    return (0..<3).map { distance(from: p, toSegment: t[$0], t[($0 + 1) % 3]) }.min() ?? .infinity
  }

  /// The distance from segment a–b to the triangle `t`: 0 when the segment enters it,
  /// else the least distance to one of its edges.
  static func distance(triangle t: [Point], segmentFrom a: Point, to b: Point) -> Double {
    guard t.count == 3 else { return .infinity }
    if triangle(t, contains: a) || triangle(t, contains: b) { return 0 }
    return (0..<3).map { distance(segment: a, b, toSegment: t[$0], t[($0 + 1) % 3]) }.min() ?? .infinity
  }
}
