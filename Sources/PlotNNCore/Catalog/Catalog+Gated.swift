import Foundation

// Self-gated units x·g(x): GELU (exact and tanh approximation), SiLU, Mish, hard swish.
extension BuiltinActivations {
  /// Gaussian error linear unit, f(x) = x·Φ(x) = x·erfc(−x/√2)/2, f′ = Φ(x) + x·φ(x).
  /// PyTorch `nn.GELU()` (default `approximate='none'`), `jax.nn.gelu(approximate=False)`,
  /// `keras.activations.gelu(approximate=False)`. JAX and Keras default to the tanh
  /// approximation (see `gelu-tanh`); PyTorch's exact default is followed. Smooth.
  /// f″ = φ(x)·(2 − x²), the factor rounded once (fused multiply-add) so its zeros at ±√2 keep relative accuracy nearby.
  static let gelu = Activation(
    id: "gelu", displayName: "GELU",
    formula: "\(Typeset.fx)\(Typeset.x)·Φ(\(Typeset.x))",
    tex: #"f(x) = x \, \Phi(x)"#,
    value: { x, _ in x * Stable.normalCDF(x) },
    derivative: { x, _ in Stable.normalCDF(x) + x * Stable.normalDensity(x) },
    secondDerivative: { x, _ in Stable.normalDensity(x) * 2.0.addingProduct(-x, x) },
    derivativeFormula: { _ in "\(T.fpx)Φ(\(T.x)) + \(T.x)φ(\(T.x))" })

  /// GELU's tanh approximation, f(x) = x/2·(1 + tanh u) with u = √(2/π)(x + 0.044715x³),
  /// computed as x·σ(2u) since 1 + tanh u = 2σ(2u); f′ = σ(2u) + 2x·σ(2u)σ(−2u)·u′ with
  /// u′ = √(2/π)(1 + 3·0.044715x²). PyTorch `nn.GELU(approximate='tanh')`,
  /// `jax.nn.gelu` (default), `keras.activations.gelu(approximate=True)`. Smooth.
  /// f″ = σ′(t)·(2t′ + x(t″ − tanh(t/2)·t′²)) with t = 2u, t′ = 2u′, t″ = 2√(2/π)·6·0.044715x (σ″ = −tanh(t/2)·σ′).
  static let geluTanh = Activation(
    id: "gelu-tanh", aliases: ["gelu-approximate", "approximate-gelu"], displayName: "GELU (tanh)",
    formula: "\(Typeset.fx)0.5\(Typeset.x)(1 + tanh(√(2/π)(\(Typeset.x) + 0.044715\(Typeset.x)<sup>3</sup>)))",
    tex: #"f(x) = 0.5x \left(1 + \tanh\left(\sqrt{\frac{2}{\pi}} \left(x + 0.044715 x^{3}\right)\right)\right)"#,
    value: { x, _ in x * Stable.sigmoid(Stable.geluTanhGateArgument(x)) },
    derivative: { x, _ in
      let t = Stable.geluTanhGateArgument(x)
      let gate = Stable.sigmoid(t)
      // σ(t)σ(−t), corrected to first order: d/dt log(σ(t)σ(−t)) = σ(−t) − σ(t).
      let slope = Stable.sigmoidDerivative(t.head) * (1 + t.tail * (Stable.sigmoid(-t.head) - Stable.sigmoid(t.head)))
      guard slope > 0 else { return gate }  // |t| huge: avoids 0·∞ when x·u′ overflows
      return gate + 2 * x * slope * Stable.geluTanhArgumentDerivative(x)
    },
    secondDerivative: geluTanhSecondDerivative,
    derivativeFormula: { _ in
      "\(T.fpx)0.5(1 + tanh <i>u</i>) + 0.5\(T.x)(1 − tanh<sup>2</sup> <i>u</i>)<i>u</i>′, <i>u</i> = √(2/π)(\(T.x) + 0.044715\(T.x)<sup>3</sup>)"
    })

  /// Sigmoid linear unit (swish with β = 1), f(x) = x·σ(x), f′ = σ(x)(1 + x·σ(−x)).
  /// PyTorch `nn.SiLU`, `jax.nn.silu`/`swish`, `keras.activations.silu`/`swish`. Smooth.
  /// f″ = σ′(x)(2 − x·tanh(x/2)) (σ″ = −tanh(x/2)·σ′).
  static let silu = Activation(
    id: "silu", aliases: ["swish"], displayName: "SiLU",
    formula: "\(Typeset.fx)\(Typeset.x)·σ(\(Typeset.x)) = \(Typeset.x)/(1 + \(Typeset.exp("−\(Typeset.x)")))",
    tex: #"f(x) = x \, \sigma(x) = \frac{x}{1 + e^{-x}}"#,
    value: { x, _ in x * Stable.sigmoid(x) },
    derivative: { x, _ in Stable.sigmoid(x) * (1 + x * Stable.sigmoid(-x)) },
    secondDerivative: { x, _ in Stable.sigmoidDerivative(x) * (2 - x * Foundation.tanh(x / 2)) },
    derivativeFormula: { _ in "\(T.fpx)σ(\(T.x))(1 + \(T.x)(1 − σ(\(T.x))))" })

