import Foundation

extension LeastSquaresProblem {
  /// The data set of the surface figure (3.6.4) and, with `spread` 3, of the descent figure
  /// (3.6.3): n samples whose two features differ in spread by exactly `spread`×, as
  /// section 3.6.4's w₁ ∈ [−10, 10] against w₂ ∈ [−100, 100] for the default 10.
  ///
  /// With θᵢ = 2π(i + ½)/n, i = 0 … n−1 (closed form, no random state), s = `spread` and
  /// (a, b) = `weights`:
  ///
  ///     x₁ᵢ = √2·cos θᵢ                  mean 0, standard deviation 1
  ///     x₂ᵢ = (√2/s)·sin(θᵢ + 0.05)      mean 0, standard deviation 1/s
  ///     yᵢ  = a·x₁ᵢ + b·x₂ᵢ + 0.5·sin(2.3·i + 0.5)
  ///
  /// (Σcos²θᵢ = Σsin²(θᵢ + φ) = n/2 and Σcos θᵢ = Σsin(θᵢ + φ) = 0 for n ≥ 3 equally spaced
  /// angles, so the moments are exact.) The features are correlated with
  /// ρ = sin 0.05 ≈ 0.05, as real features are a little; the last term is deterministic
  /// "noise" at a frequency that is not a harmonic of θ, so it is not orthogonal to the
  /// features and moves the minimiser slightly off the true weights: (3, 40) becomes
  /// ≈ (3.02, 40.0) for n = 24, where L_min ≈ 0.06.
  ///
  /// H ≈ [[1, 0.05/s], [0.05/s, 1/s²]]: eigenvalues ≈ 1 and 1/s², condition number ≈ s²
  /// (≈ 100 for the default s = 10, ≈ 9.0 for s = 3), so the contours are ellipses s×
  /// longer along w₂ than along w₁. A `spread` that is not finite and positive is taken as 10.
  public static func textbook(
    count n: Int = 24, spread: Double = 10, weights: Vector2 = Vector2(3, 40)
  ) -> LeastSquaresProblem {
    let count = max(n, 3)
    let s = spread.isFinite && spread > 0 ? spread : 10
    let samples = (0..<count).map { i -> Sample in
      let theta = 2 * Double.pi * (Double(i) + 0.5) / Double(count)
      let x1 = 2.0.squareRoot() * cos(theta)
      let x2 = 2.0.squareRoot() / s * sin(theta + 0.05)
      let noise = 0.5 * sin(2.3 * Double(i) + 0.5)
      return Sample(x1: x1, x2: x2, y: weights.x * x1 + weights.y * x2 + noise)
    }
    return LeastSquaresProblem(samples: samples)
  }

  /// The same data with standardised features and centred targets:
  /// zⱼ = (xⱼ − x̄ⱼ)/σⱼ (population σ), y − ȳ. Each feature then has mean 0 and variance 1,
  /// so H becomes the features' correlation matrix [[1, ρ], [ρ, 1]], with eigenvalues
  /// 1 ± ρ: contours are circles when ρ = 0, nearly circles for small ρ.
  ///
  /// A feature with σⱼ = 0 (constant) is only centred. Weights map between the problems by
  /// ``normalizedWeights(_:)``.
  public func normalized() -> LeastSquaresProblem {
    let m = featureMeans
    let s = featureDeviations
    let n = Double(max(samples.count, 1))
    let meanY = samples.reduce(0) { $0 + $1.y } / n
    let s1 = s.x > 0 ? s.x : 1
    let s2 = s.y > 0 ? s.y : 1
    return LeastSquaresProblem(
      samples: samples.map { Sample(x1: ($0.x1 - m.x) / s1, x2: ($0.x2 - m.y) / s2, y: $0.y - meanY) })
  }

  /// The weights of the normalised problem that give the same slopes as `w` on this one:
  /// vⱼ = σⱼ·wⱼ (since wⱼxⱼ = (σⱼwⱼ)·(xⱼ/σⱼ)); used to start both panels of the figure
  /// from the same model.
  public func normalizedWeights(_ w: Vector2) -> Vector2 {
    let s = featureDeviations
    return Vector2((s.x > 0 ? s.x : 1) * w.x, (s.y > 0 ? s.y : 1) * w.y)
  }
}
