import Foundation
import Testing

@testable import PlotNNCore

/// Marching squares on grids small enough to work out by hand.
@Suite struct MarchingSquaresTests {
  /// A one-cell grid on the unit square; corners c0 (0, 0), c1 (1, 0), c2 (1, 1), c3 (0, 1).
  static func cell(_ c0: Double, _ c1: Double, _ c2: Double, _ c3: Double) -> ScalarGrid? {
    ScalarGrid(xs: [0, 1], ys: [0, 1], values: [c0, c1, c3, c2])
  }

  /// Segments as unordered endpoint pairs, rounded to 1e-9 so hand values compare exactly.
  static func segments(_ lines: [Isoline]) -> Set<[Double]> {
    var out = Set<[Double]>()
    for line in lines {
      for (a, b) in zip(line.points, line.points.dropFirst()) {
        let p = [a.x, a.y].map { ($0 * 1e9).rounded() / 1e9 }
        let q = [b.x, b.y].map { ($0 * 1e9).rounded() / 1e9 }
        out.insert(p.lexicographicallyPrecedes(q) ? p + q : q + p)
      }
    }
    return out
  }

  static func seg(_ a: (Double, Double), _ b: (Double, Double)) -> [Double] {
    let p = [a.0, a.1]
    let q = [b.0, b.1]
    return p.lexicographicallyPrecedes(q) ? p + q : q + p
  }

  // Edge midpoints of the unit cell at level 0.5 with 0/1 corners.
  static let bottom = (0.5, 0.0)
  static let right = (1.0, 0.5)
  static let top = (0.5, 1.0)
  static let left = (0.0, 0.5)

  @Test func everyNonSaddleCaseOfOneCell() throws {
    // case (corners inside) → the one segment, worked out from which edges change sign.
    let expected: [Int: [Double]] = [
      0b0001: Self.seg(Self.left, Self.bottom), 0b0010: Self.seg(Self.bottom, Self.right),
      0b0011: Self.seg(Self.left, Self.right), 0b0100: Self.seg(Self.right, Self.top),
      0b0110: Self.seg(Self.bottom, Self.top), 0b0111: Self.seg(Self.left, Self.top),
      0b1000: Self.seg(Self.top, Self.left), 0b1001: Self.seg(Self.bottom, Self.top),
      0b1011: Self.seg(Self.right, Self.top), 0b1100: Self.seg(Self.right, Self.left),
      0b1101: Self.seg(Self.bottom, Self.right), 0b1110: Self.seg(Self.left, Self.bottom),
    ]
    for (index, segment) in expected {
      let v = (0..<4).map { Double((index >> $0) & 1) }
      let grid = try #require(Self.cell(v[0], v[1], v[2], v[3]))
      let lines = MarchingSquares.isolines(in: grid, level: 0.5)
      #expect(lines.count == 1, "case \(index)")
      #expect(Self.segments(lines) == [segment], "case \(index)")
      #expect(lines.first?.isClosed == false)
    }
    for index in [0, 15] {
      let v = Double(index & 1)
      let grid = try #require(Self.cell(v, v, v, v))
      #expect(MarchingSquares.isolines(in: grid, level: 0.5).isEmpty)
    }
  }

