/// A dense piece of a curve drawn as the area its stroke would cover: one filled polygon,
/// no stroke (``SampledCurve/envelope(limit:column:)``).
///
/// Why a fill: the envelope of a curve such as sin(x) over ±10⁶ zig-zags across the plot's
/// height at every column; stroked, even in short pieces, Cairo's stroker spent seconds on
/// its crossings at the largest sizes, and rasterized thousands of full-height strokes.
/// Filled, the band is one polygon whose two edges run left to right without crossing, so
/// it costs about what an ordinary curve does.
///
/// Per column of the plot the band keeps the piece's vertex of least y and the one of
/// greatest y: the region between the polyline through the former (the top edge) and the
/// one through the latter (the bottom edge) is, to within a column's width, what the piece
/// sweeps, where its columns are close together (a band is cut where a chord skips more
/// than ``SampledCurve/maximumBridge``: across a wide gap the region between the edges
/// would be a wedge, the curve only a chord). A stroke of width 2r through every vertex covers that region widened by the disc
/// of radius r: ``outline(halfWidth:)`` widens each edge exactly so (round joins and caps,
/// as the curve's stroke has), so where the piece is only a line (one vertex a column, or
/// long chords) the band is that line's stroke.
public struct CurveBand: Sendable, Hashable {
  /// Per column, in order of appearance, the first, the lowest, the highest and the last
  /// vertex: the path the curve's stroke would follow, kept for what a label would cover
  /// (``SampledCurve/densePoints(spacing:)``).
  public var envelope: [Point]
  /// Each column's vertex of least y, left to right.
  public var top: [Point]
  /// Each column's vertex of greatest y, left to right.
  public var bottom: [Point]

  /// One column of a dense piece: its first vertex, those of least and greatest y, its
  /// last, and where its vertices in order of appearance (repeats dropped) stand in the
  /// envelope being built (one flat array for a whole stretch, not one array a column).
  public struct Column: Sendable, Hashable {
    /// ⌊x / width⌋ of the column's vertices.
    public var key: Double
    public var first: Point
    public var low: Point
    public var high: Point
    public var last: Point
    public var envelope: Range<Int>
  }

  /// The band over `columns`, consecutive columns whose vertices stand in `envelope`.
  ///
  /// The envelope keeps at most four vertices a column, in order of appearance, also where
  /// several of the sampler's pieces fell in one column (their columns merge, their
  /// vertices followed one another in `envelope`): sin(x) over ±10⁶ at 4000×4000 points
  /// came in 89 000 pieces of a few full-height vertices, and the label obstacles filed
  /// their 226 000 envelope vertices' segments in every cell they crossed (200 MB).
  public init(_ columns: ArraySlice<Column>, envelope: [Point]) {
    var kept: [Point] = []
    kept.reserveCapacity(4 * columns.count)
    for column in columns {
      let slice = envelope[column.envelope]
      // The first of the column's lowest and of its highest vertices, as they appeared.
      let low = slice.firstIndex { $0.y == column.low.y } ?? slice.startIndex
      let high = slice.firstIndex { $0.y == column.high.y } ?? slice.startIndex
      let order = [slice.startIndex, min(low, high), max(low, high), slice.index(before: slice.endIndex)]
      for index in order where slice.indices.contains(index) && kept.last != slice[index] {
        kept.append(slice[index])
      }
    }
    self.envelope = kept
    top = columns.map(\.low)
    bottom = columns.map(\.high)
  }

  /// `piece`'s columns `width` device units wide (keyed by ⌊x / width⌋), left to right,
  /// their vertices appended to `envelope`.
  public static func columns(of piece: [Point], width: Double, envelope: inout [Point]) -> [Column] {
    var out: [Column] = []
    var start = 0
    while start < piece.count {
      let key = (piece[start].x / width).rounded(.down)
      var end = start
      var (low, high) = (start, start)
      while end + 1 < piece.count, (piece[end + 1].x / width).rounded(.down) == key {
        end += 1
        if piece[end].y < piece[low].y { low = end }
        if piece[end].y > piece[high].y { high = end }
      }
      let from = envelope.count
      for index in [start, low, high, end].sorted() where envelope.count == from || envelope.last != piece[index] {
        envelope.append(piece[index])
      }
      out.append(
        Column(
          key: key, first: piece[start], low: piece[low], high: piece[high], last: piece[end],
          envelope: from..<envelope.count))
      start = end + 1
    }
    return out
  }

