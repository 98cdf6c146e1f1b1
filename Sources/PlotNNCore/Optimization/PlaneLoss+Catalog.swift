import Foundation

extension PlaneLoss {
  /// The named losses, each with a hand-written gradient (tested against central
  /// differences and the expression's AD), its known minima, a start and a window that
  /// frames both (the starts follow the usual visualisations: Rosenbrock's valley entered
  /// from the left, Rastrigin from a corner, the saddle from just off its ridge).
  public static let ids = [
    "least-squares", "least-squares-normalized", "rosenbrock", "beale", "booth", "himmelblau", "rastrigin",
    "ill-conditioned", "saddle",
  ]

  static let catalogNames: [[String]] = ids.map { [$0] } + [["quadratic"], ["least-squares-normalised"]]

  /// The loss named `name` (ignoring case, `-`, `_`), or nil.
  public static func named(_ name: String) -> PlaneLoss? {
    switch Identifier.normalize(name) {
    case "leastsquares": return leastSquares(DescentOptions().problem, name: "least-squares", title: "最小二乘（未归一化）")
    case "leastsquaresnormalized", "leastsquaresnormalised":
      return leastSquares(DescentOptions().problem.normalized(), name: "least-squares-normalized", title: "最小二乘（归一化）")
    case "rosenbrock": return rosenbrock
    case "beale": return beale
    case "booth": return booth
    case "himmelblau": return himmelblau
    case "rastrigin": return rastrigin
    case "illconditioned", "quadratic": return illConditioned
    case "saddle": return saddle
    default: return nil
    }
  }

  /// The chapter's least-squares problem (section 3.6.3's data, ``DescentOptions/problem``):
  /// L(w) = 1/(2n)·Σ(w·xᵢ − yᵢ)², started at the descent figure's (−1, 0) (mapped to the
  /// normalised weights for the normalised problem), framed by the sublevel set through it.
  static func leastSquares(_ problem: LeastSquaresProblem, name: String, title: String) -> PlaneLoss {
    let start =
      name == "least-squares"
      ? DescentOptions().start : DescentOptions().problem.normalizedWeights(DescentOptions().start)
    let m = problem.minimizer ?? .zero
    let box =
      ContourChart.sublevelSet(of: problem, through: start)?.region ?? ((m.x - 5)...(m.x + 5), (m.y - 5)...(m.y + 5))
    var loss = PlaneLoss(
      name: name, title: title, formula: "\\frac{1}{2n}\\sum_i (w_1 x_{1i} + w_2 x_{2i} - y_i)^2",
      minima: problem.minimizer.map { [$0] } ?? [], minimumValue: problem.minimumLoss, start: start, window: box,
      value: { problem.loss($0) }, gradient: { problem.gradient($0) })
    loss.axisNames = ("<i>w</i><sub>1</sub>", "<i>w</i><sub>2</sub>")
    return loss
  }

  /// Rosenbrock (1960): (1 − x)² + 100(y − x²)², minimum 0 at (1, 1) at the end of a curved
  /// flat valley. ∇ = (−2(1 − x) − 400x(y − x²), 200(y − x²)).
  static let rosenbrock = PlaneLoss(
    name: "rosenbrock", title: "Rosenbrock", formula: "(1-x)^2 + 100(y-x^2)^2", minima: [Vector2(1, 1)],
    minimumValue: 0, start: Vector2(-1.5, 2), window: (-2...2, -1...3),
    value: { p in (1 - p.x) * (1 - p.x) + 100 * (p.y - p.x * p.x) * (p.y - p.x * p.x) },
    gradient: { p in Vector2(-2 * (1 - p.x) - 400 * p.x * (p.y - p.x * p.x), 200 * (p.y - p.x * p.x)) })

  /// Beale: (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)², minimum 0 at (3, ½).
  /// With aᵢ = cᵢ − x + x·yⁱ (c = 1.5, 2.25, 2.625): ∂/∂x = Σ 2aᵢ(yⁱ − 1), ∂/∂y = Σ 2aᵢ·i·x·yⁱ⁻¹.
  static let beale = PlaneLoss(
    name: "beale", title: "Beale", formula: "(1.5-x+xy)^2+(2.25-x+xy^2)^2+(2.625-x+xy^3)^2",
    minima: [Vector2(3, 0.5)], minimumValue: 0, start: Vector2(1, 1.5), window: (-4.5...4.5, -4.5...4.5),
    value: { p in
      let (a1, a2, a3) = (1.5 - p.x + p.x * p.y, 2.25 - p.x + p.x * p.y * p.y, 2.625 - p.x + p.x * p.y * p.y * p.y)
      return a1 * a1 + a2 * a2 + a3 * a3
    },
    gradient: { p in
      let (y2, y3) = (p.y * p.y, p.y * p.y * p.y)
      let (a1, a2, a3) = (1.5 - p.x + p.x * p.y, 2.25 - p.x + p.x * y2, 2.625 - p.x + p.x * y3)
      return Vector2(
        2 * a1 * (p.y - 1) + 2 * a2 * (y2 - 1) + 2 * a3 * (y3 - 1),
        2 * a1 * p.x + 2 * a2 * 2 * p.x * p.y + 2 * a3 * 3 * p.x * y2)
    })

