import Foundation
import Testing

@testable import PlotNNCore

/// `Resources/projection-reference.json`, written by `scripts/projection_reference.py` from
/// matplotlib's own orthographic mplot3d Axes: its view axes `ax._view_u`, `_view_v`,
/// `_view_w` and the projection of data points by `ax.get_proj()`, in plotnn's box units.
struct ProjectionReference: Decodable, Sendable {
  struct View: Decodable, Sendable, CustomStringConvertible {
    var azimuth: Double
    var elevation: Double
    var u: [Double]
    var v: [Double]
    var w: [Double]
    var xRange: [Double]
    var yRange: [Double]
    var zRange: [Double]
    var boxAspect: [Double]
    /// [x, y, z, screen x (right), screen y (up), depth (towards the viewer)].
    var points: [[Double]]
    var description: String { "azim \(azimuth), elev \(elevation), box aspect \(boxAspect)" }
  }

  var generator: String
  var views: [View]

  static let shared: Result<ProjectionReference, any Error> = Result {
    try ReferenceResource.decode(ProjectionReference.self, named: "projection-reference", snakeCase: true)
  }
}

/// Projections against matplotlib's (the reference file), and a few views worked out by
/// hand: with the unit cube [0, 1]³ and box aspect (1, 1, 1), a corner (x, y, z) has box
/// coordinates b = (x − ½, y − ½, z − ½), lands on the canvas at (u·b, −v·b) (scale 1,
/// origin 0) and has depth w·b.
@Suite struct ProjectionTests {
  private func unitView(azimuth: Double, elevation: Double) -> Projection {
    Projection(
      xRange: 0...1, yRange: 0...1, zRange: 0...1, azimuth: azimuth, elevation: elevation, boxAspect: Vector3(1, 1, 1))
  }

  private func expectClose(_ a: Double, _ b: Double, _ note: String) {
    #expect(abs(a - b) < 1e-12, "\(note): \(a) ≠ \(b)")
  }

  private static let corners: [(Double, Double, Double)] = [
    (0, 0, 0), (1, 0, 0), (0, 1, 0), (1, 1, 0), (0, 0, 1), (1, 0, 1), (0, 1, 1), (1, 1, 1),
  ]

  /// Nine views (matplotlib's default elev 30, azim −60 among them) of the unit cube and of
  /// the surface figure's box (w₁ ∈ [−10, 10], w₂ ∈ [−100, 100], aspect (4, 4, 3)): the view
  /// axes and the screen position and depth of the corners, the centre and an inner point
  /// equal matplotlib's. A sign or sin/cos swap in u, v or w, a wrong normalisation into
  /// the box, or the canvas y flip missing would fail (matplotlib's screen y points up).
  @Test func matchesMatplotlib() throws {
    let reference = try ProjectionReference.shared.get()
    #expect(reference.views.count >= 18)
    for view in reference.views {
      let p = Projection(
        xRange: view.xRange[0]...view.xRange[1], yRange: view.yRange[0]...view.yRange[1],
        zRange: view.zRange[0]...view.zRange[1], azimuth: view.azimuth, elevation: view.elevation,
        boxAspect: Vector3(view.boxAspect[0], view.boxAspect[1], view.boxAspect[2]))
      for (name, got, want) in [("u", p.right, view.u), ("v", p.up, view.v), ("w", p.toward, view.w)] {
        expectClose((got - Vector3(want[0], want[1], want[2])).length, 0, "\(view): \(name) = \(got)")
      }
      for point in view.points {
        let q = p.project(point[0], point[1], point[2])
        expectClose(q.point.x, point[3], "\(view): x of \(point[0...2])")
        expectClose(q.point.y, -point[4], "\(view): y of \(point[0...2])")
        expectClose(q.depth, point[5], "\(view): depth of \(point[0...2])")
      }
    }
  }

  /// azim −90, elev 90: looking straight down; u = (1, 0, 0), v = (0, 1, 0), w = (0, 0, 1):
  /// a corner goes to (x − ½, −(y − ½)) with depth z − ½, the map seen from above.
  @Test func topView() {
    let p = unitView(azimuth: -90, elevation: 90)
    for (x, y, z) in Self.corners {
      let q = p.project(x, y, z)
      expectClose(q.point.x, x - 0.5, "x of \((x, y, z))")
      expectClose(q.point.y, -(y - 0.5), "y of \((x, y, z))")
      expectClose(q.depth, z - 0.5, "depth of \((x, y, z))")
    }
  }

  @Test func dataIsNormalisedIntoTheBoxAspect() {
    let p = Projection(xRange: -10...10, yRange: -100...100, zRange: 0...420)
    let b = p.box(10, -100, 210)
    expectClose(b.x, 2, "x")
    expectClose(b.y, -2, "y")
    expectClose(b.z, 0, "z")
  }

  @Test func elevationIsClampedToTheVertical() {
    #expect(unitView(azimuth: 0, elevation: 120).elevation == 90)
    #expect(unitView(azimuth: 0, elevation: -100).elevation == -90)
  }

  /// A 2 × 1 × 0 box seen from above fills a square rectangle across, half of it down,
  /// centred.
  @Test func fittingKeepsTheAspectAndCentres() {
    let p = Projection(
      xRange: 0...2, yRange: 0...1, zRange: 0...1, azimuth: -90, elevation: 90, boxAspect: Vector3(2, 1, 0)
    ).fitted(into: Rect(x: 100, y: 50, width: 400, height: 400))
    let points = p.corners.map { p.project(box: $0).point }
    expectClose(points.map(\.x).min() ?? 0, 100, "left")
    expectClose(points.map(\.x).max() ?? 0, 500, "right")
    expectClose(points.map(\.y).min() ?? 0, 150, "top")
    expectClose(points.map(\.y).max() ?? 0, 350, "bottom")
    expectClose(p.scale, 200, "scale")
  }
}
