import Foundation
import Testing

@testable import PlotNNCore

/// Identities of Taylor-mode differentiation (``Jet``) and the order limits.
@Suite struct ExpressionJetTests {
  private func expression(_ text: String) throws -> MathExpression {
    guard case .expression(let e, _) = try Catalog.standard.source(text) else {
      throw ExpressionError(.empty, in: text, offset: 0)
    }
    return e
  }

  private let points: [Double] = [-3.1, -1, -0.2, 0, 0.4, 1.3, 2.9]

  /// sin″ = −sin to the bit (halving and doubling are exact); sin‴ = −cos and sin⁗ = sin
  /// within 2 ulp of 1 (the division by 3 and the product by 3! each round once).
  @Test func sineDerivativesCycle() throws {
    let e = try expression("sin(x)")
    for x in points {
      #expect(e.derivative(order: 2, at: x) == -sin(x))
      #expect(abs(e.derivative(order: 3, at: x) + cos(x)) <= 4.5e-16)
      #expect(abs(e.derivative(order: 4, at: x) - sin(x)) <= 4.5e-16)
    }
  }

  @Test func exponentialIsItsOwnDerivative() throws {
    let e = try expression("exp(x)")
    for x in points {
      for n in 2...4 { #expect(abs(e.derivative(order: n, at: x) - exp(x)) <= 4e-16 * exp(x)) }
    }
  }

  @Test func polynomialDerivativesAreExact() throws {
    let e = try expression("x^3 - 2*x")
    for x in points {
      #expect(e.derivative(order: 2, at: x) == 6 * x)
      #expect(e.derivative(order: 3, at: x) == 6)
      #expect(e.derivative(order: 4, at: x) == 0)
    }
    // x² at 0: the whole-power rule multiplies jets, so no 0/0 from u₀ = 0.
    let square = try expression("x^2")
    #expect(square.derivative(order: 2, at: 0) == 2)
  }

  /// The first-order path is the dual-number one, the same bits whichever way it is asked.
  @Test func orderOneIsTheDualNumbersDerivative() throws {
    for text in ["x*tanh(softplus(x))", "sin(x)*exp(-x^2/4)", "where(x < 0, 0.1*x, x)", "gelu(2*x)"] {
      let e = try expression(text)
      for x in points {
        #expect(e.derivative(order: 1, at: x).bitPattern == e.derivative(at: x).bitPattern)
        #expect(e.jet(at: x, order: 3).value.bitPattern == e.value(at: x).bitPattern)
      }
    }
  }

  /// A catalog function inside an expression contributes its f′ and f″ by Faà di Bruno:
  /// (gelu(2x))″ = 4·gelu″(2x); order 3 is beyond what the catalog knows.
  @Test func activationInsideAnExpressionGoesToOrderTwo() throws {
    let e = try expression("gelu(2*x)")
    let gelu = try Catalog.standard.bind("gelu")
    for x in points {
      #expect(abs(e.derivative(order: 2, at: x) - 4 * gelu.secondDerivative(at: 2 * x)) <= 1e-15)
    }
    #expect(e.maximumDerivativeOrder == 2)
    #expect(try expression("sin(x)").maximumDerivativeOrder == 4)
    #expect(FunctionSource.expression(e, text: "gelu(2*x)").derivativeOrderProblem(3) != nil)
    #expect(FunctionSource.expression(e, text: "gelu(2*x)").derivativeOrderProblem(2) == nil)
  }

  @Test func catalogFunctionsStopAtOrderTwo() throws {
    let f = FunctionSource.activation(try Catalog.standard.bind("gelu"))
    #expect(f.derivativeOrderProblem(1) == nil)
    #expect(f.derivativeOrderProblem(2) == nil)
    let message = try #require(f.derivativeOrderProblem(3))
    #expect(message.contains("catalog functions have exact derivatives up to order 2"))
    #expect(f.derivativeOrderProblem(5) != nil)
    #expect(f.derivativeOrderProblem(0) != nil)
  }

  /// Kinks take the flatter piece's jet (abs at 0: all 0), `where` its branch's; a constant
  /// under sqrt or a division stays constant (no NaN).
  @Test func kinksAndConstants() throws {
    #expect(try expression("abs(x)^3").derivative(order: 2, at: 0) == 0)
    #expect(try expression("where(x < 0, x^2, -x^2)").derivative(order: 2, at: -1) == 2)
    #expect(try expression("where(x < 0, x^2, -x^2)").derivative(order: 2, at: 1) == -2)
    #expect(try expression("sqrt(0)*x + log(1)*x + x^2").derivative(order: 2, at: 1) == 2)
    #expect(try expression("max(x^2, 2*x - 1)").derivative(order: 2, at: 1) == 2)
    #expect(try expression("min(x^2, 2*x - 1)").derivative(order: 2, at: 1) == 0)
    #expect(try expression("max(x, -x)").derivative(order: 2, at: 0) == 0)
    #expect(try expression("log(x)").derivative(order: 2, at: -1).isNaN)
  }

  /// Every built-in activation has an f″ (no NaN at ordinary points).
  @Test func everyBuiltinHasASecondDerivative() {
    for a in Catalog.standard.activations {
      let f = BoundActivation(a)
      for x in [-2.7, -0.3, 0.6, 1.9] { #expect(f.secondDerivative(at: x).isFinite, "\(a.id)″(\(x))") }
    }
  }
}
