extension MathParser {
  /// A command at `index` (a backslash): its atoms.
  mutating func command() throws(MathError) -> [MathAtom] {
    let start = index
    let name = readCommand()
    if let dots = amsDots(name) { return dots }
    if let sym = MathSymbols.symbols[name] {
      return [MathAtom(sym.1, .symbol(sym.0), limits: MathSymbols.integrals.contains(name) ? .nolimits : .auto)]
    }
    if let letter = MathSymbols.greek[name] {
      let upright = letter.first.map { $0.isUppercase } ?? false
      let mapped = alphabet == .italic && upright ? letter : alphabet.map(letter)
      return [MathAtom(.ord, .symbol(mapped))]
    }
    if let mu = MathSymbols.spaces[name] { return [MathAtom(.ord, .space(mu))] }
    if name == " " { return [MathAtom(.ord, .interwordSpace)] }
    if let limits = MathSymbols.functions[name] {
      return [MathAtom(.op, .text(MathSymbols.functionText(name), .operator), limits: limits ? .auto : .nolimits)]
    }
    if let (accent, wide) = MathSymbols.accents[name] {
      return [MathAtom(.ord, .accent(accent, base: try argument(of: name), wide: wide))]
    }
    if let alphabet = MathSymbols.alphabets[name] {
      let saved = (self.alphabet, textFace)
      self.alphabet = alphabet
      textFace = MathSymbols.textFaces[name]
      defer { (self.alphabet, textFace) = saved }
      // One plain character stays a character (unicode-math's \symbb{R} is a math
      // character, so ℝ^n takes a character's script positions).
      let atoms = try argument(of: name)
      if atoms.count == 1, atoms[0].sub == nil, atoms[0].sup == nil {
        if atoms[0].nucleus.isCharacter { return atoms }
        if case .text = atoms[0].nucleus { return atoms }
      }
      return [MathAtom(.ord, .list(atoms))]
    }
    if let size = MathSymbols.bigSizes[name] { return [try sizedDelimiter(size: size, kind: .ord)] }
    if name.count > 3, let size = MathSymbols.bigSizes[String(name.dropLast())] {
      let kinds: [Character: MathAtom.Kind] = ["l": .open, "r": .close, "m": .rel]
      if let last = name.last, let kind = kinds[last] { return [try sizedDelimiter(size: size, kind: kind)] }
    }
    switch name {
    case "frac", "dfrac", "tfrac", "cfrac", "binom", "dbinom", "tbinom":
      let numerator = try argument(of: name)
      let denominator = try argument(of: name)
      let style: MathStyle.Level? =
        name.hasPrefix("d") || name == "cfrac" ? .display : (name.hasPrefix("t") ? .text : nil)
      let binom = name.hasSuffix("binom")
      let fraction = MathFraction(
        numerator, denominator, hasRule: !binom, style: style, left: binom ? "(" : "", right: binom ? ")" : "")
      // amsmath's \genfrac wraps the fraction in braces: an Ord, not TeX's Inner.
      return [MathAtom(.ord, .fraction(fraction))]
    case "sqrt":
      skipSpaces()
      var degree: [MathAtom]?
      if index < characters.count, characters[index] == "[" {
        let open = index
        index += 1
        degree = try parseList(stop: .bracket)
        guard index < characters.count, characters[index] == "]" else { throw MathError(.unbalancedOpen, at: open) }
        index += 1
      }
      return [MathAtom(.ord, .radical(degree: degree, radicand: try argument(of: name)))]
    case "overline", "underline":
      return [MathAtom(.ord, .bar(try argument(of: name), over: name == "overline"))]
    case "overset", "stackrel":
      let over = try argument(of: name)
      let base = try argument(of: name)
      return [MathAtom(name == "stackrel" ? .rel : base.singleKind, .stack(base: base, over: over, under: nil))]
    case "underset":
      let under = try argument(of: name)
      let base = try argument(of: name)
      return [MathAtom(base.singleKind, .stack(base: base, over: nil, under: under))]
    case "text", "textrm", "mbox", "textit", "textbf", "mathop":
      if name == "mathop" { return [MathAtom(.op, .list(try argument(of: name)))] }
      return [MathAtom(.ord, .text(try rawArgument(of: name)))]
    case "operatorname":
      var limits = MathAtom.Limits.nolimits
      if index < characters.count, characters[index] == "*" {
        index += 1
        limits = .auto
      }
      return [MathAtom(.op, .text(try rawArgument(of: name), .operator), limits: limits)]
    case "limits", "nolimits":
      // Applied by the caller's list: returned as a marker the list folds in.
      return [MathAtom(.op, .style(.text), limits: name == "limits" ? .limits : .nolimits)]
    case "displaystyle": return [MathAtom(.ord, .style(.display))]
    case "textstyle": return [MathAtom(.ord, .style(.text))]
    case "scriptstyle": return [MathAtom(.ord, .style(.script))]
    case "scriptscriptstyle": return [MathAtom(.ord, .style(.scriptScript))]
    case "left": return [try leftRight(at: start)]
    case "right", "middle": throw MathError(.rightWithoutLeft, at: start)
    case "begin": return [try environment(at: start)]
    case "substack":
      let open = index
      guard index < characters.count, characters[index] == "{" else {
        throw MathError(.missingArgument(name), at: index)
      }
      index += 1
      let rows = try tableRows(environment: "substack")
      guard index < characters.count, characters[index] == "}" else { throw MathError(.unbalancedOpen, at: open) }
      index += 1
      let table = MathTable(rows: rows, alignments: [.center], columnGaps: [], cellStyle: nil, rowSpacing: 0.75)
      return [MathAtom(.ord, .table(table))]
    case "overbrace", "underbrace":
      return [MathAtom(.op, .brace(try argument(of: name), over: name == "overbrace"), limits: .limits)]
    case "xrightarrow", "xleftarrow", "xleftrightarrow", "xRightarrow", "xLeftarrow", "xmapsto":
      let under = try optionalArgument()
      return [MathAtom(.rel, .arrow(Self.extensibleArrows[name] ?? "→", over: try argument(of: name), under: under))]
    case "not": return [try negated(at: start)]
    case "color": return [MathAtom(.ord, .color(try colorArgument(at: start)))]
    case "textcolor":
      let color = try colorArgument(at: start)
      return [MathAtom(.ord, .list([MathAtom(.ord, .color(color))] + (try argument(of: name))))]
    case "hspace", "kern", "mkern", "hskip", "mskip": return [try explicitSpace(name, at: start)]
    case "\\", "cr": throw MathError(.misplacedLineBreak, at: start)
    default:
      throw MathError(
        .unknownCommand(
          name,
          closest: NameSuggestions.closest(to: name, among: MathSymbols.allNames.map { [$0] }, threshold: 2, limit: 3)),
        at: start)
    }
  }

