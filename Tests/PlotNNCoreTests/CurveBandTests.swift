import Foundation
import Testing

@testable import PlotNNCore

/// Dense curves as bands (``SampledCurve/envelope(limit:column:)``, ``CurveBand``).
@Suite struct CurveBandTests {
  /// Whether `p` lies inside the closed polygon `polygon` (even–odd ray casting).
  static func inside(_ p: Point, _ polygon: [Point]) -> Bool {
    var inside = false
    var j = polygon.count - 1
    for i in polygon.indices {
      let (a, b) = (polygon[i], polygon[j])
      if (a.y > p.y) != (b.y > p.y), p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x { inside.toggle() }
      j = i
    }
    return inside
  }

  static func vertices(_ path: Path) -> [Point] {
    path.elements.compactMap {
      switch $0 {
      case .move(let p), .line(let p): return p
      default: return nil
      }
    }
  }

  /// A zig-zag of `count` vertices across 100 device units of height over 200 of width.
  static func zigzag(_ count: Int) -> [Point] {
    (0..<count).map { i in Point(200 * Double(i) / Double(count - 1), 50 + 50 * sin(Double(i) * 2.1)) }
  }

  /// A stretch of at most `limit` vertices comes back unchanged (ordinary curves are drawn
  /// exactly as before), also when the curve's pieces hold more in all but do not meet.
  @Test func anOrdinaryCurveIsUnchanged() {
    let one = SampledCurve(pieces: [Self.zigzag(700)])
    #expect(one.envelope(limit: 700, column: 0.5) == one)
    #expect(one.envelope(limit: 699, column: 0.5).bands.count == 1)
    let apart = SampledCurve(pieces: [Self.zigzag(400), Self.zigzag(300).map { Point($0.x + 300, $0.y) }])
    #expect(apart.envelope(limit: 699, column: 0.5) == apart)
  }

