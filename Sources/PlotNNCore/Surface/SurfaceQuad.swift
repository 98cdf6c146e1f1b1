import Foundation

/// One projected, coloured quad of a ``SurfaceMesh``.
public struct SurfaceQuad: Sendable {
  /// Grid cell.
  public let i: Int
  public let j: Int
  /// Canvas corners in the mesh order (i, j), (i + 1, j), (i + 1, j + 1), (i, j + 1).
  public let points: [Point]
  /// Depths of those corners (larger is nearer the viewer).
  public let depths: [Double]
  /// The centroid's depth, the mean of the corner depths: the painter's sort key.
  public let depth: Double
  /// Mean height of the four corners (data units).
  public let height: Double
  public let color: Color

  /// Every quad of `mesh` with finite corners, projected, coloured by its mean height on
  /// viridis over `zRange` on `colorScale` with Lambert shading of strength `shading` (see
  /// ``SurfaceChart/shading``), ordered farthest first: by centroid depth, ties by row then
  /// column so the order never depends on the sort algorithm.
  public static func sorted(
    mesh: SurfaceMesh, projection p: Projection, zRange: ClosedRange<Double>, shading: Double,
    colorScale: ColorScale = .linear
  ) -> [SurfaceQuad] {
    let light = (p.right * -0.4 + p.up * 0.7 + p.toward * 0.6).normalized
    let k = min(max(shading.isFinite ? shading : 0, 0), 1)
    var quads: [SurfaceQuad] = []
    quads.reserveCapacity(mesh.columns * mesh.rows)
    for j in 0..<mesh.rows {
      for i in 0..<mesh.columns {
        guard let corners = mesh.quadCorners(i, j) else { continue }
        let boxed = corners.map { p.box($0.x, $0.y, $0.z) }
        let projected = boxed.map { p.project(box: $0) }
        let height = corners.map(\.z).reduce(0, +) / 4
        var color = Viridis.color(at: colorScale.fraction(height, over: zRange))
        if k > 0 {
          // n = (b₂ − b₀) × (b₃ − b₁), the cross product of the diagonals, turned to the eye.
          var n = (boxed[2] - boxed[0]).cross(boxed[3] - boxed[1]).normalized
          if n.dot(p.toward) < 0 { n = n * -1 }
          let f = 1 - k + k * max(0, n.dot(light))
          color = Color(red: color.red * f, green: color.green * f, blue: color.blue * f)
        }
        let depths = projected.map(\.depth)
        quads.append(
          SurfaceQuad(
            i: i, j: j, points: projected.map(\.point), depths: depths, depth: depths.reduce(0, +) / 4,
            height: height, color: color))
      }
    }
    quads.sort { a, b in
      if a.depth != b.depth { return a.depth < b.depth }
      return a.j != b.j ? a.j < b.j : a.i < b.i
    }
    return quads
  }

  /// The depth of the quad's surface at canvas point `q` when `q` lies inside the quad's
  /// outline (split into the triangles 0-1-2 and 0-2-3, depth interpolated linearly over
  /// each), else nil.
  public func depth(at q: Point) -> Double? {
    for (a, b, c) in [(0, 1, 2), (0, 2, 3)] {
      let (p0, p1, p2) = (points[a], points[b], points[c])
      let det = (p1.x - p0.x) * (p2.y - p0.y) - (p2.x - p0.x) * (p1.y - p0.y)
      guard abs(det) > 1e-12 else { continue }
      let l1 = ((q.x - p0.x) * (p2.y - p0.y) - (p2.x - p0.x) * (q.y - p0.y)) / det
      let l2 = ((p1.x - p0.x) * (q.y - p0.y) - (q.x - p0.x) * (p1.y - p0.y)) / det
      let l0 = 1 - l1 - l2
      let eps = -1e-9
      if l0 >= eps && l1 >= eps && l2 >= eps {
        return l0 * depths[a] + l1 * depths[b] + l2 * depths[c]
      }
    }
    return nil
  }
}
