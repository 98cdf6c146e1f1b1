import Foundation

/// A dual number v + d·ε with ε² = 0: a value and its derivative with respect to x,
/// carried together through arithmetic — forward-mode automatic differentiation.
///
/// Each operation applies the chain rule once, so the derivative of any composition is
/// exact up to the rounding of the few operations that build it: no step size, no finite
/// differences. The variable x is `Dual(x, 1)`, a constant c is `Dual(c, 0)`.
///
/// Convention for zero inner derivatives: a term f′(g)·g′ whose g′ is exactly 0 is 0, even
/// when f′(g) is infinite or NaN. So a constant inside sqrt, log or a division never turns
/// the derivative into NaN (`sqrt(0)*x` has slope 0, `1/0 + x` slope 1), and `sqrt(x^2)` has
/// slope 0 at x = 0, matching abs′(0) = 0. Every other IEEE special case (0·∞, ∞ − ∞) is
/// left to IEEE arithmetic.
public struct Dual: Sendable, Hashable {
  /// g(x).
  public var value: Double
  /// g′(x).
  public var derivative: Double

  public init(_ value: Double, _ derivative: Double = 0) {
    self.value = value
    self.derivative = derivative
  }

  /// The variable itself, x + 1·ε.
  public static func variable(_ x: Double) -> Dual { Dual(x, 1) }

  /// f(self), given f(v) and f′(v): the chain rule f′(g)·g′, 0 when g′ = 0.
  public func chain(value f: Double, slope: Double) -> Dual {
    Dual(f, Dual.scale(derivative, slope))
  }

  /// d·s, but exactly 0 when d is 0 (see the type's convention).
  static func scale(_ d: Double, _ s: Double) -> Double { d == 0 ? 0 : d * s }

  public static func + (a: Dual, b: Dual) -> Dual { Dual(a.value + b.value, a.derivative + b.derivative) }

  public static func - (a: Dual, b: Dual) -> Dual { Dual(a.value - b.value, a.derivative - b.derivative) }

  public static prefix func - (a: Dual) -> Dual { Dual(-a.value, -a.derivative) }

  /// (uv)′ = u′v + uv′.
  public static func * (a: Dual, b: Dual) -> Dual {
    Dual(a.value * b.value, scale(a.derivative, b.value) + scale(b.derivative, a.value))
  }

  /// (u/v)′ = (u′ − (u/v)·v′)/v, written so that v² never overflows.
  public static func / (a: Dual, b: Dual) -> Dual {
    let q = a.value / b.value
    guard a.derivative != 0 || b.derivative != 0 else { return Dual(q) }
    return Dual(q, (a.derivative - scale(b.derivative, q)) / b.value)
  }

  /// u^v for real u and v (`pow`; NaN where the real power is undefined, u < 0 with v not
  /// an integer).
  ///
  /// - v constant: (u^v)′ = v·u^(v−1)·u′ (0 when v = 0, so x^0 has slope 0 even at 0).
  /// - u constant: (u^v)′ = u^v·ln(u)·v′, with 0 where u^v = 0 (0^x for x > 0 is flat).
  /// - both vary: (u^v)′ = u^v·(v′·ln u + v·u′/u), defined for u > 0.
  public static func pow(_ a: Dual, _ b: Dual) -> Dual {
    let p = Foundation.pow(a.value, b.value)
    if b.derivative == 0 {
      guard a.derivative != 0, b.value != 0 else { return Dual(p) }
      return Dual(p, b.value * Foundation.pow(a.value, b.value - 1) * a.derivative)
    }
    if a.derivative == 0 {
      guard p != 0 else { return Dual(p) }
      return Dual(p, p * Foundation.log(a.value) * b.derivative)
    }
    return Dual(p, p * (b.derivative * Foundation.log(a.value) + b.value * a.derivative / a.value))
  }
}