  /// Per column the band keeps the least and greatest y of the piece's vertices there
  /// (checked against a direct grouping of the vertices), and every vertex lies inside the
  /// widened outline.
  @Test func aBandHoldsEachColumnsExtremesAndEveryVertex() throws {
    let piece = Self.zigzag(5000)
    let curve = SampledCurve(pieces: [piece]).envelope(limit: 1000, column: 0.5)
    try #require(curve.bands.count == 1 && curve.pieces.isEmpty)
    let band = curve.bands[0]
    let columns = Dictionary(grouping: piece) { ($0.x / 0.5).rounded(.down) }
    #expect(band.top.count == columns.count)
    for (top, bottom) in zip(band.top, band.bottom) {
      let group = try #require(columns[(top.x / 0.5).rounded(.down)])
      #expect(top.y == group.map(\.y).min() && bottom.y == group.map(\.y).max())
    }
    let outline = Self.vertices(band.outline(halfWidth: 1.1))
    #expect(piece.allSatisfy { Self.inside($0, outline) })
    // Widened by the half-width (1.1): 1 unit beyond the extreme vertices is inside, 1.2
    // beyond is outside everywhere.
    let highest = try #require(band.top.min { $0.y < $1.y })
    let lowest = try #require(band.bottom.max { $0.y < $1.y })
    #expect(
      Self.inside(Point(highest.x, highest.y - 1), outline) && Self.inside(Point(lowest.x, lowest.y + 1), outline))
    for x in stride(from: -2.0, through: 202, by: 0.25) {
      #expect(!Self.inside(Point(x, highest.y - 1.2), outline) && !Self.inside(Point(x, lowest.y + 1.2), outline))
    }
  }

  /// In a curve over the limit, a stretch with more than 2 vertices a point of its own
  /// width is a band even when it holds fewer vertices than the limit (sin(x) over ±10⁶ at
  /// 3000×3000 broke into such stretches of thousands of full-height chords, stroked in
  /// 19 s), while a sparse stretch of the same curve stays a stroke.
  @Test func aDenseStretchUnderTheLimitIsABand() throws {
    let wide = Self.zigzag(3000)  // 15 vertices a unit over 0…200
    let narrow = Self.zigzag(300).map { Point(300 + $0.x / 10, $0.y) }  // 300 over 20 units
    let sparse = (0...40).map { Point(400 + 5 * Double($0), 50 + 10 * sin(Double($0))) }  // 0.2 a unit
    let curve = SampledCurve(pieces: [wide, narrow, sparse]).envelope(limit: 1000, column: 0.5)
    #expect(curve.bands.count == 2)
    #expect(curve.bands.contains { $0.top.allSatisfy { (300...320).contains($0.x) } })
    #expect(curve.pieces == [sparse])
  }

  /// A zig-zag under 2 vertices a point but hundreds of times as long as it is wide plus
  /// high (a coarsely resolved oscillation: the dashed derivative of sin(10²⁰x) among
  /// twelve curves at 16384×2048 took 10 s to stroke) is a band even under the vertex
  /// limit; a curve of a few dozen crossings stays a stroke.
  @Test func aVeryLongStretchIsABand() throws {
    let crossings = { (n: Int) in (0...n).map { Point(Double($0) * 0.7, $0 % 2 == 0 ? 0 : 1000) } }
    let long = SampledCurve(pieces: [crossings(1400)]).envelope(limit: 10_000, column: 0.5)
    #expect(long.bands.count >= 1 && long.pieces.allSatisfy { $0.count == 2 }, "\(long.pieces.count) pieces")
    let few = SampledCurve(pieces: [crossings(40)])
    #expect(few.envelope(limit: 10_000, column: 0.5) == few)
  }

  /// Many pieces in the same columns (the sampler's output for sin(x) over ±10⁶ at 4000
  /// points: 89 000 pieces of a few full-height vertices) give a band whose envelope keeps
  /// at most four vertices a column, among them each column's highest and lowest, not every
  /// piece's vertices (226 000 of them, whose segments the label obstacles filed by cell).
  @Test func anEnvelopeKeepsFourVerticesAColumn() throws {
    var pieces: [[Point]] = []
    for k in 0..<2000 {
      var piece: [Point] = []
      for j in 0..<4 {
        let x = Double(k) * 0.005 + Double(j) * 0.001
        piece.append(Point(x, 50 + 50 * sin(Double(4 * k + j) * 1.3)))
      }
      pieces.append(piece)
    }
    let curve = SampledCurve(pieces: pieces).envelope(limit: 100, column: 0.5)
    try #require(curve.bands.count == 1 && curve.pieces.isEmpty)
    let band = curve.bands[0]
    let columns = Dictionary(grouping: pieces.flatMap { $0 }) { (p: Point) in (p.x / 0.5).rounded(.down) }
    #expect(band.envelope.count <= 4 * columns.count, "\(band.envelope.count) vertices for \(columns.count) columns")
    let kept = Dictionary(grouping: band.envelope) { (p: Point) in (p.x / 0.5).rounded(.down) }
    for (key, group) in columns {
      let envelope = try #require(kept[key])
      let (ys, all) = (envelope.map { $0.y }, group.map { $0.y })
      #expect(ys.min() == all.min() && ys.max() == all.max())
    }
  }

  /// Where the band is only a line (one vertex a column), its widened edges are that
  /// line's offsets by the half-width along its normal: y = s·x ∓ r·√(1 + s²) (analytic).
  @Test func aLineWidensAsItsStroke() {
    let s = 3.0
    let r = 1.1
    let line = (0...400).map { Point(Double($0) * 0.5, s * Double($0) * 0.5) }
    let band = SampledCurve(pieces: [line]).envelope(limit: 100, column: 0.5).bands
    #expect(band.count == 1)
    let outline = Self.vertices(band.first?.outline(halfWidth: r) ?? Path())
    let offset = r * (1 + s * s).squareRoot()
    for x in stride(from: 10.0, through: 190, by: 7) {
      // Where the outline's edges cross the vertical at x.
      var ys: [Double] = []
      for (a, b) in zip(outline, outline.dropFirst() + outline.prefix(1)) where (a.x - x) * (b.x - x) < 0 {
        ys.append(a.y + (b.y - a.y) * (x - a.x) / (b.x - a.x))
      }
      let expected: [Double] = [s * x - offset, s * x + offset]
      #expect(ys.count == 2, "\(x): \(ys)")
      if ys.count == 2 {
        let got = ys.sorted()
        #expect(abs(got[0] - expected[0]) < 1e-9 && abs(got[1] - expected[1]) < 1e-9, "\(x): \(got)")
      }
    }
    // Round caps: nothing beyond r past the ends.
    #expect(outline.allSatisfy { $0.x >= -r - 1e-9 && $0.x <= 200 + r + 1e-9 })
  }

  /// Short pieces that meet (a wild curve the sampler broke at apparent jumps) make one
  /// band; a true jump, the pieces' ends further apart than ``SampledCurve/maximumBridge``
  /// in y, is not bridged: no band covers the gap between its sides.
  @Test func fragmentsMergeButAJumpStaysOpen() throws {
    let fragments = stride(from: 0, to: 4000, by: 10).map { i in
      (i..<i + 10).map { k in Point(Double(k) * 0.05, 50 + 40 * sin(Double(k) * 1.3)) }
    }
    let merged = SampledCurve(pieces: fragments).envelope(limit: 1000, column: 0.5)
    #expect(merged.bands.count == 1 && merged.pieces.isEmpty)
    let left = (0..<2000).map { k in Point(Double(k) * 0.05, 20 + 10 * sin(Double(k) * 1.3)) }
    let right = (2000..<4000).map { k in Point(Double(k) * 0.05, 80 + 10 * sin(Double(k) * 1.3)) }
    let jumped = SampledCurve(pieces: [left, right]).envelope(limit: 1000, column: 0.5)
    try #require(jumped.bands.count == 2)
    let gap = Point(100, 50)
    #expect(!jumped.bands.contains { Self.inside(gap, Self.vertices($0.outline(halfWidth: 1.1))) })
  }

  /// A chord that skips more than ``SampledCurve/maximumBridge`` between columns ends the
  /// band and stays a stroked piece (a band across it would fill a wedge).
  @Test func aLongChordIsStroked() {
    let dense = Self.zigzag(3000)
    let after = dense.map { Point($0.x + 230, $0.y) }
    let curve = SampledCurve(pieces: [dense + after]).envelope(limit: 1000, column: 0.5)
    #expect(curve.bands.count == 2)
    #expect(curve.pieces == [[dense[dense.count - 1], after[0]]])
  }

  /// The disc-widened edge of one segment at an abscissa, against brute force over the
  /// segment's points.
  @Test func reachIsTheDiscWidenedEdge() {
    let (a, b) = (Point(0, 0), Point(2, 5))
    for x in stride(from: -1.5, through: 3.5, by: 0.25) {
      for sign in [-1.0, 1.0] {
        var best = -Double.infinity
        for k in 0...20_000 {
          let t = 2 * Double(k) / 20_000
          let dx = t - x
          guard abs(dx) <= 1.1 else { continue }
          best = max(best, sign * 2.5 * t + (1.21 - dx * dx).squareRoot())
        }
        let reach = CurveBand.reach(a, b, at: x, r: 1.1, sign: sign)
        if best == -.infinity {
          #expect(reach == nil)
        } else {
          #expect(abs((reach ?? .nan) - best) < 1e-3, "\(x) \(sign)")
        }
      }
    }
  }
}
