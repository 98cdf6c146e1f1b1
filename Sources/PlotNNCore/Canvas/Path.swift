/// A vector path: moves, straight lines, cubic Béziers and closes, in canvas coordinates.
public struct Path: Sendable, Hashable {
  public enum Element: Sendable, Hashable {
    case move(Point)
    case line(Point)
    case curve(Point, Point, Point)
    case close
  }

  public private(set) var elements: [Element] = []

  public init() {}

  public mutating func move(to p: Point) { elements.append(.move(p)) }
  public mutating func line(to p: Point) { elements.append(.line(p)) }
  public mutating func curve(to p: Point, control1: Point, control2: Point) {
    elements.append(.curve(control1, control2, p))
  }
  public mutating func close() { elements.append(.close) }

  public var isEmpty: Bool { elements.isEmpty }

  /// A polyline through `points` (nothing for fewer than two).
  public static func polyline(_ points: [Point]) -> Path {
    var path = Path()
    guard points.count >= 2 else { return path }
    path.move(to: points[0])
    for p in points.dropFirst() { path.line(to: p) }
    return path
  }

  /// A closed axis-aligned rectangle.
  public static func rectangle(_ r: Rect) -> Path {
    var path = Path()
    path.move(to: Point(r.minX, r.minY))
    path.line(to: Point(r.maxX, r.minY))
    path.line(to: Point(r.maxX, r.maxY))
    path.line(to: Point(r.minX, r.maxY))
    path.close()
    return path
  }

  /// A filled triangle with its tip at `tip`, pointing along the unit vector (dx, dy): its
  /// base `length` behind the tip, `halfWidth` to each side of the axis.
  public static func arrowhead(tip: Point, dx: Double, dy: Double, length: Double, halfWidth: Double) -> Path {
    let base = Point(tip.x - dx * length, tip.y - dy * length)
    var path = Path()
    path.move(to: tip)
    path.line(to: Point(base.x - dy * halfWidth, base.y + dx * halfWidth))
    path.line(to: Point(base.x + dy * halfWidth, base.y - dx * halfWidth))
    path.close()
    return path
  }

  /// A circle as four cubic Béziers (control distance k = 4/3·(√2 − 1) of the radius,
  /// the standard quarter-circle approximation, error < 0.03 % of the radius).
  public static func circle(center c: Point, radius r: Double) -> Path {
    let k = 0.552_284_749_830_793_4 * r
    var path = Path()
    path.move(to: Point(c.x + r, c.y))
    path.curve(to: Point(c.x, c.y + r), control1: Point(c.x + r, c.y + k), control2: Point(c.x + k, c.y + r))
    path.curve(to: Point(c.x - r, c.y), control1: Point(c.x - k, c.y + r), control2: Point(c.x - r, c.y + k))
    path.curve(to: Point(c.x, c.y - r), control1: Point(c.x - r, c.y - k), control2: Point(c.x - k, c.y - r))
    path.curve(to: Point(c.x + r, c.y), control1: Point(c.x + k, c.y - r), control2: Point(c.x + r, c.y - k))
    path.close()
    return path
  }
}
