import Foundation
import Testing

@testable import PlotNNCore

/// Accuracy checks independent of the reference file: identities between functions,
/// Taylor series near 0 and asymptotic expansions where naive formulas cancel or overflow.
@Suite struct CatalogAccuracyTests {
  let catalog = Catalog.standard

  func f(_ spec: String) throws -> BoundActivation { try catalog.bind(spec) }

  func relativeError(_ got: Double, _ expected: Double) -> Double { abs(got - expected) / abs(expected) }

  /// σ(x) + σ(−x) = 1, softplus(x) − softplus(−x) = x, log-sigmoid(x) = −softplus(−x).
  @Test func symmetries() throws {
    let sigmoid = try f("sigmoid")
    let softplus = try f("softplus(threshold=1000)")
    let logSigmoid = try f("log-sigmoid")
    for x in stride(from: -30.0, through: 30, by: 0.73) {
      #expect(abs(sigmoid.value(at: x) + sigmoid.value(at: -x) - 1) <= 4.5e-16, "σ at \(x)")
      #expect(abs(softplus.value(at: x) - softplus.value(at: -x) - x) <= 4e-16 * max(1, abs(x)), "softplus at \(x)")
      if x <= 0.5 {  // log σ(x) is well conditioned where σ(x) is not close to 1
        #expect(relativeError(logSigmoid.value(at: x), log(sigmoid.value(at: x))) <= 1e-15, "log-sigmoid at \(x)")
      }
      #expect(relativeError(sigmoid.derivative(at: x), sigmoid.value(at: x) * sigmoid.value(at: -x)) <= 1e-15)
    }
  }

  /// Near 0 the functions follow their Taylor series, which the naive formulas (x − tanh x,
  /// 1 − tanh², x·Φ(x) via erf) would lose to cancellation.
  @Test(arguments: [1e-3, -2e-4, 1e-6, 1e-20, -1e-100, 1e-300])
  func taylorSeriesNearZero(_ x: Double) throws {
    let x2 = x * x
    // x − tanh x = x³/3 − 2x⁵/15 + 17x⁷/315 − …
    let tanhShrink = x * x2 / 3 * (1 - 2 * x2 / 5 + 17 * x2 * x2 / 105)
    if abs(tanhShrink) > 1e-290 {
      #expect(relativeError(try f("tanh-shrink").value(at: x), tanhShrink) <= 1e-14, "tanh-shrink(\(x))")
    } else {
      #expect(abs(try f("tanh-shrink").value(at: x) - tanhShrink) <= 1e-300)
    }
    // tanh′(x) = 1 − x² + 2x⁴/3; softsign′(x) = 1 − 2|x| + 3x²
    #expect(relativeError(try f("tanh").derivative(at: x), 1 - x2 + 2 * x2 * x2 / 3) <= 1e-15)
    // GELU: x/2 + x²/√(2π) + O(x⁴); SiLU: x/2 + x²/4 + O(x⁴); Mish: 0.6·x + …
    let gelu = x / 2 + x2 / (2 * Double.pi).squareRoot()
    #expect(relativeError(try f("gelu").value(at: x), gelu) <= 1e-12 + x2, "gelu(\(x))")
    #expect(relativeError(try f("silu").value(at: x), x / 2 + x2 / 4) <= 1e-15 + x2, "silu(\(x))")
    // mish(x) = x·tanh(log 2 + x/2 + …) ≈ 0.6x for tiny x (tanh(log 2) = 3/5).
    #expect(relativeError(try f("mish").value(at: x), 0.6 * x) <= 1e-15 + abs(x), "mish(\(x))")
    // Squareplus with b = 4: 1 + x/2 + x²/8 − x⁴/128.
    let squareplus = 1 + x / 2 + x2 / 8 - x2 * x2 / 128
    #expect(relativeError(try f("squareplus").value(at: x), squareplus) <= 5e-16, "squareplus(\(x))")
  }

  /// Far on the negative side the functions decay like known expansions; naive formulas
  /// lose all digits there (1 − σ, x + √(x² + b), 1 + tanh).
  @Test func negativeTails() throws {
    for x in [-20.0, -35, -100, -300, -700] {
      let e = exp(x)
      // log σ(x) = x − log(1 + e^x); σ(−x) = 1 − e^x·(1 − e^x …) for the derivative of log-sigmoid.
      #expect(relativeError(try f("log-sigmoid").value(at: x), x - log1p(e)) <= 2e-16)
      #expect(relativeError(try f("sigmoid").value(at: x), e / (1 + e)) <= 4e-16)
      #expect(relativeError(try f("silu").value(at: x), x * e / (1 + e)) <= 4e-16)
      #expect(relativeError(try f("softplus").value(at: x), e * (1 - e / 2)) <= 4e-16)
      // mish(x) = x·w(w + 2)/(w² + 2w + 2) with w = e^x ≈ x·w(1 − w/2) as w → 0.
      #expect(relativeError(try f("mish").value(at: x), x * e * (1 - e / 2)) <= 4e-16)
      // tanh′(x) = 4e^{2x}/(1 + e^{2x})².
      let e2 = exp(2 * x)
      if e2 > 1e-290 { #expect(relativeError(try f("tanh").derivative(at: x), 4 * e2 * (1 - 2 * e2)) <= 4e-16) }
      // squareplus(x) = (x + √(x² + 4))/2 = 2/(|x| + √(x² + 4)) for x < 0, without cancellation.
      #expect(relativeError(try f("squareplus").value(at: x), 2 / (abs(x) + (x * x + 4).squareRoot())) <= 1e-15)
    }
    // GELU: x·Φ(x) with Mills' ratio Φ(x) ≈ φ(x)/|x|·(1 − 1/x² + 3/x⁴ − 15/x⁶).
    for x in [-20.0, -30, -37] {
      let phi = exp(-x * x / 2) / (2 * Double.pi).squareRoot()
      let x2 = x * x
      let cdf = phi / abs(x) * (1 - 1 / x2 + 3 / (x2 * x2) - 15 / (x2 * x2 * x2) + 105 / (x2 * x2 * x2 * x2))
      #expect(relativeError(try f("gelu").value(at: x), x * cdf) <= 1e-9, "gelu(\(x))")
    }
    // squareplus far out, where x² overflows: b/(4|x|).
    #expect(relativeError(try f("squareplus").value(at: -1e200), 1e-200) <= 1e-15)
    #expect(relativeError(try f("squareplus").derivative(at: -1e100), 1e-200) <= 1e-15)
  }
}
