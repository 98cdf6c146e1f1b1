import Foundation

extension SampledCurve {
  /// The curve with each stretch of more than `limit` vertices replaced by its bands on
  /// columns `column` device units wide (``CurveBand``): per column the lowest and the
  /// highest vertex (min–max decimation, as plotting libraries draw long time series),
  /// filled between and widened as the curve's stroke would be. That covers the same
  /// pixels as a stroke through every vertex, to within the column width. Where a chord
  /// skips more than ``maximumBridge`` between columns, the band ends and the chord stays a
  /// piece (stroked as the curve is).
  ///
  /// A stretch is a piece, or consecutive pieces that meet within ``maximumBridge`` of each
  /// other in both x and y: the sampler breaks a wild curve into thousands of short pieces
  /// at apparent jumps that are only its own oscillation (sin(64·x) over ±1000: 13 000
  /// pieces of about 10 vertices), which no stroke shows apart. A true jump (the pieces'
  /// ends further apart in y) is never bridged, so it never gets a connector.
  ///
  /// Why: a curve such as sin(10²⁰·x) crosses the plot's height at each of its hundreds of
  /// thousands of vertices, and Cairo's stroker took over 30 s and 900 MB on such a
  /// polyline. Ordinary curves have a few hundred vertices and are left as they are.
  public func envelope(limit: Int, column: Double) -> SampledCurve {
    guard column > 0, pieces.reduce(0, { $0 + $1.count }) > limit || Self.isLong(pieces) else { return self }
    var out = SampledCurve(dots: dots, bands: bands)
    var stretch = Stretch()
    for piece in pieces {
      if !stretch.columns.isEmpty, !stretch.meets(piece, width: column) {
        stretch.draw(into: &out, limit: limit)
        stretch = Stretch()
      }
      stretch.append(piece, width: column)
    }
    stretch.draw(into: &out, limit: limit)
    return out
  }

  /// Widest gap a band bridges, in device units: between two columns, or between the ends
  /// of two pieces (in x and in y). 2, about the curve's width, so a sliver the band fills
  /// beside a chord across the gap is no wider than the chord's own stroke. The adaptive
  /// sampler's chords in a dense stretch skip at most a few half-point columns (sin(x)
  /// over ±10⁶ at 5792 points: at most 2.5 points).
  public static let maximumBridge = 2.0

  /// Whether `pieces` together are more than ``longestStroke`` times as long as their
  /// bounding box is wide plus high (then some stretch of them may be, ``Stretch/isDense``).
  static func isLong(_ pieces: [[Point]]) -> Bool {
    var (length, left, right, top, bottom) = (0.0, Double.infinity, -Double.infinity, Double.infinity, -Double.infinity)
    for piece in pieces {
      for (a, b) in zip(piece, piece.dropFirst()) { length += hypot(b.x - a.x, b.y - a.y) }
      for p in piece { (left, right, top, bottom) = (min(left, p.x), max(right, p.x), min(top, p.y), max(bottom, p.y)) }
    }
    return length > longestStroke * (max(right - left, 0) + max(bottom - top, 0) + denseColumn)
  }

  /// How many times as long as its bounding box's width plus height a stretch's path may
  /// be and still be stroked (``Stretch/isDense``): an ordinary curve is a few times, an
  /// oscillation the sampler resolved is a band already.
  static let longestStroke = 256.0

  /// The least width (device units) a stretch counts as for its density (``Stretch/isDense``):
  /// half a point, a column.
  static let denseColumn = 0.5

  /// Consecutive pieces that meet, with their columns (those of adjacent pieces that share
  /// a column merged into one) and the columns' vertices in one flat envelope.
  private struct Stretch {
    var pieces: [[Point]] = []
    var columns: [CurveBand.Column] = []
    var envelope: [Point] = []
    var vertices = 0

    /// More than 2 vertices a point of the stretch's own width (its first to its last
    /// vertex, at least a column): the per-stretch limit alone let a dense stretch
    /// narrower than the plot through as strokes. sin(x) over ±10⁶ at 3000×3000 points
    /// broke into stretches of ~300 points between wide chords, each under the limit of
    /// 2 vertices a point of *plot* width but with thousands of full-height chords:
    /// stroked, that took 19 s (4000×4000: over 20 s); as bands, well under a second.
    /// Only curves over the limit as a whole get here, so ordinary curves are untouched.
    ///
    /// Or a path more than ``SampledCurve/longestStroke`` times as long as the stretch's
    /// bounding box is wide plus high: a curve the sampler could resolve only coarsely
    /// (its work shared by twelve curves) zig-zags across the plot in chords that skip a
    /// point or so, under 2 vertices a point but 16 million points long at 16384×2048; as
    /// the dashed derivative of sin(10²⁰x) that took 10 s in Cairo's dasher and stroker.
    var isDense: Bool {
      guard let first = columns.first, let last = columns.last else { return false }
      let width = last.last.x - first.first.x
      if Double(vertices) > 2 * max(width, SampledCurve.denseColumn) { return true }
      var (length, top, bottom) = (0.0, Double.infinity, -Double.infinity)
      for piece in pieces {
        for (a, b) in zip(piece, piece.dropFirst()) { length += hypot(b.x - a.x, b.y - a.y) }
        for p in piece { (top, bottom) = (min(top, p.y), max(bottom, p.y)) }
      }
      return length > SampledCurve.longestStroke * (width + max(bottom - top, 0) + SampledCurve.denseColumn)
    }

    /// Whether `piece` starts within ``maximumBridge`` of where the stretch ends, in x and
    /// in y (of the spans of the columns either side).
    func meets(_ piece: [Point], width: Double) -> Bool {
      guard let last = columns.last, let start = piece.first else { return false }
      // The span of the piece's first column.
      let key = (start.x / width).rounded(.down)
      var (low, high) = (start.y, start.y)
      for p in piece.dropFirst() {
        guard (p.x / width).rounded(.down) == key else { break }
        (low, high) = (min(low, p.y), max(high, p.y))
      }
      let gapX = start.x - last.last.x
      let gapY = max(low - last.high.y, last.low.y - high)
      return abs(gapX) <= SampledCurve.maximumBridge && gapY <= SampledCurve.maximumBridge
    }

    mutating func append(_ piece: [Point], width: Double) {
      pieces.append(piece)
      vertices += piece.count
      var next = CurveBand.columns(of: piece, width: width, envelope: &envelope)[...]
      if let first = next.first, let last = columns.last, first.key == last.key {
        // Contiguous in the envelope: the new column's vertices follow the last one's.
        columns[columns.count - 1] = CurveBand.Column(
          key: last.key, first: last.first, low: first.low.y < last.low.y ? first.low : last.low,
          high: first.high.y > last.high.y ? first.high : last.high, last: first.last,
          envelope: last.envelope.lowerBound..<first.envelope.upperBound)
        next = next.dropFirst()
      }
      columns += next
    }

    /// Adds the stretch to `curve`: its pieces as they are when it has at most `limit`
    /// vertices and at most 2 a point of its own width (``isDense``), else its bands and
    /// the chords between them.
    func draw(into curve: inout SampledCurve, limit: Int) {
      guard vertices > limit || isDense else { return curve.pieces += pieces }
      var start = 0
      while start < columns.count {
        var end = start
        while end + 1 < columns.count, columns[end + 1].first.x - columns[end].last.x <= SampledCurve.maximumBridge {
          end += 1
        }
        curve.bands.append(CurveBand(columns[start...end], envelope: envelope))
        if end + 1 < columns.count { curve.pieces.append([columns[end].last, columns[end + 1].first]) }
        start = end + 1
      }
    }
  }
}
