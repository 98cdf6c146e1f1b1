/// What the descent figure of section 3.6.3 shows: which panels, and how gradient
/// descent is run on each. Every default is chosen to reproduce the book's picture from
/// computed data (see ``ContourChart/descent(_:)``).
public struct DescentOptions: Sendable, Hashable {
  /// Which problems get a panel.
  public enum Panels: String, Sendable, Hashable, CaseIterable {
    /// Unnormalised on the left, normalised on the right (the book's figure).
    case both
    case unnormalized
    case normalized
  }

  /// A learning rate, fixed or relative to the panel's own Hessian.
  public enum LearningRate: Sendable, Hashable {
    /// η = f · 2/λ_max, a fraction of the stability limit of the panel's problem: below 1
    /// the run converges, at 1 and above it does not (see ``GradientDescent``). The same
    /// f means "equally aggressive" on both problems whatever their scales.
    case relative(Double)
    /// η itself.
    case absolute(Double)

    /// η for a problem with this Hessian.
    public func value(for hessian: SymmetricMatrix2) -> Double {
      switch self {
      case .relative(let f): return f * GradientDescent.stabilityLimit(hessian)
      case .absolute(let eta): return eta
      }
    }
  }

  public var panels: Panels = .both
  /// The data; the normalised panel uses `problem.normalized()`.
  public var problem: LeastSquaresProblem = .textbook()
  /// Default 0.95 of the limit (η ≈ 1.9 for the textbook data): the steep direction
  /// (curvature λ_max) is overshot by 90 % each step, so the path zig-zags across the
  /// valley ("之字型", the book's left panel) for the whole run, while the flat direction
  /// (λ_min ≈ λ_max/100) advances only ≈ 1.9 % of the remaining way per step. A smaller
  /// fraction damps the zig-zag sooner (0.9: within ~15 steps), a fraction ≤ 0.5 walks an
  /// "L" instead (3.6.4), and ≥ 1 diverges.
  public var unnormalizedRate: LearningRate = .relative(0.95)
  /// Default 0.3 of the limit (η ≈ 0.57): every direction of the nearly round bowl
  /// shrinks by a factor 0.40 to 0.46 per step, so the path runs straight at the minimum in steps that
  /// shrink steadily (the book's right panel). 0.9 here would not zig-zag but bounce
  /// back and forth along one line through the minimum, since all curvatures are equal.
  public var normalizedRate: LearningRate = .relative(0.3)
  /// The most steps per panel; a run stops early when converged (relative gradient norm
  /// ≤ 10⁻³) or diverged. Default 25: enough for the normalised run to converge and
  /// for the unnormalised one to show it is still far from the minimum.
  public var steps = 25
  /// The start in the unnormalised weights, default (−7, 0): inside section 3.6.4's
  /// box w₁ ∈ [−10, 10], w₂ ∈ [−100, 100], off the minimum (≈ (3, 40)) by 10 along w₁
  /// and 40 along w₂, below and left of it as in the book. The normalised panel starts
  /// from the same model, v = (σ₁w₁, σ₂w₂) = (−7, 0), with its minimum at ≈ (3, 4).
  public var start = Vector2(-7, 0)
  /// Number of contour levels per panel.
  public var levels = 10
  public var spacing: ContourSpacing = .quadratic
  /// Overall title; nil for none.
  public var title: RichText?
  public var style: Style = .light

  public init() {}
}
