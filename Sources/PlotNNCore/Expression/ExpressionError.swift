import Foundation

/// Why an expression could not be parsed, with the position at fault.
///
/// ``description`` is the message, then the expression on its own line and a caret line
/// marking the offending characters (`^` under the first, `~` under the rest):
///
/// ```
/// unknown name 'sigmod' at column 3; did you mean sigmoid?
///     x*sigmod(x)
///       ^~~~~~
/// ```
///
/// ``message`` is the first line alone. Columns count characters from 1; the echoed
/// expression shows every white-space or control character as one space so that the
/// caret stays aligned (in a monospaced font, for characters one cell wide). An expression
/// over the length limit, or empty, is not echoed.
public struct ExpressionError: Error, Sendable, Hashable, CustomStringConvertible {
  public enum Problem: Sendable, Hashable {
    /// Nothing but white space.
    case empty
    /// More characters than ``ExpressionParser/maximumLength``.
    case tooLong(length: Int)
    /// Nesting deeper than ``ExpressionParser/maximumDepth``.
    case tooDeep
    case unexpectedCharacter(Character)
    /// Not a number (`1.e`) or not finite (`1e999`).
    case badNumber(String)
    /// Not x, a constant, a function or a catalog id; `suggestions` are the nearest names.
    case unknownName(String, suggestions: [String])
    /// A call of an unknown function.
    case unknownFunction(String, suggestions: [String])
    /// `x(2)`, `pi(1)`.
    case notAFunction(String)
    /// An elementary function without its argument list: `sin`.
    case needsArgument(String)
    /// No operand after an operator, `(` or `,` (nil: at the start).
    case missingOperand(after: String?)
    case emptyParentheses
    /// Two operands side by side: `2x`, `x y`, `sin(x)(x)`.
    case missingOperator(before: String, after: String)
    /// A `(` never closed.
    case unclosedParenthesis
    /// A `)` without `(`.
    case unmatchedParenthesis
    case unexpectedToken(String, expected: String)
    /// A comparison outside the condition of `where`.
    case misplacedComparison(String)
    /// `where` whose first argument is not a comparison.
    case conditionRequired
    /// A `=` that does not name a parameter.
    case misplacedEquals
    case argumentCount(function: String, expected: String, got: Int)
    /// `name=value` given to an elementary function.
    case noParameters(function: String, parameter: String)
    case missingParameterValue(String)
    /// A parameter value that depends on x.
    case parameterDependsOnX(String)
    /// A parameter value that is not a finite number.
    case parameterNotFinite(String, Double)
    /// The catalog rejected the call's parameters.
    case catalog(FunctionSpecError)
  }

  public var problem: Problem
  /// The expression as given.
  public var expression: String
  /// Characters before the fault (0-based); `expression.count` for "at the end".
  public var offset: Int
  /// Characters at fault (at least 1 in the caret line).
  public var length: Int

  public init(_ problem: Problem, in expression: String, offset: Int, length: Int = 1) {
    self.problem = problem
    self.expression = expression
    self.offset = offset
    self.length = length
  }

  /// The 1-based column of the fault.
  public var column: Int { offset + 1 }

  /// The message, the expression and the caret line.
  public var description: String {
    switch problem {
    case .tooLong, .empty: return message
    default: break
    }
    let echo = String(
      expression.map { $0.isWhitespace || ($0.unicodeScalars.first?.properties.generalCategory == .control) ? " " : $0 }
    )
    let caret = String(repeating: " ", count: offset) + "^" + String(repeating: "~", count: max(0, length - 1))
    return message + "\n    " + echo + "\n    " + caret
  }

