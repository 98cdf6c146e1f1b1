/// What the descent figure of section 3.6.3 shows: which panels, and how gradient
/// descent is run on each. Every default is chosen to show the book's point from computed
/// data, comparing like with like (see ``ContourChart/descent(_:)``): closed elliptical
/// contours and a zig-zag you can count on the left, near circles and a straight path on
/// the right, both runs at one relative step.
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
  /// The data: ``LeastSquaresProblem/textbook(count:spread:weights:)`` with features 3×
  /// apart in spread and true weights (3, 9), so H has κ ≈ 9 and the contours are ellipses
  /// 3× taller than wide. A moderate κ on purpose: at κ = 100 (3.6.4's 10×) the ellipses
  /// are so thin that, at equal aspect in a panel of the default 960x480 figure, they show
  /// as open stripes, and the run takes hundreds of steps that pile into one another; at
  /// κ ≈ 9 the closed ellipses fill the panel's height, the zig-zag is a few tens of points
  /// wide, and the run still needs about twice the steps of the normalised one. The
  /// normalised panel uses `problem.normalized()` (κ ≈ 1.1, near circles).
  public var problem: LeastSquaresProblem = .textbook(spread: 3, weights: Vector2(3, 9))
  /// Default 0.8 of the unnormalised problem's stability limit (η ≈ 1.60), the same
  /// fraction as ``normalizedRate``: the figure compares like with like, each problem at
  /// the same fraction of the largest rate it can take (the chart's subtitle says so).
  /// The steep direction (curvature λ_max) is overshot by 60 % each step, so the path
  /// crosses the valley back and forth (the book's "之字型"), each crossing 0.6 of the one
  /// before: about six you can count before they shrink under a few points; meanwhile the
  /// flat direction (λ_min ≈ λ_max/9) advances 1.6/9 ≈ 18 % of the remaining way per step,
  /// and the run converges in 28 steps.
  /// A fraction ≤ 0.5 walks an "L" instead (3.6.4), and ≥ 1 diverges.
  public var unnormalizedRate: LearningRate = .relative(0.8)
  /// Default 0.8 of the normalised problem's limit (η ≈ 1.52), the same fraction as
  /// ``unnormalizedRate``. Every direction of the nearly round bowl is overshot by about
  /// the same 45–60 % per step, so the path runs along one straight line through the
  /// minimum, past it and back in ever shorter steps, and converges in 14 steps, half those
  /// of the unnormalised run. (No one fraction gives both a zig-zag on the left and no
  /// overshoot on the right: the zig-zag needs more than half the limit, and at more than
  /// half the limit the round bowl is overshot too; what normalisation changes is that the
  /// overshoot is along the path, not across it.)
  public var normalizedRate: LearningRate = .relative(0.8)
  /// The most steps per panel; a run stops early when converged (relative gradient norm
  /// ≤ 10⁻³) or diverged. Default 100: both default runs converge well within it (the
  /// unnormalised in 28 steps, the normalised in 14), so the panel subtitles compare the
  /// two step counts. Steps that move less than a device pixel merge in the
  /// drawing (``DescentPathGeometry``), so the many short last steps cost nothing.
  public var steps = 100
  /// The start in the unnormalised weights, default (−1, 0): below and left of the minimum
  /// (≈ (3.02, 9.0)) as in the book, off it by 4 along the steep w₁ (so the first crossing
  /// of the valley is wide) and 9 along the flat w₂. The outermost contour is drawn through
  /// it. The normalised panel starts from the same model, v = (σ₁w₁, σ₂w₂) = (−1, 0), with
  /// its minimum at ≈ (3.02, 3.0).
  public var start = Vector2(-1, 0)
  /// Number of contour levels per panel, the outermost through the start; default 8, at
  /// evenly spaced (Mahalanobis) distances from the minimum, one ring per 1/8 of the way.
  public var levels = 8
  public var spacing: ContourSpacing = .quadratic
  /// Overall title; nil for none.
  public var title: RichText?
  public var style: Style = .light

  public init() {}
}
