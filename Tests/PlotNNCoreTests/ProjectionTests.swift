import Foundation
import Testing

@testable import PlotNNCore

/// Projections of the unit box's corners worked out by hand from the formulas in
/// `Projection`'s documentation: with the unit cube [0, 1]³ and box aspect (1, 1, 1), a corner
/// (x, y, z) has box coordinates b = (x − ½, y − ½, z − ½), lands on the canvas at (u·b, −v·b)
/// (scale 1, origin 0) and has depth w·b.
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

  /// azim 0, elev 0: the eye on +x; u = (0, 1, 0), v = (0, 0, 1), w = (1, 0, 0), so a corner
  /// goes to (y − ½, −(z − ½)) with depth x − ½.
  @Test func sideViewFromPlusX() {
    let p = unitView(azimuth: 0, elevation: 0)
    for (x, y, z) in Self.corners {
      let q = p.project(x, y, z)
      expectClose(q.point.x, y - 0.5, "x of \((x, y, z))")
      expectClose(q.point.y, -(z - 0.5), "y of \((x, y, z))")
      expectClose(q.depth, x - 0.5, "depth of \((x, y, z))")
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

  /// azim −45, elev 45: u = (√2/2, √2/2, 0), v = (−½, ½, √2/2), w = (½, −½, √2/2), the
  /// values matplotlib 3.11 reports as `ax._view_u`, `_view_v`, `_view_w` for this view.
  /// (1, 0, 1): b = (½, −½, ½), u·b = 0, v·b = −¼ − ¼ + √2/4, w·b = ¼ + ¼ + √2/4: the nearest corner.
  /// (0, 1, 0): b = (−½, ½, −½), u·b = 0, v·b = ¼ + ¼ − √2/4, w·b = −½ − √2/4: the farthest.
  /// (1, 1, 1): b = (½, ½, ½), u·b = √2/2, v·b = √2/4, w·b = √2/4.
  @Test func obliqueView() {
    let p = unitView(azimuth: -45, elevation: 45)
    let r = 2.0.squareRoot()
    expectClose(p.right.x, r / 2, "u")
    expectClose(p.up.x, -0.5, "v")
    expectClose(p.toward.z, r / 2, "w")
    let near = p.project(1, 0, 1)
    expectClose(near.point.x, 0, "x of (1, 0, 1)")
    expectClose(near.point.y, -(-0.5 + r / 4), "y of (1, 0, 1)")
    expectClose(near.depth, 0.5 + r / 4, "depth of (1, 0, 1)")
    let far = p.project(0, 1, 0)
    expectClose(far.point.x, 0, "x of (0, 1, 0)")
    expectClose(far.point.y, -(0.5 - r / 4), "y of (0, 1, 0)")
    expectClose(far.depth, -0.5 - r / 4, "depth of (0, 1, 0)")
    let top = p.project(1, 1, 1)
    expectClose(top.point.x, r / 2, "x of (1, 1, 1)")
    expectClose(top.point.y, -r / 4, "y of (1, 1, 1)")
    expectClose(top.depth, r / 4, "depth of (1, 1, 1)")
    let depths = Self.corners.map { p.project($0.0, $0.1, $0.2).depth }
    #expect(depths.max() == near.depth && depths.min() == far.depth)
  }

  /// matplotlib's default view (elev 30, azim −60): w = (cos 30° cos 60°, −cos 30° sin 60°, sin 30°).
  @Test func matplotlibDefaultViewAxes() {
    let p = unitView(azimuth: -60, elevation: 30)
    let w = Vector3(0.75.squareRoot() * 0.5, -0.75, 0.5)
    expectClose((p.toward - w).length, 0, "w")
    expectClose(p.right.dot(p.up), 0, "u·v")
    expectClose(p.right.cross(p.up).dot(p.toward), 1, "u × v = w (right-handed)")
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
