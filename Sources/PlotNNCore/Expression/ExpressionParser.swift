/// Parses an expression in x: a hand-written recursive-descent parser with one function per
/// precedence level, every token carrying its position for error messages.
///
/// Grammar (lowest precedence first; `{…}` repeats, `[…]` is optional):
///
/// ```
/// expression := product { ("+" | "-") product }
/// product    := unary { ("*" | "/") unary }
/// unary      := ("-" | "+") unary | power
/// power      := primary [ "^" unary ]
/// primary    := number | name | name "(" [ argument { "," argument } ] ")"
///             | name ":" name "=" signed-number { "," name "=" signed-number }
///             | "(" expression ")"
/// argument   := name "=" expression | expression [ comparison expression ]
/// ```
///
/// - `^` is right-associative and binds tighter than unary minus: `2^3^2` = 2^9 = 512,
///   `-x^2` = −(x²), and `2^-x` = 2^(−x).
/// - `* /` and `+ -` are left-associative: `8/4/2` = 1, `1-2-3` = −4.
/// - Implicit multiplication is not supported: `2x` is an error that says to write `2*x`.
/// - A comparison (`< <= > >= == !=`) is allowed only as the first argument of
///   `where(condition, a, b)`.
/// - A catalog id without an argument list is the activation applied to x (`gelu - silu`);
///   with one it takes one expression and its parameters by name, the value being any
///   constant expression: `leaky-relu(x, alpha=0.5)`, `softplus(2*x, beta=1/2)`. The
///   spec forms `leaky-relu(alpha=0.5)` and `leaky-relu:alpha=0.5` apply it to x.
///
/// Bounds: at most ``maximumLength`` characters and ``maximumDepth`` nested levels, where
/// a parenthesis, a call, a unary sign and a `^` each open a level. The depth is counted
/// in ``parseUnary()``, which every recursive path passes, so the parser itself never
/// recurses deeper than the bound, whatever the input.
public struct ExpressionParser {
  /// Longest expression accepted, in characters.
  public static let maximumLength = 1000
  /// Deepest nesting accepted.
  public static let maximumDepth = 64

  /// Which variables an expression may use.
  public enum Variables: Sendable {
    /// x alone: every function of the line plot.
    case x
    /// x and y: a loss over two weights (`x^2 + 10*y^2`).
    case xy
  }

  let text: String
  let catalog: Catalog
  var variables = Variables.x
  var tokens: [ExpressionToken]
  var index = 0
  var depth = 0

  /// The syntax tree of `text`, its names resolved in `catalog`.
  public static func parse(_ text: String, catalog: Catalog = .standard) throws(ExpressionError) -> MathExpression {
    try parse(text, catalog: catalog, variables: .x)
  }

  /// The syntax tree of `text` in the given `variables`: with `.xy`, the name `y` (any
  /// case) is the second variable, everything else as in one variable.
  public static func parse(_ text: String, catalog: Catalog = .standard, variables: Variables)
    throws(ExpressionError) -> MathExpression
  {
    let characters = Array(text)
    guard characters.count <= maximumLength else {
      throw ExpressionError(.tooLong(length: characters.count), in: text, offset: maximumLength)
    }
    let known = ExpressionName.knownNames(catalog: catalog)
    let longest = known.map(\.unicodeScalars.count).max() ?? 0
    let lexer = ExpressionLexer(text: text, characters: characters, longestKnownName: longest) { known.contains($0) }
    var parser = ExpressionParser(text: text, catalog: catalog, variables: variables, tokens: try lexer.tokens())
    return try parser.parseWhole()
  }

  private mutating func parseWhole() throws(ExpressionError) -> MathExpression {
    guard current.kind != .end else { throw fail(.empty, at: current) }
    let expression = try parseExpression()
    guard current.kind == .end else { throw unexpected(after: "an operator or the end") }
    return expression
  }

  var current: ExpressionToken { tokens[index] }

  /// The token after the current one (the end token when there is none).
  var next: ExpressionToken { tokens[min(index + 1, tokens.count - 1)] }

