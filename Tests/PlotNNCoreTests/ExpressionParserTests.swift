import Foundation
import Testing

@testable import PlotNNCore

/// The value of `text` at `x` (the test fails if it does not parse).
func evaluate(_ text: String, at x: Double = 0) throws -> Double {
  try ExpressionParser.parse(text).value(at: x)
}

@Suite struct ExpressionParserTests {
  // MARK: Precedence and associativity (reference values worked out by hand)

  @Test(
    arguments: [
      ("2^3^2", 512.0),  // right-associative: 2^(3^2)
      ("(2^3)^2", 64),
      ("-2^2", -4),  // ^ binds tighter than unary minus
      ("(-2)^2", 4),
      ("2^-1", 0.5),  // a signed exponent
      ("-2^-2", -0.25),
      ("8/4/2", 1),  // left-associative
      ("1-2-3", -4),
      ("2*3+4*5", 26),
      ("2+3*4^2", 50),
      ("2*3^2*2", 36),
      ("--3", 3),
      ("+3", 3),
      ("-(-(-3))", -3),
      ("3 - -2", 5),
      ("2**3**2", 512),  // ** is ^
      ("2×3·4÷6 − 1", 3),  // typeset operators
      ("1e-3", 0.001),
      (".5 + 1.", 1.5),
      ("2.5E+2", 250),
      ("1e0", 1),
      ("  ( 1 +2 )\t* 3 ", 9),
    ] as [(String, Double)])
  func arithmetic(text: String, expected: Double) throws {
    #expect(try evaluate(text) == expected, "\(text)")
  }

  @Test func unaryMinusAndPowersOfX() throws {
    #expect(try evaluate("-x^2", at: 3) == -9)
    #expect(try evaluate("(-x)^2", at: 3) == 9)
    #expect(try evaluate("-x*-x", at: 3) == 9)
    #expect(try evaluate("x^2^-1", at: 16) == 4)  // x^(2^-1) = √16
    #expect(try evaluate("2^x^2", at: 2) == 16)
  }

  @Test func constants() throws {
    #expect(try evaluate("pi") == Double.pi)
    #expect(try evaluate("π") == Double.pi)
    #expect(try evaluate("PI") == Double.pi)
    #expect(try evaluate("e") == M_E)
    #expect(try evaluate("e^x", at: 2.5) == exp(2.5))  // exactly exp, not pow(M_E, x)
    #expect(try evaluate("e^x", at: 700) == exp(700))
    #expect(throws: ExpressionError.self) { try ExpressionParser.parse("2e") }  // 2 then e: no implicit product
  }

  @Test(
    arguments: [
      ("exp(x)", exp(0.7)), ("expm1(x)", expm1(0.7)), ("log(x)", log(0.7)), ("ln(x)", log(0.7)),
      ("log1p(x)", log1p(0.7)), ("sqrt(x)", sqrt(0.7)), ("abs(-x)", 0.7), ("sign(-x)", -1),
      ("sin(x)", sin(0.7)), ("cos(x)", cos(0.7)), ("tan(x)", tan(0.7)), ("atan(x)", atan(0.7)),
      ("tanh(x)", tanh(0.7)), ("sinh(x)", sinh(0.7)), ("cosh(x)", cosh(0.7)), ("asinh(x)", asinh(0.7)),
      ("erf(x)", erf(0.7)), ("erfc(x)", erfc(0.7)), ("min(x, 0.2, 1)", 0.2), ("max(x, 0.2, -1)", 0.7),
      ("where(x > 0.5, 1, 2)", 1), ("where(x < 0.5, 1, 2)", 2), ("where(x >= 0.7, 1, 2)", 1),
      ("where(x <= 0.69, 1, 2)", 2), ("where(x == 0.7, 1, 2)", 1), ("where(x != 0.7, 1, 2)", 2),
      ("where(x ≥ 0.7, 1, 2)", 1), ("where(x ≠ 0.7, 1, 2)", 2), ("SIN(X)", sin(0.7)), ("Exp(x)", exp(0.7)),
    ] as [(String, Double)])
  func functions(text: String, expected: Double) throws {
    #expect(try evaluate(text, at: 0.7) == expected, "\(text)")
  }

  // MARK: Catalog calls

  @Test func catalogCallsUseTheCatalogsValues() throws {
    let leaky = try Catalog.standard.bind("leaky-relu(alpha=0.5)")
    for text in [
      "leaky-relu(x, alpha=0.5)", "leaky-relu(alpha=0.5)", "leaky-relu:alpha=0.5", "Leaky_ReLU(x, negative_slope=1/2)",
      "leaky-relu(alpha=0.5, x)", "leakyrelu(x, slope=0.25*2)",
    ] {
      let e = try ExpressionParser.parse(text)
      for x in [-3.0, -0.5, 0, 2] {
        #expect(e.value(at: x) == leaky.value(at: x), "\(text) at \(x)")
        #expect(e.derivative(at: x) == leaky.derivative(at: x), "\(text)′ at \(x)")
      }
    }
    // A bare id is the activation of x; an argument is composed: gelu(2x) and its chain rule.
    let gelu = try Catalog.standard.bind("gelu")
    #expect(
      try evaluate("gelu - silu", at: 1.3) == gelu.value(at: 1.3) - (try Catalog.standard.bind("silu")).value(at: 1.3))
    let e = try ExpressionParser.parse("gelu(2*x)")
    #expect(e.value(at: 0.4) == gelu.value(at: 0.8))
    #expect(e.derivative(at: 0.4) == 2 * gelu.derivative(at: 0.8))
    // Parameters with the colon form inside a larger expression, and a comma that belongs to max.
    let softplus = try Catalog.standard.bind("softplus(beta=2)")
    #expect(try evaluate("max(softplus:beta=2, x)", at: -1) == softplus.value(at: -1))
  }

  @Test func hyphensJoinOnlyKnownNames() throws {
    let geluTanh = try Catalog.standard.bind("gelu-tanh")
    let gelu = try Catalog.standard.bind("gelu")
    #expect(try evaluate("gelu-tanh", at: 1) == geluTanh.value(at: 1))  // the catalog entry
    #expect(try evaluate("gelu - tanh", at: 1) == gelu.value(at: 1) - tanh(1))  // the difference
    #expect(try evaluate("x-relu(x)", at: 2) == 0)  // x minus relu
    #expect(try evaluate("x-e", at: 3) == 3 - M_E)
    #expect(try evaluate("hard-sigmoid-keras(x)", at: 1) == 0.7)
    #expect(try evaluate("x-log-sigmoid(x)", at: 0) == log(2))  // x − logsigmoid(x)
  }
}
