import Foundation

/// A truncated Taylor polynomial of g about x: the normalized coefficients
/// g(x), g′(x), g″(x)/2!, g‴(x)/3!, g⁗(x)/4! up to ``order`` ≤ 4, carried together through
/// arithmetic — Taylor-mode (higher-order forward) automatic differentiation.
///
/// The propagation rules are the standard recurrences on normalized Taylor coefficients,
/// Griewank & Walther, "Evaluating Derivatives" (2nd ed., SIAM 2008), ch. 13, Table 13.1
/// (arithmetic: the Cauchy product and its inverse for division) and Table 13.2 (exp, log,
/// powers, sin/cos; the other elementary functions through f′ = h(u)·u′, eq. 13.10:
/// w_k = (1/k)·Σ_{j=1..k} j·u_j·h_{k−j}). Each coefficient is exact up to the rounding of the
/// few operations that build it: no step size, no finite differences.
///
/// Decision: a separate type beside ``Dual``, not a generalization of it, so the first-order
/// path (every plot of f and f′) keeps its code, speed and output bits. The coefficients live
/// in a fixed `SIMD8` (no heap allocation per node); entries above ``order`` are 0.
///
/// Convention for constant inner functions, as ``Dual``'s for a zero inner derivative: when
/// every coefficient of u above the value is exactly 0, f(u) is the constant f(u₀), so a
/// constant inside sqrt, log or a division never makes a higher derivative NaN.
public struct Jet: Sendable, Hashable {
  /// Highest derivative order carried.
  public static let maximumOrder = 4

  /// Coefficients 0…order: g^(k)(x)/k!.
  public var coefficients: SIMD8<Double>
  /// How many derivatives are carried (1…``maximumOrder``).
  public var order: Int

  public init(constant value: Double, order: Int) {
    coefficients = SIMD8(repeating: 0)
    coefficients[0] = value
    self.order = order
  }

  init(_ coefficients: SIMD8<Double>, order: Int) {
    self.coefficients = coefficients
    self.order = order
  }

  /// The variable itself, x + 1·t.
  public static func variable(_ x: Double, order: Int) -> Jet {
    var j = Jet(constant: x, order: order)
    j.coefficients[1] = 1
    return j
  }

  /// g(x).
  public var value: Double { coefficients[0] }

  /// Coefficient k, g^(k)(x)/k!.
  public subscript(k: Int) -> Double {
    get { coefficients[k] }
    set { coefficients[k] = newValue }
  }

  /// g^(k)(x): coefficient k times k!.
  public func derivative(_ k: Int) -> Double { coefficients[k] * Jet.factorials[k] }

  static let factorials: [Double] = [1, 1, 2, 6, 24]

  /// Whether every coefficient above the value is 0 (see the type's convention).
  var isConstant: Bool {
    var c = coefficients
    c[0] = 0
    return c == SIMD8(repeating: 0)
  }

  public static func + (a: Jet, b: Jet) -> Jet { Jet(a.coefficients + b.coefficients, order: a.order) }

  public static func - (a: Jet, b: Jet) -> Jet { Jet(a.coefficients - b.coefficients, order: a.order) }

  public static prefix func - (a: Jet) -> Jet { Jet(-a.coefficients, order: a.order) }

  /// a·c for a constant c.
  static func * (a: Jet, c: Double) -> Jet { Jet(a.coefficients * c, order: a.order) }

  /// Cauchy product (Table 13.1): w_k = Σ_{j=0..k} u_j·v_{k−j}. A constant factor scales
  /// the other jet, so 0·∞-free constants stay exact.
  public static func * (a: Jet, b: Jet) -> Jet {
    if b.isConstant { return scaled(a, by: b.value) }
    if a.isConstant { return scaled(b, by: a.value) }
    var w = Jet(constant: 0, order: a.order)
    for k in 0...a.order {
      var s = 0.0
      for j in 0...k { s += a[j] * b[k - j] }
      w[k] = s
    }
    return w
  }

  /// `a` times the constant `c`, a coefficient that is 0 staying 0 (as ``Dual/scale(_:_:)``).
  private static func scaled(_ a: Jet, by c: Double) -> Jet {
    var w = Jet(constant: a.value * c, order: a.order)
    for k in stride(from: 1, through: a.order, by: 1) where a[k] != 0 { w[k] = a[k] * c }
    return w
  }

  /// Division (Table 13.1): w_k = (u_k − Σ_{j=0..k−1} w_j·v_{k−j}) / v₀.
  public static func / (a: Jet, b: Jet) -> Jet {
    if b.isConstant {
      var w = Jet(constant: a.value / b.value, order: a.order)
      for k in stride(from: 1, through: a.order, by: 1) where a[k] != 0 { w[k] = a[k] / b.value }
      return w
    }
    var w = Jet(constant: a.value / b.value, order: a.order)
    for k in stride(from: 1, through: a.order, by: 1) {
      var s = a[k]
      for j in 0..<k { s -= w[j] * b[k - j] }
      w[k] = s / b.value
    }
    return w
  }

  /// u^n for a whole n (|n| ≤ 64) by repeated squaring: exact at u₀ = 0, where the
  /// recurrence for real powers divides by u₀.
  static func integerPower(_ u: Jet, _ n: Int) -> Jet {
    var result = Jet(constant: 1, order: u.order)
    var base = u
    var e = Swift.abs(n)
    while e > 0 {
      if e & 1 == 1 { result = result * base }
      e >>= 1
      if e > 0 { base = base * base }
    }
    result.coefficients[0] = Foundation.pow(u.value, Double(Swift.abs(n)))
    return n < 0 ? Jet(constant: 1, order: u.order) / result : result
  }

  /// u^v for real u and v (`pow`'s value; NaN where the real power is undefined).
  ///
  /// - v constant and a whole number with |v| ≤ 64: repeated squaring (``integerPower(_:_:)``).
  /// - v constant r otherwise (Table 13.2): w_k = (1/(k·u₀))·Σ_{j=0..k−1} (r(k−j) − j)·w_j·u_{k−j}.
  /// - u constant: e^(v·ln u); 0^v for v > 0 is flat 0.
  /// - both vary: e^(v·ln u), defined for u > 0.
  public static func pow(_ a: Jet, _ b: Jet) -> Jet {
    let p = Foundation.pow(a.value, b.value)
    if b.isConstant {
      if a.isConstant { return Jet(constant: p, order: a.order) }
      let r = b.value
      if r == r.rounded(), Swift.abs(r) <= 64 {
        var w = integerPower(a, Int(r))
        w.coefficients[0] = p
        return w
      }
      var w = Jet(constant: p, order: a.order)
      for k in stride(from: 1, through: a.order, by: 1) {
        var s = 0.0
        for j in 0..<k { s += (r * Double(k - j) - Double(j)) * w[j] * a[k - j] }
        w[k] = s / (Double(k) * a.value)
      }
      return w
    }
    if a.isConstant && p == 0 { return Jet(constant: p, order: a.order) }
    var w = exp(b * log(a))
    w.coefficients[0] = p
    return w
  }
}
