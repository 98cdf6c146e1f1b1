import Foundation

/// The drawn curves of a chart as segments, for asking whether a box or a line would touch
/// one: what keeps every label, legend and mark off the data (a curve is never interrupted
/// by text, and a halo never cuts a curve).
///
/// Segments are clipped to the plot they are drawn in (curves are clipped there too) and
/// filed in a grid of square cells ``cellSize`` points wide, so a query looks only at the
/// segments of the cells it covers: a figure's few hundred label candidates against a dense
/// curve's ten thousand segments cost milliseconds. Every stroke is `halfWidth` thick on
/// each side, so a box is grown by that much before it is tested.
struct CurveObstacles {
  private struct Segment {
    let a: Point
    let b: Point
  }

  private let bounds: Rect
  private let halfWidth: Double
  private let columns: Int
  private let rows: Int
  private var segments: [Segment] = []
  private var cells: [[Int32]]
  /// The bands' areas, column by column (``BandRegion``).
  private var region: BandRegion

  /// Most envelope vertices of all bands filed as paths; more are filed as their areas:
  /// 50 000 (one dense curve across a 1920-point plot has about 15 000).
  static let maximumEnvelopeVertices = 50_000

  /// Side of a grid cell in points.
  static let cellSize = 16.0
  /// Most cells on a side: a 16384-point figure has 1024 of 16 points.
  static let maximumCellsPerSide = 1024

  /// The pieces of `curves` and the areas of `bands` inside `plot`, each stroke `halfWidth`
  /// points thick either side.
  ///
  /// Decision: a band (``CurveBand``) is filed as the area it fills, column by column
  /// (``BandRegion``), not as the zig-zag path through its vertices. That path crosses the
  /// plot's height about twice a column: thirty-two dense sines at 5792×5792 filed 60
  /// million segment–cell pairs (675 MB, 3 s for each layout pass), where their columns are
  /// 270 000 boxes searched by x. The area is also what the band covers: a box inside a
  /// solid band meets it, which the path's segments alone did not say.
  ///
  /// Bands of at most ``maximumEnvelopeVertices`` envelope vertices in all are filed as
  /// their paths, as before: their segments cost little, and the labels of the figures
  /// drawn so far keep their places (a name grazing a band's path, where its area would
  /// have it sit over the band's edge).
  init(curves: [[Point]], bands: [CurveBand] = [], plot: Rect, halfWidth: Double) {
    bounds = plot.insetBy(-halfWidth - 1)
    self.halfWidth = halfWidth
    let side = Self.cellSize
    columns = Int(clamping: bounds.width / side, to: 1...Self.maximumCellsPerSide, rounding: .up)
    rows = Int(clamping: bounds.height / side, to: 1...Self.maximumCellsPerSide, rounding: .up)
    cells = Array(repeating: [], count: columns * rows)
    let envelopes = bands.reduce(0) { $0 + $1.envelope.count }
    let filedAsPaths = envelopes <= Self.maximumEnvelopeVertices
    region = BandRegion(filedAsPaths ? [] : bands, within: bounds)
    for piece in curves + (filedAsPaths ? bands.map(\.envelope) : []) {
      for (a, b) in zip(piece, piece.dropFirst()) { insert(a, b) }
      if piece.count == 1, let p = piece.first { insert(p, p) }
    }
  }

  /// The cell ranges a rectangle covers, clamped to the grid.
  private func cellRange(_ r: Rect) -> (ClosedRange<Int>, ClosedRange<Int>)? {
    guard r.maxX >= bounds.minX, r.minX <= bounds.maxX, r.maxY >= bounds.minY, r.minY <= bounds.maxY else {
      return nil
    }
    let side = Self.cellSize
    let c0 = Int(clamping: (r.minX - bounds.minX) / side, to: 0...(columns - 1), rounding: .down)
    let c1 = Int(clamping: (r.maxX - bounds.minX) / side, to: 0...(columns - 1), rounding: .down)
    let r0 = Int(clamping: (r.minY - bounds.minY) / side, to: 0...(rows - 1), rounding: .down)
    let r1 = Int(clamping: (r.maxY - bounds.minY) / side, to: 0...(rows - 1), rounding: .down)
    return (c0...c1, r0...r1)
  }

  private mutating func insert(_ a: Point, _ b: Point) {
    guard let (p, q) = Self.clip(a, b, to: bounds) else { return }
    let index = Int32(clamping: segments.count)
    segments.append(Segment(a: p, b: q))
    let box = Rect(x: min(p.x, q.x), y: min(p.y, q.y), width: abs(q.x - p.x), height: abs(q.y - p.y))
    guard let (cs, rs) = cellRange(box) else { return }
    let side = Self.cellSize
    for r in rs {
      for c in cs {
        // A long diagonal's bounding box covers many cells it never passes through.
        let cell = Rect(
          x: bounds.minX + Double(c) * side, y: bounds.minY + Double(r) * side, width: side, height: side)
        if cs.count == 1 || rs.count == 1 || cell.meets(segmentFrom: p, to: q) { cells[r * columns + c].append(index) }
      }
    }
  }

  /// The part of segment a–b inside `r` (Liang–Barsky), nil when none.
  private static func clip(_ a: Point, _ b: Point, to r: Rect) -> (Point, Point)? {
    guard r.meets(segmentFrom: a, to: b) else { return nil }
    var (t0, t1) = (0.0, 1.0)
    let d = Point(b.x - a.x, b.y - a.y)
    for (p, q) in [(-d.x, a.x - r.minX), (d.x, r.maxX - a.x), (-d.y, a.y - r.minY), (d.y, r.maxY - a.y)] where p != 0 {
      let t = q / p
      if p < 0 { t0 = max(t0, t) } else { t1 = min(t1, t) }
    }
    return (Point(a.x + t0 * d.x, a.y + t0 * d.y), Point(a.x + t1 * d.x, a.y + t1 * d.y))
  }

