import Foundation
import Testing

@testable import PlotNNCore

/// `Resources/optimization-reference.json`, written by `scripts/optimization_reference.py`:
/// the textbook data from its documented closed form, and everything derived from it with
/// mpmath at 50 digits by other means than the code (matrix products, LU solve, a symmetric
/// eigensolver, descent iterated in high precision), rounded once to doubles.
struct OptimizationReference: Decodable, Sendable {
  struct Problem: Decodable, Sendable {
    struct Hessian: Decodable, Sendable {
      var a: Double
      var b: Double
      var c: Double
    }
    var hessian: Hessian
    var moment: [Double]
    var lossConstant: Double
    var minimizer: [Double]
    var minimumLoss: Double
    /// Largest first, with unit eigenvectors in the same order (sign arbitrary).
    var eigenvalues: [Double]
    var eigenvectors: [[Double]]
    var conditionNumber: Double
    var stabilityLimit: Double
    /// ȳ, by which the normalised problem's targets are centred (normalised problem only).
    var targetMean: Double?

    var minimum: Vector2 { Vector2(minimizer[0], minimizer[1]) }

    /// L(w) = ½·wᵀHw − gᵀw + c with the reference H, g and c: the loss as a quadratic
    /// form, independent of the code's direct sum of squared residuals.
    func loss(_ w1: Double, _ w2: Double) -> Double {
      let h = hessian
      return 0.5 * (h.a * w1 * w1 + 2 * h.b * w1 * w2 + h.c * w2 * w2) - moment[0] * w1 - moment[1] * w2
        + lossConstant
    }
  }

  struct Path: Decodable, Sendable {
    var rate: Double
    var points: [[Double]]
    var convergedStep: Int?

    var vectors: [Vector2] { points.map { Vector2($0[0], $0[1]) } }
  }

  var generator: String
  /// (x₁, x₂, y) of each textbook sample.
  var samples: [[Double]]
  var textbook: Problem
  var normalized: Problem
  /// The descent figure's data set (3.6.3) and its default runs, sublevel sets and colours.
  var figure: Figure

  struct Figure: Decodable, Sendable {
    struct Sublevel: Decodable, Sendable {
      /// [[x₀, x₁], [y₀, y₁]]: the bounding box of {L ≤ L(start)}.
      var box: [[Double]]
      var level: Double
      var contourLevels: [Double]
    }
    struct Colors: Decodable, Sendable {
      var ramp: [Double]
      var pathColor: String
      /// sRGB of each of the figure's contour levels, low first.
      var levelColors: [[Double]]
    }
    var spread: Double
    var weights: [Double]
    var start: [Double]
    var rateFraction: Double
    var steps: Int
    var levels: Int
    var samples: [[Double]]
    var problem: Problem
    var normalized: Problem
    var unnormalizedPath: Path
    var normalizedPath: Path
    var unnormalizedSublevel: Sublevel
    var normalizedSublevel: Sublevel
    var colors: [String: Colors]
  }

  static let shared: Result<OptimizationReference, any Error> = Result {
    try ReferenceResource.decode(OptimizationReference.self, named: "optimization-reference", snakeCase: true)
  }
}

