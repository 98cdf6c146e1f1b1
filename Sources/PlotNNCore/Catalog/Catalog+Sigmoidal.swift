import Foundation

// S-shaped (bounded) functions: logistic, tanh, softsign, log-sigmoid and the
// piecewise-linear "hard" approximations.
extension BuiltinActivations {
  /// Logistic sigmoid, f(x) = σ(x) = 1/(1 + e^−x), f′ = σ(x)·σ(−x). PyTorch `nn.Sigmoid`,
  /// `jax.nn.sigmoid`, `keras.activations.sigmoid`. Smooth; computed branching on the
  /// sign of x so that no exponential overflows.
  /// f″ = σ′(x)(1 − 2σ(x)) = −tanh(x/2)·σ(x)σ(−x), without cancellation.
  static let sigmoid = Activation(
    id: "sigmoid", aliases: ["logistic"], displayName: "Sigmoid",
    formula: "\(Typeset.fx)1/(1 + \(Typeset.exp("−\(Typeset.x)")))",
    tex: #"f(x) = \frac{1}{1+e^{-x}}"#,
    domain: -10...10,
    value: { x, _ in Stable.sigmoid(x) },
    derivative: { x, _ in Stable.sigmoidDerivative(x) },
    secondDerivative: { x, _ in -Foundation.tanh(x / 2) * Stable.sigmoidDerivative(x) },
    derivativeFormula: { _ in "\(T.fpx)σ(\(T.x))(1 − σ(\(T.x)))" })

  /// Hyperbolic tangent, f(x) = tanh x, f′ = 1 − tanh² x = sech² x (computed from
  /// e^−2|x|, so it never cancels or overflows). PyTorch `nn.Tanh`, `jax.nn.tanh`.
  /// f″ = −2·tanh x·sech² x.
  static let tanh = Activation(
    id: "tanh", displayName: "Tanh",
    formula: "\(Typeset.fx)tanh \(Typeset.x)",
    tex: #"f(x) = \tanh(x) = \frac{e^x - e^{-x}}{e^x + e^{-x}}"#,
    value: { x, _ in Foundation.tanh(x) },
    derivative: { x, _ in Stable.sech2(x) },
    secondDerivative: { x, _ in -2 * Foundation.tanh(x) * Stable.sech2(x) },
    derivativeFormula: { _ in "\(T.fpx)1 − tanh<sup>2</sup> \(T.x)" })

  /// Softsign, f(x) = x/(1 + |x|), f′ = 1/(1 + |x|)². PyTorch `nn.Softsign`,
  /// `jax.nn.soft_sign`, `keras.activations.softsign`. Smooth (f″ jumps at 0).
  /// f″ = −2·sign(x)/(1 + |x|)³, which jumps from 2 to −2 at 0; f″(0) = 0 (PyTorch differentiates |x| with sign(0) = 0).
  static let softsign = Activation(
    id: "softsign", aliases: ["soft-sign"], displayName: "Softsign",
    formula: "\(Typeset.fx)\(Typeset.x)/(1 + |\(Typeset.x)|)",
    tex: #"f(x) = \frac{x}{1 + |x|}"#,
    domain: -10...10,
    value: { x, _ in x / (1 + abs(x)) },
    derivative: { x, _ in
      let d = 1 + abs(x)
      return 1 / d / d
    },
    secondDerivative: { x, _ in
      let d = 1 + abs(x)
      return x == 0 ? 0 : (x > 0 ? -2 : 2) / d / d / d
    },
    secondDerivativeBreakpoints: { _ in [0] },
    derivativeFormula: { _ in "\(T.fpx)1/(1 + |\(T.x)|)<sup>2</sup>" })

  /// Log-sigmoid, f(x) = log σ(x) = −softplus(−x), f′ = σ(−x). PyTorch `nn.LogSigmoid`,
  /// `jax.nn.log_sigmoid`, `keras.activations.log_sigmoid`.
  /// f″ = −σ(x)σ(−x).
  static let logSigmoid = Activation(
    id: "log-sigmoid", displayName: "Log-Sigmoid",
    formula: "\(Typeset.fx)−ln(1 + \(Typeset.exp("−\(Typeset.x)")))",
    tex: #"f(x) = -\ln(1 + e^{-x})"#,
    value: { x, _ in -Stable.softplus(-x) },
    derivative: { x, _ in Stable.sigmoid(-x) },
    secondDerivative: { x, _ in -Stable.sigmoidDerivative(x) },
    derivativeFormula: { _ in "\(T.fpx)1/(1 + \(T.exp(T.x)))" })

  /// PyTorch's hard sigmoid, f(x) = min(max(x + 3, 0), 6)/6 (= x/6 + 1/2 on [−3, 3]).
  /// PyTorch `nn.Hardsigmoid`; JAX `hard_sigmoid` and Keras 3 `hard_sigmoid` are the same
  /// function. f′ = 1/6 on the open interval (−3, 3), so f′(±3) = 0 as in PyTorch.
  /// f″ = 0 on every piece and at both kinks.
  static let hardSigmoid = Activation(
    id: "hard-sigmoid", displayName: "Hard Sigmoid",
    formula: "\(Typeset.fx)max(0, min(1, \(Typeset.x)/6 + 1/2))",
    tex: #"f(x) = \begin{cases} 0, & x \le -3 \\ \frac{x}{6} + \frac{1}{2}, & -3 < x < 3 \\ 1, & x \ge 3 \end{cases}"#,
    value: { x, _ in x <= -3 ? 0 : x >= 3 ? 1 : (x + 3) / 6 },  // x + 3 is exact near −3
    derivative: { x, _ in x > -3 && x < 3 ? 1.0 / 6 : 0 },
    secondDerivative: { _, _ in 0 },
    breakpoints: { _ in [-3, 3] },
    derivativeFormula: { _ in "\(T.fpx)1/6 if −3 &lt; \(T.x) &lt; 3, else 0" })