  /// `c` quoted, or as its code point when it would not show: a control or format
  /// character (`plotnn $'x\x01'` said "unexpected character '' at column 2"), a
  /// separator other than the space, or one with no glyph of its own.
  static func shown(_ c: Character) -> String {
    let invisible = c.unicodeScalars.contains { scalar in
      switch scalar.properties.generalCategory {
      case .control, .format, .lineSeparator, .paragraphSeparator, .spaceSeparator, .unassigned, .privateUse,
        .surrogate, .nonspacingMark, .enclosingMark:
        return scalar != " "
      default: return false
      }
    }
    guard invisible else { return "'\(c)'" }
    return c.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(to: 4) }
      .joined(separator: " ")
  }

  /// The one-line message, e.g. `unknown name 'sigmod' at column 3; did you mean sigmoid?`.
  public var message: String {
    let at = "at column \(column)"
    switch problem {
    case .empty:
      return "empty expression; write a catalog id such as gelu or an expression in x such as x*sigmoid(1.702*x)"
    case .tooLong(let length):
      return "expression too long: \(length) characters, the limit is \(ExpressionParser.maximumLength)"
    case .tooDeep:
      return "expression nested too deeply \(at): at most \(ExpressionParser.maximumDepth) levels of parentheses, "
        + "calls, signs and powers"
    case .unexpectedCharacter(let c):
      return "unexpected character \(Self.shown(c)) \(at); expressions use numbers, names, + - * / ^, parentheses "
        + "and commas"
    case .badNumber(let text):
      return Double(text) == nil
        ? "malformed number '\(text)' \(at)" : "number '\(text)' \(at) is out of range (at most 1.8e308)"
    case .unknownName(let name, let suggestions):
      return "unknown name '\(name)' \(at)" + Self.hint(suggestions)
    case .unknownFunction(let name, let suggestions):
      return "unknown function '\(name)' \(at)" + Self.hint(suggestions)
    case .notAFunction(let name):
      return "'\(name)' \(at) is not a function; to multiply write \(name)*(…)"
    case .needsArgument(let name):
      return "\(name) \(at) needs an argument, e.g. \(name)(x)"
    case .missingOperand(let after):
      return after.map { "missing operand after \($0) \(at)" } ?? "missing operand \(at)"
    case .emptyParentheses:
      return "empty parentheses \(at)"
    case .missingOperator(let before, let after):
      return "missing operator between \(before) and \(after) \(at); implicit multiplication is not supported, write * "
        + "(2*x, not 2x)"
    case .unclosedParenthesis:
      return "unbalanced parenthesis: '(' \(at) is never closed"
    case .unmatchedParenthesis:
      return "unbalanced parenthesis: ')' \(at) has no matching '('"
    case .unexpectedToken(let token, let expected):
      return "unexpected \(token) \(at); expected \(expected)"
    case .misplacedComparison(let op):
      return "comparison '\(op)' \(at) is only allowed as the condition of where(condition, a, b)"
    case .conditionRequired:
      return "the first argument of where \(at) must be a comparison, e.g. where(x < 0, 0.1*x, x)"
    case .misplacedEquals:
      return "unexpected '=' \(at); compare with == inside where(…), or set a parameter in a catalog call: "
        + "leaky-relu(x, alpha=0.5)"
    case .argumentCount(let function, let expected, let got):
      return "\(function) \(at) takes \(expected) (got \(got))"
    case .noParameters(let function, let parameter):
      return "\(function) \(at) takes no parameters (got '\(parameter)')"
    case .missingParameterValue(let name):
      return "missing value for parameter '\(name)' \(at)"
    case .parameterDependsOnX(let name):
      return "parameter '\(name)' \(at) must be a constant; its value depends on x"
    case .parameterNotFinite(let name, let value):
      return "parameter '\(name)' \(at) must be a finite number (got \(Check.format(value)))"
    case .catalog(let error):
      return "\(error.description) (\(at))"
    }
  }

  /// `; did you mean a, b or c?`, or a reminder of what names exist.
  private static func hint(_ suggestions: [String]) -> String {
    guard let last = suggestions.last else {
      return "; use x, pi, e, functions such as exp(x) or max(x, 0), or a catalog id (plotnn list)"
    }
    let list = suggestions.count == 1 ? last : suggestions.dropLast().joined(separator: ", ") + " or " + last
    return "; did you mean \(list)?"
  }
}

extension ExpressionError: LocalizedError {
  /// The ``description``, so that `localizedDescription` shows the message and caret too.
  public var errorDescription: String? { description }
}

extension String {
  /// The string with "0"s in front up to `width` characters.
  fileprivate func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
