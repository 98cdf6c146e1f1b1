import Foundation

/// The parts of a 3-D axis box that depend on the view: which three panes are at the back,
/// and on which edges the x, y and z ticks go.
///
/// Panes: for each axis, of the two faces perpendicular to it the one farther from the eye
/// (its outward normal points away from the view direction w) is a back pane, filled and
/// gridded, as matplotlib's `axis3d.Axis._get_coord_info` chooses them. With elevation ≥ 0
/// the z back pane is the floor.
///
/// Tick edges: the x ticks go on the edge of the z back pane (floor) nearest the eye along y,
/// the y ticks on its edge nearest the eye along x: the two floor edges meeting at the
/// front corner, which bound the box's outline, so their labels never sit over the surface.
/// The z ticks go on the vertical edge through the leftmost corner of that outline (the
/// floor corner (x_back, y_front) or (x_front, y_back) with the smaller screen x), labels to
/// the left; matplotlib's choice depends on the view and often lands on the right, where
/// the colour bar is.
public struct AxisBox: Sendable {
  /// One of the three axis edges.
  public struct Edge: Sendable {
    /// 0, 1, 2 for x, y, z.
    public let axis: Int
    /// The data point of the edge at `value` along its axis.
    let fixed: Vector3
    /// Unit canvas direction, pointing away from the box, in which labels are set off.
    public let outward: Point

    /// The data point on the edge where its axis coordinate is `value`.
    public func point(_ value: Double) -> Vector3 {
      switch axis {
      case 0: Vector3(value, fixed.y, fixed.z)
      case 1: Vector3(fixed.x, value, fixed.z)
      default: Vector3(fixed.x, fixed.y, value)
      }
    }
  }

  /// Data coordinates of the back faces: x of the back x pane, y of the back y pane, z of
  /// the back z pane.
  public let back: Vector3
  /// The opposite faces.
  public let front: Vector3
  /// x, y and z edges, in that order.
  public let edges: [Edge]

  public init(projection p: Projection) {
    let w = p.toward
    let xr = p.xRange
    let yr = p.yRange
    let zr = p.zRange
    // A face is at the back when its outward normal n has n·w < 0 (ties: the low face).
    let backX = w.x >= 0 ? xr.lowerBound : xr.upperBound
    let backY = w.y >= 0 ? yr.lowerBound : yr.upperBound
    let backZ = w.z >= 0 ? zr.lowerBound : zr.upperBound
    let frontX = w.x >= 0 ? xr.upperBound : xr.lowerBound
    let frontY = w.y >= 0 ? yr.upperBound : yr.lowerBound
    let frontZ = w.z >= 0 ? zr.upperBound : zr.lowerBound
    back = Vector3(backX, backY, backZ)
    front = Vector3(frontX, frontY, frontZ)
    // Signs of the directions leaving the box through the front x, front y and back z faces.
    let sx: Double = w.x >= 0 ? 1 : -1
    let sy: Double = w.y >= 0 ? 1 : -1
    let sz: Double = w.z >= 0 ? -1 : 1
    let xOut = Self.unit(p.screenDirection(Vector3(0, sy, sz)))
    let yOut = Self.unit(p.screenDirection(Vector3(sx, 0, sz)))
    // The two side corners of the floor's outline; the leftmost carries the z axis.
    let a = p.project(backX, frontY, backZ).point
    let b = p.project(frontX, backY, backZ).point
    let zCorner = a.x <= b.x ? Vector3(backX, frontY, 0) : Vector3(frontX, backY, 0)
    edges = [
      Edge(axis: 0, fixed: Vector3(0, frontY, backZ), outward: xOut),
      Edge(axis: 1, fixed: Vector3(frontX, 0, backZ), outward: yOut),
      Edge(axis: 2, fixed: zCorner, outward: Point(-1, 0)),
    ]
  }

  /// The three back panes as data quads: x pane, y pane, z pane.
  public func panes(_ p: Projection) -> [[Vector3]] {
    let (x0, x1) = (p.xRange.lowerBound, p.xRange.upperBound)
    let (y0, y1) = (p.yRange.lowerBound, p.yRange.upperBound)
    let (z0, z1) = (p.zRange.lowerBound, p.zRange.upperBound)
    return [
      [Vector3(back.x, y0, z0), Vector3(back.x, y1, z0), Vector3(back.x, y1, z1), Vector3(back.x, y0, z1)],
      [Vector3(x0, back.y, z0), Vector3(x1, back.y, z0), Vector3(x1, back.y, z1), Vector3(x0, back.y, z1)],
      [Vector3(x0, y0, back.z), Vector3(x1, y0, back.z), Vector3(x1, y1, back.z), Vector3(x0, y1, back.z)],
    ]
  }

  /// Grid lines for a tick at `value` on `axis`: one across each back pane containing that
  /// axis's direction, as matplotlib draws them.
  public func gridLines(axis: Int, value t: Double, _ p: Projection) -> [(Vector3, Vector3)] {
    let (x0, x1) = (p.xRange.lowerBound, p.xRange.upperBound)
    let (y0, y1) = (p.yRange.lowerBound, p.yRange.upperBound)
    let (z0, z1) = (p.zRange.lowerBound, p.zRange.upperBound)
    switch axis {
    case 0:
      return [(Vector3(t, back.y, z0), Vector3(t, back.y, z1)), (Vector3(t, y0, back.z), Vector3(t, y1, back.z))]
    case 1:
      return [(Vector3(back.x, t, z0), Vector3(back.x, t, z1)), (Vector3(x0, t, back.z), Vector3(x1, t, back.z))]
    default:
      return [(Vector3(back.x, y0, t), Vector3(back.x, y1, t)), (Vector3(x0, back.y, t), Vector3(x1, back.y, t))]
    }
  }

  /// `d` scaled to length 1; straight down when `d` is (nearly) zero, as for an axis seen
  /// end-on.
  private static func unit(_ d: Point) -> Point {
    let l = (d.x * d.x + d.y * d.y).squareRoot()
    return l > 1e-9 ? Point(d.x / l, d.y / l) : Point(0, 1)
  }
}
