import Foundation
import Testing

@testable import PlotNNCore

/// Automatic differentiation against independent derivatives: the catalog's analytic ones
/// (a separate, hand-written code path) and formulas worked out by hand in the test.
@Suite struct ExpressionDerivativeTests {
  /// x from −20 to 20 in steps of 1/16 (exact doubles), plus a few awkward points.
  static let grid = (-320...320).map { Double($0) / 16 } + [1e-9, -1e-9, 0.1, -0.3, 7.77]

  /// |a − b| ≤ 1e-12·max(1, |b|).
  static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-12 * max(1, abs(b)) }

  /// A catalog function written as an expression: the value and the automatic derivative
  /// equal the catalog's value and analytic derivative to 1e-12 (at the kinks too, where
  /// the conventions agree: abs′(0) = 0, max/min take the flatter piece, where takes the
  /// chosen branch).
  @Test(arguments: [
    ("x*sigmoid(x)", "silu"),
    ("x*tanh(softplus(x))", "mish"),
    ("0.5*x*(1+erf(x/sqrt(2)))", "gelu"),
    ("0.5*x*(1+tanh(sqrt(2/pi)*(x+0.044715*x^3)))", "gelu-tanh"),
    ("x/(1+abs(x))", "softsign"),
    ("x - tanh(x)", "tanh-shrink"),
    ("(x + sqrt(x^2 + 4))/2", "squareplus"),
    ("-softplus(-x)", "log-sigmoid"),
    ("1/(1 + exp(-x))", "sigmoid"),
    ("log1p(exp(x))", "softplus"),
    ("where(x > 0, x, expm1(x))", "elu"),
    ("max(0, x)", "relu"),
    ("max(x, 0)", "relu"),
    ("where(x > 0, x, 0)", "relu"),
    ("max(0.01*x, x)", "leaky-relu"),
    ("min(max(0, x), 6)", "relu6"),
    ("max(-1, min(1, x))", "hard-tanh"),
    ("max(0, min(1, x/6 + 1/2))", "hard-sigmoid"),
    ("where(x > 1, x, 0)", "threshold"),
    ("sign(x)*max(abs(x) - 0.5, 0)", "soft-shrink"),
    ("where(abs(x) > 0.5, x, 0)", "hard-shrink"),
    ("exp(x)", "exponential"),
  ])
  func automaticDerivativeEqualsTheCatalogs(text: String, id: String) throws {
    let e = try ExpressionParser.parse(text)
    let f = try Catalog.standard.bind(id)
    let kinks = f.activation.breakpoints(f.parameters)
    for x in Self.grid + kinks where !(x < -15 && text.hasPrefix("1/(1 + exp")) {
      #expect(
        Self.close(e.value(at: x), f.value(at: x)), "\(text) at \(x): \(e.value(at: x)) vs \(id) \(f.value(at: x))")
      #expect(
        Self.close(e.derivative(at: x), f.derivative(at: x)),
        "\(text)′ at \(x): \(e.derivative(at: x)) vs \(id)′ \(f.derivative(at: x))")
    }
  }

  /// Compositions of elementary functions against derivatives worked out by hand.
  @Test func automaticDerivativeOfCompositions() throws {
    let cases: [(String, (Double) -> Double)] = [
      ("sin(x^2)", { x in 2 * x * cos(x * x) }),
      ("exp(-x^2/2)", { x in -x * exp(-x * x / 2) }),
      ("log(1 + x^2)", { x in 2 * x / (1 + x * x) }),
      ("x/(1 + x^2)", { x in (1 - x * x) / ((1 + x * x) * (1 + x * x)) }),
      ("sqrt(1 + x^2)", { x in x / sqrt(1 + x * x) }),
      ("2^x", { x in pow(2, x) * log(2) }),
      ("e^(2*x)", { x in 2 * exp(2 * x) }),
      ("atan(x)", { x in 1 / (1 + x * x) }),
      ("asinh(x)", { x in 1 / sqrt(1 + x * x) }),
      ("erfc(x)", { x in -2 / sqrt(Double.pi) * exp(-x * x) }),
      ("tan(x/8)", { x in 1 / (8 * cos(x / 8) * cos(x / 8)) }),
      ("cosh(x/4)*sinh(x/4)", { x in (cosh(x / 4) * cosh(x / 4) + sinh(x / 4) * sinh(x / 4)) / 4 }),
      ("x^3 - 2*x", { x in 3 * x * x - 2 }),
      ("1/x^2", { x in -2 / (x * x * x) }),
      ("abs(x)^3", { x in 3 * x * abs(x) }),
      ("expm1(x)*log1p(x^2)", { x in exp(x) * log1p(x * x) + expm1(x) * 2 * x / (1 + x * x) }),
      ("min(x^2, 4)", { x in abs(x) < 2 ? 2 * x : 0 }),
      (
        "gelu(x^2)",
        { x in 2 * x * (0.5 * erfc(-x * x / sqrt(2)) + x * x * exp(-x * x * x * x / 2) / sqrt(2 * Double.pi)) }
      ),
    ]
    for (text, reference) in cases {
      let e = try ExpressionParser.parse(text)
      for x in Self.grid where x != 0 && abs(x) <= 8 {
        #expect(
          Self.close(e.derivative(at: x), reference(x)), "\(text)′ at \(x): \(e.derivative(at: x)) vs \(reference(x))")
      }
    }
  }

  @Test func xToThePowerX() throws {
    let e = try ExpressionParser.parse("x^x")
    for x in [0.25, 1, 2.5, 7] {
      #expect(Self.close(e.derivative(at: x), pow(x, x) * (log(x) + 1)))
    }
  }

  /// The conventions at kinks and at constants, one by one.
  @Test(arguments: [
    ("abs(x)", 0.0, 0.0),  // abs′(0) = 0
    ("abs(x - 1)", 1, 0),
    ("max(0, x)", 0, 0),  // relu′(0) = 0 in either order
    ("max(x, 0)", 0, 0),
    ("max(0.5*x, x)", 0, 0.5),  // leaky-relu′(0) = α
    ("min(x, 6)", 6, 0),  // relu6′(6) = 0: the flat piece
    ("max(x, -x)", 0, 0),  // equal and opposite slopes: their mean, as abs′(0)
    ("max(2*x, 3*x)", 0, 2),  // the flatter of two rising pieces
    ("where(x > 0, x, 0)", 0, 0),  // the branch chosen at 0
    ("where(x >= 0, x, 0)", 0, 1),
    ("sqrt(x^2)", 0, 0),  // zero inner derivative: 0, not ∞·0
    ("sqrt(0)*x", 2, 0),
    ("x + 1/0", 2, 1),  // a constant ∞ has slope 0
    ("x^0", 0, 0),
    ("x^1", 0, 1),
    ("0^x", 2, 0),
    ("sign(x)", 0, 0),
    ("relu(x - 1)*x", 1, 0),  // relu′(0) = 0 by the chain rule
  ])
  func conventionsAtKinks(text: String, x: Double, expected: Double) throws {
    #expect(try ExpressionParser.parse(text).derivative(at: x) == expected, "\(text)′ at \(x)")
  }

  @Test func noDerivativeWhereTheFunctionIsUndefined() throws {
    let log = try ExpressionParser.parse("log(x)")
    #expect(log.value(at: -1).isNaN && log.derivative(at: -1).isNaN)
    #expect(log.derivative(at: 2) == 0.5)
    let sqrt = try ExpressionParser.parse("sqrt(x)")
    #expect(sqrt.derivative(at: 0) == .infinity)
    #expect(try ExpressionParser.parse("max(x, 0/0)").derivative(at: 1).isNaN)
  }

  @Test func dualNumberArithmetic() {
    let x = Dual.variable(3)
    #expect(x * x == Dual(9, 6))
    #expect(Dual(1) / x == Dual(1.0 / 3, -1.0 / 9))
    #expect(Dual.pow(x, Dual(2)) == Dual(9, 6))
    #expect(Dual.pow(Dual(2), x) == Dual(8, 8 * log(2)))
    #expect(-x + Dual(1) - x == Dual(-5, -2))
    #expect(Dual.tieSlope(1, -1) == 0 && Dual.tieSlope(-0.5, 2) == -0.5 && Dual.tieSlope(3, 3) == 3)
  }
}