/// |a − b| ≤ tolerance·max(1, |b|).
func near(_ a: Double, _ b: Double, _ tolerance: Double) -> Bool { abs(a - b) <= tolerance * max(1, abs(b)) }

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
  /// Samples, H, g, the minimiser, the minimum loss and the condition number are checked
  /// against mpmath's (optimization-reference.json): a wrong sample formula, a Hessian or
  /// moment summed wrongly, or a Cramer's-rule slip moves them far beyond these tolerances.
  @Test func textbookDataMatchesTheReference() throws {
    let reference = try OptimizationReference.shared.get()
    let want = reference.textbook
    let problem = LeastSquaresProblem.textbook()
    try #require(problem.samples.count == reference.samples.count)
    for (sample, row) in zip(problem.samples, reference.samples) {
      #expect(near(sample.x1, row[0], 1e-15) && near(sample.x2, row[1], 1e-15) && near(sample.y, row[2], 1e-14))
    }
    #expect(abs(problem.featureMeans.x) < 1e-14 && abs(problem.featureMeans.y) < 1e-14)
    #expect(abs(problem.featureDeviations.x - 1) < 1e-14 && abs(problem.featureDeviations.y - 0.1) < 1e-14)
    let h = problem.hessian
    #expect(near(h.a, want.hessian.a, 1e-14) && near(h.b, want.hessian.b, 1e-14) && near(h.c, want.hessian.c, 1e-14))
    #expect(near(problem.moment.x, want.moment[0], 1e-14) && near(problem.moment.y, want.moment[1], 1e-14))
    let w = try #require(problem.minimizer)
    #expect(near(w.x, want.minimizer[0], 1e-12) && near(w.y, want.minimizer[1], 1e-12), "\(w)")
    let minimum = try #require(problem.minimumLoss)
    #expect(abs(minimum - want.minimumLoss) <= 1e-12 * want.minimumLoss, "\(minimum)")
    #expect(abs(h.conditionNumber - want.conditionNumber) <= 1e-11 * want.conditionNumber)
    // The loss is a bowl: it grows away from the minimum in every direction.
    for d in [Vector2(1, 0), Vector2(0, 10), Vector2(-1, 0), Vector2(0, -10), Vector2(1, 10)] {
      #expect(problem.loss(w + d) > problem.loss(w) + 0.4)
    }
    // The code's direct sum of squares agrees with the reference quadratic form.
    for p in Self.points {
      #expect(near(problem.loss(p), want.loss(p.x, p.y), 1e-11), "L\(p)")
    }
  }

  /// Normalised: standardised features, H = correlation matrix [[1, ρ], [ρ, 1]] with
  /// ρ = sin 0.05, so the bowl is nearly round; the minimiser is σ ⊙ w*, and at mapped
  /// weights the loss differs by the constant ȳ²/2 (features already centred). ρ, the
  /// minimiser and ȳ are mpmath's; the identities are derived by hand, not from the code.
  @Test func normalizedProblemIsNearlyRound() throws {
    let reference = try OptimizationReference.shared.get()
    let problem = LeastSquaresProblem.textbook()
    let normalized = problem.normalized()
    #expect(abs(normalized.featureDeviations.x - 1) < 1e-14 && abs(normalized.featureDeviations.y - 1) < 1e-14)
    #expect(abs(normalized.hessian.a - 1) < 1e-14 && abs(normalized.hessian.c - 1) < 1e-14)
    #expect(abs(normalized.hessian.b - sin(0.05)) < 1e-14)
    #expect(abs(normalized.hessian.b - reference.normalized.hessian.b) < 1e-14)
    let kappa = normalized.hessian.conditionNumber
    #expect(abs(kappa - reference.normalized.conditionNumber) < 1e-12)
    let v = try #require(normalized.minimizer)
    #expect((v - reference.normalized.minimum).length < 1e-12, "\(v)")
    let w = try #require(problem.minimizer)
    #expect((problem.normalizedWeights(w) - v).length < 1e-12)
    let meanY = try #require(reference.normalized.targetMean)
    for p in Self.points {
      let lhs = normalized.loss(problem.normalizedWeights(p))
      #expect(abs(lhs - (problem.loss(p) - meanY * meanY / 2)) < 1e-9 * max(1, lhs))
    }
  }

  @Test func eigenDecompositionOfTheHessian() throws {
    let m = SymmetricMatrix2(a: 2, b: 1, c: 2)  // eigenvalues 3 and 1, vectors (1, 1)/√2, (1, −1)/√2
    #expect(m.eigenvalues.largest == 3 && abs(m.eigenvalues.smallest - 1) < 1e-15)
    let u = m.eigenvector(for: 3)
    #expect(abs(abs(u.x) - 0.5.squareRoot()) < 1e-15 && abs(u.x - u.y) < 1e-15)
    // The textbook Hessian against mpmath's symmetric eigensolver (not the closed form):
    // a sign slip under the root or in det/λ_max moves λ_min by far more than 1e-13.
    let reference = try OptimizationReference.shared.get().textbook
    let h = LeastSquaresProblem.textbook().hessian
    let (large, small) = h.eigenvalues
    #expect(near(large, reference.eigenvalues[0], 1e-14) && abs(small - reference.eigenvalues[1]) < 1e-13 * small)
    for (lambda, want) in zip([large, small], reference.eigenvectors) {
      let v = h.eigenvector(for: lambda)
      #expect((h.apply(v) - lambda * v).length < 1e-14 && abs(v.length - 1) < 1e-15)
      #expect(abs(abs(v.dot(Vector2(want[0], want[1]))) - 1) < 1e-12, "\(v) vs \(want)")
    }
    #expect(SymmetricMatrix2(a: 1, b: 0, c: 0).conditionNumber == .infinity)
  }
}