  /// `\big(`: the delimiter after the command, `size` em tall.
  mutating func sizedDelimiter(size: Double, kind: MathAtom.Kind) throws(MathError) -> MathAtom {
    let delimiter = try readDelimiter()
    return MathAtom(kind, .sizedDelimiter(delimiter, size: size))
  }

  /// A delimiter after `\left`, `\right`, `\big`: `(`, `\{`, `\langle`, `.` (none, "").
  mutating func readDelimiter() throws(MathError) -> String {
    skipSpaces()
    guard index < characters.count else { throw MathError(.badDelimiter("end of formula"), at: index) }
    let c = characters[index]
    if c == "\\" {
      let at = index
      let name = readCommand()
      guard let d = MathSymbols.delimiter(named: name) else { throw MathError(.badDelimiter("\\" + name), at: at) }
      return d
    }
    index += 1
    switch c {
    case ".": return ""
    case "(", ")", "[", "]", "|", "/", "<", ">", "⟨", "⟩", "‖", "⌊", "⌋", "⌈", "⌉":
      return c == "<" ? "⟨" : (c == ">" ? "⟩" : String(c))
    default: throw MathError(.badDelimiter(String(c)), at: index - 1)
    }
  }

  /// `\left( … \middle| … \right)`.
  mutating func leftRight(at start: Int) throws(MathError) -> MathAtom {
    depth += 1
    defer { depth -= 1 }
    guard depth <= Self.maximumDepth else { throw MathError(.tooDeep(limit: Self.maximumDepth), at: index) }
    var delimiters = [try readDelimiter()]
    var pieces: [[MathAtom]] = []
    while true {
      pieces.append(try parseList())
      guard index < characters.count, let name = peekCommand(), name == "right" || name == "middle" else {
        if index < characters.count, characters[index] == "&", inTable == 0 {
          throw MathError(.misplacedAlignment, at: index)
        }
        throw MathError(.leftWithoutRight, at: start)
      }
      _ = readCommand()
      delimiters.append(try readDelimiter())
      if name == "right" { break }
    }
    return MathAtom(.inner, .delimited(delimiters: delimiters, pieces: pieces))
  }
}

extension [MathAtom] {
  /// The class of a one-atom list (`\overset{!}{=}` stays a relation), else ord.
  var singleKind: MathAtom.Kind { count == 1 ? self[0].kind : .ord }
}
