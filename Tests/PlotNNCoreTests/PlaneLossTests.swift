import Foundation
import Testing

@testable import PlotNNCore

struct PlaneLossTests {
  /// Central difference (f(p + h·e) − f(p − h·e))/2h with h = 1e-5·max(1, |p|): truncation
  /// error ~h²·f‴/6 and rounding ~ε·|f|/h, both near 1e-8 relative for these functions.
  static func centralGradient(_ f: (Vector2) -> Double, at p: Vector2) -> Vector2 {
    let hx = 1e-5 * max(1, abs(p.x)), hy = 1e-5 * max(1, abs(p.y))
    return Vector2(
      (f(Vector2(p.x + hx, p.y)) - f(Vector2(p.x - hx, p.y))) / (2 * hx),
      (f(Vector2(p.x, p.y + hy)) - f(Vector2(p.x, p.y - hy))) / (2 * hy))
  }

  static func close(_ a: Vector2, _ b: Vector2, relative: Double) -> Bool {
    let scale = max(1, b.length)
    return (a - b).length <= relative * scale
  }

  static let probes = [Vector2(-1.3, 0.7), Vector2(0.4, -2.2), Vector2(2.5, 1.5), Vector2(-0.05, 0.3)]

  @Test(arguments: PlaneLoss.ids)
  func namedGradientMatchesCentralDifferences(_ id: String) throws {
    let loss = try #require(PlaneLoss.named(id))
    for p in Self.probes + [loss.start] {
      let g = loss.gradient(p)
      #expect(Self.close(g, Self.centralGradient(loss.value, at: p), relative: 1e-6), "\(id) at \(p)")
    }
  }

  /// The named formulas typed as expressions: their AD gradient equals the hand-written one
  /// to rounding (1e-12 relative: the two evaluate the same products in other orders).
  @Test(arguments: [
    ("rosenbrock", "(1-x)^2 + 100*(y-x^2)^2"),
    ("beale", "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2"),
    ("booth", "(x + 2*y - 7)^2 + (2*x + y - 5)^2"),
    ("himmelblau", "(x^2 + y - 11)^2 + (x + y^2 - 7)^2"),
    ("rastrigin", "20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)"),
    ("ill-conditioned", "x^2/2 + 5*y^2"),
    ("saddle", "x^2 - y^2"),
  ])
  func expressionGradientEqualsHandGradient(_ id: String, _ text: String) throws {
    let named = try #require(PlaneLoss.named(id))
    let typed = try PlaneLoss.expression(text)
    for p in Self.probes {
      #expect(abs(typed.value(p) - named.value(p)) <= 1e-12 * max(1, abs(named.value(p))), "\(id) at \(p)")
      #expect(Self.close(typed.gradient(p), named.gradient(p), relative: 1e-12), "\(id) at \(p)")
    }
  }

  /// Hand derivatives of expressions that use functions, powers and y in exponents.
  @Test func expressionGradientsAgainstHandDerivatives() throws {
    let cases: [(String, (Double, Double) -> (Double, Double))] = [
      ("x^2 + 10*y^2", { x, y in (2 * x, 20 * y) }),
      ("x*y", { x, y in (y, x) }),
      ("sin(x)*exp(y)", { x, y in (cos(x) * exp(y), sin(x) * exp(y)) }),
      ("x^y", { x, y in (y * pow(x, y - 1), pow(x, y) * log(x)) }),
      ("log(1 + x^2 + y^2)", { x, y in (2 * x / (1 + x * x + y * y), 2 * y / (1 + x * x + y * y)) }),
      ("sqrt(x^2 + Y^2)", { x, y in (x / hypot(x, y), y / hypot(x, y)) }),
      ("max(x, y)", { x, y in x > y ? (1, 0) : (0, 1) }),
    ]
    for (text, hand) in cases {
      let e = try ExpressionParser.parse(text, variables: .xy)
      for p in [Vector2(1.3, 0.7), Vector2(0.4, 2.2), Vector2(2.5, -1.5)] where !(text == "x^y" && p.x <= 0) {
        let (_, g) = e.valueAndGradient(x: p.x, y: p.y)
        let (hx, hy) = hand(p.x, p.y)
        #expect(Self.close(g, Vector2(hx, hy), relative: 1e-14), "\(text) at \(p)")
        #expect(
          Self.close(g, Self.centralGradient({ e.value(x: $0.x, y: $0.y) }, at: p), relative: 1e-6), "\(text) at \(p)")
      }
    }
  }

  /// y is a variable only where asked: a one-variable expression still refuses it.
  @Test func yOnlyInTwoVariables() throws {
    #expect(throws: ExpressionError.self) { try ExpressionParser.parse("x + y") }
    let e = try ExpressionParser.parse("x + y", variables: .xy)
    #expect(e.value(x: 2, y: 3) == 5)
    #expect(try ExpressionParser.parse("x^2").derivative(at: 3) == 6)
  }

  @Test func parseNamesThenExpressions() throws {
    #expect(try PlaneLoss.parse("Rosenbrock").name == "rosenbrock")
    #expect(try PlaneLoss.parse("quadratic").name == "ill-conditioned")
    #expect(try PlaneLoss.parse("x^2 + 10*y^2").minima.isEmpty)
    do {
      _ = try PlaneLoss.parse("rosenbrok")
      Issue.record("accepted")
    } catch { #expect(error.description.contains("did you mean rosenbrock")) }
    do {
      _ = try PlaneLoss.parse("x^2 + 10*z^2")
      Issue.record("accepted")
    } catch { #expect(error.description.contains("z")) }
  }

  /// Each named loss's minima are stationary points with the stated value.
  @Test(arguments: PlaneLoss.ids)
  func minimaAreStationary(_ id: String) throws {
    let loss = try #require(PlaneLoss.named(id))
    for m in loss.minima {
      #expect(loss.gradient(m).length <= 1e-4 * max(1, loss.gradient(loss.start).length), "\(id) at \(m)")
      if let v = loss.minimumValue { #expect(abs(loss.value(m) - v) <= 1e-9 * max(1, abs(v)), "\(id)") }
    }
  }
}
