import Foundation
import Testing

@testable import PlotNNCore

/// Gradient descent on the descent figure's problem (zig-zag unnormalised, straight
/// normalised) and on the surface figure's (divergence caught, the stability limit).
@Suite struct DescentTests {
  static let problem = LeastSquaresProblem.textbook()

  static func run(_ problem: LeastSquaresProblem, _ rate: DescentOptions.LearningRate, start: Vector2, steps: Int = 25)
    -> DescentPath
  {
    GradientDescent(learningRate: rate.value(for: problem.hessian), steps: steps).run(on: problem, from: start)
  }

  @Test func exactIteratesOnARoundBowl() {
    // L = ½(x² + y²), η = 0.5: wₖ = 0.5ᵏ·w₀ exactly.
    let path = GradientDescent(learningRate: 0.5, steps: 4, tolerance: 0).run(
      from: Vector2(8, -4), loss: { 0.5 * $0.dot($0) }, gradient: { $0 })
    #expect(path.points == [Vector2(8, -4), Vector2(4, -2), Vector2(2, -1), Vector2(1, -0.5), Vector2(0.5, -0.25)])
    #expect(path.outcome == .stepLimit && path.stepCount == 4)
  }

  /// The descent figure's data (``DescentOptions/problem``, spread 3, weights (3, 9))
  /// against mpmath's (optimization-reference.json, "figure"): samples, Hessian, moment,
  /// minimiser, κ. A wrong spread or weight in the default, or the textbook formula applied
  /// wrongly, moves them far beyond these tolerances.
  @Test func figureDataMatchesTheReference() throws {
    let want = try OptimizationReference.shared.get().figure
    let problem = DescentOptions().problem
    try #require(problem.samples.count == want.samples.count)
    for (sample, row) in zip(problem.samples, want.samples) {
      #expect(near(sample.x1, row[0], 1e-15) && near(sample.x2, row[1], 1e-15) && near(sample.y, row[2], 1e-14))
    }
    let h = problem.hessian
    let r = want.problem
    #expect(near(h.a, r.hessian.a, 1e-14) && near(h.b, r.hessian.b, 1e-14) && near(h.c, r.hessian.c, 1e-14))
    #expect(near(problem.moment.x, r.moment[0], 1e-14) && near(problem.moment.y, r.moment[1], 1e-14))
    let w = try #require(problem.minimizer)
    #expect((w - r.minimum).length < 1e-12, "\(w)")
    #expect(abs(h.conditionNumber - r.conditionNumber) <= 1e-12 * r.conditionNumber)
    #expect(abs(problem.normalized().hessian.conditionNumber - want.normalized.conditionNumber) < 1e-12)
    // The moderate κ the figure is designed around (DescentOptions.problem).
    #expect(r.conditionNumber > 8 && r.conditionNumber < 10)
    #expect(DescentOptions().start == Vector2(want.start[0], want.start[1]))
    #expect(DescentOptions().steps == want.steps && DescentOptions().levels == want.levels)
  }

