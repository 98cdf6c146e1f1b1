import Foundation

// Compensated arithmetic for the argument of GELU's tanh approximation. Its gate
// σ(2u) has relative condition |2u| (up to ~660 before the result underflows), so the
// few roundings in u = √(2/π)(x + 0.044715x³) are carried in a second double.
extension Stable {
  /// √(2/π) and 0.044715, each as a double plus the rounding error of that double.
  private static let geluScaleHi = 0.7978845608028654
  private static let geluScaleLo = -4.98465440455546e-17
  private static let geluCubicHi = 0.044715
  private static let geluCubicLo = 2.1960211427085595e-18

  /// A value carried as `head + tail` with |tail| ≪ |head|.
  struct Expansion {
    var head: Double
    var tail: Double
  }

  /// head + tail = a·b exactly.
  private static func product(_ a: Double, _ b: Double) -> Expansion {
    let p = a * b
    return Expansion(head: p, tail: (-p).addingProduct(a, b))
  }

  /// head + tail = a + b exactly (Knuth's TwoSum).
  private static func sum(_ a: Double, _ b: Double) -> Expansion {
    let s = a + b
    let bb = s - a
    return Expansion(head: s, tail: (a - (s - bb)) + (b - bb))
  }

  /// t = 2u = 2√(2/π)·x·(1 + 0.044715x²) as head + tail, good to ~1e-31 relative while
  /// finite; once x³ overflows the head is ±∞ and the tail 0.
  static func geluTanhGateArgument(_ x: Double) -> Expansion {
    let square = product(x, x)
    let cubic = product(geluCubicHi, square.head)
    let cubicTail = cubic.tail + geluCubicHi * square.tail + geluCubicLo * square.head
    let inner = sum(1, cubic.head)  // 1 + 0.044715x²
    let innerTail = inner.tail + cubicTail
    let v = product(x, inner.head)  // x(1 + 0.044715x²)
    let vTail = v.tail + x * innerTail
    let u = product(geluScaleHi, v.head)
    let uTail = u.tail + geluScaleHi * vTail + geluScaleLo * v.head
    let tail = 2 * uTail
    guard u.head.isFinite, tail.isFinite else { return Expansion(head: 2 * u.head, tail: 0) }
    return Expansion(head: 2 * u.head, tail: tail)
  }

  /// u′ = √(2/π)(1 + 3·0.044715x²) (plain double precision suffices: it enters linearly).
  static func geluTanhArgumentDerivative(_ x: Double) -> Double {
    geluScaleHi * (1 + 3 * geluCubicHi * (x * x))
  }

  /// σ(t) for t = head + tail, corrected to first order in the tail: σ(head) + tail·σ′(head).
  static func sigmoid(_ t: Expansion) -> Double { sigmoid(t.head) + t.tail * sigmoidDerivative(t.head) }
}
