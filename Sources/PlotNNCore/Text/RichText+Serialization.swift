extension RichText {
  /// The text written back as markup that ``init(markup:)`` reads as this value: each run
  /// wrapped on its own, `<span>` (colour, family, normal weight) outermost, then its script
  /// levels, then `<b>`, `<i>`, `<tt>`, the characters escaped (``Markup/escape(_:)``). So
  /// `1.5×10` and a superscript `6` give `1.5×10<sup>6</sup>`. A math node, which markup
  /// A math node is written back as `$source$` (`$$…$$` in display style), its TeX raw.
  public var markup: String {
    nodes.map { node in
      switch node {
      case .math(let source, let display): return display ? "$$" + source + "$$" : "$" + source + "$"
      case .run(let run): return Self.markup(run)
      }
    }.joined()
  }

  private static func markup(_ run: TextRun) -> String {
    let a = run.attributes
    var open: [(String, String)] = []
    var span: [String] = []
    if let c = a.color {
      let digits = Array("0123456789ABCDEF")
      let hex = [c.red, c.green, c.blue].map { v in
        let byte = Int((min(max(v.isNaN ? 0 : v, 0), 1) * 255).rounded())
        return String([digits[byte / 16], digits[byte % 16]])
      }
      span.append("foreground=\"#" + hex.joined() + "\"")
    }
    if let family = a.family { span.append("font_family=\"" + Markup.escape(family) + "\"") }
    if a.bold == false { span.append("weight=\"normal\"") }
    if !span.isEmpty { open.append(("<span " + span.joined(separator: " ") + ">", "</span>")) }
    for script in a.scripts { open.append(script == .superscript ? ("<sup>", "</sup>") : ("<sub>", "</sub>")) }
    if a.bold == true { open.append(("<b>", "</b>")) }
    if a.italic { open.append(("<i>", "</i>")) }
    if a.monospace { open.append(("<tt>", "</tt>")) }
    return open.map(\.0).joined() + Markup.escape(run.text) + open.reversed().map(\.1).joined()
  }
}
