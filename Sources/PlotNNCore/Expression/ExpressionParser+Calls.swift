// Names, calls and catalog parameters.
extension ExpressionParser {
  /// One argument of a call, with the characters it spans (for error carets).
  enum Argument {
    case positional(MathExpression, start: ExpressionToken, length: Int)
    case condition(MathExpression.Condition, start: ExpressionToken, length: Int, comparison: ExpressionToken)
    case named(ExpressionToken, MathExpression, valueStart: ExpressionToken, valueLength: Int)
  }

  /// A name just consumed: a call if `(` follows, the spec form if `:` follows, else x, a
  /// constant or a catalog activation applied to x.
  mutating func parseNamed(_ token: ExpressionToken) throws(ExpressionError) -> MathExpression {
    if current.kind == .open { return try parseCall(token) }
    let meaning = ExpressionName.resolve(token.name, catalog: catalog)
    if current.kind == .colon, case .activation(let a) = meaning { return try parseColonSpec(a, name: token) }
    switch meaning {
    case .variable: return .variable
    case .constant(let k): return .constant(k)
    case .activation(let a): return .activation(try bind(a, [], call: token, length: token.length), .variable)
    case .elementary:
      // `tanh` and `exp` alone are also catalog ids: the activation of x.
      if let a = catalog.activation(named: token.name) { return .activation(BoundActivation(a), .variable) }
      throw fail(.needsArgument(token.text), at: token)
    case .conditional: throw fail(.needsArgument("where"), at: token)
    case nil:
      if variables == .xy, Identifier.normalize(token.name) == "y" { return .variableY }
      if let run = token.run {  // `lealy-relu(x)`: report the whole hyphenated name
        let suggestions = ExpressionName.suggestions(for: run.text, catalog: catalog, functions: true)
        throw fail(.unknownFunction(run.text, suggestions: suggestions), at: token, length: run.length)
      }
      let suggestions = ExpressionName.suggestions(for: token.text, catalog: catalog, functions: false)
      throw fail(.unknownName(token.text, suggestions: suggestions), at: token)
    }
  }

  /// `name(arguments)`, the current token being `(`.
  mutating func parseCall(_ name: ExpressionToken) throws(ExpressionError) -> MathExpression {
    guard let meaning = ExpressionName.resolve(name.name, catalog: catalog) else {
      let spelled = name.run ?? (name.text, name.length)
      let suggestions = ExpressionName.suggestions(for: spelled.text, catalog: catalog, functions: true)
      throw fail(.unknownFunction(spelled.text, suggestions: suggestions), at: name, length: spelled.length)
    }
    let open = current
    advance()
    var arguments: [Argument] = []
    if current.kind == .close {
      advance()
    } else {
      while true {
        arguments.append(try parseArgument())
        if current.kind == .comma {
          advance()
        } else if current.kind == .close {
          advance()
          break
        } else {
          throw closingExpected(open: open, expected: "',' or ')'")
        }
      }
    }
    let length = tokens[index - 1].offset + 1 - name.offset
    switch meaning {
    case .variable, .constant: throw fail(.notAFunction(name.text), at: name)
    case .elementary(let f):
      return .call(f, try plainArguments(arguments, of: f.rawValue, arity: f.arity, call: name, length: length))
    case .conditional: return try conditional(arguments, call: name, length: length)
    case .activation(let a):
      let positional = try plainArguments(
        arguments.filter { if case .named = $0 { false } else { true } },
        of: a.id, arity: 0...1, call: name, length: length)
      return .activation(try bind(a, arguments, call: name, length: length), positional.first ?? .variable)
    }
  }

  mutating func parseArgument() throws(ExpressionError) -> Argument {
    let start = current
    if case .name = current.kind, next.kind == .equals {
      advance()
      advance()
      guard current.beginsOperand else { throw fail(.missingParameterValue(start.text), at: current) }
      let valueStart = current
      let value = try parseExpression()
      return .named(start, value, valueStart: valueStart, valueLength: spanLength(from: valueStart))
    }
    let lhs = try parseExpression()
    guard case .comparison(let op) = current.kind else {
      return .positional(lhs, start: start, length: spanLength(from: start))
    }
    let comparison = current
    advance()
    let rhs = try parseExpression()
    return .condition(.init(lhs, op, rhs), start: start, length: spanLength(from: start), comparison: comparison)
  }

  /// Characters from `start` to the end of the last consumed token.
  func spanLength(from start: ExpressionToken) -> Int {
    let last = tokens[max(0, index - 1)]
    return max(1, last.offset + last.length - start.offset)
  }

