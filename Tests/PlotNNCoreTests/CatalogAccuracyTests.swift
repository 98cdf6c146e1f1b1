import Foundation
import Testing

@testable import PlotNNCore

/// Accuracy checks where naive formulas cancel or overflow: identities between functions,
/// Taylor series near 0 (worked out by hand) and mpmath values far on the negative side.
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

  /// Far on the negative side naive formulas lose every digit (1 − σ(−x), x + √(x² + b),
  /// 1 + tanh u) or overflow (eˣ beyond 709.78, x² beyond 1.3e154). The reference values are
  /// mpmath's, from `scripts/catalog_tail_reference.py`, not formulas of the code. The test
  /// fails if a function were computed naively there: σ as 1 − σ(−x) (0 instead of 5e-131
  /// at −300), squareplus as (x + √(x² + 4))/2 (off by ~1e-13 relative at −20, ∞ at −1e200),
  /// log-sigmoid as log(1/(1 + e⁻ˣ)) (−∞ at −750), tanh′ as 1 − tanh² (0 at −20), or
  /// GELU's Φ as (1 + erf(x/√2))/2 (0 at −20).
  @Test func negativeTails() throws {
    // Relative tolerances (value, derivative): a few ulp (the worst seen is 3.4e-16).
    let tolerance: [String: (value: Double, derivative: Double)] = [
      "log-sigmoid": (2e-16, 4e-16), "sigmoid": (4e-16, 4e-16), "silu": (4e-16, 8e-16),
      "softplus": (4e-16, 4e-16), "mish": (4e-16, 8e-16), "tanh": (2.5e-16, 4e-16),
      "squareplus": (5e-16, 1e-15), "gelu": (1e-15, 1e-15),
    ]
    let reference = try ActivationReference.tails.get()
    #expect(Set(reference.cases.map(\.id)) == Set(tolerance.keys))
    var worst: [String: Double] = [:]
    for c in reference.cases {
      let g = try f(c.id)
      let bound = try #require(tolerance[c.id], "no tolerance for \(c.id)")
      for point in c.points {
        let (x, value, derivative) = (point[0].value, point[1].value, point[2].value)
        for (what, got, want, limit) in [
          ("f", g.value(at: x), value, bound.value), ("f′", g.derivative(at: x), derivative, bound.derivative),
        ] {
          // Below the normal range (the true value underflows) only an absolute check applies.
          let error =
            abs(want) < 1e-300 ? (abs(got - want) <= .leastNormalMagnitude ? 0 : .infinity) : relativeError(got, want)
          worst[c.id] = max(worst[c.id] ?? 0, error)
          #expect(error <= limit, "\(c.id): \(what)(\(x)) = \(got), mpmath \(want) (relative error \(error))")
        }
      }
    }
    print("negative tails, worst relative error: \(worst.sorted { $0.key < $1.key })")
  }
}
