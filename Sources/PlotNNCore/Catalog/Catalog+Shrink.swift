import Foundation

// Shrinkage functions that pull small inputs to (or toward) zero.
extension BuiltinActivations {
  /// The breakpoints ±λ, a single 0 when λ = 0.
  private static func symmetricBreakpoints(_ p: ParameterValues) -> [Double] {
    let lambda = abs(p[0])
    return lambda == 0 ? [0] : [-lambda, lambda]
  }

  /// Validation for λ: finite and ≥ 0.
  private static func validateLambda(_ p: ParameterValues) -> String? {
    Check.finite(p, "lambd") ?? Check.require(p[0] >= 0, "lambd", "must be ≥ 0", p[0])
  }

  /// Hard shrinkage, f(x) = x for |x| > λ, else 0 (λ = `lambd`, 0.5). PyTorch `nn.Hardshrink`,
  /// `keras.activations.hard_shrink`. f′ = 1 for |x| > λ, else 0, so f′(±λ) = 0 as in
  /// PyTorch's backward (`-λ <= x <= λ ? 0 : 1`).
  /// f″ = 0 on every piece and at both jumps.
  static let hardShrink = Activation(
    id: "hard-shrink", displayName: "Hard Shrink",
    formula: "\(Typeset.fx)\(Typeset.x) if |\(Typeset.x)| &gt; λ, else 0",
    tex: #"f(x) = \begin{cases} x, & |x| > \lambda \\ 0, & |x| \le \lambda \end{cases}"#,
    parameters: [Parameter("lambd", default: 0.5, aliases: ["lambda"], summary: "λ ≥ 0: half-width of the zero band")],
    domain: -2...2,
    value: { x, p in abs(x) > p[0] ? x : 0 },
    derivative: { x, p in abs(x) > p[0] ? 1 : 0 },
    secondDerivative: { _, _ in 0 },
    breakpoints: { p in symmetricBreakpoints(p) },
    validate: { p in validateLambda(p) },
    formulaWithValues: { p in "\(T.fx)\(T.x) if |\(T.x)| &gt; \(T.number(p[0])), else 0" },
    derivativeFormula: { p in "\(T.fpx)1 if |\(T.x)| &gt; \(T.number(p[0])), else 0" },
    texWithValues: { p in X.fx + X.cases([("x", "|x| > " + X.number(p[0])), ("0", #"|x| \le "# + X.number(p[0]))]) })

  /// Soft shrinkage, f(x) = x − λ for x > λ, x + λ for x < −λ, else 0 (λ = `lambd`, 0.5).
  /// PyTorch `nn.Softshrink`, `keras.activations.soft_shrink` (whose `threshold` is an
  /// alias here). f′ = 1 for |x| > λ, else 0, so f′(±λ) = 0 as in PyTorch's backward.
  /// f″ = 0 on every piece and at both kinks.
  static let softShrink = Activation(
    id: "soft-shrink", displayName: "Soft Shrink",
    formula: "\(Typeset.fx)sign(\(Typeset.x))·max(|\(Typeset.x)| − λ, 0)",
    tex: #"f(x) = \begin{cases} x - \lambda, & x > \lambda \\ x + \lambda, & x < -\lambda \\ "#
      + #"0, & |x| \le \lambda \end{cases}"#,
    parameters: [
      Parameter("lambd", default: 0.5, aliases: ["lambda", "threshold"], summary: "λ ≥ 0: amount of shrinkage")
    ],
    domain: -2...2,
    value: { x, p in x > p[0] ? x - p[0] : x < -p[0] ? x + p[0] : 0 },
    derivative: { x, p in abs(x) > p[0] ? 1 : 0 },
    secondDerivative: { _, _ in 0 },
    breakpoints: { p in symmetricBreakpoints(p) },
    validate: { p in validateLambda(p) },
    formulaWithValues: { p in "\(T.fx)sign(\(T.x))·max(|\(T.x)| − \(T.number(p[0])), 0)" },
    derivativeFormula: { p in "\(T.fpx)1 if |\(T.x)| &gt; \(T.number(p[0])), else 0" },
    texWithValues: { p in
      let lambda = X.number(p[0])
      return X.fx
        + X.cases([
          (X.plus("x", -p[0]), "x > " + lambda), (X.plus("x", p[0]), "x < " + (p[0] == 0 ? "0" : X.number(-p[0]))),
          ("0", #"|x| \le "# + lambda),
        ])
    })

  /// Tanh shrinkage, f(x) = x − tanh x, f′ = tanh² x. PyTorch `nn.Tanhshrink`,
  /// `keras.activations.tanh_shrink`. Smooth; near 0 (where f ≈ x³/3) it is evaluated
  /// without cancellation, see ``Stable/tanhShrink(_:)``.
  /// f″ = 2·tanh x·sech² x.
  static let tanhShrink = Activation(
    id: "tanh-shrink", displayName: "Tanh Shrink",
    formula: "\(Typeset.fx)\(Typeset.x) − tanh \(Typeset.x)",
    tex: #"f(x) = x - \tanh(x)"#,
    value: { x, _ in Stable.tanhShrink(x) },
    derivative: { x, _ in
      let t = Foundation.tanh(x)
      return t * t
    },
    secondDerivative: { x, _ in 2 * Foundation.tanh(x) * Stable.sech2(x) },
    derivativeFormula: { _ in "\(T.fpx)tanh<sup>2</sup> \(T.x)" })
}