  /// The expressions of a call that takes no parameters and no comparisons.
  func plainArguments(
    _ arguments: [Argument], of function: String, arity: ClosedRange<Int>, call: ExpressionToken, length: Int
  ) throws(ExpressionError) -> [MathExpression] {
    var expressions: [MathExpression] = []
    for argument in arguments {
      switch argument {
      case .positional(let e, _, _): expressions.append(e)
      case .condition(_, _, _, let comparison):
        throw fail(.misplacedComparison(comparison.text), at: comparison)
      case .named(let name, _, _, _): throw fail(.noParameters(function: function, parameter: name.text), at: name)
      }
    }
    guard arity.contains(expressions.count) else {
      let expected: String
      switch (arity.lowerBound, arity.upperBound) {
      case (1, 1): expected = "1 argument"
      case (0, 1):
        expected =
          "one argument, the expression it is applied to; parameters go by name, as in leaky-relu(x, alpha=0.5),"
      default: expected = "\(arity.lowerBound) or more arguments"
      }
      throw fail(
        .argumentCount(function: function, expected: expected, got: expressions.count), at: call, length: length)
    }
    return expressions
  }

  /// `where(condition, a, b)`.
  func conditional(_ arguments: [Argument], call: ExpressionToken, length: Int) throws(ExpressionError)
    -> MathExpression
  {
    guard arguments.count == 3 else {
      throw fail(
        .argumentCount(function: "where", expected: "3 arguments, where(condition, a, b),", got: arguments.count),
        at: call, length: length)
    }
    guard case .condition(let condition, _, _, _) = arguments[0] else {
      if case .positional(_, let start, let span) = arguments[0] {
        throw fail(.conditionRequired, at: start, length: span)
      }
      throw fail(.conditionRequired, at: call, length: length)
    }
    let branches = try plainArguments(
      Array(arguments.dropFirst()), of: "where", arity: 2...2, call: call, length: length)
    return .conditional(condition, branches[0], branches[1])
  }

  /// `id:name=value,...` after a catalog id, the current token being `:`. Values are signed
  /// numbers; a `,` continues the list only when `name=` follows it.
  mutating func parseColonSpec(_ activation: Activation, name: ExpressionToken) throws(ExpressionError)
    -> MathExpression
  {
    advance()
    var arguments: [Argument] = []
    while true {
      guard case .name = current.kind, next.kind == .equals else {
        throw fail(
          .unexpectedToken(current.quoted, expected: "name=value after ':', e.g. leaky-relu:alpha=0.5"), at: current)
      }
      let parameter = current
      advance()
      advance()
      let valueStart = current
      var sign = 1.0
      while current.kind == .minus || current.kind == .plus {
        if current.kind == .minus { sign = -sign }
        advance()
      }
      guard case .number(let v) = current.kind else { throw fail(.missingParameterValue(parameter.text), at: current) }
      advance()
      arguments.append(
        .named(parameter, .number(sign * v), valueStart: valueStart, valueLength: spanLength(from: valueStart)))
      guard current.kind == .comma, case .name = next.kind, tokens[min(index + 2, tokens.count - 1)].kind == .equals
      else {
        break
      }
      advance()
    }
    return .activation(try bind(activation, arguments, call: name, length: spanLength(from: name)), .variable)
  }

  /// Binds the named arguments as the activation's parameters (constant expressions,
  /// evaluated once), reporting the catalog's errors at the parameter at fault.
  func bind(_ activation: Activation, _ arguments: [Argument], call: ExpressionToken, length: Int)
    throws(ExpressionError) -> BoundActivation
  {
    var spec = FunctionSpec(name: activation.id)
    var names: [ExpressionToken] = []
    for case .named(let name, let value, let valueStart, let valueLength) in arguments {
      // The name first: `gelu(x, approximate=tanh)` is about the parameter, not its value.
      if activation.parameters.isEmpty {
        throw fail(.catalog(.noParameters(function: activation.id, argument: name.text)), at: name)
      }
      guard activation.parameters.contains(where: { $0.matches(name.text) }) else {
        let problem = FunctionSpecError.unknownParameter(
          function: activation.id, parameter: name.text, available: activation.parameters)
        throw fail(.catalog(problem), at: name)
      }
      guard !value.dependsOnX else { throw fail(.parameterDependsOnX(name.text), at: valueStart, length: valueLength) }
      let v = value.value(at: 0)
      guard v.isFinite else { throw fail(.parameterNotFinite(name.text, v), at: valueStart, length: valueLength) }
      spec.arguments.append(.init(name.text, v))
      names.append(name)
    }
    do {
      return try catalog.bind(spec)
    } catch {
      var culprit: String?
      switch error {
      case .noParameters(_, let argument): culprit = argument
      case .unknownParameter(_, let parameter, _): culprit = parameter
      case .duplicateParameter(_, _, let spellings): culprit = spellings.last
      default: culprit = nil
      }
      if let culprit, let token = names.last(where: { $0.text == culprit }) { throw fail(.catalog(error), at: token) }
      throw fail(.catalog(error), at: call, length: length)
    }
  }
}