  /// Keras 2's hard sigmoid, f(x) = clip(0.2·x + 0.5, 0, 1) (TensorFlow
  /// `tf.keras.activations.hard_sigmoid` before Keras 3 switched to PyTorch's form).
  /// f′ = 0.2 on the open interval (−2.5, 2.5) and 0 at ±2.5.
  /// f″ = 0 on every piece and at both kinks.
  static let hardSigmoidKeras = Activation(
    id: "hard-sigmoid-keras", displayName: "Hard Sigmoid (Keras)",
    formula: "\(Typeset.fx)max(0, min(1, 0.2\(Typeset.x) + 0.5))",
    tex: #"f(x) = \begin{cases} 0, & x \le -2.5 \\ 0.2x + 0.5, & -2.5 < x < 2.5 \\ 1, & x \ge 2.5 \end{cases}"#,
    value: { x, _ in x <= -2.5 ? 0 : x >= 2.5 ? 1 : (x + 2.5) / 5 },  // x + 2.5 is exact near −2.5
    derivative: { x, _ in x > -2.5 && x < 2.5 ? 0.2 : 0 },
    secondDerivative: { _, _ in 0 },
    breakpoints: { _ in [-2.5, 2.5] },
    derivativeFormula: { _ in "\(T.fpx)0.2 if −2.5 &lt; \(T.x) &lt; 2.5, else 0" })

  /// Sparse sigmoid, f(x) = clip((x + 1)/2, 0, 1). Keras 3 `keras.activations.sparse_sigmoid`,
  /// `jax.nn.sparse_sigmoid`. f′ = 1/2 on the open interval (−1, 1) and 0 at ±1.
  /// f″ = 0 on every piece and at both kinks.
  static let sparseSigmoid = Activation(
    id: "sparse-sigmoid", displayName: "Sparse Sigmoid",
    formula: "\(Typeset.fx)max(0, min(1, (\(Typeset.x) + 1)/2))",
    tex: #"f(x) = \begin{cases} 0, & x \le -1 \\ \frac{x + 1}{2}, & -1 < x < 1 \\ 1, & x \ge 1 \end{cases}"#,
    domain: -3...3,
    value: { x, _ in x <= -1 ? 0 : x >= 1 ? 1 : (x + 1) / 2 },
    derivative: { x, _ in x > -1 && x < 1 ? 0.5 : 0 },
    secondDerivative: { _, _ in 0 },
    breakpoints: { _ in [-1, 1] },
    derivativeFormula: { _ in "\(T.fpx)1/2 if −1 &lt; \(T.x) &lt; 1, else 0" })

  /// Hard tanh, f(x) = clamp(x, min_val, max_val) (defaults −1, 1). PyTorch `nn.Hardtanh`,
  /// `jax.nn.hard_tanh` (fixed at ±1). f′ = 1 on the open interval (min_val, max_val),
  /// 0 at both ends as in PyTorch's backward; JAX's `where` gives 1 at the ends.
  /// f″ = 0 on every piece and at both kinks.
  static let hardTanh = Activation(
    id: "hard-tanh", displayName: "Hard Tanh",
    formula: "\(Typeset.fx)min(max(\(Typeset.x), <i>min_val</i>), <i>max_val</i>)",
    tex: #"f(x) = \begin{cases} \text{min\_val}, & x \le \text{min\_val} \\ "#
      + #"x, & \text{min\_val} < x < \text{max\_val} \\ \text{max\_val}, & x \ge \text{max\_val} \end{cases}"#,
    parameters: [
      Parameter("min_val", default: -1, aliases: ["min"], summary: "lower clamp value"),
      Parameter("max_val", default: 1, aliases: ["max"], summary: "upper clamp value"),
    ],
    domain: -3...3,
    value: { x, p in x <= p[0] ? p[0] : x >= p[1] ? p[1] : x },
    derivative: { x, p in x > p[0] && x < p[1] ? 1 : 0 },
    secondDerivative: { _, _ in 0 },
    breakpoints: { p in [p[0], p[1]] },
    validate: { p in
      Check.finite(p, "min_val", "max_val")
        ?? (p[0] < p[1]
          ? nil : "min_val must be < max_val (got min_val=\(Check.format(p[0])), max_val=\(Check.format(p[1])))")
    },
    formulaWithValues: { p in "\(T.fx)min(max(\(T.x), \(T.number(p[0]))), \(T.number(p[1])))" },
    derivativeFormula: { p in "\(T.fpx)1 if \(T.number(p[0])) &lt; \(T.x) &lt; \(T.number(p[1])), else 0" },
    texWithValues: { p in
      let (low, high) = (X.number(p[0]), X.number(p[1]))
      return X.fx + X.cases([(low, #"x \le "# + low), ("x", "\(low) < x < \(high)"), (high, #"x \ge "# + high)])
    })
}
