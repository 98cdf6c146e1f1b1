extension Catalog {
  /// Parses `text` (see ``FunctionSpec/parse(_:)``) and binds it.
  public func bind(_ text: String) throws(FunctionSpecError) -> BoundActivation {
    try bind(FunctionSpec.parse(text))
  }

  /// Looks up `spec.name` (id or alias, ignoring case, `-`, `_` and spaces), maps each
  /// argument to a parameter by name or alias, fills in the defaults and validates.
  public func bind(_ spec: FunctionSpec) throws(FunctionSpecError) -> BoundActivation {
    guard !Identifier.normalize(spec.name).isEmpty else { throw .emptyName(spec: spec.description) }
    guard let activation = activation(named: spec.name) else {
      throw .unknownFunction(spec.name, suggestions: suggestions(for: spec.name), catalogSize: activations.count)
    }
    if let first = spec.arguments.first, activation.parameters.isEmpty {
      throw .noParameters(function: activation.id, argument: first.name)
    }
    var values = activation.defaults.values
    var spellings: [Int: String] = [:]
    for argument in spec.arguments {
      guard let index = activation.parameters.firstIndex(where: { $0.matches(argument.name) }) else {
        throw .unknownParameter(
          function: activation.id, parameter: argument.name, available: activation.parameters)
      }
      if let earlier = spellings[index] {
        throw .duplicateParameter(
          function: activation.id, parameter: activation.parameters[index].name, spellings: [earlier, argument.name])
      }
      spellings[index] = argument.name
      values[index] = argument.value
    }
    let parameters = ParameterValues(values)
    if let message = activation.validate(parameters) {
      throw .invalidValue(function: activation.id, message: message)
    }
    return BoundActivation(activation, parameters: parameters)
  }

  /// Up to `limit` ids or aliases close to `name`: those within Damerau–Levenshtein
  /// distance max(2, n/3) of the normalized name (n its length), nearest first, then
  /// those that contain it (for names of 3 or more characters), in catalog order.
  /// One spelling per activation, the id unless an alias is nearer.
  public func suggestions(for name: String, limit: Int = 3) -> [String] {
    let threshold = max(2, Identifier.normalize(name).count / 3)
    let groups = activations.map { [$0.id] + $0.aliases }
    return NameSuggestions.closest(to: name, among: groups, threshold: threshold, limit: limit)
  }

}

/// Edit distances for "did you mean" suggestions.
enum EditDistance {
  /// The (unrestricted) Damerau–Levenshtein distance: insertions, deletions,
  /// substitutions and transpositions of adjacent characters, each costing 1, where a
  /// transposed pair may also be edited further (Lowrance–Wagner algorithm).
  static func damerauLevenshtein(_ a: [Character], _ b: [Character]) -> Int {
    let m = a.count
    let n = b.count
    let infinity = m + n
    // d[i + 1][j + 1] is the distance between a[..<i] and b[..<j]; row and column 0 hold ∞.
    var d = Array(repeating: Array(repeating: 0, count: n + 2), count: m + 2)
    d[0][0] = infinity
    for i in 0...m {
      d[i + 1][0] = infinity
      d[i + 1][1] = i
    }
    for j in 0...n {
      d[0][j + 1] = infinity
      d[1][j + 1] = j
    }
    var lastRow: [Character: Int] = [:]  // last row (1-based) where each character of b's alphabet occurs in a
    for i in stride(from: 1, through: m, by: 1) {
      var lastMatchColumn = 0
      for j in stride(from: 1, through: n, by: 1) {
        let i1 = lastRow[b[j - 1]] ?? 0
        let j1 = lastMatchColumn
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        if cost == 0 { lastMatchColumn = j }
        d[i + 1][j + 1] = min(
          d[i][j] + cost,  // substitution or match
          d[i + 1][j] + 1,  // insertion
          d[i][j + 1] + 1,  // deletion
          d[i1][j1] + (i - i1 - 1) + 1 + (j - j1 - 1)  // transposition
        )
      }
      lastRow[a[i - 1]] = i
    }
    return d[m + 1][n + 1]
  }
}
