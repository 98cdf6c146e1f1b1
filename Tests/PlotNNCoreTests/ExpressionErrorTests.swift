import Foundation
import Testing

@testable import PlotNNCore

@Suite struct ExpressionErrorTests {
  func error(_ text: String) -> ExpressionError? {
    do {
      _ = try ExpressionParser.parse(text)
      return nil
    } catch {
      return error
    }
  }

  /// (expression, column of the fault, characters underlined, text the message contains)
  static let cases: [(String, Int, Int, String)] = [
    ("x*sigmod(x)", 3, 6, "unknown function 'sigmod' at column 3; did you mean sigmoid?"),
    ("sigmod", 1, 6, "unknown name 'sigmod' at column 1; did you mean sigmoid?"),
    ("y*2", 1, 1, "unknown name 'y' at column 1; did you mean x or e?"),
    ("x*lealy-relu(x)", 3, 10, "unknown function 'lealy-relu' at column 3; did you mean leaky-relu?"),
    ("x*lealy-relu", 3, 5, "unknown name 'lealy'"),
    ("2x", 2, 1, "missing operator between '2' and 'x' at column 2; implicit multiplication"),
    ("x 2", 3, 1, "missing operator between 'x' and '2'"),
    ("sin(x)(x)", 7, 1, "missing operator between ')' and '('"),
    ("sin(x", 4, 1, "unbalanced parenthesis: '(' at column 4 is never closed"),
    ("((x+1)", 1, 1, "'(' at column 1 is never closed"),
    ("(x+1))", 6, 1, "unbalanced parenthesis: ')' at column 6 has no matching '('"),
    ("x+", 3, 1, "missing operand after '+' at column 3"),
    ("x*/2", 3, 1, "missing operand after '*' at column 3"),
    ("-", 2, 1, "missing operand after '-'"),
    ("2^", 3, 1, "missing operand after '^'"),
    ("()", 1, 2, "empty parentheses at column 1"),
    ("max(x,)", 7, 1, "missing operand after ','"),
    ("x > 0", 3, 1, "comparison '>' at column 3 is only allowed as the condition of where"),
    ("(x <= 1)", 4, 2, "comparison '<='"),
    ("x = 1", 3, 1, "unexpected '=' at column 3"),
    ("x, 1", 2, 1, "unexpected ',' at column 2"),
    ("where(x, 1, 2)", 7, 1, "the first argument of where at column 7 must be a comparison"),
    ("where(x < 0, 1)", 1, 15, "where at column 1 takes 3 arguments"),
    ("where(x < 0, 1, 2 > x)", 19, 1, "comparison '>'"),
    ("where", 1, 5, "where at column 1 needs an argument"),
    ("sin(x, 2)", 1, 9, "sin at column 1 takes 1 argument (got 2)"),
    ("sin()", 1, 5, "sin at column 1 takes 1 argument (got 0)"),
    ("max(x)", 1, 6, "max at column 1 takes 2 or more arguments (got 1)"),
    ("sin", 1, 3, "sin at column 1 needs an argument, e.g. sin(x)"),
    ("exp(x, beta=2)", 8, 4, "exp at column 8 takes no parameters (got 'beta')"),
    ("x(2)", 1, 1, "'x' at column 1 is not a function"),
    ("leaky-relu(x, alfa=2)", 15, 4, "leaky-relu has no parameter 'alfa'"),
    ("leaky-relu(x, alpha=1, slope=2)", 24, 5, "given twice"),
    ("relu(x, alpha=1)", 9, 5, "relu takes no parameters"),
    ("gelu(approximate=tanh)", 6, 11, "gelu takes no parameters (got 'approximate')"),
    ("softplus(x, bta=x)", 13, 3, "softplus has no parameter 'bta'"),
    ("softplus(x, beta=0)", 1, 19, "beta must be > 0"),
    ("leaky-relu(x, alpha=x)", 21, 1, "parameter 'alpha' at column 21 must be a constant"),
    ("leaky-relu(x, alpha=1/0)", 21, 3, "must be a finite number (got inf)"),
    ("leaky-relu(x, alpha=)", 21, 1, "missing value for parameter 'alpha'"),
    ("leaky-relu(x, 2)", 1, 16, "one argument, the expression it is applied to"),
    ("relu:", 6, 1, "name=value after ':'"),
    ("relu:alpha", 6, 5, "name=value after ':'"),
    ("elu:alpha=", 11, 1, "missing value for parameter 'alpha'"),
    ("x:alpha=1", 2, 1, "unexpected ':'"),
    ("1e999", 1, 5, "number '1e999' at column 1 is out of range"),
    ("1.e", 3, 1, "missing operator between '1.' and 'e'"),
    ("x $ 2", 3, 1, "unexpected character '$' at column 3"),
    ("x ! 2", 3, 1, "unexpected character '!'"),
    ("_x", 1, 1, "unexpected character '_'"),
    // Characters that would not show are named by code point (they printed as '').
    ("x\u{01}", 2, 1, "unexpected character U+0001 at column 2"),
    ("x\u{200B}+1", 2, 1, "unexpected character U+200B at column 2"),
    ("x\u{7F}", 2, 1, "unexpected character U+007F"),
    ("", 1, 1, "empty expression"),
    ("   ", 4, 1, "empty expression"),
  ]

