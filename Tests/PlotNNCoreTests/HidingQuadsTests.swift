import Foundation
import Testing

@testable import PlotNNCore

/// The grid of ``HidingQuads`` must answer exactly as testing every quad does: the grid only
/// chooses which quads to test. The reference is the plain loop over all quads
/// (`hidesTestingEvery`), run on points where a grid could go wrong: random points over the
/// canvas (depths around the surface's), the quads' own corners and box edges (points on
/// the boundary between two grid cells), and points outside every box.
struct HidingQuadsTests {
  /// A saddle with a ridge seen from a low angle, so quads overlap on the canvas and some
  /// points are hidden.
  static func quads(azimuth: Double, elevation: Double, columns: Int) -> (HidingQuads, SurfaceMesh) {
    let f: (Double, Double) -> Double = { x, y in x * x - y * y + 2 * exp(-(x * x + y * y)) }
    let mesh = SurfaceMesh(function: f, xRange: -2...2, yRange: -2...2, columns: columns, rows: columns)
    let zRange = (mesh.finiteRange ?? 0...1)
    let projection = Projection(
      xRange: -2...2, yRange: -2...2, zRange: zRange, azimuth: azimuth, elevation: elevation
    ).placed(scale: 60, center: Point(400, 300))
    let quads = SurfaceQuad.sorted(mesh: mesh, projection: projection, zRange: zRange, shading: 0.5)
    return (HidingQuads(quads), mesh)
  }

  /// A deterministic generator (64-bit LCG), so the test's points are the same every run.
  struct Points {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    mutating func next() -> Double {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Double(state >> 11) / Double(1 << 53)
    }
  }

  @Test(arguments: [(-60.0, 30.0, 40), (-70, 8, 25), (30, 60, 7), (0, 0, 12)])
  func gridAnswersAsTestingEveryQuad(azimuth: Double, elevation: Double, columns: Int) {
    let (hiding, mesh) = Self.quads(azimuth: azimuth, elevation: elevation, columns: columns)
    let depths = hiding.bounds.map(\.nearest)
    let (lowDepth, highDepth) = (depths.min() ?? -1, depths.max() ?? 1)
    var random = Points()
    var probes: [ProjectedPoint] = []
    for _ in 0..<4000 {
      let point = Point(-50 + 900 * random.next(), -50 + 700 * random.next())
      probes.append(ProjectedPoint(point: point, depth: lowDepth + (highDepth - lowDepth) * random.next()))
    }
    for (b, quad) in zip(hiding.bounds, hiding.quads) {
      for corner in quad.points + [Point(b.minX, b.minY), Point(b.maxX, b.maxY), Point(b.minX, b.maxY)] {
        probes.append(ProjectedPoint(point: corner, depth: lowDepth + (highDepth - lowDepth) * random.next()))
      }
    }
    var hidden = 0
    for (n, q) in probes.enumerated() {
      let cell = (i: n % mesh.columns, j: (n / mesh.columns) % mesh.rows)
      let expected = hiding.hidesTestingEvery(q, cell: cell)
      #expect(hiding.hides(q, cell: cell) == expected, "point \(q.point) depth \(q.depth) cell \(cell)")
      if expected { hidden += 1 }
    }
    // The probes include hidden and seen points alike, or the comparison proves little.
    #expect(hidden > 10)
    #expect(hidden < probes.count - 10)
  }

  @Test func noQuadsHideNothing() {
    let hiding = HidingQuads([])
    #expect(!hiding.hides(ProjectedPoint(point: Point(1, 2), depth: -5), cell: (i: 9, j: 9)))
  }
}
