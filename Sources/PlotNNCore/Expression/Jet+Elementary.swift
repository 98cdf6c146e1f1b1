import Foundation

// The elementary functions on jets, by the recurrences of Griewank & Walther, "Evaluating
// Derivatives", ch. 13, Table 13.2. Values (coefficient 0) are computed as ``Dual``'s are, so
// a jet's value is the plotted f(x) to the bit.
extension Jet {
  /// f(u) for f with f′ = h(u): w₀ = f(u₀), w_k = (1/k)·Σ_{j=1..k} j·u_j·h_{k−j} (eq. 13.10),
  /// where `h` is the jet of h(u) (only its coefficients below k are read).
  static func integrate(_ u: Jet, value: Double, slope h: Jet) -> Jet {
    var w = Jet(constant: value, order: u.order)
    for k in stride(from: 1, through: u.order, by: 1) {
      var s = 0.0
      for j in 1...k { s += Double(j) * u[j] * h[k - j] }
      w[k] = s / Double(k)
    }
    return w
  }

  /// e^u: w_k = (1/k)·Σ j·u_j·w_{k−j} (h = w itself, so the coefficients are built in place).
  public static func exp(_ u: Jet) -> Jet {
    let e = Foundation.exp(u.value)
    if u.isConstant { return Jet(constant: e, order: u.order) }
    var w = Jet(constant: e, order: u.order)
    for k in stride(from: 1, through: u.order, by: 1) {
      var s = 0.0
      for j in 1...k { s += Double(j) * u[j] * w[k - j] }
      w[k] = s / Double(k)
    }
    return w
  }

  /// e^u − 1: exp's coefficients above the value, the value from `expm1`.
  public static func expm1(_ u: Jet) -> Jet {
    var w = exp(u)
    w[0] = Foundation.expm1(u.value)
    return w
  }

  /// ln u: w_k = (u_k − (1/k)·Σ_{j=1..k−1} j·w_j·u_{k−j}) / u₀.
  public static func log(_ u: Jet) -> Jet {
    let l = Foundation.log(u.value)
    if u.isConstant { return Jet(constant: l, order: u.order) }
    var w = Jet(constant: l, order: u.order)
    for k in stride(from: 1, through: u.order, by: 1) {
      var s = 0.0
      for j in stride(from: 1, to: k, by: 1) { s += Double(j) * w[j] * u[k - j] }
      w[k] = (u[k] - s / Double(k)) / u.value
    }
    return w
  }

  /// ln(1 + u): h = 1/(1 + u).
  public static func log1p(_ u: Jet) -> Jet {
    if u.isConstant { return Jet(constant: Foundation.log1p(u.value), order: u.order) }
    let one = Jet(constant: 1, order: u.order)
    return integrate(u, value: Foundation.log1p(u.value), slope: one / (one + u))
  }

  /// √u: w_k = (u_k − Σ_{j=1..k−1} w_j·w_{k−j}) / (2w₀).
  public static func sqrt(_ u: Jet) -> Jet {
    let r = Foundation.sqrt(u.value)
    if u.isConstant { return Jet(constant: r, order: u.order) }
    var w = Jet(constant: r, order: u.order)
    for k in stride(from: 1, through: u.order, by: 1) {
      var s = u[k]
      for j in stride(from: 1, to: k, by: 1) { s -= w[j] * w[k - j] }
      w[k] = s / (2 * r)
    }
    return w
  }

  /// |u| = sign(u₀)·u; at u₀ = 0 every derivative is 0 (abs′(0) = 0, PyTorch's convention,
  /// and its second derivative 0 likewise).
  public static func abs(_ u: Jet) -> Jet {
    if u.value > 0 { return u }
    if u.value < 0 { return -u }
    return Jet(constant: Swift.abs(u.value), order: u.order)
  }

  /// sign(u): piecewise constant, every derivative 0 (NaN stays NaN).
  public static func sign(_ u: Jet) -> Jet {
    let v = u.value
    return Jet(constant: v.isNaN ? .nan : v > 0 ? 1 : v < 0 ? -1 : 0, order: u.order)
  }

