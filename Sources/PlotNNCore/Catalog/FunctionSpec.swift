/// A function named on the command line or in a config, with its argument list, before
/// it is looked up: `leaky-relu(alpha=0.5)`, `softplus:beta=2,threshold=10`, `relu`.
///
/// ``parse(_:)`` checks only the syntax; ``Catalog/bind(_:)-(FunctionSpec)`` resolves
/// the name and the parameters against a catalog.
public struct FunctionSpec: Sendable, Hashable, CustomStringConvertible {
  /// One `name=value` argument, spelled as the user wrote the name.
  public struct Argument: Sendable, Hashable {
    public var name: String
    public var value: Double

    public init(_ name: String, _ value: Double) {
      self.name = name
      self.value = value
    }
  }

  /// The function name as written (trimmed), e.g. `LeakyReLU`.
  public var name: String
  /// The arguments in the order written.
  public var arguments: [Argument]

  public init(name: String, arguments: [Argument] = []) {
    self.name = name
    self.arguments = arguments
  }

  /// `name(a=1, b=2)`, or just `name` without arguments.
  public var description: String {
    guard !arguments.isEmpty else { return name }
    return "\(name)(" + arguments.map { "\($0.name)=\(Check.format($0.value))" }.joined(separator: ", ") + ")"
  }

  /// Parses `id`, `id()`, `id(name=value, ...)` or the shell-friendly `id:name=value,...`.
  ///
  /// White space around every token is allowed. Values are finite numbers in Swift's
  /// syntax (`1e-3`, `-0.5`, `.5`); `nan` and `inf` are rejected.
  public static func parse(_ text: String) throws(FunctionSpecError) -> FunctionSpec {
    let spec = trim(Substring(text))
    guard !spec.isEmpty else { throw .emptySpec }
    let specText = String(spec)

    let name: Substring
    let argumentList: Substring?
    if let open = spec.firstIndex(of: "(") {
      name = spec[..<open]
      let inside = spec[spec.index(after: open)...]
      guard let close = inside.firstIndex(of: ")"), !inside[..<close].contains("(") else {
        throw .unbalancedParentheses(spec: specText)
      }
      let after = trim(inside[inside.index(after: close)...])
      if after.contains("(") || after.contains(")") { throw .unbalancedParentheses(spec: specText) }
      if !after.isEmpty { throw .trailingText(String(after), spec: specText) }
      argumentList = inside[..<close]
    } else if spec.contains(")") {
      throw .unbalancedParentheses(spec: specText)
    } else if let colon = spec.firstIndex(of: ":") {
      name = spec[..<colon]
      argumentList = spec[spec.index(after: colon)...]
    } else {
      name = spec
      argumentList = nil
    }

    let trimmedName = trim(name)
    guard !trimmedName.isEmpty else { throw .emptyName(spec: specText) }
    guard trimmedName.allSatisfy(isNameCharacter) else {
      throw .invalidName(String(trimmedName), spec: specText)
    }
    var arguments: [Argument] = []
    if let list = argumentList, !trim(list).isEmpty {
      for piece in list.split(separator: ",", omittingEmptySubsequences: false) {
        arguments.append(try parseArgument(piece, spec: specText))
      }
    }
    return FunctionSpec(name: String(trimmedName), arguments: arguments)
  }

  /// One `name=value` piece of an argument list.
  private static func parseArgument(_ piece: Substring, spec: String) throws(FunctionSpecError) -> Argument {
    let argument = trim(piece)
    func malformed(_ problem: FunctionSpecError.ArgumentProblem) -> FunctionSpecError {
      .malformedArgument(String(argument), spec: spec, problem: problem)
    }
    guard !argument.isEmpty else { throw malformed(.empty) }
    guard let equals = argument.firstIndex(of: "=") else { throw malformed(.missingEquals) }
    let name = trim(argument[..<equals])
    let valueText = trim(argument[argument.index(after: equals)...])
    guard !name.isEmpty else { throw malformed(.missingName) }
    guard name.allSatisfy(isNameCharacter) else { throw malformed(.invalidName(String(name))) }
    guard !valueText.isEmpty else { throw malformed(.missingValue) }
    guard let value = Double(valueText) else { throw malformed(.notANumber(String(valueText))) }
    guard value.isFinite else { throw malformed(.notFinite(String(valueText))) }
    return Argument(String(name), value)
  }

  /// Letters, digits, `-`, `_` and inner spaces (all but letters and digits are ignored
  /// when names are matched).
  private static func isNameCharacter(_ c: Character) -> Bool {
    c.isLetter || c.isNumber || c == "-" || c == "_" || c == " "
  }

  private static func trim(_ text: Substring) -> Substring {
    guard let first = text.firstIndex(where: { !$0.isWhitespace }),
      let last = text.lastIndex(where: { !$0.isWhitespace })
    else { return text[text.endIndex...] }
    return text[first...last]
  }
}
