/// Accumulates sampled points into pieces, dropping collinear vertices as it goes.
struct CurveBuilder {
  var curve = SampledCurve()
  private var piece: [Point] = []

  /// Collinearity slack in device units: far below anything visible, far above rounding.
  private let collinearSlack = 1e-6

  mutating func start(_ p: Point) {
    endPiece()
    if !p.y.isNaN { piece = [p] }
  }

  mutating func add(_ p: Point) {
    guard !p.y.isNaN else { return gap() }
    guard let last = piece.last else { return piece = [p] }
    if last == p { return }
    if piece.count >= 2, Geometry2D.distance(from: last, toSegment: piece[piece.count - 2], p) <= collinearSlack {
      // `last` lies on the chord of its neighbours to within rounding: a straight run keeps only its ends.
      piece.removeLast()
    }
    piece.append(p)
  }

  mutating func gap() { endPiece() }

  mutating func endPiece() {
    if piece.count >= 2 { curve.pieces.append(piece) }
    piece = []
  }
}
