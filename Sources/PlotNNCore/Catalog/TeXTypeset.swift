/// TeX pieces for the catalog's formulas (``Activation/tex``): `f(x) = `, piecewise
/// definitions, and parameter values written into a formula.
///
/// Design decision: a value is written exactly as the markup writes it
/// (``Typeset/number(_:)``: "0.5", "10⁻⁷", "0.3333…"), translated to TeX ("-", `10^{-7}`,
/// `\times`, `\dots`), so a title reads the same whichever of the two is drawn.
enum TeXTypeset {
  /// `f(x) = `.
  static let fx = "f(x) = "

  /// A piecewise definition: each row `value, & condition`, in the order given.
  static func cases(_ rows: [(value: String, condition: String)]) -> String {
    "\\begin{cases} " + rows.map { "\($0.value), & \($0.condition)" }.joined(separator: " \\\\ ") + " \\end{cases}"
  }

  /// A parameter value in TeX, from its markup form (``Typeset/number(_:)``).
  static func number(_ v: Double) -> String {
    var text = ""
    var rest = Substring(Typeset.number(v))
    while let c = rest.first {
      if rest.hasPrefix("<sup>") {
        text += "^{"
        rest = rest.dropFirst(5)
        continue
      }
      if rest.hasPrefix("</sup>") {
        text += "}"
        rest = rest.dropFirst(6)
        continue
      }
      switch c {
      case "−": text += "-"
      case "×": text += " \\times "
      // A space ends the command word: "\dots x", not the unknown "\dotsx".
      case "…": text += "\\dots "
      case "∞": text += "\\infty"
      default: text.append(c)
      }
      rest = rest.dropFirst()
    }
    return text == "NaN" ? "\\mathrm{NaN}" : text
  }

  /// `v` times `tex`, juxtaposed: `tex` itself for 1, `-tex` for −1, `0.5x`.
  static func times(_ v: Double, _ tex: String) -> String {
    v == 1 ? tex : v == -1 ? "-" + tex : number(v) + tex
  }

  /// `tex + v` with the sign of v as the operator: `x + 3`, `x - 0.5`, `x` for 0.
  static func plus(_ tex: String, _ v: Double) -> String {
    v == 0 ? tex : tex + (v < 0 ? " - " : " + ") + number(abs(v))
  }

  /// `tex/v` for an exponent: `tex` for 1, `x/2`, `x/(-2)` for a negative value.
  static func over(_ tex: String, _ v: Double) -> String {
    v == 1 ? tex : v < 0 ? tex + "/(" + number(v) + ")" : tex + "/" + number(v)
  }
}
