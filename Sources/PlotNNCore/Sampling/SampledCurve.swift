/// A function's curve in device coordinates, ready to stroke: polylines that break at
/// jumps and gaps, and the dots that mark a jump (filled where the function's value is,
/// open at the limit it does not take).
public struct SampledCurve: Sendable, Hashable {
  public struct Dot: Sendable, Hashable {
    public var center: Point
    public var filled: Bool
  }

  /// Connected pieces; each has at least two points.
  public var pieces: [[Point]]
  public var dots: [Dot]

  public init(pieces: [[Point]] = [], dots: [Dot] = []) {
    self.pieces = pieces
    self.dots = dots
  }

  /// Every vertex of every piece.
  public var points: [Point] { pieces.flatMap { $0 } }
}