  /// A pair (p u, q u) with p′ = q and q′ = σ·p, by the recurrences
  /// p_k = (1/k)·Σ j·u_j·q_{k−j}, q_k = (σ/k)·Σ j·u_j·p_{k−j} (Griewank & Walther, table 13.2):
  /// σ = −1 gives sin and cos, σ = +1 sinh and cosh.
  static func pair(_ u: Jet, p p0: Double, q q0: Double, sign σ: Double) -> (Jet, Jet) {
    var s = Jet(constant: p0, order: u.order)
    var c = Jet(constant: q0, order: u.order)
    if u.isConstant { return (s, c) }
    for k in stride(from: 1, through: u.order, by: 1) {
      var a = 0.0
      var b = 0.0
      for j in 1...k {
        a += Double(j) * u[j] * c[k - j]
        b += Double(j) * u[j] * s[k - j]
      }
      s[k] = a / Double(k)
      c[k] = σ * b / Double(k)
    }
    return (s, c)
  }

  /// sin u and cos u together.
  static func sinCos(_ u: Jet) -> (sin: Jet, cos: Jet) {
    pair(u, p: Foundation.sin(u.value), q: Foundation.cos(u.value), sign: -1)
  }

  public static func sin(_ u: Jet) -> Jet { sinCos(u).sin }

  public static func cos(_ u: Jet) -> Jet { sinCos(u).cos }

  /// sinh u and cosh u together.
  static func sinhCosh(_ u: Jet) -> (sinh: Jet, cosh: Jet) {
    pair(u, p: Foundation.sinh(u.value), q: Foundation.cosh(u.value), sign: 1)
  }

  public static func sinh(_ u: Jet) -> Jet { sinhCosh(u).sinh }

  public static func cosh(_ u: Jet) -> Jet { sinhCosh(u).cosh }

  /// tan u and tanh u: w′ = q·u′ with q = 1 ± w², q₀ given (1 + tan²u₀, or sech²u₀ computed
  /// without cancellation) and q_m = ±Σ_{i=0..m} w_i·w_{m−i} for m ≥ 1, built alongside w.
  private static func tangent(_ u: Jet, value: Double, q0: Double, sign: Double) -> Jet {
    var w = Jet(constant: value, order: u.order)
    if u.isConstant { return w }
    var q = Jet(constant: q0, order: u.order)
    for k in stride(from: 1, through: u.order, by: 1) {
      var s = 0.0
      for j in 1...k { s += Double(j) * u[j] * q[k - j] }
      w[k] = s / Double(k)
      var square = 0.0
      for i in 0...k { square += w[i] * w[k - i] }
      q[k] = sign * square
    }
    return w
  }

  public static func tan(_ u: Jet) -> Jet {
    let t = Foundation.tan(u.value)
    return tangent(u, value: t, q0: 1 + t * t, sign: 1)
  }

  /// tanh u with q₀ = sech²u₀ from e^(−2|u₀|) (``Stable/sech2(_:)``), as ``Dual/tanh(_:)``.
  public static func tanh(_ u: Jet) -> Jet {
    tangent(u, value: Foundation.tanh(u.value), q0: Stable.sech2(u.value), sign: -1)
  }

  /// arctan u: h = 1/(1 + u²).
  public static func atan(_ u: Jet) -> Jet {
    if u.isConstant { return Jet(constant: Foundation.atan(u.value), order: u.order) }
    let one = Jet(constant: 1, order: u.order)
    return integrate(u, value: Foundation.atan(u.value), slope: one / (one + u * u))
  }

  /// arsinh u: h = 1/√(1 + u²).
  public static func asinh(_ u: Jet) -> Jet {
    if u.isConstant { return Jet(constant: Foundation.asinh(u.value), order: u.order) }
    let one = Jet(constant: 1, order: u.order)
    return integrate(u, value: Foundation.asinh(u.value), slope: one / sqrt(one + u * u))
  }

  /// erf u: h = (2/√π)·e^(−u²).
  public static func erf(_ u: Jet) -> Jet {
    if u.isConstant { return Jet(constant: Foundation.erf(u.value), order: u.order) }
    return integrate(u, value: Foundation.erf(u.value), slope: exp(-(u * u)) * Dual.twoOverSqrtPi)
  }

  /// erfc u: h = −(2/√π)·e^(−u²).
  public static func erfc(_ u: Jet) -> Jet {
    if u.isConstant { return Jet(constant: Foundation.erfc(u.value), order: u.order) }
    return integrate(u, value: Foundation.erfc(u.value), slope: exp(-(u * u)) * -Dual.twoOverSqrtPi)
  }

