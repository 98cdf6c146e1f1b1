import Foundation
import Testing

@testable import PlotNNCore

@Suite struct CatalogStabilityTests {
  static let extremes: [Double] =
    [1e10, 1e100, 1e300, 1000, 710, 1e-300, .leastNonzeroMagnitude].flatMap { [$0, -$0] } + [0]

  /// Whether f(x) and f′(x) are truly beyond the double range: e^x above
  /// log(DBL_MAX) ≈ 709.78, and CELU with α < 0, whose negative branch α(e^(x/α) − 1)
  /// grows exponentially as x → −∞.
  static func trueValueOverflows(_ f: BoundActivation, at x: Double) -> Bool {
    switch f.activation.id {
    case "exponential": return x > 709.78
    case "celu": return f.parameters[0] < 0 && x / f.parameters[0] > 709.78
    default: return false
    }
  }

  /// No NaN anywhere, and no infinity where the true value is finite (no overflow of x²,
  /// of an intermediate exponential, or ∞·0).
  @Test func extremeInputsGiveFiniteResults() throws {
    for f in try allBindings() {
      for x in Self.extremes {
        let overflows = Self.trueValueOverflows(f, at: x)
        for (what, y) in [("f", f.value(at: x)), ("f′", f.derivative(at: x))] {
          #expect(!y.isNaN, "\(label(f)): \(what)(\(x)) is NaN")
          if overflows {
            #expect(y.isInfinite, "\(label(f)): \(what)(\(x)) = \(y), expected an infinity")
          } else {
            #expect(y.isFinite, "\(label(f)): \(what)(\(x)) = \(y) is not finite")
          }
        }
      }
    }
  }

  /// Far out the functions follow their asymptotes: bounded ones saturate at their
  /// limits, unbounded ones grow like x (f(x)/x and f′ tend to the slope).
  @Test(arguments: [1e10, 1e100, 1e300])
  func asymptotesAtLargeInputs(_ x: Double) throws {
    let catalog = Catalog.standard
    func f(_ spec: String) throws -> BoundActivation { try catalog.bind(spec) }
    // Saturating: (function, limit at −∞, limit at +∞).
    let saturating: [(String, Double, Double)] = [
      ("sigmoid", 0, 1), ("tanh", -1, 1), ("softsign", -1, 1), ("hard-sigmoid", 0, 1),
      ("hard-sigmoid-keras", 0, 1), ("sparse-sigmoid", 0, 1), ("hard-tanh", -1, 1), ("relu6", 0, 6),
    ]
    for (id, low, high) in saturating {
      let g = try f(id)
      #expect(abs(g.value(at: -x) - low) <= 1e-9 && abs(g.value(at: x) - high) <= 1e-9, "\(id) at ±\(x)")
      #expect(abs(g.derivative(at: x)) <= 1e-9 && abs(g.derivative(at: -x)) <= 1e-9, "\(id)′ at ±\(x)")
    }
    // Rectifying: f(x) ≈ x and f′ ≈ 1 at +∞; f and f′ → 0 at −∞.
    for id in ["relu", "gelu", "gelu-tanh", "silu", "mish", "softplus", "squareplus", "sparse-plus", "hard-swish"] {
      let g = try f(id)
      #expect(abs(g.value(at: x) / x - 1) <= 1e-12 && abs(g.derivative(at: x) - 1) <= 1e-12, "\(id) at \(x)")
      #expect(abs(g.value(at: -x)) <= 1e-9 && abs(g.derivative(at: -x)) <= 1e-9, "\(id) at \(-x)")
    }
    // Shifted or scaled lines.
    #expect(try f("log-sigmoid").value(at: -x) == -x)
    #expect(try f("soft-shrink").value(at: x) == x - 0.5)
    #expect(try f("tanh-shrink").value(at: -x) == -x + 1)
    // SELU's constants as published (Klambauer et al. 2017).
    let scale = 1.0507009873554804934193349852946
    let alpha = 1.6732632423543772848170429916717
    #expect(try f("selu").value(at: x) == scale * x)
    #expect(abs(try f("selu").value(at: -x) / (scale * alpha) + 1) <= 1e-15)
    #expect(abs(try f("elu").value(at: -x) + 1) <= 1e-15)
  }
}