  /// The band widened by `halfWidth` (half the curve's stroke width) as a closed polygon:
  /// the widened top edge left to right, then the widened bottom edge right to left.
  public func outline(halfWidth r: Double) -> Path {
    guard !top.isEmpty, r > 0 else { return Path() }
    var path = Path.polyline(Self.widened(top, by: r, sign: -1) + Self.widened(bottom, by: r, sign: 1).reversed())
    path.close()
    return path
  }

  /// Fractions of the half-width beyond each end at which a band's round cap is sampled.
  static let capSteps: [Double] = [1, 0.87, 0.5]

  /// Least distance in x between two samples of a widened edge, in device units: a quarter
  /// of a half-point column. Closer samples (offset ends of neighbouring steep chords) are
  /// dropped, moving a corner by at most this much.
  static let minimumSpacing = 0.125

  /// Distance in device units within which a sample on the line through its neighbours is
  /// dropped (a flat band top, an offset chord): far below a pixel.
  static let straightSlack = 1e-3

  /// The edge of the polyline `vertices` (x increasing) widened by the disc of radius `r`:
  /// upwards (least y) for `sign` −1, downwards (greatest y) for +1 (``reach(_:_:at:r:sign:)``).
  ///
  /// The widened edge is made of the chords offset by r and arcs of radius r around the
  /// vertices, so it is sampled where those meet: at each vertex, where the offsets of
  /// its two chords end (a steep chord's offset lies about r to its side), half way to
  /// those when they are further than r/2 (the arc's middle), and along the end caps,
  /// at least ``minimumSpacing`` apart. Between samples it is drawn straight: exact along
  /// the offset chords, within 0.08 r of an arc. Samples on a straight run are dropped.
  static func widened(_ vertices: [Point], by r: Double, sign: Double) -> [Point] {
    guard let first = vertices.first, let last = vertices.last else { return [] }
    var xs = capSteps.map { first.x - $0 * r }
    xs.reserveCapacity(vertices.count * 4)
    for i in vertices.indices {
      let v = vertices[i]
      xs.append(v.x)
      for j in [i - 1, i + 1] where vertices.indices.contains(j) {
        let (a, b) = j < i ? (vertices[j], v) : (v, vertices[j])
        guard b.x > a.x else { continue }
        let m = sign * (b.y - a.y) / (b.x - a.x)
        let end = v.x - r * m / (1 + m * m).squareRoot()
        xs.append(end)
        if abs(end - v.x) > r / 2 { xs.append((end + v.x) / 2) }
      }
    }
    xs += capSteps.reversed().map { last.x + $0 * r }
    xs.sort()
    var out: [Point] = []
    var lo = 0
    var previous = -Double.infinity
    for x in xs where x >= previous + minimumSpacing {
      previous = x
      // Segments (or, for one vertex, the vertex) within r of x: from the last one that
      // starts at or before x − r to the first that starts beyond x + r.
      while lo + 1 < vertices.count, vertices[lo + 1].x <= x - r { lo += 1 }
      var best = -Double.infinity
      var j = lo
      repeat {
        let a = vertices[j]
        let b = j + 1 < vertices.count ? vertices[j + 1] : a
        if let reach = reach(a, b, at: x, r: r, sign: sign) { best = max(best, reach) }
        j += 1
      } while j + 1 < vertices.count && vertices[j].x <= x + r
      guard best > -.infinity else { continue }
      let p = Point(x, sign * best)
      if out.count >= 2,
        Geometry2D.distance(from: out[out.count - 1], toSegment: out[out.count - 2], p) <= straightSlack
      {
        out[out.count - 1] = p
      } else {
        out.append(p)
      }
    }
    return out
  }

  /// The greatest `sign`·y + √(r² − (t − x)²) over the points (t, y) of the segment a–b
  /// with |t − x| ≤ r, or nil when none is that close: the segment's disc-widened edge at
  /// abscissa x, as `sign`·y. The expression is concave in t, so its maximum on the
  /// interval is the unconstrained one, t = x + m·r/√(1 + m²) (m the slope of `sign`·y),
  /// clamped to the interval.
  static func reach(_ a: Point, _ b: Point, at x: Double, r: Double, sign: Double) -> Double? {
    let lo = max(a.x, x - r)
    let hi = min(b.x, x + r)
    guard lo <= hi else { return nil }
    let m = b.x > a.x ? sign * (b.y - a.y) / (b.x - a.x) : 0
    let t = min(max(x + m * r / (1 + m * m).squareRoot(), lo), hi)
    let y = b.x > a.x ? a.y + (b.y - a.y) * (t - a.x) / (b.x - a.x) : a.y
    return sign * y + max(0, r * r - (t - x) * (t - x)).squareRoot()
  }
}
