/// Text for HTML pages (the docs pages and the figures' index.html).
public enum HTMLText {
  /// `text` escaped for HTML text and double-quoted attribute values: `&`, `<`, `>`, `"`.
  public static func escape(_ text: String) -> String {
    var out = ""
    for c in text {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(c)
      }
    }
    return out
  }
}
