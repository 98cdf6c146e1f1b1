extension Rect {
  /// Whether the segment from `a` to `b` meets this rectangle (edges included): the
  /// Liang–Barsky clip of the segment against the four edges leaves a non-empty piece.
  /// Exact and O(1) whatever the segment's length (a diverging descent step can be 10¹⁸
  /// points long), where sampling along it would take time in proportion.
  public func meets(segmentFrom a: Point, to b: Point) -> Bool {
    guard a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite else { return false }
    var (t0, t1) = (0.0, 1.0)
    let d = Point(b.x - a.x, b.y - a.y)
    // Each edge: p·t ≤ q keeps the inside.
    for (p, q) in [(-d.x, a.x - minX), (d.x, maxX - a.x), (-d.y, a.y - minY), (d.y, maxY - a.y)] {
      if p == 0 {
        if q < 0 { return false }
        continue
      }
      let t = q / p
      if p < 0 { t0 = Swift.max(t0, t) } else { t1 = Swift.min(t1, t) }
      if t0 > t1 { return false }
    }
    return true
  }
}
