/// One connected piece of a level set, as a polyline in the grid's coordinates.
public struct Isoline: Sendable, Hashable {
  /// The vertices in order; a closed line repeats its first point at the end.
  public var points: [Vector2]
  /// Whether the line closes on itself (a ring) rather than ending at the grid's border
  /// or at a skipped (NaN) cell.
  public var isClosed: Bool

  public init(points: [Vector2], isClosed: Bool) {
    self.points = points
    self.isClosed = isClosed
  }
}
