import Foundation

/// Plain gradient descent with a fixed learning rate:
///
///     w₍ₖ₊₁₎ = wₖ − η·∇L(wₖ)
///
/// On a quadratic L with Hessian H, the error along each eigenvector of H is multiplied by
/// (1 − ηλ) per step: it shrinks monotonically for η < 1/λ, overshoots and alternates sign
/// (the zig-zag) for 1/λ < η < 2/λ, and grows for η > 2/λ. So the run is stable exactly
/// when η < 2/λ_max, and the flattest direction then shrinks by at best 1 − 2λ_min/λ_max
/// per step: an elongated bowl (large condition number) is slow whatever η is.
/// (Nocedal & Wright, *Numerical Optimization*, 2nd ed., §3.3.)
///
/// The run stops after ``steps`` steps, or earlier when
/// - converged: ‖∇L(wₖ)‖ ≤ ``tolerance``·‖∇L(w₀)‖ (relative, so it does not depend on the
///   loss's units; 0 never stops early);
/// - diverged: wₖ or L(wₖ) is not finite, or L(wₖ) > L(w₀) + ``divergenceFactor``·|L(w₀)|.
///   A stable run on a convex quadratic never raises the loss above L(w₀). With the
///   default factor 10 and L ≥ 0, L(wₖ) − L* > 11·(L(w₀) − L*), so the iterate is more than
///   √11 ≈ 3.3 times as far from the minimum as the start (in the norm of H): outside a
///   plot that frames the start and the minimum. An unstable run (η > 2/λ_max) grows the
///   loss by (ηλ_max − 1)² per step and is caught within a few steps; a non-finite
///   iterate is not kept in the path.
public struct GradientDescent: Sendable, Hashable {
  /// η, the fixed step size.
  public var learningRate: Double
  /// The largest number of steps (the path has at most steps + 1 points).
  public var steps: Int
  /// Relative gradient norm at which the run counts as converged.
  public var tolerance: Double
  /// Loss growth, relative to the start, at which the run counts as diverged.
  public var divergenceFactor: Double

  public init(learningRate: Double, steps: Int, tolerance: Double = 1e-3, divergenceFactor: Double = 10) {
    self.learningRate = learningRate
    self.steps = steps
    self.tolerance = tolerance
    self.divergenceFactor = divergenceFactor
  }

  /// The run on `problem` from `start`.
  public func run(on problem: LeastSquaresProblem, from start: Vector2) -> DescentPath {
    run(from: start, loss: { problem.loss($0) }, gradient: { problem.gradient($0) })
  }

  /// The run on any differentiable `loss` with its `gradient`, from `start`.
  public func run(from start: Vector2, loss: (Vector2) -> Double, gradient: (Vector2) -> Vector2) -> DescentPath {
    var points = [start]
    var losses = [loss(start)]
    guard start.isFinite, losses[0].isFinite, learningRate.isFinite else {
      return DescentPath(points: points, losses: losses, outcome: .diverged(step: 0))
    }
    let limit = losses[0] + divergenceFactor * max(abs(losses[0]), .leastNormalMagnitude)
    let initialNorm = gradient(start).length
    var w = start
    var g = gradient(start)
    if g.length <= tolerance * initialNorm {
      return DescentPath(points: points, losses: losses, outcome: .converged(step: 0))
    }
    guard steps > 0 else { return DescentPath(points: points, losses: losses, outcome: .stepLimit) }
    for k in 1...steps {
      w = w - learningRate * g
      let value = loss(w)
      guard w.isFinite, value.isFinite else {
        return DescentPath(points: points, losses: losses, outcome: .diverged(step: k))
      }
      points.append(w)
      losses.append(value)
      if value > limit {
        return DescentPath(points: points, losses: losses, outcome: .diverged(step: k))
      }
      g = gradient(w)
      if g.length <= tolerance * initialNorm {
        return DescentPath(points: points, losses: losses, outcome: .converged(step: k))
      }
    }
    return DescentPath(points: points, losses: losses, outcome: .stepLimit)
  }

  /// The largest stable learning rate for a quadratic with Hessian `hessian`: 2/λ_max
  /// (∞ when H has no positive eigenvalue).
  public static func stabilityLimit(_ hessian: SymmetricMatrix2) -> Double {
    let largest = hessian.eigenvalues.largest
    return largest > 0 ? 2 / largest : .infinity
  }
}

/// The iterates of a ``GradientDescent`` run and how it ended.
public struct DescentPath: Sendable, Hashable {
  public enum Outcome: Sendable, Hashable {
    /// The relative gradient tolerance was met after `step` steps.
    case converged(step: Int)
    /// All steps were taken without meeting the tolerance.
    case stepLimit
    /// The loss blew up at `step` (see ``GradientDescent`` for the rule).
    case diverged(step: Int)
  }

  /// w₀, w₁, …: the start and every iterate kept.
  public var points: [Vector2]
  /// L(wₖ) for each point.
  public var losses: [Double]
  public var outcome: Outcome

  public init(points: [Vector2], losses: [Double], outcome: Outcome) {
    self.points = points
    self.losses = losses
    self.outcome = outcome
  }

  /// The number of steps drawn (points − 1).
  public var stepCount: Int { max(points.count - 1, 0) }

  public var diverged: Bool {
    if case .diverged = outcome { return true }
    return false
  }
}