  /// Mish, f(x) = x·tanh(softplus(x)), f′ = tanh(softplus x) + x·sech²(softplus x)·σ(x),
  /// both written as rational functions of e^−|x| (see ``Stable/tanhSoftplus(_:)``).
  /// PyTorch `nn.Mish`, `keras.activations.mish`. Smooth.
  /// f″ = 2T′ + x·T″ with T = tanh(softplus x), T′ = sech²(softplus x)·σ(x) and T″ = T′·(σ(−x) − 2T·σ(x)).
  static let mish = Activation(
    id: "mish", displayName: "Mish",
    formula: "\(Typeset.fx)\(Typeset.x)·tanh(ln(1 + \(Typeset.exp(Typeset.x))))",
    tex: #"f(x) = x \tanh(\ln(1 + e^{x}))"#,
    value: { x, _ in x * Stable.tanhSoftplus(x) },
    derivative: { x, _ in Stable.tanhSoftplus(x) + x * Stable.tanhSoftplusDerivative(x) },
    secondDerivative: mishSecondDerivative,
    derivativeFormula: { _ in "\(T.fpx)tanh(softplus \(T.x)) + \(T.x)·sech<sup>2</sup>(softplus \(T.x))·σ(\(T.x))" })

  /// Hard swish, f(x) = x·min(max(x + 3, 0), 6)/6. PyTorch `nn.Hardswish`,
  /// `jax.nn.hard_swish`/`hard_silu`, `keras.activations.hard_silu`. PyTorch's backward
  /// is x < −3 ? 0 : x ≤ 3 ? x/3 + 1/2 : 1, so f′(−3) = −1/2 and f′(3) = 3/2 (one-sided
  /// limits from the middle piece); JAX and Keras, differentiating through relu6, give
  /// 0 and 1 there. PyTorch is followed.
  /// f″ = 1/3 on [−3, 3] (the closed middle piece f′ takes at ±3), else 0.
  static let hardSwish = Activation(
    id: "hard-swish", aliases: ["hard-silu"], displayName: "Hard Swish",
    formula: "\(Typeset.fx)\(Typeset.x)·min(max(\(Typeset.x) + 3, 0), 6)/6",
    tex: #"f(x) = \begin{cases} 0, & x \le -3 \\ \frac{x (x + 3)}{6}, & -3 < x < 3 \\ x, & x \ge 3 \end{cases}"#,
    value: { x, _ in x <= -3 ? 0 : x >= 3 ? x : x * (x + 3) / 6 },
    derivative: { x, _ in x < -3 ? 0 : x <= 3 ? (2 * x + 3) / 6 : 1 },  // 2x + 3 is exact near the zero
    secondDerivative: { x, _ in x < -3 || x > 3 ? 0 : 1.0 / 3 },
    breakpoints: { _ in [-3, 3] },
    derivativeFormula: { _ in "\(T.fpx)0 if \(T.x) &lt; −3, (2\(T.x) + 3)/6 if \(T.x) ≤ 3, else 1" })
}

extension BuiltinActivations {
  /// GELU-tanh's f″ = σ′(t)·(2t′ + x·(t″ − tanh(t/2)·t′²)), t = 2u the gate's argument,
  /// t′ = 2u′, t″ = 2√(2/π)·6·0.044715·x; 0 once σ′(t) underflows (the factor in brackets
  /// would overflow first for |x| beyond 1e61).
  static let geluTanhSecondDerivative: @Sendable (Double, ParameterValues) -> Double = { x, _ in
    let t = Stable.geluTanhGateArgument(x)
    let slope = Stable.sigmoidDerivative(t.head) * (1 + t.tail * (Stable.sigmoid(-t.head) - Stable.sigmoid(t.head)))
    guard slope > 0 else { return 0 }
    let t1 = 2 * Stable.geluTanhArgumentDerivative(x)
    let t2 = 2 * 0.7978845608028654 * 6 * 0.044715 * x
    return slope * (2 * t1 + x * (t2 - Foundation.tanh(t.head / 2) * t1 * t1))
  }

  /// Mish's f″ = 2T′ + x·T″, T = tanh(softplus x), T′ = sech²(softplus x)·σ(x) (computed as
  /// ``Stable/tanhSoftplusDerivative(_:)``), T″ = T′·(σ(−x) − 2T·σ(x)).
  static let mishSecondDerivative: @Sendable (Double, ParameterValues) -> Double = { x, _ in
    let t = Stable.tanhSoftplus(x)
    let t1 = Stable.tanhSoftplusDerivative(x)
    guard t1 > 0 else { return 0 }
    let t2 = t1 * (Stable.sigmoid(-x) - 2 * t * Stable.sigmoid(x))
    return 2 * t1 + x * t2
  }
}
