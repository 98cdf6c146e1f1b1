import Foundation

/// Linear least squares with two features and no intercept: the loss over two weights
/// whose contours section 3.6.3 draws.
///
/// Model ŷ = w₁x₁ + w₂x₂; with n samples (x₁ᵢ, x₂ᵢ, yᵢ),
///
///     L(w) = 1/(2n) · Σᵢ (w·xᵢ − yᵢ)²
///     ∇L(w) = H·w − g,   H = (1/n)·Σᵢ xᵢxᵢᵀ,   g = (1/n)·Σᵢ yᵢxᵢ
///
/// H is the (constant) Hessian, so L is a quadratic bowl whose contours are ellipses with
/// axes along H's eigenvectors and semi-axes ∝ 1/√λ: a feature ten times smaller in spread
/// gives a curvature a hundred times smaller and a bowl ten times longer along its weight.
/// The minimiser solves the normal equations H·w = g.
public struct LeastSquaresProblem: Sendable, Hashable {
  /// One observation.
  public struct Sample: Sendable, Hashable {
    public var x1: Double
    public var x2: Double
    public var y: Double
    public init(x1: Double, x2: Double, y: Double) {
      self.x1 = x1
      self.x2 = x2
      self.y = y
    }
  }

  public let samples: [Sample]
  /// H = (1/n)·Σ xᵢxᵢᵀ, the Hessian of L.
  public let hessian: SymmetricMatrix2
  /// g = (1/n)·Σ yᵢxᵢ, so that ∇L(w) = H·w − g.
  public let moment: Vector2

  /// The problem over `samples` (at least one; an empty set has L ≡ 0 and H = 0).
  public init(samples: [Sample]) {
    self.samples = samples
    let n = Double(max(samples.count, 1))
    var (h11, h12, h22, g1, g2) = (0.0, 0.0, 0.0, 0.0, 0.0)
    for s in samples {
      h11 += s.x1 * s.x1
      h12 += s.x1 * s.x2
      h22 += s.x2 * s.x2
      g1 += s.y * s.x1
      g2 += s.y * s.x2
    }
    hessian = SymmetricMatrix2(a: h11 / n, b: h12 / n, c: h22 / n)
    moment = Vector2(g1 / n, g2 / n)
  }

  /// L(w) = 1/(2n)·Σ(w·xᵢ − yᵢ)², summed directly (no expanded quadratic form, so no
  /// cancellation near the minimum).
  public func loss(_ w1: Double, _ w2: Double) -> Double {
    guard !samples.isEmpty else { return 0 }
    var sum = 0.0
    for s in samples {
      let r = w1 * s.x1 + w2 * s.x2 - s.y
      sum += r * r
    }
    return sum / (2 * Double(samples.count))
  }

  public func loss(_ w: Vector2) -> Double { loss(w.x, w.y) }

  /// ∇L(w) = (1/n)·Σ(w·xᵢ − yᵢ)·xᵢ, summed directly.
  public func gradient(_ w1: Double, _ w2: Double) -> Vector2 {
    guard !samples.isEmpty else { return .zero }
    var (d1, d2) = (0.0, 0.0)
    for s in samples {
      let r = w1 * s.x1 + w2 * s.x2 - s.y
      d1 += r * s.x1
      d2 += r * s.x2
    }
    let n = Double(samples.count)
    return Vector2(d1 / n, d2 / n)
  }

  public func gradient(_ w: Vector2) -> Vector2 { gradient(w.x, w.y) }

  /// The least-squares weights, H⁻¹g from the 2×2 normal equations (Cramer's rule); nil
  /// when the features are collinear (H singular).
  public var minimizer: Vector2? { hessian.solve(moment) }

  /// L at the minimiser (nil when there is none).
  public var minimumLoss: Double? { minimizer.map { loss($0) } }

  /// Mean of each feature, (1/n)·Σxᵢ.
  public var featureMeans: Vector2 {
    let n = Double(max(samples.count, 1))
    return Vector2(samples.reduce(0) { $0 + $1.x1 } / n, samples.reduce(0) { $0 + $1.x2 } / n)
  }

  /// Population standard deviation of each feature, √((1/n)·Σ(xᵢ − x̄)²), as used by
  /// standardisation (scikit-learn's `StandardScaler`).
  public var featureDeviations: Vector2 {
    let n = Double(max(samples.count, 1))
    let m = featureMeans
    let v1 = samples.reduce(0) { $0 + ($1.x1 - m.x) * ($1.x1 - m.x) } / n
    let v2 = samples.reduce(0) { $0 + ($1.x2 - m.y) * ($1.x2 - m.y) } / n
    return Vector2(v1.squareRoot(), v2.squareRoot())
  }
}
