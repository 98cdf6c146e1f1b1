/// One token of an expression, with where it stands in the text (in characters).
struct ExpressionToken: Sendable {
  enum Kind: Sendable, Equatable {
    case number(Double)
    /// A name: letters, digits and `_`, joined across `-` when the joined name is a known
    /// function or parameter (`leaky-relu`, `gelu-tanh`).
    case name(String)
    case plus, minus, star, slash, caret
    case open, close, comma, colon
    /// `=`, which names a parameter: `alpha=0.5`.
    case equals
    case comparison(MathExpression.Comparison)
    case end
  }

  var kind: Kind
  /// Offset of the first character, 0-based.
  var offset: Int
  /// Characters covered (0 for the end).
  var length: Int
  /// The text as written, e.g. `**`, `×`, `LeakyReLU`.
  var text: String
  /// For a name that starts a longer `a-b-c` run which is followed by `(`, that whole
  /// run: an unknown `lealy-relu(x)` is then reported as one name, not as `lealy`.
  var run: (text: String, length: Int)?

  /// The name a `.name` token stands for (`pi` for `π`), else its text.
  var name: String {
    if case .name(let n) = kind { return n }
    return text
  }

  /// How an error message shows the token: `'+'`, `'sigmod'`, or `the end`.
  var quoted: String { kind == .end ? "the end" : "'\(text)'" }

  /// Whether the token can begin an operand (a number, a name, `(`, a sign).
  var beginsOperand: Bool {
    switch kind {
    case .number, .name, .open, .minus, .plus: return true
    default: return false
    }
  }
}
