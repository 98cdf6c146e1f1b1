import Foundation
import Testing

@testable import PlotNNCore

/// The least-squares problem behind the descent figure: loss, gradient, Hessian,
/// minimiser, the textbook data and its normalisation.
@Suite struct LeastSquaresTests {
  static let points = [Vector2(0, 0), Vector2(-7, 0), Vector2(3, 40), Vector2(10, -100), Vector2(-2.5, 17)]

  /// Central differences with step h: error O(h²·L‴) = 0 for a quadratic, so only rounding.
  @Test func gradientMatchesFiniteDifferences() {
    for problem in [LeastSquaresProblem.textbook(), LeastSquaresProblem.textbook().normalized()] {
      for w in Self.points {
        let h = 1e-4
        let fd = Vector2(
          (problem.loss(w.x + h, w.y) - problem.loss(w.x - h, w.y)) / (2 * h),
          (problem.loss(w.x, w.y + h) - problem.loss(w.x, w.y - h)) / (2 * h))
        let g = problem.gradient(w)
        #expect((g - fd).length <= 1e-6 * max(1, g.length), "\(w): \(g) vs \(fd)")
      }
    }
  }

  @Test func hessianMatchesFiniteDifferencesOfTheGradient() {
    let problem = LeastSquaresProblem.textbook()
    let h = 1e-3
    let w = Vector2(1, 2)
    let d1 = (1 / (2 * h)) * (problem.gradient(w.x + h, w.y) - problem.gradient(w.x - h, w.y))
    let d2 = (1 / (2 * h)) * (problem.gradient(w.x, w.y + h) - problem.gradient(w.x, w.y - h))
    let H = problem.hessian
    #expect(abs(d1.x - H.a) < 1e-9 && abs(d1.y - H.b) < 1e-9 && abs(d2.x - H.b) < 1e-9 && abs(d2.y - H.c) < 1e-9)
  }

  /// Three samples (1, 0 → 2), (0, 1 → 3), (1, 1 → 4): H = ⅓[[2, 1], [1, 2]], g = ⅓(6, 7);
  /// [[2, 1], [1, 2]]·w = (6, 7) gives w = (5/3, 8/3); residuals −⅓, −⅓, ⅓; L = 3·(1/9)/6 = 1/18.
  @Test func minimizerSolvesTheNormalEquationsByHand() throws {
    let problem = LeastSquaresProblem(samples: [
      .init(x1: 1, x2: 0, y: 2), .init(x1: 0, x2: 1, y: 3), .init(x1: 1, x2: 1, y: 4),
    ])
    #expect(abs(problem.hessian.a - 2.0 / 3) < 1e-15 && abs(problem.hessian.b - 1.0 / 3) < 1e-15)
    let w = try #require(problem.minimizer)
    #expect(abs(w.x - 5.0 / 3) < 1e-14 && abs(w.y - 8.0 / 3) < 1e-14)
    #expect(abs(problem.loss(w) - 1.0 / 18) < 1e-15)
    #expect(problem.gradient(w).length < 1e-14)
  }

  @Test func collinearFeaturesHaveNoMinimizer() {
    let problem = LeastSquaresProblem(samples: [.init(x1: 1, x2: 2, y: 1), .init(x1: 2, x2: 4, y: 3)])
    #expect(problem.minimizer == nil)
    #expect(LeastSquaresProblem(samples: []).minimizer == nil)
    #expect(LeastSquaresProblem(samples: []).loss(1, 2) == 0)
  }

  /// The textbook data: features of spread exactly 1 and 0.1 (10×), minimum near (3, 40)
  /// well inside section 3.6.4's box, a bowl ~100 times stiffer along w₁ than along w₂.
  @Test func textbookDataIsTenTimesApartInScale() throws {
    let problem = LeastSquaresProblem.textbook()
    #expect(problem.samples.count == 24)
    #expect(abs(problem.featureMeans.x) < 1e-14 && abs(problem.featureMeans.y) < 1e-14)
    #expect(abs(problem.featureDeviations.x - 1) < 1e-14 && abs(problem.featureDeviations.y - 0.1) < 1e-14)
    let w = try #require(problem.minimizer)
    #expect(abs(w.x - 3) < 0.1 && abs(w.y - 40) < 0.5)
    #expect(abs(w.x) < 5 && abs(w.y) < 60)
    let kappa = problem.hessian.conditionNumber
    #expect(kappa > 95 && kappa < 110)
    // The loss is a bowl: it grows away from the minimum in every direction.
    for d in [Vector2(1, 0), Vector2(0, 10), Vector2(-1, 0), Vector2(0, -10), Vector2(1, 10)] {
      #expect(problem.loss(w + d) > problem.loss(w) + 0.4)
    }
    #expect(LeastSquaresProblem.textbook() == problem)  // deterministic
  }

  /// Normalised: standardised features, H = correlation matrix [[1, ρ], [ρ, 1]] with
  /// ρ = sin 0.05, so the bowl is nearly round; the minimiser is σ ⊙ w*, and at mapped
  /// weights the loss differs by the constant ȳ²/2 (features already centred).
  @Test func normalizedProblemIsNearlyRound() throws {
    let problem = LeastSquaresProblem.textbook()
    let normalized = problem.normalized()
    #expect(abs(normalized.featureDeviations.x - 1) < 1e-14 && abs(normalized.featureDeviations.y - 1) < 1e-14)
    #expect(abs(normalized.hessian.a - 1) < 1e-14 && abs(normalized.hessian.c - 1) < 1e-14)
    #expect(abs(normalized.hessian.b - sin(0.05)) < 1e-14)
    let kappa = normalized.hessian.conditionNumber
    #expect(abs(kappa - (1 + sin(0.05)) / (1 - sin(0.05))) < 1e-12)
    let w = try #require(problem.minimizer)
    let v = try #require(normalized.minimizer)
    #expect((problem.normalizedWeights(w) - v).length < 1e-12)
    let meanY = problem.samples.reduce(0) { $0 + $1.y } / 24
    for p in Self.points {
      let lhs = normalized.loss(problem.normalizedWeights(p))
      #expect(abs(lhs - (problem.loss(p) - meanY * meanY / 2)) < 1e-9 * max(1, lhs))
    }
  }

  @Test func eigenDecompositionOfTheHessian() {
    let m = SymmetricMatrix2(a: 2, b: 1, c: 2)  // eigenvalues 3 and 1, vectors (1, 1)/√2, (1, −1)/√2
    #expect(m.eigenvalues.largest == 3 && abs(m.eigenvalues.smallest - 1) < 1e-15)
    let u = m.eigenvector(for: 3)
    #expect(abs(abs(u.x) - 0.5.squareRoot()) < 1e-15 && abs(u.x - u.y) < 1e-15)
    let h = LeastSquaresProblem.textbook().hessian
    for lambda in [h.eigenvalues.largest, h.eigenvalues.smallest] {
      let v = h.eigenvector(for: lambda)
      #expect((h.apply(v) - lambda * v).length < 1e-14 && abs(v.length - 1) < 1e-15)
    }
    #expect(SymmetricMatrix2(a: 1, b: 0, c: 0).conditionNumber == .infinity)
  }
}
