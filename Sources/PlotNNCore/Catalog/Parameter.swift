/// A named, real-valued parameter of an activation function, such as Leaky ReLU's slope.
///
/// Names follow PyTorch (`negative_slope`, `lambd`, `min_val`); `aliases` hold the
/// spellings of JAX and Keras and the textbook's (`alpha`, `lambda`). Matching is
/// case-insensitive with `-`, `_` and spaces ignored (see ``Identifier/normalize(_:)``).
public struct Parameter: Sendable, Hashable {
  /// Canonical name, as PyTorch spells it.
  public var name: String
  /// Other accepted spellings.
  public var aliases: [String]
  /// The frameworks' default value.
  public var defaultValue: Double
  /// One-line description for `plotnn list`.
  public var summary: String

  public init(_ name: String, default defaultValue: Double, aliases: [String] = [], summary: String) {
    self.name = name
    self.aliases = aliases
    self.defaultValue = defaultValue
    self.summary = summary
  }

  /// Whether `spelling` names this parameter, ignoring case, `-`, `_` and spaces.
  public func matches(_ spelling: String) -> Bool {
    let key = Identifier.normalize(spelling)
    return ([name] + aliases).contains { Identifier.normalize($0) == key }
  }
}
