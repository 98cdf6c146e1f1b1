extension Markup {
  /// Rewrites `<sup>` and `<sub>` as explicit spans sized and raised for `fontSize` points.
  ///
  /// Why: Pango 1.50's own `<sup>`/`<sub>` (font_scale + baseline_shift) draw the script
  /// larger than the text around it when the font size is absolute, as plotnn sets it.
  /// Explicit spans give the conventional look at every nesting depth: each level is 70 %
  /// of its parent, superscripts rise 0.38 and subscripts drop 0.18 of the parent size
  /// (Pango's rise is absolute, so nested offsets are summed here). Sizes are in Pango
  /// units (1/1024 pt). Other markup passes through unchanged.
  public static func resolvingScripts(_ markup: String, fontSize: Double) -> String {
    guard markup.contains("<sup>") || markup.contains("<sub>") else { return markup }
    var out = ""
    var stack: [(size: Double, rise: Double)] = [(fontSize, 0)]
    var rest = Substring(markup)
    while let open = rest.firstIndex(of: "<") {
      out += rest[..<open]
      guard let close = rest[open...].firstIndex(of: ">") else { break }
      let tag = rest[rest.index(after: open)..<close]
      rest = rest[rest.index(after: close)...]
      switch tag {
      case "sup", "sub":
        let parent = stack[stack.count - 1]
        let rise = parent.rise + (tag == "sup" ? 0.38 : -0.18) * parent.size
        let size = parent.size * 0.7
        stack.append((size, rise))
        out += "<span size=\"\(Int((size * 1024).rounded()))\" rise=\"\(Int((rise * 1024).rounded()))\">"
      case "/sup", "/sub":
        if stack.count > 1 { stack.removeLast() }
        out += "</span>"
      default:
        out += "<" + tag + ">"
      }
    }
    return out + rest
  }
}
