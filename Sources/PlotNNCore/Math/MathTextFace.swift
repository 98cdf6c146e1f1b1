/// The face of text set in the text font inside a formula.
///
/// `upright` is a box of text (`\text{}`), `operator` a function's name (`\sin`,
/// `\operatorname`); the others are the characters of `\mathrm` (`roman`), `\mathbf`,
/// `\mathit` and `\mathtt`, which take scripts as a character does (no baseline drops), as
/// in unicode-math. Set from the math font (no text font measured), all but `upright` are
/// math characters and take the `ssty` script forms.
public enum MathTextFace: Sendable, Hashable {
  case upright, `operator`, roman, bold, italic, monospace

  /// The math alphabet standing in for the face when no text font can be measured (the
  /// core's tests): 𝐖 for bold, 𝑥 for italic, 𝚡 for monospace.
  var alphabet: MathAlphabet {
    switch self {
    case .upright, .operator, .roman: return .upright
    case .bold: return .bold
    case .italic: return .italic
    case .monospace: return .monospace
    }
  }
}
