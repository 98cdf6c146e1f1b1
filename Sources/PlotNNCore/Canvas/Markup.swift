import Foundation

/// Helpers for Pango markup strings.
public enum Markup {
  /// `text` with `&`, `<`, `>` escaped, safe to embed in markup.
  public static func escape(_ text: String) -> String {
    var out = ""
    for c in text {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "'": out += "&apos;"
      case "\"": out += "&quot;"
      default: out.append(c)
      }
    }
    return out
  }

  /// The visible characters of `markup`: tags dropped, the five XML entities decoded, and a
  /// superscript written `^x` (or `^(…)` when longer than one character), so that
  /// `<i>e</i><sup>−<i>x</i></sup>` reads `e^(−x)`.
  public static func plainText(_ markup: String) -> String {
    var out = ""
    var tag = ""
    var inTag = false
    var superscript: String?
    for c in markup {
      if c == "<" {
        inTag = true
        tag = ""
      } else if c == ">" {
        inTag = false
        if tag == "sup" {
          superscript = ""
        } else if tag == "/sup", let sup = superscript {
          let text = decode(sup)
          out += text.count == 1 ? "^" + text : "^(" + text + ")"
          superscript = nil
        }
      } else if inTag {
        tag.append(c)
      } else if superscript != nil {
        superscript?.append(c)
      } else {
        out.append(c)
      }
    }
    return decode(out)
  }

  private static func decode(_ text: String) -> String {
    text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
      .replacingOccurrences(of: "&amp;", with: "&")
  }
}
