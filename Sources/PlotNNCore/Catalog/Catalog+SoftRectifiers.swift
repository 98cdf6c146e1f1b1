import Foundation

// Smooth (or C¹) approximations of ReLU: softplus, squareplus, sparse plus.
extension BuiltinActivations {
  /// Softplus with PyTorch's linear regime, f(x) = x when β·x > threshold, else
  /// log(1 + e^(βx))/β; f′ = 1 when β·x > threshold, else σ(βx). PyTorch `nn.Softplus`
  /// (β = 1, threshold = 20); `jax.nn.softplus` and `keras.activations.softplus` have
  /// neither parameter (β = 1, no switch). The switch makes a tiny jump at threshold/β,
  /// where f′ = σ(threshold) as in PyTorch (`βx > threshold` is strict).
  /// f″ = β·σ′(βx) where βx ≤ threshold (the side f′ takes at the switch), 0 in the linear regime.
  static let softplus = Activation(
    id: "softplus", displayName: "Softplus",
    formula: "\(Typeset.fx)ln(1 + \(Typeset.exp("β\(Typeset.x)")))/β",
    tex: #"f(x) = \frac{1}{\beta} \ln(1 + e^{\beta x})"#,
    parameters: [
      Parameter("beta", default: 1, summary: "β > 0: sharpness of the corner"),
      Parameter("threshold", default: 20, summary: "above β·x = threshold, f(x) = x"),
    ],
    value: { x, p in p[0] * x > p[1] ? x : Stable.softplus(x, beta: p[0]) },
    derivative: { x, p in
      let t = p[0] * x
      guard t <= p[1] else { return 1 }
      guard t.isFinite else { return t > 0 ? 1 : 0 }
      let error = (-t).addingProduct(p[0], x)  // exact: β·x − t, applied to first order
      return Stable.sigmoid(t) + error * Stable.sigmoidDerivative(t)
    },
    secondDerivative: { x, p in
      let t = p[0] * x
      return t > p[1] || !t.isFinite ? 0 : p[0] * Stable.sigmoidDerivative(t)
    },
    breakpoints: { p in
      let corner = p[1] / p[0]
      return corner.isFinite ? [corner] : []
    },
    validate: { p in Check.finite(p, "beta", "threshold") ?? Check.require(p[0] > 0, "beta", "must be > 0", p[0]) },
    formulaWithValues: { p in "\(T.fx)ln(1 + \(T.exp(T.times(p[0], T.x))))\(T.over(p[0]))" },
    derivativeFormula: { p in "\(T.fpx)σ(\(T.times(p[0], T.x))) = 1/(1 + \(T.exp("−" + T.times(p[0], T.x))))" },
    texWithValues: { p in
      X.fx + (p[0] == 1 ? "" : #"\frac{1}{"# + X.number(p[0]) + "} ") + #"\ln(1 + e^{"# + X.times(p[0], "x") + "})"
    })

  /// Squareplus, f(x) = (x + √(x² + b))/2, f′ = (1 + x/√(x² + b))/2 (b = 4). JAX
  /// `jax.nn.squareplus`, `keras.activations.squareplus`. The root is `hypot(x, √b)`, so
  /// x² never overflows; for x < 0 both are rewritten without cancellation as
  /// b/(2(√(x² + b) − x)) and b/(2√(x² + b)(√(x² + b) − x)). Smooth for b > 0; for b = 0
  /// it is ReLU, with a kink at 0 where f′(0) = 0 as for `relu`.
  /// f″ = b/(2(x² + b)^(3/2)), divided one factor at a time so (x² + b)^(3/2) never overflows; 0 for b = 0.
  static let squareplus = Activation(
    id: "squareplus", displayName: "Squareplus",
    formula: "\(Typeset.fx)(\(Typeset.x) + √(\(Typeset.x)<sup>2</sup> + <i>b</i>))/2",
    tex: #"f(x) = \frac{x + \sqrt{x^{2} + b}}{2}"#,
    parameters: [Parameter("b", default: 4, summary: "b ≥ 0: curvature near 0 (b = 0 gives ReLU)")],
    value: { x, p in
      let root = hypot(x, p[0].squareRoot())
      // x/2 + root/2 is (x + root)/2 to the bit (halving is exact) without overflowing at 1.8e308.
      return x >= 0 ? x / 2 + root / 2 : p[0] / (root - x) / 2
    },
    derivative: { x, p in
      let root = hypot(x, p[0].squareRoot())
      guard root > 0 else { return 0 }  // b = 0 and x = 0: ReLU's convention
      return x >= 0 ? (1 + x / root) / 2 : p[0] / root / (root - x) / 2
    },
    secondDerivative: { x, p in
      let root = hypot(x, p[0].squareRoot())
      guard root > 0 else { return 0 }  // b = 0: ReLU, f″ = 0
      return p[0] / 2 / root / root / root
    },
    breakpoints: { p in p[0] == 0 ? [0] : [] },
    validate: { p in Check.finite(p, "b") ?? Check.require(p[0] >= 0, "b", "must be ≥ 0", p[0]) },
    formulaWithValues: { p in "\(T.fx)(\(T.x) + √(\(T.x)<sup>2</sup> + \(T.number(p[0]))))/2" },
    derivativeFormula: { p in "\(T.fpx)(1 + \(T.x)/√(\(T.x)<sup>2</sup> + \(T.number(p[0]))))/2" },
    texWithValues: { p in X.fx + #"\frac{x + \sqrt{"# + X.plus("x^{2}", p[0]) + "}}{2}" })

  /// Sparse plus, f(x) = 0 for x ≤ −1, (x + 1)²/4 for −1 < x < 1, x for x ≥ 1;
  /// f′ = 0, (x + 1)/2, 1 on the same pieces (continuous, so no convention is needed).
  /// JAX `jax.nn.sparse_plus`, `keras.activations.sparse_plus`. f″ jumps at ±1.
  /// f″ = 1/2 on the open interval (−1, 1), 0 elsewhere and at ±1 (the outer pieces f′ takes there).
  static let sparsePlus = Activation(
    id: "sparse-plus", displayName: "Sparse Plus",
    formula: "\(Typeset.fx)(\(Typeset.x) + 1)<sup>2</sup>/4 on [−1, 1], else max(0, \(Typeset.x))",
    tex: #"f(x) = \begin{cases} 0, & x \le -1 \\ \frac{(x + 1)^{2}}{4}, & -1 < x < 1 \\ x, & x \ge 1 \end{cases}"#,
    domain: -3...3,
    value: { x, _ in
      if x <= -1 { return 0 }
      if x >= 1 { return x }
      let s = x + 1  // exact near −1
      return s * s / 4
    },
    derivative: { x, _ in x <= -1 ? 0 : x >= 1 ? 1 : (x + 1) / 2 },
    secondDerivative: { x, _ in x > -1 && x < 1 ? 0.5 : 0 },
    breakpoints: { _ in [-1, 1] },
    derivativeFormula: { _ in "\(T.fpx)0 if \(T.x) ≤ −1, (\(T.x) + 1)/2 if \(T.x) &lt; 1, else 1" })
}
