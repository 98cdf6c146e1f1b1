/// Helpers for markup strings (the Pango-style markup ``RichText/init(markup:)`` parses).
public enum Markup {
  /// `text` with `&`, `<`, `>`, quotes and `$` (as `\$`, which would open a formula)
  /// escaped, safe to embed in markup.
  public static func escape(_ text: String) -> String {
    var out = ""
    for c in text {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "'": out += "&apos;"
      case "\"": out += "&quot;"
      case "$": out += "\\$"
      default: out.append(c)
      }
    }
    return out
  }

  /// The visible characters of `markup` (``RichText/plainText``), so that
  /// `<i>e</i><sup>−<i>x</i></sup>` reads `e^(−x)`; `markup` itself when it does not parse.
  public static func plainText(_ markup: String) -> String {
    (try? RichText(markup: markup))?.plainText ?? markup
  }
}