  /// max(u, v): the larger one's jet; at a tie the flatter one's (``Dual/tieSlope(_:_:)``);
  /// for equal slopes the one that is larger nearby (the first coefficient that differs
  /// decides: max(x², 2x − 1) is x², f″ = 2 at the tangent point x = 1); for slopes of equal
  /// size and opposite sign the mean of both (max(x, −x) = |x|: all 0 at 0). NaN if either
  /// is NaN.
  public static func max(_ a: Jet, _ b: Jet) -> Jet {
    if a.value.isNaN || b.value.isNaN { return Jet(SIMD8(repeating: .nan), order: a.order) }
    if a.value != b.value { return a.value > b.value ? a : b }
    return tie(a, b, larger: true)
  }

  /// min(u, v), as ``max(_:_:)`` with the smaller one's jet.
  public static func min(_ a: Jet, _ b: Jet) -> Jet {
    if a.value.isNaN || b.value.isNaN { return Jet(SIMD8(repeating: .nan), order: a.order) }
    if a.value != b.value { return a.value < b.value ? a : b }
    return tie(a, b, larger: false)
  }

  private static func tie(_ a: Jet, _ b: Jet, larger: Bool) -> Jet {
    let (u, v) = (a[1], b[1])
    if Swift.abs(u) < Swift.abs(v) { return a }
    if Swift.abs(v) < Swift.abs(u) { return b }
    if u == v {
      for k in stride(from: 2, through: a.order, by: 1) where a[k] != b[k] {
        return (a[k] > b[k]) == larger ? a : b
      }
      return a
    }
    var w = (a + b) * 0.5
    w[0] = a.value
    return w
  }

  /// A catalog activation f applied to u, by Faà di Bruno to second order:
  /// w₁ = f′·u₁, w₂ = f′·u₂ + (f″/2)·u₁². The catalog gives f′ and f″ only
  /// (``Activation/secondDerivative``), so coefficients above 2 are NaN: an expression
  /// calling an activation has derivatives up to order 2 (``MathExpression/maximumDerivativeOrder``).
  static func activation(_ f: BoundActivation, _ u: Jet) -> Jet {
    var w = Jet(constant: f.value(at: u.value), order: u.order)
    if u.isConstant { return w }
    let d1 = f.derivative(at: u.value)
    w[1] = u[1] == 0 ? 0 : d1 * u[1]
    if u.order >= 2 {
      let d2 = f.secondDerivative(at: u.value)
      w[2] = (u[2] == 0 ? 0 : d1 * u[2]) + (u[1] == 0 ? 0 : 0.5 * d2 * u[1] * u[1])
    }
    for k in stride(from: 3, through: u.order, by: 1) { w[k] = .nan }
    return w
  }
}

extension ElementaryFunction {
  /// f(arguments) on jets, as ``apply(_:)-([Dual])`` on dual numbers.
  public func apply(_ arguments: [Jet]) -> Jet {
    guard let u = arguments.first else { return Jet(SIMD8(repeating: .nan), order: 1) }
    switch self {
    case .min:
      return arguments.count < 2
        ? Jet(SIMD8(repeating: .nan), order: u.order) : arguments.dropFirst().reduce(u, Jet.min)
    case .max:
      return arguments.count < 2
        ? Jet(SIMD8(repeating: .nan), order: u.order) : arguments.dropFirst().reduce(u, Jet.max)
    default: return apply(u)
    }
  }

  /// f(u) on a jet for a function of one argument (min and max of one argument are NaN).
  public func apply(_ u: Jet) -> Jet {
    switch self {
    case .exp: return Jet.exp(u)
    case .expm1: return Jet.expm1(u)
    case .log: return Jet.log(u)
    case .log1p: return Jet.log1p(u)
    case .sqrt: return Jet.sqrt(u)
    case .abs: return Jet.abs(u)
    case .sign: return Jet.sign(u)
    case .sin: return Jet.sin(u)
    case .cos: return Jet.cos(u)
    case .tan: return Jet.tan(u)
    case .atan: return Jet.atan(u)
    case .tanh: return Jet.tanh(u)
    case .sinh: return Jet.sinh(u)
    case .cosh: return Jet.cosh(u)
    case .asinh: return Jet.asinh(u)
    case .erf: return Jet.erf(u)
    case .erfc: return Jet.erfc(u)
    case .min, .max: return Jet(SIMD8(repeating: .nan), order: u.order)
    }
  }
}