  /// Booth: (x + 2y − 7)² + (2x + y − 5)², a quadratic with minimum 0 at (1, 3).
  /// ∇ = (2a + 4b, 4a + 2b), a = x + 2y − 7, b = 2x + y − 5.
  static let booth = PlaneLoss(
    name: "booth", title: "Booth", formula: "(x+2y-7)^2 + (2x+y-5)^2", minima: [Vector2(1, 3)], minimumValue: 0,
    start: Vector2(-6, -6), window: (-10...10, -10...10),
    value: { p in (p.x + 2 * p.y - 7) * (p.x + 2 * p.y - 7) + (2 * p.x + p.y - 5) * (2 * p.x + p.y - 5) },
    gradient: { p in
      let (a, b) = (p.x + 2 * p.y - 7, 2 * p.x + p.y - 5)
      return Vector2(2 * a + 4 * b, 4 * a + 2 * b)
    })

  /// Himmelblau (1972): (x² + y − 11)² + (x + y² − 7)², four minima of value 0: (3, 2) and
  /// (−2.805118, 3.131312), (−3.779310, −3.283186), (3.584428, −1.848126) (roots of the
  /// gradient, to the digits quoted by the literature). ∇ = (4xa + 2b, 2a + 4yb),
  /// a = x² + y − 11, b = x + y² − 7.
  static let himmelblau = PlaneLoss(
    name: "himmelblau", title: "Himmelblau", formula: "(x^2+y-11)^2 + (x+y^2-7)^2",
    minima: [Vector2(3, 2), Vector2(-2.805118, 3.131312), Vector2(-3.779310, -3.283186), Vector2(3.584428, -1.848126)],
    minimumValue: 0, start: Vector2(0, 0), window: (-5...5, -5...5),
    value: { p in
      let (a, b) = (p.x * p.x + p.y - 11, p.x + p.y * p.y - 7)
      return a * a + b * b
    },
    gradient: { p in
      let (a, b) = (p.x * p.x + p.y - 11, p.x + p.y * p.y - 7)
      return Vector2(4 * p.x * a + 2 * b, 2 * a + 4 * p.y * b)
    })

  /// Rastrigin (n = 2, A = 10): 20 + Σ(xᵢ² − 10 cos 2πxᵢ), minimum 0 at the origin among a
  /// lattice of local minima near the integers. ∂/∂xᵢ = 2xᵢ + 20π sin 2πxᵢ.
  static let rastrigin = PlaneLoss(
    name: "rastrigin", title: "Rastrigin", formula: "20 + x^2 - 10\\cos 2\\pi x + y^2 - 10\\cos 2\\pi y",
    minima: [Vector2(0, 0)], minimumValue: 0, start: Vector2(-2, 3.5), window: (-4.5...4.5, -4.5...4.5),
    value: { p in 20 + p.x * p.x - 10 * cos(2 * .pi * p.x) + p.y * p.y - 10 * cos(2 * .pi * p.y) },
    gradient: { p in Vector2(2 * p.x + 20 * .pi * sin(2 * .pi * p.x), 2 * p.y + 20 * .pi * sin(2 * .pi * p.y)) })

  /// An ill-conditioned quadratic ½(x² + 10y²) (κ = 10, the reference table's): ∇ = (x, 10y).
  static let illConditioned = PlaneLoss(
    name: "ill-conditioned", title: "病态二次函数", formula: "\\tfrac{1}{2}(x^2 + 10y^2)", minima: [.zero], minimumValue: 0,
    start: Vector2(-4, 1), window: (-5...5, -2...2),
    value: { p in 0.5 * p.x * p.x + 5 * p.y * p.y }, gradient: { p in Vector2(p.x, 10 * p.y) })

  /// The saddle x² − y²: a stationary point at the origin that is no minimum; unbounded
  /// below, so no minimum is marked and a run leaves along y. Started just off the ridge
  /// y = 0, as in Radford's animations. ∇ = (2x, −2y).
  static let saddle = PlaneLoss(
    name: "saddle", title: "鞍点", formula: "x^2 - y^2", minima: [], minimumValue: nil, start: Vector2(-2.5, 0.01),
    window: (-3...3, -3...3), value: { p in p.x * p.x - p.y * p.y }, gradient: { p in Vector2(2 * p.x, -2 * p.y) })
}
