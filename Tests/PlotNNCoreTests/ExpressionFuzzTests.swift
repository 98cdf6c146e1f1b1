import Foundation
import Testing

@testable import PlotNNCore

/// No string makes the parser, the evaluator, the breakpoint search, the typesetting or
/// the catalog bridge crash; every failure is an ``ExpressionError`` whose position lies
/// inside the string (or just after it, for "missing at the end").
@Suite struct ExpressionFuzzTests {
  static let pieces = [
    "x", "x", "1", "2.5", "1e-3", "0", "e", "pi", "π", "+", "-", "*", "/", "^", "**", "(", "(", ")", ")", ",", "<",
    "<=", "==", "!=", "=", ":", " ", "sin(", "exp(", "log(", "sqrt(", "abs(", "max(", "min(", "where(", "tanh(",
    "leaky-relu(", "relu", "gelu", "sigmoid(", "softplus(", "alpha=", "beta=", "hard-tanh:min_val=", "x<0,", "1e999",
    ".", "_", "$", "×", "−", "≤", "lealy-relu", "sigmod(", "\t", "\n", "é", "中", "1/0", "0/0", "-x^2", "erf(",
    "log1p(", "expm1(", "sign(", "asinh(", "tan(", "9e307", "1e-320", "elu:alpha=-", "y",
  ]

  static let seeds = [
    "x*sigmoid(1.702*x)", "x*tanh(softplus(x))", "0.5*x*(1+erf(x/sqrt(2)))", "where(x < 0, 0.1*x, x^2)",
    "leaky-relu(x, alpha=0.5)", "max(0, min(1, x/6 + 1/2))", "abs(x - 1/3)^1.5", "2^3^2 - -x",
    "hard-tanh:min_val=-2,max_val=1 + log1p(exp(-abs(x)))", "gelu(2*x) - silu", "1/(x - 2) + sqrt(x+1)",
  ]

  private func mutate(_ text: String, _ rng: inout SplitMix64) -> String {
    var chars = Array(text)
    let alphabet = Array("x()+-*/^,.<=>:e0123456789 sinmaxwhere_$π−")
    for _ in 0..<rng.below(4) {
      let i = chars.isEmpty ? 0 : rng.below(chars.count + 1)
      switch rng.below(5) {
      case 0: chars.insert(rng.pick(alphabet), at: i)
      case 1: if i < chars.count { chars.remove(at: i) }
      case 2: if i < chars.count { chars[i] = rng.pick(alphabet) }
      case 3:
        let j = i + rng.below(max(1, chars.count - i + 1))
        if i < j, j <= chars.count { chars.insert(contentsOf: chars[i..<j], at: i) }
      default: chars.insert(contentsOf: Array(rng.pick(Self.pieces)), at: i)
      }
    }
    return String(chars)
  }

  /// Exercises everything downstream of a successful parse.
  func exercise(_ e: MathExpression) {
    for x in [-3.0, -0.5, 0, 1, 1e300, -1e300, .nan, .infinity] {
      _ = e.dual(at: x)
      _ = e.derivative(at: x)
    }
    _ = e.markup
    _ = e.domain
    _ = e.breakpoints(in: -5...5, gridSegments: 16)
  }

  @Test func randomAndMutatedStrings() {
    var rng = SplitMix64(state: 20_240_611)
    var parsed = 0
    var failed = 0
    for round in 0..<6000 {
      let text: String
      switch round % 3 {
      case 0: text = (0..<(1 + rng.below(25))).map { _ in rng.pick(Self.pieces) }.joined()
      case 1: text = mutate(rng.pick(Self.seeds), &rng)
      default: text = String((0..<rng.below(40)).map { _ in Character(UnicodeScalar(UInt8(32 + rng.below(95)))) })
      }
      do {
        let e = try ExpressionParser.parse(text)
        parsed += 1
        exercise(e)
      } catch {
        failed += 1
        let count = text.count
        #expect(error.offset >= 0 && error.offset <= count, "\(text): offset \(error.offset)")
        #expect(error.length >= 1 && !error.message.isEmpty && !error.message.contains("\n"))
        if count <= ExpressionParser.maximumLength, !text.isEmpty {
          let lines = error.description.split(separator: "\n", omittingEmptySubsequences: false)
          if lines.count == 3 {
            #expect(
              lines[2].firstIndex(of: "^").map { lines[2].distance(from: lines[2].startIndex, to: $0) } == 4
                + error.offset)
          }
        }
      }
      _ = try? Catalog.standard.source(text)
    }
    // The generator must reach both paths for the test to mean anything.
    #expect(parsed > 300 && failed > 3000, "parsed \(parsed), failed \(failed)")
  }

  @Test func extremeShapes() {
    var rng = SplitMix64(state: 7)
    var shapes: [String] = [
      String(repeating: "(", count: 5000), String(repeating: ")", count: 999), String(repeating: "-", count: 1000),
      String(repeating: "x^", count: 500),
      String(repeating: "sin(", count: 250) + "x" + String(repeating: ")", count: 250),
      String(repeating: "max(x,", count: 60) + "x" + String(repeating: ")", count: 60),
      String(repeating: "abs(", count: 60) + "x-1" + String(repeating: ")", count: 60),
      String(repeating: "9", count: 1000),
      String(repeating: "leaky-relu(", count: 63) + "x" + String(repeating: ")", count: 63),
      String(repeating: "x*", count: 499) + "x",
      String(repeating: "where(x<0,", count: 30) + "1,2" + String(repeating: ")", count: 30),
    ]
    for _ in 0..<200 {
      let depth = rng.below(90)
      let open = (0..<depth).map { _ in rng.pick(["(", "-", "2^", "exp(", "abs(", "relu("]) }
      let close = open.reversed().map { $0.hasSuffix("(") ? ")" : "" }
      shapes.append(open.joined() + "x" + close.joined())
    }
    for text in shapes {
      do {
        let e = try ExpressionParser.parse(text)
        exercise(e)
      } catch {
        #expect(error.offset >= 0 && error.offset <= text.count)
      }
    }
  }
}
