extension SampledCurve {
  /// The curve with each piece that has more than `limit` vertices replaced by its envelope
  /// on columns `column` device units wide: per column, in order of appearance, the first,
  /// the lowest, the highest and the last vertex (min–max decimation, as plotting libraries
  /// draw long time series). A stroke through those covers the same pixels as one through
  /// every vertex, to within the column width. The envelope is cut into short pieces
  /// (``chunk`` vertices) that share their ends.
  ///
  /// Why: a curve such as sin(10²⁰·x) crosses the plot's height at each of its hundreds of
  /// thousands of vertices, and Cairo's stroker took over 30 s and 900 MB on such a
  /// polyline. Ordinary curves have a few hundred vertices and are left as they are.
  public func envelope(limit: Int, column: Double) -> SampledCurve {
    guard column > 0, pieces.contains(where: { $0.count > limit }) else { return self }
    var out: [[Point]] = []
    for piece in pieces {
      guard piece.count > limit else {
        out.append(piece)
        continue
      }
      // In short pieces that share their ends: Cairo tessellates each stroke on its own, and
      // the crossings within one long zig-zag made a single stroke take seconds.
      let band = Self.envelope(piece, column: column)
      var start = 0
      while start < band.count - 1 {
        let end = min(start + Self.chunk, band.count - 1)
        out.append(Array(band[start...end]))
        start = end
      }
    }
    return SampledCurve(pieces: out, dots: dots)
  }

  /// Vertices of each stroke an envelope is drawn in.
  static let chunk = 32

  static func envelope(_ piece: [Point], column: Double) -> [Point] {
    var out: [Point] = []
    var start = 0
    while start < piece.count {
      let key = (piece[start].x / column).rounded(.down)
      var end = start
      var (low, high) = (start, start)
      while end + 1 < piece.count, (piece[end + 1].x / column).rounded(.down) == key {
        end += 1
        if piece[end].y < piece[low].y { low = end }
        if piece[end].y > piece[high].y { high = end }
      }
      for index in [start, low, high, end].sorted() where out.last != piece[index] || index == start {
        if let last = out.last, last == piece[index] { continue }
        out.append(piece[index])
      }
      start = end + 1
    }
    return out
  }
}
