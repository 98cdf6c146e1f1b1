/// What a name in an expression stands for, and the names to suggest for a typo.
///
/// Lookup ignores case, `-`, `_` and spaces (``Identifier/normalize(_:)``) and goes in this
/// order: the variable `x`, the constants `pi` and `e`, `where`, the elementary functions,
/// then the catalog's ids and aliases. So `tanh` and `exp` are the elementary functions
/// (equal to the catalog's), and `X`, `PI`, `E` are accepted like `x`, `pi`, `e`.
enum ExpressionName {
  case variable
  case constant(MathExpression.MathConstant)
  case conditional
  case elementary(ElementaryFunction)
  case activation(Activation)

  /// The meaning of `name`, or nil if it has none.
  static func resolve(_ name: String, catalog: Catalog) -> ExpressionName? {
    let key = Identifier.normalize(name)
    if key == "x" { return .variable }
    if let constant = MathExpression.MathConstant(rawValue: key) { return .constant(constant) }
    if key == "where" { return .conditional }
    if let f = ElementaryFunction.named(key) { return .elementary(f) }
    return catalog.activation(named: key).map { .activation($0) }
  }

  /// Every normalized name that means something or names a catalog parameter: such a name
  /// may be spelled with hyphens (`leaky-relu`, `negative-slope`). A normalized `key` is
  /// in it exactly when ``resolve(_:catalog:)`` finds a meaning or some parameter
  /// ``Parameter/matches(_:)`` it.
  static func knownNames(catalog: Catalog) -> Set<String> {
    var names: Set<String> = ["x", "where"]
    names.formUnion(MathExpression.MathConstant.allCases.map(\.rawValue))
    names.formUnion(ElementaryFunction.allCases.flatMap { [$0.rawValue] + $0.aliases })
    for a in catalog.activations {
      names.formUnion([a.id] + a.aliases)
      for p in a.parameters { names.formUnion([p.name] + p.aliases) }
    }
    return Set(names.map(Identifier.normalize))
  }

  /// Up to `limit` spellings near `name`, nearest first: those within Damerau–Levenshtein
  /// distance max(2, n/3) of the normalized name (1 for one-letter names), then those that
  /// contain it (names of 3 or more characters), in the lookup order above. Functions only
  /// (no x, pi, e) when `functions` is true.
  static func suggestions(for name: String, catalog: Catalog, functions: Bool, limit: Int = 3) -> [String] {
    let length = Identifier.normalize(name).count
    let threshold = length == 1 ? 1 : max(2, length / 3)
    let values = functions ? [] : ["x", "pi", "e"]
    var groups: [[String]] = values.map { [$0] } + [["where"]]
    groups += ElementaryFunction.allCases.map { [$0.rawValue] + $0.aliases }
    groups += catalog.activations.map { [$0.id] + $0.aliases }
    return NameSuggestions.closest(to: name, among: groups, threshold: threshold, limit: limit)
  }

}