  /// Along the steep eigenvector the error is multiplied by 1 − ηλ_max = 1 − 2·0.8 = −0.6
  /// each step, so the step's component along it alternates in sign for the whole run: the
  /// zig-zag. The iterates and the step the run converges at are mpmath's
  /// (optimization-reference.json), which a wrong update rule, learning rate or stopping
  /// rule would leave at once.
  @Test func unnormalizedPathZigZags() throws {
    let reference = try OptimizationReference.shared.get().figure
    let options = DescentOptions()
    let path = Self.run(options.problem, options.unnormalizedRate, start: options.start, steps: options.steps)
    #expect(path.outcome == .converged(step: try #require(reference.unnormalizedPath.convergedStep)))
    let want = reference.unnormalizedPath.vectors
    try #require(path.points.count == want.count, "\(path.points.count) points, reference \(want.count)")
    for (k, (got, expected)) in zip(path.points, want).enumerated() {
      #expect((got - expected).length <= 1e-10 * max(1, expected.length), "w\(k) = \(got), reference \(expected)")
    }
    let steepest = reference.problem.eigenvectors[0]
    let steep = Vector2(steepest[0], steepest[1])
    let along = zip(path.points, path.points.dropFirst()).map { ($1 - $0).dot(steep) }
    for (a, b) in zip(along, along.dropFirst()) { #expect(a * b < 0) }
    // Each crossing of the valley is 0.6 of the one before (to rounding of the flat part).
    for (a, b) in zip(along, along.dropFirst()).prefix(8) { #expect(abs(abs(b / a) - 0.6) < 0.01, "\(b / a)") }
    for (a, b) in zip(path.losses, path.losses.dropFirst()) { #expect(b < a) }
  }

  /// Normalised, at the same fraction 0.8 of its own limit: every direction is overshot
  /// (factors 1 − 1.6·λ/λ_max = −0.6 and −0.45), so the path runs along one straight line
  /// through the minimum, past it and back: every iterate lies within 3 % of |w₀ − w*| of
  /// the line through w₀ and w*, every step is parallel to the first to within 10° (they
  /// turn from 7.4° off the steep eigenvector towards it as its error dominates), the loss
  /// falls strictly, and the run converges at mpmath's step, in half the steps of the
  /// unnormalised run.
  @Test func normalizedPathIsStraightAndMonotone() throws {
    let reference = try OptimizationReference.shared.get().figure
    let options = DescentOptions()
    let normalized = options.problem.normalized()
    let path = Self.run(
      normalized, options.normalizedRate, start: options.problem.normalizedWeights(options.start), steps: options.steps)
    let step = try #require(reference.normalizedPath.convergedStep)
    #expect(path.outcome == .converged(step: step))
    try #require(path.points.count == reference.normalizedPath.points.count)
    for (got, expected) in zip(path.points, reference.normalizedPath.vectors) {
      #expect((got - expected).length <= 1e-10 * max(1, expected.length), "\(got) vs \(expected)")
    }
    for (a, b) in zip(path.losses, path.losses.dropFirst()) { #expect(b < a) }
    let w0 = path.points[0]
    let m = reference.normalized.minimum
    let axis = (1 / (m - w0).length) * (m - w0)
    for p in path.points {
      let off = (p - w0).x * axis.y - (p - w0).y * axis.x
      #expect(abs(off) <= 0.03 * (m - w0).length, "\(p) is \(off) off the line")
    }
    let steps = zip(path.points, path.points.dropFirst()).map { $1 - $0 }
    for s in steps { #expect(abs(s.dot(steps[0])) / (s.length * steps[0].length) > cos(10 * Double.pi / 180)) }
    #expect(2 * step <= (reference.unnormalizedPath.convergedStep ?? 0))
  }

  @Test func rateAboveTheLimitDivergesAndIsStopped() {
    let path = Self.run(Self.problem, .relative(1.05), start: Vector2(-7, 0), steps: 200)
    guard case .diverged(let step) = path.outcome else {
      Issue.record("not flagged: \(path.outcome)")
      return
    }
    #expect(step < 40 && path.points.count == step + 1)
    #expect(path.points.allSatisfy(\.isFinite) && path.losses.allSatisfy(\.isFinite))
    #expect((path.losses.last ?? 0) > 10 * (path.losses.first ?? 0))
    // Huge rates overflow at once: the non-finite iterate is not kept.
    let wild = GradientDescent(learningRate: 1e300, steps: 10).run(on: Self.problem, from: Vector2(-7, 0))
    #expect(wild.diverged && wild.points.allSatisfy(\.isFinite))
    let nan = GradientDescent(learningRate: .nan, steps: 10).run(on: Self.problem, from: Vector2(-7, 0))
    #expect(nan.diverged && nan.points == [Vector2(-7, 0)])
  }

  /// 2/λ_max and the rates derived from it, against the limit computed from mpmath's
  /// eigenvalues (not the code's closed form): a wrong factor or eigenvalue fails. Both
  /// panels of the default figure run at the same fraction, 0.8, of their own limit.
  @Test func stabilityLimitIsTwoOverTheLargestEigenvalue() throws {
    let reference = try OptimizationReference.shared.get()
    let h = Self.problem.hessian
    let limit = reference.textbook.stabilityLimit
    #expect(abs(GradientDescent.stabilityLimit(h) - limit) <= 1e-14 * limit)
    #expect(abs(DescentOptions.LearningRate.relative(0.5).value(for: h) - limit / 2) <= 1e-14 * limit)
    let normalizedLimit = reference.normalized.stabilityLimit
    #expect(abs(GradientDescent.stabilityLimit(Self.problem.normalized().hessian) - normalizedLimit) <= 1e-14)
    let options = DescentOptions()
    let figure = reference.figure
    #expect(options.unnormalizedRate == .relative(figure.rateFraction))
    #expect(options.normalizedRate == options.unnormalizedRate)
    let eta = options.unnormalizedRate.value(for: options.problem.hessian)
    #expect(abs(eta - figure.unnormalizedPath.rate) <= 1e-14 * eta)
    let etaN = options.normalizedRate.value(for: options.problem.normalized().hessian)
    #expect(abs(etaN - figure.normalizedPath.rate) <= 1e-14 * etaN)
    #expect(DescentOptions.LearningRate.absolute(0.1).value(for: h) == 0.1)
    #expect(GradientDescent.stabilityLimit(SymmetricMatrix2(a: -1, b: 0, c: -2)) == .infinity)
    // At exactly the limit the steep component bounces forever: no convergence, no blow-up.
    let edge = Self.run(Self.problem, .relative(1), start: Vector2(-7, 0), steps: 50)
    #expect(edge.outcome == .stepLimit)
  }

  @Test func startAtTheMinimumStaysThere() throws {
    let w = try #require(Self.problem.minimizer)
    let path = GradientDescent(learningRate: 1, steps: 10).run(on: Self.problem, from: w)
    #expect(path.points.allSatisfy { ($0 - w).length < 1e-12 })
    let exact = GradientDescent(learningRate: 1, steps: 10).run(
      from: .zero, loss: { 0.5 * $0.dot($0) }, gradient: { $0 })
    #expect(exact.outcome == .converged(step: 0) && exact.points == [.zero])
    let none = GradientDescent(learningRate: 1, steps: 0).run(on: Self.problem, from: Vector2(0, 0))
    #expect(none.points == [Vector2(0, 0)] && none.outcome == .stepLimit)
  }
}
