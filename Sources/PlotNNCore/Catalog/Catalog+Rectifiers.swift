import Foundation

// Piecewise-linear units: identity, ReLU and its leaky and bounded variants, threshold.
extension BuiltinActivations {
  /// Identity, f(x) = x, f′(x) = 1. PyTorch `nn.Identity`, Keras `linear`.
  /// f″ = 0.
  static let identity = Activation(
    id: "identity", aliases: ["linear"], displayName: "Identity",
    formula: "\(Typeset.fx)\(Typeset.x)",
    tex: #"f(x) = x"#,
    value: { x, _ in x },
    derivative: { _, _ in 1 },
    secondDerivative: { _, _ in 0 },
    derivativeFormula: { _ in "\(T.fpx)1" })

  /// Rectified linear unit, f(x) = max(0, x). PyTorch `nn.ReLU`, `jax.nn.relu`,
  /// `keras.activations.relu`. At the kink f′(0) = 0 (PyTorch's backward is `x > 0`;
  /// JAX and TensorFlow agree).
  /// f″ = 0 on both pieces and at the kink (PyTorch's double backward).
  static let relu = Activation(
    id: "relu", displayName: "ReLU",
    formula: "\(Typeset.fx)max(0, \(Typeset.x))",
    tex: #"f(x) = \begin{cases} x, & x > 0 \\ 0, & x \le 0 \end{cases}"#,
    value: { x, _ in x > 0 ? x : 0 },
    derivative: { x, _ in x > 0 ? 1 : 0 },
    secondDerivative: { _, _ in 0 },
    breakpoints: { _ in [0] },
    derivativeFormula: { _ in "\(T.fpx)1 if \(T.x) &gt; 0, else 0" })

  /// ReLU capped at 6, f(x) = min(max(0, x), 6). PyTorch `nn.ReLU6` (implemented as
  /// `hardtanh(x, 0, 6)`), `jax.nn.relu6`, `keras.activations.relu6`.
  /// f′ = 1 only on the open interval (0, 6): f′(0) = f′(6) = 0.
  /// f″ = 0 on every piece and at both kinks.
  static let relu6 = Activation(
    id: "relu6", displayName: "ReLU6",
    formula: "\(Typeset.fx)min(max(0, \(Typeset.x)), 6)",
    tex: #"f(x) = \begin{cases} 0, & x \le 0 \\ x, & 0 < x < 6 \\ 6, & x \ge 6 \end{cases}"#,
    domain: -2...8,
    value: { x, _ in min(max(0, x), 6) },
    derivative: { x, _ in x > 0 && x < 6 ? 1 : 0 },
    secondDerivative: { _, _ in 0 },
    breakpoints: { _ in [0, 6] },
    derivativeFormula: { _ in "\(T.fpx)1 if 0 &lt; \(T.x) &lt; 6, else 0" })