  /// Indices of the segments filed in the cells `r` covers, each once.
  private func candidates(_ r: Rect) -> [Int32] {
    guard let (cs, rs) = cellRange(r) else { return [] }
    var found: [Int32] = []
    for row in rs { for c in cs { found += cells[row * columns + c] } }
    return found.count > 1 ? Array(Set(found)).sorted() : found
  }

  /// Whether any stroke or band touches the box `r`.
  func meets(_ r: Rect) -> Bool {
    let grown = r.insetBy(-halfWidth)
    if region.count(in: grown, upTo: 1) > 0 { return true }
    return candidates(grown).contains { grown.meets(segmentFrom: segments[Int($0)].a, to: segments[Int($0)].b) }
  }

  /// How many segments and band columns touch the box `r`: a measure of the data a box
  /// would hide.
  func count(in r: Rect) -> Int {
    let grown = r.insetBy(-halfWidth)
    let inBands = region.count(in: grown, upTo: .max)
    return inBands + candidates(grown).count { grown.meets(segmentFrom: segments[Int($0)].a, to: segments[Int($0)].b) }
  }

  /// Whether the line from `a` to `b` crosses a stroke (a leader line must not).
  func crosses(segmentFrom a: Point, to b: Point) -> Bool {
    if region.meets(segmentFrom: a, to: b, reach: halfWidth) { return true }
    let box = Rect(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(b.x - a.x), height: abs(b.y - a.y)).insetBy(
      -halfWidth)
    return candidates(box).contains { i in
      let s = segments[Int(i)]
      return Self.distance(from: a, to: b, segment: s.a, s.b) <= halfWidth
    }
  }

  /// Whether a leader line from the marked point `p` to `b` crosses a stroke, the curve `p`
  /// lies on excepted within ``ownReach`` of `p`: the segments through `p` and those joined
  /// to them end to end while both ends stay that near.
  ///
  /// Why: a leader leaves its own curve at `p`, and where the curve rises slowly away from
  /// the leader the two stay within a stroke's width for some points, which counted as a
  /// crossing: softplus′(0) = 0.5 at 640x480 had softplus 4 pt above and its own curve
  /// grazing every leader to the right, and its label was left out. Another curve near `p`
  /// still counts from the leader's first point.
  func crosses(leaderFrom p: Point, to b: Point) -> Bool {
    let near = Rect(x: p.x - Self.ownReach, y: p.y - Self.ownReach, width: 2 * Self.ownReach, height: 2 * Self.ownReach)
    let local = candidates(near)
    let within = { (q: Point) in hypot(q.x - p.x, q.y - p.y) <= Self.ownReach }
    var own = Set(local.filter { Self.pointDistance(p, segments[Int($0)].a, segments[Int($0)].b) <= 1 })
    var ends = own.flatMap { [segments[Int($0)].a, segments[Int($0)].b] }
    while let end = ends.popLast() {
      for i in local where !own.contains(i) {
        let s = segments[Int(i)]
        guard within(s.a), within(s.b),
          hypot(s.a.x - end.x, s.a.y - end.y) < 0.01 || hypot(s.b.x - end.x, s.b.y - end.y) < 0.01
        else { continue }
        own.insert(i)
        ends += [s.a, s.b]
      }
    }
    // A band is never a marked point's own curve here (marks sit on stroked curves): any
    // band the leader passes counts.
    if region.meets(segmentFrom: p, to: b, reach: halfWidth) { return true }
    let box = Rect(x: min(p.x, b.x), y: min(p.y, b.y), width: abs(b.x - p.x), height: abs(b.y - p.y)).insetBy(
      -halfWidth)
    return candidates(box).contains { i in
      guard !own.contains(i) else { return false }
      let s = segments[Int(i)]
      return Self.distance(from: p, to: b, segment: s.a, s.b) <= halfWidth
    }
  }

  /// How far from a marked point its own curve is not in the way of its leader, in points.
  static let ownReach = 12.0

  /// The least distance between segments p–q and r–s.
  private static func distance(from p: Point, to q: Point, segment r: Point, _ s: Point) -> Double {
    if properlyIntersect(p, q, r, s) { return 0 }
    return min(
      pointDistance(p, r, s), pointDistance(q, r, s), pointDistance(r, p, q), pointDistance(s, p, q))
  }

  private static func cross(_ o: Point, _ a: Point, _ b: Point) -> Double {
    (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x)
  }

  private static func properlyIntersect(_ p: Point, _ q: Point, _ r: Point, _ s: Point) -> Bool {
    let d1 = cross(r, s, p)
    let d2 = cross(r, s, q)
    let d3 = cross(p, q, r)
    let d4 = cross(p, q, s)
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))
  }

  /// Distance from `p` to segment a–b.
  private static func pointDistance(_ p: Point, _ a: Point, _ b: Point) -> Double {
    let d = Point(b.x - a.x, b.y - a.y)
    let length2 = d.x * d.x + d.y * d.y
    let t = length2 > 0 ? min(max(((p.x - a.x) * d.x + (p.y - a.y) * d.y) / length2, 0), 1) : 0
    return hypot(p.x - (a.x + t * d.x), p.y - (a.y + t * d.y))
  }
}
