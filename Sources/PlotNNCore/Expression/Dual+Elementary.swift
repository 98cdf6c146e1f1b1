import Foundation

// The elementary functions on dual numbers: f(u) with f′(u)·u′ (``Dual/chain(value:slope:)``).
extension Dual {
  /// 2/√π, the factor of erf′.
  static let twoOverSqrtPi = 1.1283791670955126

  /// e^u, (e^u)′ = e^u·u′.
  public static func exp(_ u: Dual) -> Dual {
    let e = Foundation.exp(u.value)
    return u.chain(value: e, slope: e)
  }

  /// e^u − 1 without cancellation near 0; slope e^u.
  public static func expm1(_ u: Dual) -> Dual {
    u.chain(value: Foundation.expm1(u.value), slope: Foundation.exp(u.value))
  }

  /// ln u, slope 1/u (NaN value for u < 0, −∞ at 0).
  public static func log(_ u: Dual) -> Dual { u.chain(value: Foundation.log(u.value), slope: 1 / u.value) }

  /// ln(1 + u) without cancellation near 0; slope 1/(1 + u).
  public static func log1p(_ u: Dual) -> Dual { u.chain(value: Foundation.log1p(u.value), slope: 1 / (1 + u.value)) }

  /// √u, slope 1/(2√u) (+∞ at 0).
  public static func sqrt(_ u: Dual) -> Dual {
    let s = Foundation.sqrt(u.value)
    return u.chain(value: s, slope: 0.5 / s)
  }

  /// |u|, slope sign(u) with abs′(0) = 0 (PyTorch's convention).
  public static func abs(_ u: Dual) -> Dual { u.chain(value: Swift.abs(u.value), slope: signum(u.value)) }

  /// sign(u) ∈ {−1, 0, 1} (NaN stays NaN): a jump at 0, slope 0 elsewhere and at 0.
  public static func sign(_ u: Dual) -> Dual { Dual(u.value.isNaN ? .nan : signum(u.value), 0) }

  public static func sin(_ u: Dual) -> Dual { u.chain(value: Foundation.sin(u.value), slope: Foundation.cos(u.value)) }

  public static func cos(_ u: Dual) -> Dual { u.chain(value: Foundation.cos(u.value), slope: -Foundation.sin(u.value)) }

  /// tan u, slope 1 + tan²u.
  public static func tan(_ u: Dual) -> Dual {
    let t = Foundation.tan(u.value)
    return u.chain(value: t, slope: 1 + t * t)
  }

  /// arctan u, slope 1/(1 + u²).
  public static func atan(_ u: Dual) -> Dual {
    u.chain(value: Foundation.atan(u.value), slope: 1 / (1 + u.value * u.value))
  }

  /// tanh u, slope sech²u = 4e^(−2|u|)/(1 + e^(−2|u|))², which keeps full relative accuracy
  /// where 1 − tanh²u would round to 0.
  public static func tanh(_ u: Dual) -> Dual { u.chain(value: Foundation.tanh(u.value), slope: Stable.sech2(u.value)) }

  public static func sinh(_ u: Dual) -> Dual {
    u.chain(value: Foundation.sinh(u.value), slope: Foundation.cosh(u.value))
  }

  public static func cosh(_ u: Dual) -> Dual {
    u.chain(value: Foundation.cosh(u.value), slope: Foundation.sinh(u.value))
  }

  /// arsinh u, slope 1/√(1 + u²) (written 1/|u|/√(1 + u⁻²) for |u| > 1 so u² never overflows).
  public static func asinh(_ u: Dual) -> Dual {
    let v = u.value
    let slope = Swift.abs(v) > 1 ? 1 / Swift.abs(v) / Foundation.sqrt(1 + 1 / (v * v)) : 1 / Foundation.sqrt(1 + v * v)
    return u.chain(value: Foundation.asinh(v), slope: slope)
  }

  /// erf u, slope (2/√π)·e^(−u²).
  public static func erf(_ u: Dual) -> Dual { u.chain(value: Foundation.erf(u.value), slope: gaussian(u.value)) }

  /// erfc u = 1 − erf u without cancellation for large u, slope −(2/√π)·e^(−u²).
  public static func erfc(_ u: Dual) -> Dual { u.chain(value: Foundation.erfc(u.value), slope: -gaussian(u.value)) }

  /// max(u, v); NaN if either is NaN (as `torch.maximum`). Where u ≠ v, the larger one's
  /// derivative; at a tie see ``tieSlope(_:_:)``.
  public static func max(_ a: Dual, _ b: Dual) -> Dual {
    if a.value.isNaN || b.value.isNaN { return Dual(.nan, .nan) }
    if a.value != b.value { return a.value > b.value ? a : b }
    return Dual(a.value, tieSlope(a.derivative, b.derivative))
  }

  /// min(u, v); NaN if either is NaN. Where u ≠ v, the smaller one's derivative; at a tie
  /// see ``tieSlope(_:_:)``.
  public static func min(_ a: Dual, _ b: Dual) -> Dual {
    if a.value.isNaN || b.value.isNaN { return Dual(.nan, .nan) }
    if a.value != b.value { return a.value < b.value ? a : b }
    return Dual(a.value, tieSlope(a.derivative, b.derivative))
  }

  /// The slope of max or min where u = v: the flatter piece's, the one of smaller |slope|,
  /// whatever the order of the arguments; for slopes of equal size and opposite sign their
  /// mean, 0 (so max(x, −x) = |x| has slope 0 at 0, as abs′(0) = 0).
  ///
  /// This reproduces the catalog's PyTorch conventions when its clamps are written with
  /// max and min: max(0, x) and max(x, 0) give relu′(0) = 0, max(0.5x, x) gives
  /// leaky-relu′(0) = 0.5, min(max(0, x), 6) gives relu6′(0) = relu6′(6) = 0, and
  /// max(−1, min(1, x)) gives hard-tanh′(±1) = 0. It differs where PyTorch takes the steep
  /// side, e.g. celu′(0) = 1 but max(0, x) + min(0, expm1(x)) has slope 0 at 0.
  static func tieSlope(_ u: Double, _ v: Double) -> Double {
    if Swift.abs(u) < Swift.abs(v) { return u }
    if Swift.abs(v) < Swift.abs(u) { return v }
    return u == v ? u : (u + v) / 2
  }

  /// (2/√π)·e^(−u²), with the rounding error of u² corrected to first order so that the
  /// relative error stays at a few ulp for large |u|.
  private static func gaussian(_ u: Double) -> Double {
    guard Swift.abs(u) < 28 else { return 0 }  // e^−784 underflows
    let square = u * u
    let error = (-square).addingProduct(u, u)  // exact: u² − square
    return twoOverSqrtPi * Foundation.exp(-square) * (1 - error)
  }

  private static func signum(_ v: Double) -> Double { v > 0 ? 1 : v < 0 ? -1 : 0 }
}
