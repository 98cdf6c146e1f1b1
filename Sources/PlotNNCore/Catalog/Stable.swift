import Foundation

/// Numerically careful building blocks shared by the catalog's definitions.
///
/// Every helper is accurate to a few ulp relative to the true value over the whole
/// double range (or underflows to 0 where the true value is below the normal range)
/// and never produces NaN or an infinity for finite input whose result is finite:
/// each avoids `exp` of a positive argument, `x * x` of a large `x`, `inf * 0` and
/// subtraction of nearly equal numbers.
enum Stable {
  /// 1/√2 as a double plus the rounding error of that double.
  private static let sqrtHalfHi = 0.7071067811865476
  private static let sqrtHalfLo = -4.833646656726457e-17
  /// 1/√(2π).
  static let invSqrt2Pi = 0.3989422804014327
  /// 2/√π.
  private static let twoOverSqrtPi = 1.1283791670955126

  /// σ(x) = 1/(1 + e^−x), branching on the sign so that `exp` never overflows and
  /// no ratio of two infinities appears.
  static func sigmoid(_ x: Double) -> Double {
    if x >= 0 { return 1 / (1 + exp(-x)) }
    let e = exp(x)
    return e / (1 + e)
  }

  /// σ(x)·σ(−x) = e^−|x| / (1 + e^−|x|)², the derivative of σ.
  static func sigmoidDerivative(_ x: Double) -> Double {
    let e = exp(-abs(x))
    let d = 1 + e
    return e / d / d
  }

  /// log(1 + e^x) = max(x, 0) + log1p(e^−|x|).
  static func softplus(_ x: Double) -> Double {
    max(x, 0) + log1p(exp(-abs(x)))
  }

  /// softplus(t) / β where t = β·x, with the rounding error of the product β·x
  /// corrected to first order (softplus′ = σ), so that large negative t keep full
  /// relative accuracy.
  static func softplus(_ x: Double, beta: Double) -> Double {
    let t = beta * x
    guard t.isFinite else { return t > 0 ? x : 0 }
    let error = (-t).addingProduct(beta, x)  // exact: β·x − t
    let value = softplus(t) + error * sigmoid(t)
    return value / beta
  }

  /// sech²(x) = 1 − tanh²(x) = 4e^−2|x| / (1 + e^−2|x|)², without cancellation.
  static func sech2(_ x: Double) -> Double {
    let e = exp(-2 * abs(x))
    let d = 1 + e
    return 4 * e / d / d
  }

  /// tanh(softplus(x)) as a rational function of e^−|x|:
  /// with w = e^x, tanh(log(1 + w)) = w(w + 2) / (w(w + 2) + 2).
  static func tanhSoftplus(_ x: Double) -> Double {
    if x <= 0 {
      let w = exp(x)
      let n = w * (w + 2)
      return n / (n + 2)
    }
    let e = exp(-x)  // divide numerator and denominator by w²
    let n = 1 + 2 * e
    return n / (n + 2 * e * e)
  }

  /// d/dx tanh(softplus(x)) = (1 − tanh²(softplus x))·σ(x), written without cancellation:
  /// 4w(1 + w)/(w² + 2w + 2)² with w = e^x, or 4e²(1 + e)/(1 + 2e + 2e²)² with e = e^−x.
  static func tanhSoftplusDerivative(_ x: Double) -> Double {
    if x <= 0 {
      let w = exp(x)
      let d = w * (w + 2) + 2
      return 4 * w * (1 + w) / d / d
    }
    let e = exp(-x)
    let d = 1 + 2 * e + 2 * e * e
    return 4 * e * e * (1 + e) / d / d
  }

  /// x − tanh x. Near 0 the difference cancels, so for |x| < 2 it is computed from
  /// Lambert's continued fraction tanh x = x/(1 + q), q = x²/(3 + x²/(5 + x²/(7 + …))),
  /// which gives x − tanh x = x·q/(1 + q) with only positive terms.
  static func tanhShrink(_ x: Double) -> Double {
    guard abs(x) < 2 else { return x - tanh(x) }
    let x2 = x * x
    var tail = 0.0
    // Depth 20 leaves a truncation error far below 1e-17 relative for |x| < 2.
    for k in stride(from: 43.0, through: 5.0, by: -2.0) { tail = x2 / (k + tail) }
    let q = x2 / (3 + tail)
    return x * q / (1 + q)
  }

  /// The standard normal density φ(x) = e^(−x²/2)/√(2π), with the rounding error of
  /// x² corrected so that the relative error stays at a few ulp for large |x|.
  static func normalDensity(_ x: Double) -> Double {
    guard abs(x) < 40 else { return 0 }  // e^−800 underflows
    let square = x * x
    let error = (-square).addingProduct(x, x)  // exact: x² − square
    return invSqrt2Pi * exp(-0.5 * square) * (1 - 0.5 * error)
  }

  /// The standard normal CDF Φ(x) = erfc(−x/√2)/2. The argument −x/√2 is carried in
  /// two doubles and the low part applied as a first-order correction, since erfc(z)
  /// is ill-conditioned (relative condition ≈ 2z²) for large z.
  static func normalCDF(_ x: Double) -> Double {
    let product = x * sqrtHalfHi
    guard product.isFinite else { return x > 0 ? 1 : 0 }
    let low = (-product).addingProduct(x, sqrtHalfHi) + x * sqrtHalfLo  // x/√2 − product
    let z = -product
    var value = erfc(z)
    if abs(z) < 27 {  // beyond, erfc is 0 or exactly 2 in double precision
      // erfc(z + δ) ≈ erfc(z) − δ·(2/√π)·e^(−z²) with δ = −low.
      value += low * twoOverSqrtPi * exp(-z * z)
    }
    return 0.5 * value
  }
}