  /// Case 5: c0 = c2 = 1 inside, c1 = c3 = 0; the centre (mean 0.5) decides.
  @Test func saddleFiveFollowsTheCentre() throws {
    let grid = try #require(Self.cell(1, 0, 1, 0))
    // Level 0.4: centre inside, c0 and c2 joined; the segments cut off c1 and c3.
    // Bottom edge c0→c1: t = (0.4 − 1)/(0 − 1) = 0.6; right c1→c2: t = 0.4; top c3→c2: 0.4; left c0→c3: 0.6.
    #expect(
      Self.segments(MarchingSquares.isolines(in: grid, level: 0.4))
        == [Self.seg((0.6, 0), (1, 0.4)), Self.seg((0.4, 1), (0, 0.6))])
    // Level 0.6: centre outside; the segments cut off c0 and c2.
    #expect(
      Self.segments(MarchingSquares.isolines(in: grid, level: 0.6))
        == [Self.seg((0, 0.4), (0.4, 0)), Self.seg((1, 0.6), (0.6, 1))])
  }

  /// Case 10: c1 = c3 = 1 inside, c0 = c2 = 0.
  @Test func saddleTenFollowsTheCentre() throws {
    let grid = try #require(Self.cell(0, 1, 0, 1))
    // Level 0.4: centre inside; cut off the outside corners c0 and c2.
    #expect(
      Self.segments(MarchingSquares.isolines(in: grid, level: 0.4))
        == [Self.seg((0, 0.4), (0.4, 0)), Self.seg((1, 0.6), (0.6, 1))])
    // Level 0.6: centre outside; cut off the inside corners c1 and c3.
    #expect(
      Self.segments(MarchingSquares.isolines(in: grid, level: 0.6))
        == [Self.seg((0.6, 0), (1, 0.4)), Self.seg((0.4, 1), (0, 0.6))])
  }

  @Test func flatGridHasNoLines() throws {
    let grid = try #require(ScalarGrid(xs: [0, 1, 2], ys: [0, 1, 2], values: Array(repeating: 2, count: 9)))
    for level in [1.0, 2.0, 3.0] { #expect(MarchingSquares.isolines(in: grid, level: level).isEmpty) }
  }

  /// v = x on a 3×2 grid: the level 1 runs exactly through the middle column of nodes.
  @Test func levelThroughNodesGivesOneSegmentOnce() throws {
    let grid = try #require(ScalarGrid(xs: [0, 1, 2], ys: [0, 1], values: [0, 1, 2, 0, 1, 2]))
    let lines = MarchingSquares.isolines(in: grid, level: 1)
    #expect(lines.count == 1)
    #expect(Set(lines.first?.points ?? []) == [Vector2(1, 0), Vector2(1, 1)])
    #expect(lines.first?.points.count == 2)
  }

  /// A ridge v = 1 − |x − 1| at level 1: both cells produce the middle edge; it is kept once.
  @Test func ridgeAtTheLevelIsNotDuplicated() throws {
    let grid = try #require(ScalarGrid(xs: [0, 1, 2], ys: [0, 1], values: [0, 1, 0, 0, 1, 0]))
    let lines = MarchingSquares.isolines(in: grid, level: 1)
    #expect(lines.count == 1)
    #expect(lines.first?.points.count == 2)
  }

  /// A single node at the level with everything around it lower touches the level at a
  /// point only: four zero-length segments, all dropped.
  @Test func isolatedNodeAtTheLevelGivesNothing() throws {
    let grid = try #require(ScalarGrid(xs: [0, 1, 2], ys: [0, 1, 2], values: [0, 0, 0, 0, 1, 0, 0, 0, 0]))
    #expect(MarchingSquares.isolines(in: grid, level: 1).isEmpty)
  }

  /// A 3×3 bump (1 in the middle, 0 around): at level c the crossings sit 1 − c from the
  /// centre along each edge, so the level set is a closed diamond of diagonals 2(1 − c).
  @Test func bumpGivesAClosedDiamond() throws {
    let grid = try #require(ScalarGrid(xs: [0, 1, 2], ys: [0, 1, 2], values: [0, 0, 0, 0, 1, 0, 0, 0, 0]))
    for (level, r) in [(0.5, 0.5), (0.25, 0.75)] {
      let lines = MarchingSquares.isolines(in: grid, level: level)
      #expect(lines.count == 1)
      let ring = try #require(lines.first)
      #expect(ring.isClosed)
      #expect(ring.points.count == 5 && ring.points.first == ring.points.last)
      let corners: Set<Vector2> = [Vector2(1 - r, 1), Vector2(1 + r, 1), Vector2(1, 1 - r), Vector2(1, 1 + r)]
      #expect(Set(ring.points) == corners)
      // Consecutive vertices are neighbours on the diamond, never opposite corners.
      for (a, b) in zip(ring.points, ring.points.dropFirst()) {
        #expect(abs(abs(b.x - a.x) - r) < 1e-12 && abs(abs(b.y - a.y) - r) < 1e-12)
      }
      // Shoelace area = d₁d₂/2 = 2r².
      let area = zip(ring.points, ring.points.dropFirst()).reduce(0) { $0 + $1.0.x * $1.1.y - $1.1.x * $1.0.y } / 2
      #expect(abs(abs(area) - 2 * r * r) < 1e-12)
    }
  }

  /// A NaN corner removes its cell: the diamond opens, ending on that cell's edges.
  @Test func nanCellsAreSkipped() throws {
    let grid = try #require(ScalarGrid(xs: [0, 1, 2], ys: [0, 1, 2], values: [.nan, 0, 0, 0, 1, 0, 0, 0, 0]))
    let lines = MarchingSquares.isolines(in: grid, level: 0.5)
    #expect(lines.count == 1)
    let line = try #require(lines.first)
    #expect(!line.isClosed && line.points.count == 4)
    #expect(Set([line.points.first, line.points.last]) == [Vector2(0.5, 1), Vector2(1, 0.5)])
  }

  /// Lines are joined across cells: x + y = 1.5 on a 4×4 grid is one polyline through
  /// every crossing, ending on the border.
  @Test func segmentsJoinAcrossCells() {
    let grid = ScalarGrid(x: 0...3, y: 0...3, columns: 4, rows: 4) { $0 + $1 }
    let lines = MarchingSquares.isolines(in: grid, level: 1.5)
    #expect(lines.count == 1)
    let points = lines.first?.points ?? []
    #expect(points.count == 4)  // crossings on x = 0, y = 1.5; (0.5, 1); (1, 0.5); (1.5, 0)
    #expect(points.allSatisfy { abs($0.x + $0.y - 1.5) < 1e-12 })
  }

  /// Contours of the textbook loss lie on its true level sets, within the error of linear
  /// interpolation of a quadratic along a cell edge of length h (max over the two edge
  /// directions of Hᵢᵢ·hᵢ²/8), and its rings around the minimum close. The loss, its
  /// minimum and H are the mpmath reference's (optimization-reference.json, the loss as a
  /// quadratic form), so nothing here comes from the code but the contours: a crossing
  /// interpolated at the wrong point along an edge, or a ring that fails to join, fails.
  @Test func textbookContoursLieOnTheLevelSet() throws {
    let reference = try OptimizationReference.shared.get().textbook
    let loss = { (w1: Double, w2: Double) in reference.loss(w1, w2) }
    let grid = ScalarGrid(x: -20...26, y: -40...120, columns: 161, rows: 161, loss)
    let minimum = reference.minimumLoss
    let (h1, h2) = (46.0 / 160, 160.0 / 160)
    let bound = max(reference.hessian.a * h1 * h1, reference.hessian.c * h2 * h2) / 8 * 1.01 + 1e-12
    for level in [minimum + 1, minimum + 10, minimum + 25] {
      let lines = MarchingSquares.isolines(in: grid, level: level)
      #expect(lines.count == 1 && lines.first?.isClosed == true, "level \(level)")
      for p in lines.flatMap(\.points) {
        #expect(abs(loss(p.x, p.y) - level) <= bound, "\(p)")
      }
    }
  }

  @Test func levelSpacings() {
    // K = 3 over [0, 16]: t = 1/4, 2/4, 3/4.
    #expect(ContourSpacing.quadratic.levels(from: 0, to: 16, count: 3) == [1, 4, 9])
    #expect(ContourSpacing.linear.levels(from: 0, to: 16, count: 3) == [4, 8, 12])
    #expect(ContourSpacing.geometric.levels(from: 0, to: 16, count: 3) == [0.25, 1, 4])
    #expect(ContourSpacing.quadratic.levels(from: 1, to: 1, count: 3).isEmpty)
    #expect(ContourSpacing.quadratic.levels(from: 0, to: .nan, count: 3).isEmpty)
    #expect(ContourSpacing.linear.levels(from: 0, to: 1, count: 0).isEmpty)
  }
}
