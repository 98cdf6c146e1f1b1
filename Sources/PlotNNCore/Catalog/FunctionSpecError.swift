import Foundation

/// Why a function spec such as `leaky-relu(alpha=0.5)` could not be parsed or bound.
///
/// Every ``description`` names the offending text and says what is allowed, e.g.
/// `unknown function 'lealy-relu'; did you mean leaky-relu? (plotnn list shows all 30)`.
public enum FunctionSpecError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What is wrong with one `name=value` argument.
  public enum ArgumentProblem: Sendable, Hashable {
    /// Nothing between two commas (or a trailing comma).
    case empty
    /// No `=` (e.g. `alpha`).
    case missingEquals
    /// Nothing before the `=` (e.g. `=0.5`).
    case missingName
    /// Nothing after the `=` (e.g. `alpha=`).
    case missingValue
    /// The name holds characters other than letters, digits, `-`, `_` and spaces.
    case invalidName(String)
    /// The value is not a number (e.g. `alpha=abc`).
    case notANumber(String)
    /// The value is `nan`, `inf` or overflows.
    case notFinite(String)
  }

  /// The spec is empty or white space.
  case emptySpec
  /// Nothing before `(` or `:`, as in `(alpha=1)`.
  case emptyName(spec: String)
  /// The name holds characters other than letters, digits, `-`, `_` and spaces.
  case invalidName(String, spec: String)
  /// A `(` without `)`, a `)` without `(`, or nested parentheses.
  case unbalancedParentheses(spec: String)
  /// Text after the closing `)`.
  case trailingText(String, spec: String)
  /// An argument that is not `name=number`.
  case malformedArgument(String, spec: String, problem: ArgumentProblem)
  /// No function has this id or alias; `suggestions` are the closest spellings.
  case unknownFunction(String, suggestions: [String], catalogSize: Int)
  /// Arguments were given to a function without parameters.
  case noParameters(function: String, argument: String)
  /// The function has no parameter of that name or alias.
  case unknownParameter(function: String, parameter: String, available: [Parameter])
  /// One parameter was given twice, possibly under different spellings.
  case duplicateParameter(function: String, parameter: String, spellings: [String])
  /// The values were rejected by the function's validation, e.g. `beta must be > 0 (got 0)`.
  case invalidValue(function: String, message: String)

  private static let example = "expected an id such as relu or leaky-relu(alpha=0.5)"
  private static let syntax = "expected id(name=value, ...) or id:name=value,..."

  public var description: String {
    switch self {
    case .emptySpec:
      return "empty function spec; \(Self.example)"
    case .emptyName(let spec):
      return "empty function name in '\(spec)'; \(Self.example)"
    case .invalidName(let name, let spec):
      return "invalid function name '\(name)' in '\(spec)'; names use letters, digits, '-' and '_', "
        + "and arguments follow in parentheses: \(Self.syntax)"
    case .unbalancedParentheses(let spec):
      return "unbalanced parentheses in '\(spec)'; \(Self.syntax)"
    case .trailingText(let text, let spec):
      return "unexpected text '\(text)' after ')' in '\(spec)'; \(Self.syntax)"
    case .malformedArgument(let argument, let spec, let problem):
      let what = argument.isEmpty ? "empty argument" : "malformed argument '\(argument)'"
      return "\(what) in '\(spec)'\(problem.explanation); expected name=number, e.g. alpha=0.5"
    case .unknownFunction(let name, let suggestions, let size):
      let hint = suggestions.isEmpty ? "" : "; did you mean \(Self.list(suggestions, conjunction: "or"))?"
      return "unknown function '\(name)'\(hint) (plotnn list shows all \(size))"
    case .noParameters(let function, let argument):
      return "\(function) takes no parameters (got '\(argument)')"
    case .unknownParameter(let function, let parameter, let available):
      let names = available.map { p in
        p.aliases.isEmpty
          ? p.name : "\(p.name) (\(p.aliases.count == 1 ? "alias" : "aliases") \(p.aliases.joined(separator: ", ")))"
      }
      return "\(function) has no parameter '\(parameter)'; its parameters are \(Self.list(names, conjunction: "and"))"
    case .duplicateParameter(let function, let parameter, let spellings):
      let given = spellings.map { "'\($0)'" }.joined(separator: " and ")
      return "\(function): parameter \(parameter) is given twice (as \(given)); give each parameter once"
    case .invalidValue(let function, let message):
      return "\(function): \(message)"
    }
  }

  /// `a`, `a or b`, `a, b or c`.
  private static func list(_ items: [String], conjunction: String) -> String {
    guard let last = items.last else { return "" }
    guard items.count > 1 else { return last }
    return items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
  }
}

extension FunctionSpecError.ArgumentProblem {
  /// `: missing value` and the like; empty for ``empty`` (the message already says it).
  fileprivate var explanation: String {
    switch self {
    case .empty: return ""
    case .missingEquals: return ": missing '='"
    case .missingName: return ": missing parameter name before '='"
    case .missingValue: return ": missing value after '='"
    case .invalidName(let name): return ": '\(name)' is not a parameter name"
    case .notANumber(let text): return ": '\(text)' is not a number"
    case .notFinite(let text): return ": '\(text)' is not a finite number"
    }
  }
}

extension FunctionSpecError: LocalizedError {
  /// The ``description``, so that `localizedDescription` shows the message too.
  public var errorDescription: String? { description }
}
