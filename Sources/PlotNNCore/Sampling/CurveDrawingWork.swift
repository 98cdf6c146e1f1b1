/// How much edge a rasterizer scan-converts to draw one ``SampledCurve``, in the curve's
/// device units: the work of its drawing, which its vertex count does not tell
/// (``LineChart/maximumDrawingWork``).
///
/// A scan converter visits every edge on every row it spans, so an edge costs its height.
/// A stroked piece is outlined by two edges a segment (its two sides): twice the sum of
/// |Δy| along it. A band is filled as its outline (``CurveBand/outline(halfWidth:)``): the
/// sum of |Δy| around that polygon, which for a solid band (the curve oscillates faster
/// than its stroke is wide) is about its height twice, however many columns it has. Jump
/// dots, a few points across each, are left out.
///
/// The vertices of those paths are counted too (``LineChart/maximumDrawnVertices``): what
/// every other stage spends is linear in them (the path given to Cairo, each coordinate
/// written out and compressed into a PDF or SVG, the label obstacles, the occlusion and
/// overlap checks), however little edge they have.
struct CurveDrawingWork {
  /// The edges' total height.
  var edge = 0.0
  /// The vertices of the stroked pieces and of the band outlines.
  var vertices = 0

  /// The work of `curve` stroked `2·halfWidth` wide.
  init(_ curve: SampledCurve, halfWidth: Double) {
    for piece in curve.pieces {
      edge += 2 * Self.rise(piece)
      vertices += piece.count
    }
    for band in curve.bands where halfWidth > 0 {
      let top = CurveBand.widened(band.top, by: halfWidth, sign: -1)
      let bottom = CurveBand.widened(band.bottom, by: halfWidth, sign: 1)
      edge += Self.rise(top) + Self.rise(bottom)
      vertices += top.count + bottom.count
      if let a = top.first, let b = bottom.first { edge += abs(b.y - a.y) }
      if let a = top.last, let b = bottom.last { edge += abs(b.y - a.y) }
    }
  }

  /// The sum of |Δy| along `points`.
  static func rise(_ points: [Point]) -> Double {
    zip(points, points.dropFirst()).reduce(0) { $0 + abs($1.1.y - $1.0.y) }
  }
}
