extension MathParser {
  /// amsmath's extensible arrows (`\xrightarrow`) and mathtools' (`\xmapsto`, …): the
  /// arrow character each stretches.
  static let extensibleArrows: [String: String] = [
    "xrightarrow": "→", "xleftarrow": "←", "xleftrightarrow": "↔", "xRightarrow": "⇒", "xLeftarrow": "⇐",
    "xmapsto": "↦",
  ]

  /// The relations `\not` crosses out, as their negated Unicode characters (what
  /// unicode-math's `\not` gives: the precomposed character where Unicode has one).
  static let negations: [String: String] = [
    "=": "≠", "<": "≮", ">": "≯", "\\in": "∉", "\\ni": "∌", "\\equiv": "≢", "\\le": "≰", "\\leq": "≰", "\\ge": "≱",
    "\\geq": "≱", "\\subset": "⊄", "\\supset": "⊅", "\\subseteq": "⊈", "\\supseteq": "⊉", "\\sim": "≁",
    "\\approx": "≉", "\\simeq": "≄", "\\cong": "≇", "\\mid": "∤", "\\parallel": "∦", "\\exists": "∄",
    "\\prec": "⊀", "\\succ": "⊁", "\\vdash": "⊬", "\\models": "⊭",
  ]

  /// `\not` and the relation after it, as one relation atom.
  /// Decision: only relations with a negated Unicode character are accepted (the table
  /// above); overlaying a solidus on anything else depends on each font's U+0338, so it
  /// is refused with a message listing what can be negated.
  mutating func negated(at start: Int) throws(MathError) -> MathAtom {
    skipSpaces()
    guard let token = nextToken() else { throw MathError(.missingArgument("not"), at: start) }
    guard let negation = Self.negations[token] else { throw MathError(.cannotNegate(token), at: index) }
    index += token.count
    if token.hasPrefix("\\") { skipSpaces() }
    return MathAtom(.rel, .symbol(negation))
  }

  /// `\hspace{1em}`, `\kern2pt`, `\mkern3mu`, `\hskip 0.5em`: a space in em, ex (taken as
  /// 0.5 em, decision: the x-height differs per font and TeX's math ex is the symbol font's,
  /// which a formula's box must not depend on), mu (1/18 em) or pt (absolute).
  mutating func explicitSpace(_ name: String, at start: Int) throws(MathError) -> MathAtom {
    skipSpaces()
    var text: String
    let braced = index < characters.count && characters[index] == "{"
    if braced {
      text = try rawArgument(of: name)
    } else {
      text = ""
      while index < characters.count, characters[index].isNumber || "+-.".contains(characters[index]) {
        text.append(characters[index])
        index += 1
      }
      while index < characters.count, characters[index].isLetter, text.count < 40 {
        text.append(characters[index])
        index += 1
        if text.hasSuffix("em") || text.hasSuffix("ex") || text.hasSuffix("mu") || text.hasSuffix("pt") { break }
      }
    }
    let trimmed = String(text.filter { !$0.isWhitespace })
    let units: [(String, Double?)] = [("em", 18), ("ex", 9), ("mu", 1), ("pt", nil)]
    for (unit, mu) in units where trimmed.hasSuffix(unit) {
      guard let value = Double(trimmed.dropLast(2)), value.isFinite,
        abs(value) <= 1000
      else { break }
      return MathAtom(.ord, mu.map { .space(value * $0) } ?? .kern(value))
    }
    throw MathError(.badLength(trimmed), at: start)
  }

  /// The colour after `\color` or `\textcolor`: an xcolor base name (`red`), `#RRGGBB`, or
  /// xcolor's `[HTML]{RRGGBB}`.
  mutating func colorArgument(at start: Int) throws(MathError) -> Color {
    skipSpaces()
    var html = false
    if index < characters.count, characters[index] == "[" {
      let open = index
      guard let close = characters[index...].firstIndex(of: "]") else { throw MathError(.unbalancedOpen, at: open) }
      let model = String(characters[(index + 1)..<close])
      guard model == "HTML" else { throw MathError(.unknownColor("[" + model + "]"), at: open) }
      html = true
      index = close + 1
    }
    let name = String(try rawArgument(of: "color").filter { !$0.isWhitespace })
    if html, let color = Color(text: "#" + name) { return color }
    if !html, let color = MathSymbols.colors[name] ?? (name.hasPrefix("#") ? Color(text: name) : nil) { return color }
    throw MathError(.unknownColor(name), at: start)
  }

  /// `[…]` after a command, read as a math list (`\xrightarrow[below]{above}`), or nil.
  mutating func optionalArgument() throws(MathError) -> [MathAtom]? {
    skipSpaces()
    guard index < characters.count, characters[index] == "[" else { return nil }
    let open = index
    index += 1
    let atoms = try parseList(stop: .bracket)
    guard index < characters.count, characters[index] == "]" else { throw MathError(.unbalancedOpen, at: open) }
    index += 1
    return atoms
  }
}
