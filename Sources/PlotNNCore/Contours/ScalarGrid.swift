/// Values of a scalar field at the nodes of a rectilinear grid: node (i, j) sits at
/// (xs[i], ys[j]) and holds `values[j·xs.count + i]`. NaN marks a missing value.
public struct ScalarGrid: Sendable, Hashable {
  /// Node x coordinates, increasing.
  public let xs: [Double]
  /// Node y coordinates, increasing.
  public let ys: [Double]
  /// Row-major values, one row per y.
  public let values: [Double]

  /// A grid from its coordinates and row-major values; nil when the counts disagree.
  public init?(xs: [Double], ys: [Double], values: [Double]) {
    guard values.count == xs.count * ys.count else { return nil }
    self.xs = xs
    self.ys = ys
    self.values = values
  }

  /// `f` sampled on `columns` × `rows` evenly spaced nodes (at least 2 each) spanning
  /// `x` and `y`, ends included.
  public init(x: ClosedRange<Double>, y: ClosedRange<Double>, columns: Int, rows: Int, _ f: (Double, Double) -> Double)
  {
    let nx = max(columns, 2)
    let ny = max(rows, 2)
    let xs = (0..<nx).map { x.lowerBound + (x.upperBound - x.lowerBound) * Double($0) / Double(nx - 1) }
    let ys = (0..<ny).map { y.lowerBound + (y.upperBound - y.lowerBound) * Double($0) / Double(ny - 1) }
    var values: [Double] = []
    values.reserveCapacity(nx * ny)
    for y in ys {
      for x in xs { values.append(f(x, y)) }
    }
    self.xs = xs
    self.ys = ys
    self.values = values
  }

  /// The value at node (i, j).
  public subscript(i: Int, j: Int) -> Double { values[j * xs.count + i] }

  /// The smallest and largest finite values (nil when there is none).
  public var finiteRange: ClosedRange<Double>? {
    var lo = Double.infinity
    var hi = -Double.infinity
    for v in values where v.isFinite {
      lo = min(lo, v)
      hi = max(hi, v)
    }
    return lo <= hi ? lo...hi : nil
  }
}
