import Foundation

/// Samples of z = f(x, y) on a regular grid over a rectangle, and the quads between them,
/// as matplotlib's `plot_surface` builds them from a `meshgrid`.
///
/// Nodes are xᵢ = x₀ + i·(x₁ − x₀)/columns for i = 0…columns (likewise yⱼ), so the grid
/// ends exactly on the range's ends. A quad (i, j) has the corners (i, j), (i + 1, j),
/// (i + 1, j + 1), (i, j + 1); a quad with a non-finite corner is left out (a hole, as
/// matplotlib leaves a masked quad).
public struct SurfaceMesh: Sendable {
  public let xs: [Double]
  public let ys: [Double]
  /// Heights, row by row: z[j·(columns + 1) + i] = f(xᵢ, yⱼ).
  public let heights: [Double]
  /// The number of quads along x and along y.
  public let columns: Int
  public let rows: Int

  /// Samples `function` on `columns × rows` quads (each at least 1) over `xRange × yRange`.
  public init(
    function: (Double, Double) -> Double, xRange: ClosedRange<Double>, yRange: ClosedRange<Double>,
    columns: Int, rows: Int
  ) {
    let nx = max(1, columns)
    let ny = max(1, rows)
    self.columns = nx
    self.rows = ny
    let xs = Self.nodes(xRange, nx)
    let ys = Self.nodes(yRange, ny)
    self.xs = xs
    self.ys = ys
    heights = ys.flatMap { y in xs.map { x in function(x, y) } }
  }

  /// The height at node (i, j).
  public func height(_ i: Int, _ j: Int) -> Double { heights[j * (columns + 1) + i] }

  /// The smallest and largest finite height; nil when none is finite.
  public var finiteRange: ClosedRange<Double>? {
    let finite = heights.filter(\.isFinite)
    guard let lo = finite.min(), let hi = finite.max() else { return nil }
    return lo...hi
  }

  /// The quad cell (i, j) holding (x, y), clamped to the grid.
  public func cell(containing x: Double, _ y: Double) -> (i: Int, j: Int) {
    (Self.index(x, xs, columns), Self.index(y, ys, rows))
  }

  /// The data corners of quad (i, j) in the order (i, j), (i + 1, j), (i + 1, j + 1),
  /// (i, j + 1); nil when a height is not finite.
  public func quadCorners(_ i: Int, _ j: Int) -> [Vector3]? {
    let corners = [(i, j), (i + 1, j), (i + 1, j + 1), (i, j + 1)].map {
      Vector3(xs[$0.0], ys[$0.1], height($0.0, $0.1))
    }
    return corners.allSatisfy({ $0.z.isFinite }) ? corners : nil
  }

  private static func nodes(_ range: ClosedRange<Double>, _ n: Int) -> [Double] {
    let (lo, hi) = (range.lowerBound, range.upperBound)
    return (0...n).map { $0 == n ? hi : lo + (hi - lo) * Double($0) / Double(n) }
  }

  private static func index(_ v: Double, _ nodes: [Double], _ n: Int) -> Int {
    guard let lo = nodes.first, let hi = nodes.last, hi > lo, v.isFinite else { return 0 }
    return Int(clamping: (v - lo) / (hi - lo) * Double(n), to: 0...(n - 1), rounding: .down)
  }
}
