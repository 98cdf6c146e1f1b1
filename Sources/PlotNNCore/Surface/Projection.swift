import Foundation

/// A point of a 3-D scene on the canvas, with its depth for painter's sorting.
public struct ProjectedPoint: Sendable, Hashable {
  /// Canvas position (points, origin top-left, y down).
  public var point: Point
  /// Distance towards the viewer along the line of sight, in box units: larger is nearer.
  public var depth: Double

  public init(point: Point, depth: Double) {
    self.point = point
    self.depth = depth
  }
}

/// An orthographic view of a 3-D data box, after matplotlib's mplot3d with
/// `ax.set_proj_type('ortho')` (`Axes3D.get_proj`, `Axes3D._calc_view_axes`,
/// `proj3d.world_transformation` and `proj3d._view_axes` in matplotlib 3.11; view axes and
/// projected points are checked against matplotlib's in ProjectionTests, from the reference
/// written by `scripts/projection_reference.py`).
///
/// 1. Normalise: data (x, y, z) goes into a box centred on the origin whose sides are
///    `boxAspect` long (matplotlib's default `(4, 4, 3)`):
///    b = ((x − x_mid)/x_span·aₓ, (y − y_mid)/y_span·a_y, (z − z_mid)/z_span·a_z).
/// 2. View: with azimuth α and elevation ε (degrees, as `ax.view_init(elev, azim)`; roll 0),
///    the eye lies in direction w = (cos ε cos α, cos ε sin α, sin ε) from the centre: α
///    rotates the eye about the vertical z axis counter-clockwise from +x, ε raises it above
///    the x-y plane. The screen axes are u = ẑ × w / |ẑ × w| = (−sin α, cos α, 0) (right) and
///    v = w × u = (−sin ε cos α, −sin ε sin α, cos ε) (up), so
///    screen = (u·b, v·b) and depth = w·b (larger is nearer the eye).
///    Examples: α = 0, ε = 0 looks from +x with y to the right and z up;
///    α = −90°, ε = 90° looks down from +z with x to the right and y up.
/// 3. Place: canvas point = origin + scale·(u·b, −v·b), the y flip turning "up" into canvas
///    y down.
///
/// Unlike matplotlib, the elevation is clamped to [−90°, 90°] (matplotlib flips the vertical
/// beyond), so z always points up the screen; the closed forms of u and v stay defined
/// at ε = ±90°, where matplotlib's cross product degenerates to rounding noise.
public struct Projection: Sendable, Hashable {
  /// Degrees, counter-clockwise about z from +x, as matplotlib's `azim`.
  public let azimuth: Double
  /// Degrees above the x-y plane, in [−90, 90], as matplotlib's `elev`.
  public let elevation: Double
  public let xRange: ClosedRange<Double>
  public let yRange: ClosedRange<Double>
  public let zRange: ClosedRange<Double>
  /// Side lengths of the normalised box.
  public let boxAspect: Vector3
  /// Unit screen axes in box coordinates: right (u), up (v) and towards the viewer (w).
  public let right: Vector3
  public let up: Vector3
  public let toward: Vector3
  /// Canvas points per box unit.
  public private(set) var scale: Double = 1
  /// Canvas position of the box centre.
  public private(set) var origin = Point(0, 0)

  /// A view of the box `xRange × yRange × zRange` (a range of zero width counts as one unit
  /// wide, centred on its value), placed with scale 1 at the canvas origin.
  public init(
    xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, zRange: ClosedRange<Double>,
    azimuth: Double = -60, elevation: Double = 30, boxAspect: Vector3 = Vector3(4, 4, 3)
  ) {
    self.xRange = xRange
    self.yRange = yRange
    self.zRange = zRange
    self.azimuth = azimuth
    self.elevation = min(max(elevation, -90), 90)
    self.boxAspect = boxAspect
    let a = azimuth * .pi / 180
    let e = self.elevation * .pi / 180
    right = Vector3(-sin(a), cos(a), 0)
    up = Vector3(-sin(e) * cos(a), -sin(e) * sin(a), cos(e))
    toward = Vector3(cos(e) * cos(a), cos(e) * sin(a), sin(e))
  }

  /// Box coordinates of data point (x, y, z): step 1 of the type's description.
  public func box(_ x: Double, _ y: Double, _ z: Double) -> Vector3 {
    Vector3(
      Self.unit(x, xRange) * boxAspect.x, Self.unit(y, yRange) * boxAspect.y, Self.unit(z, zRange) * boxAspect.z)
  }

  /// Where data point (x, y, z) lands on the canvas, and its depth.
  public func project(_ x: Double, _ y: Double, _ z: Double) -> ProjectedPoint {
    project(box: box(x, y, z))
  }

  /// Where box point `b` lands on the canvas, and its depth.
  public func project(box b: Vector3) -> ProjectedPoint {
    ProjectedPoint(point: Point(origin.x + scale * right.dot(b), origin.y - scale * up.dot(b)), depth: toward.dot(b))
  }

  /// The canvas direction (not normalised) in which box direction `d` points.
  public func screenDirection(_ d: Vector3) -> Point {
    Point(right.dot(d), -up.dot(d))
  }

  /// The eight corners of the normalised box (±aₓ/2, ±a_y/2, ±a_z/2), x varying fastest.
  public var corners: [Vector3] {
    (0..<8).map { k in
      Vector3(
        (k & 1 == 0 ? -0.5 : 0.5) * boxAspect.x, (k & 2 == 0 ? -0.5 : 0.5) * boxAspect.y,
        (k & 4 == 0 ? -0.5 : 0.5) * boxAspect.z)
    }
  }

  /// The projection placed with `scale` canvas points per box unit and the box centre at
  /// `center`.
  public func placed(scale: Double, center: Point) -> Projection {
    var copy = self
    copy.scale = scale
    copy.origin = center
    return copy
  }

  /// The projection scaled so the projected box fills `rect` as far as its aspect allows,
  /// centred in it (the box's outline touches two opposite sides of `rect`).
  public func fitted(into rect: Rect) -> Projection {
    let unit = placed(scale: 1, center: Point(0, 0))
    let points = corners.map { unit.project(box: $0).point }
    let xs = points.map(\.x)
    let ys = points.map(\.y)
    let (minX, maxX) = (xs.min() ?? 0, xs.max() ?? 0)
    let (minY, maxY) = (ys.min() ?? 0, ys.max() ?? 0)
    let width = max(maxX - minX, 1e-12)
    let height = max(maxY - minY, 1e-12)
    let s = min(rect.width / width, rect.height / height)
    return placed(scale: s, center: Point(rect.midX - s * (minX + maxX) / 2, rect.midY - s * (minY + maxY) / 2))
  }

  /// (v − mid)/span, with a span of 0 counted as 1.
  private static func unit(_ v: Double, _ range: ClosedRange<Double>) -> Double {
    let span = range.upperBound - range.lowerBound
    let mid = (range.upperBound + range.lowerBound) / 2
    return (v - mid) / (span > 0 ? span : 1)
  }
}
