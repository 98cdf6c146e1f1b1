import Foundation

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
  /// Pieces too dense to stroke, as bands (``envelope(limit:column:)``); drawn filled.
  public var bands: [CurveBand]

  public init(pieces: [[Point]] = [], dots: [Dot] = [], bands: [CurveBand] = []) {
    self.pieces = pieces
    self.dots = dots
    self.bands = bands
  }

  /// Every vertex of every piece.
  public var points: [Point] { pieces.flatMap { $0 } }

  /// Points every ~`spacing` device units along every piece and along each band's envelope
  /// (the path a stroke through every vertex would follow, which sweeps the band), so long
  /// straight segments count too when checking what a box would cover (legend and label
  /// placement).
  public func densePoints(spacing: Double) -> [Point] {
    let pieces = self.pieces + bands.map(\.envelope)
    // A wild curve (sin(1e20·x) sweeps the plot's height at every vertex) is hundreds of
    // thousands of plot heights long: the spacing grows so that at most
    // ``maximumDensePoints`` points come out, which still tells a label where it would
    // cover the curve.
    var total = 0.0
    for piece in pieces { for (a, b) in zip(piece, piece.dropFirst()) { total += hypot(b.x - a.x, b.y - a.y) } }
    let step = max(spacing, total / Double(Self.maximumDensePoints))
    var out: [Point] = []
    for piece in pieces {
      for (a, b) in zip(piece, piece.dropFirst()) {
        let n = Int(clamping: hypot(b.x - a.x, b.y - a.y) / step, to: 1...Self.maximumDensePoints, rounding: .up)
        for k in 0..<n {
          let t = Double(k) / Double(n)
          out.append(Point(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)))
        }
      }
      out += piece.suffix(1)
    }
    return out
  }

  /// Most points ``densePoints(spacing:)`` adds along the segments (besides each piece's end).
  public static let maximumDensePoints = 100_000
}