  mutating func advance() { if index < tokens.count - 1 { index += 1 } }

  /// An error at `token`, covering `length` characters (default: the token).
  func fail(_ problem: ExpressionError.Problem, at token: ExpressionToken, length: Int? = nil) -> ExpressionError {
    ExpressionError(problem, in: text, offset: token.offset, length: length ?? max(1, token.length))
  }

  mutating func parseExpression() throws(ExpressionError) -> MathExpression {
    var terms = [MathExpression.Term(try parseProduct())]
    while current.kind == .plus || current.kind == .minus {
      let subtracted = current.kind == .minus
      advance()
      terms.append(MathExpression.Term(try parseProduct(), subtracted: subtracted))
    }
    return terms.count == 1 ? terms[0].operand : .sum(terms)
  }

  mutating func parseProduct() throws(ExpressionError) -> MathExpression {
    var factors = [MathExpression.Factor(try parseUnary())]
    while current.kind == .star || current.kind == .slash {
      let divisor = current.kind == .slash
      advance()
      factors.append(MathExpression.Factor(try parseUnary(), divisor: divisor))
    }
    return factors.count == 1 ? factors[0].operand : .product(factors)
  }

  /// Signs, then a power; opens one nesting level.
  mutating func parseUnary() throws(ExpressionError) -> MathExpression {
    depth += 1
    defer { depth -= 1 }
    guard depth <= Self.maximumDepth else { throw fail(.tooDeep, at: current) }
    switch current.kind {
    case .minus:
      advance()
      return .negation(try parseUnary())
    case .plus:
      advance()
      return try parseUnary()
    default:
      return try parsePower()
    }
  }

  /// A primary with an optional right-associative exponent (which may carry a sign).
  mutating func parsePower() throws(ExpressionError) -> MathExpression {
    let base = try parsePrimary()
    guard current.kind == .caret else { return base }
    advance()
    return .power(base, try parseUnary())
  }

  mutating func parsePrimary() throws(ExpressionError) -> MathExpression {
    let token = current
    switch token.kind {
    case .number(let value):
      advance()
      return .number(value)
    case .name:
      advance()
      return try parseNamed(token)
    case .open:
      advance()
      if current.kind == .close { throw fail(.emptyParentheses, at: token, length: current.offset - token.offset + 1) }
      let inner = try parseExpression()
      guard current.kind == .close else { throw closingExpected(open: token, expected: "')'") }
      advance()
      return inner
    default:
      throw missingOperand()
    }
  }

  /// No operand where one must start: after an operator, `(`, `,` or `=`, or at the start.
  func missingOperand() -> ExpressionError {
    let before = index > 0 ? tokens[index - 1] : nil
    if current.kind == .close && before?.kind == .open, let before {
      return fail(.emptyParentheses, at: before, length: current.offset - before.offset + 1)
    }
    return fail(.missingOperand(after: before?.quoted), at: current)
  }

  /// The error for a token that cannot follow a complete operand, where `expected` could.
  func unexpected(after expected: String) -> ExpressionError {
    let token = current
    let before = index > 0 ? tokens[index - 1] : token
    switch token.kind {
    case .number, .name, .open:
      return fail(.missingOperator(before: before.quoted, after: token.quoted), at: token)
    case .comparison(let op):
      return fail(.misplacedComparison(op.rawValue), at: token)
    case .equals:
      return fail(.misplacedEquals, at: token)
    case .close:
      return fail(.unmatchedParenthesis, at: token)
    case .comma:
      return fail(.unexpectedToken("','", expected: expected + " (commas separate the arguments of a call)"), at: token)
    default:
      return fail(.unexpectedToken(token.quoted, expected: expected), at: token)
    }
  }

  /// Where `)` was expected: an unclosed `(` at the end, else the token at fault.
  func closingExpected(open: ExpressionToken, expected: String) -> ExpressionError {
    current.kind == .end ? fail(.unclosedParenthesis, at: open) : unexpected(after: expected)
  }
}
