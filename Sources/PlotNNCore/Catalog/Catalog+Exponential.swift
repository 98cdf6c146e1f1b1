import Foundation

// Units with an exponential negative branch (ELU, CELU, SELU) and the plain exponential.
extension BuiltinActivations {
  /// SELU's fixed constants λ (scale) and α from Klambauer et al. (2017), and their product.
  static let seluScale = 1.0507009873554804934193349852946
  static let seluAlpha = 1.6732632423543772848170429916717
  static let seluScaleAlpha = 1.7580993408473768599402175208123

  /// Exponential linear unit, f(x) = x for x > 0, else α·(e^x − 1) (via `expm1`).
  /// PyTorch `nn.ELU`, `jax.nn.elu`, `keras.activations.elu`. f′ = 1 for x > 0, else α·e^x;
  /// at the kink PyTorch's backward (`x <= 0` branch) gives f′(0) = α.
  /// f″ = 0 for x > 0, else α·e^x; f″(0) = α, the side f′(0) takes.
  static let elu = Activation(
    id: "elu", displayName: "ELU",
    formula: "\(Typeset.fx)\(Typeset.x) if \(Typeset.x) &gt; 0, else α(\(Typeset.exp(Typeset.x)) − 1)",
    tex: #"f(x) = \begin{cases} x, & x > 0 \\ \alpha (e^{x} - 1), & x \le 0 \end{cases}"#,
    parameters: [Parameter("alpha", default: 1, summary: "α: the limit −α as x → −∞")],
    value: { x, p in x > 0 ? x : p[0] * expm1(x) },
    derivative: { x, p in x > 0 ? 1 : p[0] * exp(x) },
    secondDerivative: { x, p in x > 0 ? 0 : p[0] * exp(x) },
    breakpoints: { _ in [0] },
    validate: { p in Check.finite(p, "alpha") },
    formulaWithValues: { p in
      "\(T.fx)\(T.x) if \(T.x) &gt; 0, else \(p[0] == 1 ? T.exp(T.x) + " − 1" : T.number(p[0]) + "(" + T.exp(T.x) + " − 1)")"
    },
    derivativeFormula: { p in "\(T.fpx)1 if \(T.x) &gt; 0, else \(T.times(p[0], T.exp(T.x)))" },
    texWithValues: { p in
      X.fx + X.cases([("x", "x > 0"), (p[0] == 1 ? "e^{x} - 1" : X.times(p[0], "(e^{x} - 1)"), #"x \le 0"#)])
    })

  /// Continuously differentiable ELU, f(x) = max(0, x) + min(0, α·(e^(x/α) − 1)).
  /// PyTorch `nn.CELU`, `jax.nn.celu`, `keras.activations.celu`. f′ = 1 for x > 0, else
  /// e^(x/α); PyTorch's backward takes the `x <= 0` branch, so f′(0) = 1 (C¹ for any α).
  /// f″ = 0 for x > 0, else e^(x/α)/α; f″(0) = 1/α, the side f′(0) takes.
  static let celu = Activation(
    id: "celu", displayName: "CELU",
    formula: "\(Typeset.fx)max(0, \(Typeset.x)) + min(0, α(\(Typeset.exp("\(Typeset.x)/α")) − 1))",
    tex: #"f(x) = \max(0, x) + \min(0, \alpha (e^{x/\alpha} - 1))"#,
    parameters: [Parameter("alpha", default: 1, summary: "α: scale of the negative branch, ≠ 0")],
    value: { x, p in max(0, x) + min(0, p[0] * expm1(x / p[0])) },
    derivative: { x, p in x > 0 ? 1 : exp(x / p[0]) },
    secondDerivative: { x, p in x > 0 ? 0 : exp(x / p[0]) / p[0] },
    breakpoints: { _ in [0] },
    validate: { p in Check.finite(p, "alpha") ?? Check.require(p[0] != 0, "alpha", "must be ≠ 0", p[0]) },
    formulaWithValues: { p in
      let branch = p[0] == 1 ? T.exp(T.x) + " − 1" : T.number(p[0]) + "(" + T.exp(T.x + T.over(p[0])) + " − 1)"
      return "\(T.fx)max(0, \(T.x)) + min(0, \(branch))"
    },
    derivativeFormula: { p in "\(T.fpx)1 if \(T.x) &gt; 0, else \(T.exp(T.x + T.over(p[0])))" },
    texWithValues: { p in
      let branch = p[0] == 1 ? "e^{x} - 1" : X.times(p[0], "(e^{" + X.over("x", p[0]) + "} - 1)")
      return X.fx + #"\max(0, x) + \min(0, "# + branch + ")"
    })

  /// Scaled ELU, f(x) = λ·(x for x > 0, else α·(e^x − 1)) with the fixed constants
  /// λ ≈ 1.0507 and α ≈ 1.6733. PyTorch `nn.SELU`, `jax.nn.selu`, `keras.activations.selu`.
  /// f′ = λ for x > 0, else λα·e^x; f′(0) = λα (PyTorch's `x <= 0` branch).
  /// f″ = 0 for x > 0, else λα·e^x; f″(0) = λα, the side f′(0) takes.
  static let selu = Activation(
    id: "selu", displayName: "SELU",
    formula: "\(Typeset.fx)λ·(\(Typeset.x) if \(Typeset.x) &gt; 0, else α(\(Typeset.exp(Typeset.x)) − 1))",
    tex: #"f(x) = \lambda \begin{cases} x, & x > 0 \\ \alpha (e^{x} - 1), & x \le 0 \end{cases}"#,
    value: { x, _ in x > 0 ? seluScale * x : seluScaleAlpha * expm1(x) },
    derivative: { x, _ in x > 0 ? seluScale : seluScaleAlpha * exp(x) },
    secondDerivative: { x, _ in x > 0 ? 0 : seluScaleAlpha * exp(x) },
    breakpoints: { _ in [0] },
    formulaWithValues: { _ in "\(T.fx)λ·(\(T.x) if \(T.x) &gt; 0, else α(\(T.exp(T.x)) − 1)), λ ≈ 1.0507, α ≈ 1.6733" },
    derivativeFormula: { _ in "\(T.fpx)λ if \(T.x) &gt; 0, else λα\(T.exp(T.x)), λ ≈ 1.0507, λα ≈ 1.7581" },
    texWithValues: { _ in
      X.fx + #"\lambda "# + X.cases([("x", "x > 0"), (#"\alpha (e^{x} - 1)"#, #"x \le 0"#)])
        + #", \quad \lambda \approx 1.0507, \ \alpha \approx 1.6733"#
    })

  /// Exponential, f(x) = f′(x) = e^x. Keras `keras.activations.exponential`, `torch.exp`.
  /// Overflows to +∞ for x > log(DBL_MAX) ≈ 709.78, as the true value does.
  /// f″ = e^x.
  static let exponential = Activation(
    id: "exponential", aliases: ["exp"], displayName: "Exponential",
    formula: "\(Typeset.fx)\(Typeset.exp(Typeset.x))",
    tex: #"f(x) = e^{x}"#,
    domain: -5...3,
    value: { x, _ in exp(x) },
    derivative: { x, _ in exp(x) },
    secondDerivative: { x, _ in exp(x) },
    derivativeFormula: { _ in "\(T.fpx)\(T.exp(T.x))" })
}