  /// Leaky ReLU, f(x) = x for x > 0, else α·x (α = `negative_slope`, 0.01).
  /// PyTorch `nn.LeakyReLU`, `jax.nn.leaky_relu`, `keras.activations.leaky_relu`.
  /// At the kink PyTorch's backward (`x > 0 ? 1 : α`) gives f′(0) = α, which is followed;
  /// JAX's `where(x >= 0, …)` gives 1 instead.
  /// f″ = 0 on both pieces and at the kink.
  static let leakyReLU = Activation(
    id: "leaky-relu", displayName: "Leaky ReLU",
    formula: "\(Typeset.fx)max(α\(Typeset.x), \(Typeset.x))",
    tex: #"f(x) = \begin{cases} x, & x > 0 \\ \alpha x, & x \le 0 \end{cases}"#,
    parameters: [
      Parameter("negative_slope", default: 0.01, aliases: ["alpha", "slope"], summary: "slope α for x < 0")
    ],
    value: slopedValue, derivative: slopedDerivative, secondDerivative: { _, _ in 0 }, breakpoints: { _ in [0] },
    validate: { p in Check.finite(p, "negative_slope") },
    formulaWithValues: { p in
      (0...1).contains(p[0])
        ? "\(T.fx)max(\(T.times(p[0], T.x)), \(T.x))" : "\(T.fx)\(T.x) if \(T.x) &gt; 0, else \(T.times(p[0], T.x))"
    },
    derivativeFormula: { p in "\(T.fpx)1 if \(T.x) &gt; 0, else \(T.number(p[0]))" },
    texWithValues: { p in X.fx + X.cases([("x", "x > 0"), (X.times(p[0], "x"), #"x \le 0"#)]) })

  /// Parametric ReLU with a single (here fixed) weight a, f(x) = max(0, x) + a·min(0, x).
  /// PyTorch `nn.PReLU` (init 0.25), Keras `PReLU` layer. f′(0) = a as in PyTorch's
  /// backward (`x > 0 ? 1 : a`).
  /// f″ = 0 on both pieces and at the kink.
  static let preLU = Activation(
    id: "prelu", displayName: "PReLU",
    formula: "\(Typeset.fx)max(0, \(Typeset.x)) + <i>a</i>·min(0, \(Typeset.x))",
    tex: #"f(x) = \begin{cases} x, & x > 0 \\ a x, & x \le 0 \end{cases}"#,
    parameters: [
      Parameter("weight", default: 0.25, aliases: ["alpha", "init", "a"], summary: "learned slope a for x < 0")
    ],
    value: slopedValue, derivative: slopedDerivative, secondDerivative: { _, _ in 0 }, breakpoints: { _ in [0] },
    validate: { p in Check.finite(p, "weight") },
    formulaWithValues: { p in "\(T.fx)max(0, \(T.x)) + \(T.number(p[0]))·min(0, \(T.x))" },
    derivativeFormula: { p in "\(T.fpx)1 if \(T.x) &gt; 0, else \(T.number(p[0]))" },
    texWithValues: { p in X.fx + X.cases([("x", "x > 0"), (X.times(p[0], "x"), #"x \le 0"#)]) })

  /// Randomized leaky ReLU in evaluation mode, where the random slope is replaced by
  /// its mean a = (lower + upper)/2: f(x) = x for x ≥ 0, else a·x. PyTorch `nn.RReLU`
  /// (`training=False`). f′(0) = a, as PyTorch's leaky-ReLU backward.
  /// f″ = 0 on both pieces and at the kink.
  static let rReLU = Activation(
    id: "rrelu", displayName: "RReLU",
    formula: "\(Typeset.fx)max(0, \(Typeset.x)) + ((<i>l</i> + <i>u</i>)/2)·min(0, \(Typeset.x))",
    tex: #"f(x) = \begin{cases} x, & x \ge 0 \\ \frac{l + u}{2} x, & x < 0 \end{cases}"#,
    parameters: [
      Parameter("lower", default: 1.0 / 8, summary: "lower bound l of the random slope"),
      Parameter("upper", default: 1.0 / 3, summary: "upper bound u of the random slope"),
    ],
    value: { x, p in x >= 0 ? x : rreluSlope(p) * x },
    derivative: { x, p in x > 0 ? 1 : rreluSlope(p) },
    secondDerivative: { _, _ in 0 },
    breakpoints: { _ in [0] },
    validate: { p in
      Check.finite(p, "lower", "upper")
        ?? (p[0] <= p[1] ? nil : "lower must be ≤ upper (got lower=\(Check.format(p[0])), upper=\(Check.format(p[1])))")
    },
    formulaWithValues: { p in "\(T.fx)max(0, \(T.x)) + \(T.number(rreluSlope(p)))·min(0, \(T.x))" },
    derivativeFormula: { p in "\(T.fpx)1 if \(T.x) &gt; 0, else \(T.number(rreluSlope(p)))" },
    texWithValues: { p in X.fx + X.cases([("x", #"x \ge 0"#), (X.times(rreluSlope(p), "x"), "x < 0")]) })

  /// The eval-mode slope (lower + upper)/2, halving first when the sum overflows.
  private static func rreluSlope(_ p: ParameterValues) -> Double {
    let sum = p[0] + p[1]
    return sum.isFinite ? sum / 2 : p[0] / 2 + p[1] / 2
  }

  /// Threshold, f(x) = x for x > θ, else v (θ = `threshold`, v = `value`). PyTorch
  /// `nn.Threshold`, which has no defaults; θ = 1, v = 0 make the jump visible.
  /// f′ = 1 for x > θ and 0 otherwise, so f′(θ) = 0 (PyTorch's backward `x <= θ ? 0 : 1`).
  /// f″ = 0 on both pieces and at the jump.
  static let threshold = Activation(
    id: "threshold", displayName: "Threshold",
    formula: "\(Typeset.fx)\(Typeset.x) if \(Typeset.x) &gt; θ, else <i>v</i>",
    tex: #"f(x) = \begin{cases} x, & x > \theta \\ v, & x \le \theta \end{cases}"#,
    parameters: [
      Parameter("threshold", default: 1, aliases: ["th"], summary: "θ: inputs at or below it are replaced"),
      Parameter("value", default: 0, summary: "v: the replacement for x ≤ θ"),
    ],
    domain: -3...3,
    value: { x, p in x > p[0] ? x : p[1] },
    derivative: { x, p in x > p[0] ? 1 : 0 },
    secondDerivative: { _, _ in 0 },
    breakpoints: { p in [p[0]] },
    validate: { p in Check.finite(p, "threshold", "value") },
    formulaWithValues: { p in "\(T.fx)\(T.x) if \(T.x) &gt; \(T.number(p[0])), else \(T.number(p[1]))" },
    derivativeFormula: { p in "\(T.fpx)1 if \(T.x) &gt; \(T.number(p[0])), else 0" },
    texWithValues: { p in
      X.fx + X.cases([("x", "x > " + X.number(p[0])), (X.number(p[1]), #"x \le "# + X.number(p[0]))])
    })

  /// x for x > 0, else a·x with a the first parameter: leaky ReLU and PReLU, which differ
  /// only in their parameter's name and default.
  private static let slopedValue: @Sendable (Double, ParameterValues) -> Double = { x, p in x > 0 ? x : p[0] * x }
  /// 1 for x > 0, else a; a at 0, as PyTorch's backward (`x > 0 ? 1 : a`).
  private static let slopedDerivative: @Sendable (Double, ParameterValues) -> Double = { x, p in x > 0 ? 1 : p[0] }
}
