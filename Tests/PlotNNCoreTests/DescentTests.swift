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
  /// so the step's component along it alternates in sign: the zig-zag.
  @Test func unnormalizedPathZigZags() {
    let options = DescentOptions()
    let path = Self.run(Self.problem, options.unnormalizedRate, start: options.start)
    #expect(path.outcome == .stepLimit && path.stepCount == options.steps)
    let steep = Self.problem.hessian.eigenvector(for: Self.problem.hessian.eigenvalues.largest)
    let along = zip(path.points, path.points.dropFirst()).map { ($1 - $0).dot(steep) }
    for (a, b) in zip(along, along.dropFirst()) { #expect(a * b < 0) }
    // Still a descent: the loss never rises, but after 25 steps more than half the way
    // along w₂ is left (the flat direction shrinks by only 1 − 0.95·2λ_min/λ_max per step).
    for (a, b) in zip(path.losses, path.losses.dropFirst()) { #expect(b < a) }
    let w2 = Self.problem.minimizer?.y ?? 0
    #expect(w2 - (path.points.last?.y ?? 0) > 0.5 * (w2 - options.start.y))
    #expect(path.points.allSatisfy { abs($0.x) <= 13 && abs($0.y) <= 100 })
  }

  /// Normalised: the loss falls strictly, consecutive steps turn by under 5° (≤ 3.8° here:
  /// the curvatures 1 ± ρ differ by 10 %, so the path bends a little), and the run
  /// converges well within the step budget.
  @Test func normalizedPathIsStraightAndMonotone() throws {
    let options = DescentOptions()
    let normalized = Self.problem.normalized()
    let path = Self.run(normalized, options.normalizedRate, start: Self.problem.normalizedWeights(options.start))
    guard case .converged(let step) = path.outcome else {
      Issue.record("did not converge: \(path.outcome)")
      return
    }
    #expect(step <= 12)
    for (a, b) in zip(path.losses, path.losses.dropFirst()) { #expect(b < a) }
    let steps = zip(path.points, path.points.dropFirst()).map { $1 - $0 }
    for (s, t) in zip(steps, steps.dropFirst()) {
      let cosine = s.dot(t) / (s.length * t.length)
      #expect(cosine > cos(5 * Double.pi / 180))
    }
    let minimum = try #require(normalized.minimizer)
    #expect(((path.points.last ?? .zero) - minimum).length < 0.05)
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

  @Test func stabilityLimitIsTwoOverTheLargestEigenvalue() {
    let h = Self.problem.hessian
    #expect(GradientDescent.stabilityLimit(h) == 2 / h.eigenvalues.largest)
    #expect(DescentOptions.LearningRate.relative(0.5).value(for: h) == 1 / h.eigenvalues.largest)
    #expect(DescentOptions.LearningRate.absolute(0.1).value(for: h) == 0.1)
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