  @Test(arguments: cases)
  func errorsNameTheFaultAndItsPosition(text: String, column: Int, length: Int, message: String) throws {
    let e = try #require(error(text), "\(text) should not parse")
    #expect(e.column == column, "\(text): \(e.message)")
    #expect(e.length == length, "\(text): \(e.message)")
    #expect(e.message.contains(message), "\(text): \(e.message)")
    #expect(!e.message.contains("\n"))
  }

  @Test func descriptionShowsTheExpressionWithACaret() throws {
    let e = try #require(error("x*sigmod(x)"))
    #expect(
      e.description == """
        unknown function 'sigmod' at column 3; did you mean sigmoid?
            x*sigmod(x)
              ^~~~~~
        """)
    // A tab or newline is echoed as one space, so the caret stays under its character.
    let tab = try #require(error("x\t+\n"))
    #expect(tab.description.hasSuffix("\n    x + \n        ^"))
  }

  @Test func lengthIsBounded() throws {
    let long = String(repeating: "x+", count: 500) + "x"  // 1001 characters
    let e = try #require(error(long))
    #expect(e.problem == .tooLong(length: 1001) && e.offset == 1000)
    #expect(e.description == "expression too long: 1001 characters, the limit is 1000")
    let limit = String(repeating: "x+", count: 499) + "x "  // 1000 characters: accepted
    #expect(limit.count == 1000)
    #expect(try ExpressionParser.parse(limit).value(at: 1) == 500)
  }

  /// 63 nested parentheses parse; 64 do not (the top level is the first of 64 levels).
  /// Unary signs and powers nest too, and never overflow the stack.
  @Test func depthIsBounded() throws {
    let ok = String(repeating: "(", count: 63) + "x" + String(repeating: ")", count: 63)
    #expect(try ExpressionParser.parse(ok).value(at: 2) == 2)
    let deep = String(repeating: "(", count: 64) + "x" + String(repeating: ")", count: 64)
    let e = try #require(error(deep))
    #expect(e.problem == .tooDeep && e.column == 65)
    #expect(e.message.contains("at most 64 levels"))
    for text in [
      String(repeating: "-", count: 999) + "x", String(repeating: "2^", count: 499) + "2",
      String(repeating: "sin(", count: 200) + "x", String(repeating: "(", count: 1000),
    ] {
      #expect(error(text)?.problem == .tooDeep, "\(text.prefix(20))…")
    }
    // A long flat chain is not deep: sums and products are one node.
    let chain = String(repeating: "x*", count: 400) + "1"
    #expect(try ExpressionParser.parse(chain).value(at: 1) == 1)
  }
}
