import Foundation

/// A real symmetric 2×2 matrix [[a, b], [b, c]], such as the Hessian of a loss over two
/// weights, with its eigen-decomposition in closed form.
public struct SymmetricMatrix2: Sendable, Hashable {
  public var a: Double
  public var b: Double
  public var c: Double

  public init(a: Double, b: Double, c: Double) {
    self.a = a
    self.b = b
    self.c = c
  }

  /// The product M·v.
  public func apply(_ v: Vector2) -> Vector2 { Vector2(a * v.x + b * v.y, b * v.x + c * v.y) }

  /// det M = ac − b².
  public var determinant: Double { a * c - b * b }

  /// The eigenvalues, largest first: λ = m ± r with m = (a + c)/2, r = √(((a − c)/2)² + b²)
  /// (r by `hypot`, so no cancellation under the root). The smaller one is computed as
  /// det/λ_max when both have one sign, which keeps its relative precision when the matrix
  /// is ill-conditioned (m − r would cancel).
  public var eigenvalues: (largest: Double, smallest: Double) {
    let m = (a + c) / 2
    let r = hypot((a - c) / 2, b)
    let largest = m + r
    let smallest = largest > 0 && determinant > 0 ? determinant / largest : m - r
    return (largest, smallest)
  }

  /// A unit eigenvector of `eigenvalue`: the larger of (b, λ − a) and (λ − c, b), both of
  /// which solve (M − λI)v = 0, normalised; (1, 0) or (0, 1) for a diagonal matrix.
  public func eigenvector(for eigenvalue: Double) -> Vector2 {
    let u = Vector2(b, eigenvalue - a)
    let v = Vector2(eigenvalue - c, b)
    let w = u.length >= v.length ? u : v
    guard w.length > 0 else { return abs(a - eigenvalue) <= abs(c - eigenvalue) ? Vector2(1, 0) : Vector2(0, 1) }
    return (1 / w.length) * w
  }

  /// The condition number λ_max/λ_min (∞ when singular, as for a flat direction).
  public var conditionNumber: Double {
    let (large, small) = eigenvalues
    return small > 0 ? large / small : .infinity
  }

  /// The solution of M·x = r by Cramer's rule, or nil when det M is 0 or not finite, or
  /// so small against the entries (|det| ≤ 1e-14·max(a², b², c²)) that x would be noise.
  public func solve(_ r: Vector2) -> Vector2? {
    let det = determinant
    let scale = max(a * a, b * b, c * c)
    guard det.isFinite, abs(det) > 1e-14 * scale, scale > 0 else { return nil }
    return Vector2((c * r.x - b * r.y) / det, (a * r.y - b * r.x) / det)
  }
}
