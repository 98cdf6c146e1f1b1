import Foundation
import Testing

@testable import PlotNNCore

/// Gradient descent on the textbook problem: zig-zag unnormalised, straight normalised,
/// divergence caught.
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

  /// Along the steep eigenvector the error is multiplied by 1 − ηλ_max = −0.9 each step,
  /// so the step's component along it alternates in sign: the zig-zag. The iterates are
  /// checked against the path iterated in mpmath (optimization-reference.json), which a
  /// wrong update rule, learning rate or stopping rule would leave at once.
  @Test func unnormalizedPathZigZags() throws {
    let reference = try OptimizationReference.shared.get()
    let options = DescentOptions()
    let path = Self.run(Self.problem, options.unnormalizedRate, start: options.start)
    #expect(path.outcome == .stepLimit && path.stepCount == options.steps)
    let want = reference.unnormalizedPath.vectors
    try #require(path.points.count == want.count, "\(path.points.count) points, reference \(want.count)")
    for (k, (got, expected)) in zip(path.points, want).enumerated() {
      #expect((got - expected).length <= 1e-10 * max(1, expected.length), "w\(k) = \(got), reference \(expected)")
    }
    let steepest = reference.textbook.eigenvectors[0]
    let steep = Vector2(steepest[0], steepest[1])
    let along = zip(path.points, path.points.dropFirst()).map { ($1 - $0).dot(steep) }
    for (a, b) in zip(along, along.dropFirst()) { #expect(a * b < 0) }
    // Still a descent: the loss never rises, but after 25 steps more than half the way
    // along w₂ is left (the flat direction shrinks by only 1 − 0.95·2λ_min/λ_max per step).
    for (a, b) in zip(path.losses, path.losses.dropFirst()) { #expect(b < a) }
    let w2 = reference.textbook.minimizer[1]
    #expect(w2 - (path.points.last?.y ?? 0) > 0.5 * (w2 - options.start.y))
    #expect(path.points.allSatisfy { abs($0.x) <= 13 && abs($0.y) <= 100 })
  }

  /// Normalised: the loss falls strictly, consecutive steps turn by under 5° (≤ 3.8° here:
  /// the curvatures 1 ± ρ differ by 10 %, so the path bends a little), and the run
  /// converges well within the step budget, at the step and the iterates of the mpmath
  /// reference run.
  @Test func normalizedPathIsStraightAndMonotone() throws {
    let reference = try OptimizationReference.shared.get()
    let options = DescentOptions()
    let normalized = Self.problem.normalized()
    let path = Self.run(normalized, options.normalizedRate, start: Self.problem.normalizedWeights(options.start))
    guard case .converged(let step) = path.outcome else {
      Issue.record("did not converge: \(path.outcome)")
      return
    }
    #expect(step == reference.normalizedPath.convergedStep)
    for (got, expected) in zip(path.points, reference.normalizedPath.vectors) {
      #expect((got - expected).length <= 1e-10 * max(1, expected.length), "\(got) vs \(expected)")
    }
    for (a, b) in zip(path.losses, path.losses.dropFirst()) { #expect(b < a) }
    let steps = zip(path.points, path.points.dropFirst()).map { $1 - $0 }
    for (s, t) in zip(steps, steps.dropFirst()) {
      let cosine = s.dot(t) / (s.length * t.length)
      #expect(cosine > cos(5 * Double.pi / 180))
    }
    #expect(((path.points.last ?? .zero) - reference.normalized.minimum).length < 0.05)
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
  /// eigenvalues (not the code's closed form): a wrong factor or eigenvalue fails.
  @Test func stabilityLimitIsTwoOverTheLargestEigenvalue() throws {
    let reference = try OptimizationReference.shared.get()
    let h = Self.problem.hessian
    let limit = reference.textbook.stabilityLimit
    #expect(abs(GradientDescent.stabilityLimit(h) - limit) <= 1e-14 * limit)
    #expect(abs(DescentOptions.LearningRate.relative(0.5).value(for: h) - limit / 2) <= 1e-14 * limit)
    #expect(abs(DescentOptions().unnormalizedRate.value(for: h) - reference.unnormalizedPath.rate) <= 1e-14 * limit)
    let normalizedLimit = reference.normalized.stabilityLimit
    #expect(abs(GradientDescent.stabilityLimit(Self.problem.normalized().hessian) - normalizedLimit) <= 1e-14)
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
