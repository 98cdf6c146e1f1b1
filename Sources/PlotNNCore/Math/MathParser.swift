/// Parses TeX math (what goes between `$…$`) into a list of ``MathAtom``s, in pure Swift.
///
/// Recursive descent over characters, with every recursion counted: at most
/// ``maximumDepth`` nested groups, arguments and environments, and ``maximumLength``
/// characters, so no input overflows the stack. Decisions: `'` is a superscript prime ′ (″, ‴ for
/// two and three), as unicode-math sets it (the font's `ssty` form makes it the right size);
/// `f'^2` is f^{′2}; `\text{Batch_Size}` keeps the `_` as text (LaTeX refuses it in text mode;
/// a label author means the underscore); a character outside the known commands is set as
/// an ord in the math font.
public struct MathParser {
  public static let maximumLength = 4000
  public static let maximumDepth = 48

  let characters: [Character]
  var index = 0
  var depth = 0
  /// How letters are set: italic, or a `\mathbf`… alphabet inside its argument.
  var alphabet = MathAlphabet.italic
  /// Inside `\mathrm`, `\mathbf`, `\mathit`, `\mathtt`: letters and digits in the text font.
  var textFace: MathTextFace?
  /// Whether `&` and `\\` end a cell here (inside an environment).
  var inTable = 0

  public init(_ source: String) { characters = Array(source) }

  /// The atoms of `source`; throws ``MathError`` at the first fault.
  public static func parse(_ source: String) throws(MathError) -> [MathAtom] {
    var parser = MathParser(source)
    return try parser.parseAll()
  }

  mutating func parseAll() throws(MathError) -> [MathAtom] {
    guard characters.count <= Self.maximumLength else { throw MathError(.tooLong(limit: Self.maximumLength), at: 0) }
    let atoms = try parseList()
    if index < characters.count {
      switch characters[index] {
      case "}": throw MathError(.unbalancedClose, at: index)
      case "&": throw MathError(.misplacedAlignment, at: index)
      case "]": break
      default:
        switch peekCommand() {
        case "right", "middle": throw MathError(.rightWithoutLeft, at: index)
        case "end": throw MathError(.mismatchedEnd(expected: "", found: "…"), at: index)
        default: throw MathError(.misplacedLineBreak, at: index)
        }
      }
    }
    return atoms
  }

  /// What ends a list without being consumed.
  enum Stop { case none, bracket }

  /// Atoms up to the end, `}`, `&`, `\\`, `\end`, `\right`, `\middle` (and `]` in an
  /// optional argument), none of which it consumes.
  mutating func parseList(stop: Stop = .none) throws(MathError) -> [MathAtom] {
    depth += 1
    defer { depth -= 1 }
    guard depth <= Self.maximumDepth else { throw MathError(.tooDeep(limit: Self.maximumDepth), at: index) }
    var atoms: [MathAtom] = []
    while index < characters.count {
      let c = characters[index]
      if c == "}" || c == "&" || (stop == .bracket && c == "]") { break }
      if c == "\\", let name = peekCommand() {
        if ["end", "right", "middle"].contains(name) || name == "\\" || name == "cr" { break }
      }
      if c.isWhitespace {
        index += 1
        continue
      }
      if c == "^" || c == "_" {
        try attachScript(c, to: &atoms)
        continue
      }
      if c == "'" {
        var primes = ""
        while index < characters.count, characters[index] == "'" {
          primes += "′"
          index += 1
        }
        try attach(superscript: [MathAtom(.ord, .symbol(Self.primeGlyph(primes.count)))], to: &atoms, at: index - 1)
        continue
      }
      if let infix = peekCommand(), let make = Self.infixFractions[infix] {
        // TeX's `\over` family: everything before it in this list over everything after.
        _ = readCommand()
        let denominator = try parseList(stop: stop)
        return [MathAtom(.ord, .fraction(make(atoms, denominator)))]
      }
      let items = try parseItem()
      if items.count == 1, case .style = items[0].nucleus, items[0].kind == .op {
        // `\limits` / `\nolimits`: applies to the operator before it.
        if let last = atoms.indices.last, atoms[last].kind == .op { atoms[last].limits = items[0].limits }
        continue
      }
      atoms += items
    }
    return atoms
  }

  /// TeX's infix generalized fractions (The TeXbook, chapter 17): `\over` with a rule,
  /// `\atop` without, `\choose` without and in parentheses, `\brace` in braces.
  static let infixFractions: [String: @Sendable ([MathAtom], [MathAtom]) -> MathFraction] = [
    "over": { MathFraction($0, $1) },
    "atop": { MathFraction($0, $1, hasRule: false) },
    "choose": { MathFraction($0, $1, hasRule: false, left: "(", right: ")") },
    "brack": { MathFraction($0, $1, hasRule: false, left: "[", right: "]") },
    "brace": { MathFraction($0, $1, hasRule: false, left: "{", right: "}") },
  ]

  /// The command name after the backslash at `index`, without consuming it.
  func peekCommand() -> String? {
    guard index < characters.count, characters[index] == "\\", index + 1 < characters.count else { return nil }
    var end = index + 1
    if characters[end].isLetter {
      while end < characters.count, characters[end].isLetter, characters[end].isASCII { end += 1 }
      return String(characters[(index + 1)..<end])
    }
    return String(characters[end])
  }

  /// Reads a command name after `\`, consuming it and one space after a letter name.
  mutating func readCommand() -> String {
    let name = peekCommand() ?? ""
    index += 1 + name.count
    if name.first?.isLetter == true { skipSpaces() }
    return name
  }

  mutating func skipSpaces() {
    while index < characters.count, characters[index].isWhitespace { index += 1 }
  }

  /// One item: a character, a group, or a command; zero or more atoms.
  mutating func parseItem() throws(MathError) -> [MathAtom] {
    let c = characters[index]
    if c == "{" {
      return [MathAtom(.ord, .list(try group()))]
    }
    if c == "\\" {
      if index + 1 >= characters.count { throw MathError(.unknownCommand("", closest: []), at: index) }
      return try command()
    }
    index += 1
    if c == "~" { return [MathAtom(.ord, .interwordSpace)] }
    if c == "$" { return [] }
    let (text, kind) = MathSymbols.typed(c)
    if let face = textFace, c.isLetter || c.isNumber { return [MathAtom(.ord, .text(String(c), face))] }
    let mapped = c.isLetter || c.isNumber ? alphabet.map(c) : text
    return [MathAtom(kind, .symbol(mapped))]
  }

  /// `{…}` at `index`: its atoms.
  mutating func group() throws(MathError) -> [MathAtom] {
    let open = index
    index += 1
    let atoms = try parseList()
    guard index < characters.count else { throw MathError(.unbalancedOpen, at: open) }
    guard characters[index] == "}" else {
      if characters[index] == "&" { throw MathError(.misplacedAlignment, at: index) }
      if peekCommand() == "right" { throw MathError(.rightWithoutLeft, at: index) }
      if peekCommand() == "end" { throw MathError(.mismatchedEnd(expected: "{", found: "…"), at: index) }
      throw MathError(.misplacedLineBreak, at: index)
    }
    index += 1
    return atoms
  }

  /// A command's argument: a group, or one token (`\frac12`).
  mutating func argument(of command: String) throws(MathError) -> [MathAtom] {
    skipSpaces()
    guard index < characters.count, characters[index] != "}", characters[index] != "&" else {
      throw MathError(.missingArgument(command), at: index)
    }
    depth += 1
    defer { depth -= 1 }
    guard depth <= Self.maximumDepth else { throw MathError(.tooDeep(limit: Self.maximumDepth), at: index) }
    if characters[index] == "{" { return try group() }
    if characters[index] == "^" || characters[index] == "_" { throw MathError(.missingArgument(command), at: index) }
    return try parseItem()
  }

  /// `{…}` read as raw text (for `\text`, `\operatorname`, environment names).
  mutating func rawArgument(of command: String) throws(MathError) -> String {
    skipSpaces()
    guard index < characters.count, characters[index] == "{" else {
      throw MathError(.missingArgument(command), at: index)
    }
    let open = index
    var level = 0
    var text = ""
    while index < characters.count {
      let c = characters[index]
      index += 1
      if c == "\\", index < characters.count {
        text.append(characters[index])
        index += 1
        continue
      }
      if c == "{" {
        level += 1
        if level == 1 { continue }
      } else if c == "}" {
        level -= 1
        if level == 0 { return text }
      }
      text.append(c)
    }
    throw MathError(.unbalancedOpen, at: open)
  }

  mutating func attachScript(_ mark: Character, to atoms: inout [MathAtom]) throws(MathError) {
    let at = index
    index += 1
    let script = try argument(of: mark == "^" ? "^" : "_")
    if mark == "^" {
      try attach(superscript: script, to: &atoms, at: at)
    } else {
      if atoms.isEmpty || atoms[atoms.count - 1].isSpaceOrStyle { atoms.append(MathAtom(.ord, .list([]))) }
      guard atoms[atoms.count - 1].sub == nil else { throw MathError(.doubleScript("_"), at: at) }
      atoms[atoms.count - 1].sub = script
    }
  }

  /// The prime character for `count` primes: ′ ″ ‴, then ‴ and more.
  static func primeGlyph(_ count: Int) -> String {
    switch count {
    case 1: return "′"
    case 2: return "″"
    case 3: return "‴"
    default: return "‴" + String(repeating: "′", count: max(0, count - 3))
    }
  }

  /// Attaches a superscript; after primes it joins them (`f'^2` is f^{′2}).
  func attach(superscript: [MathAtom], to atoms: inout [MathAtom], at: Int) throws(MathError) {
    if atoms.isEmpty || atoms[atoms.count - 1].isSpaceOrStyle { atoms.append(MathAtom(.ord, .list([]))) }
    if let existing = atoms[atoms.count - 1].sup {
      guard case .symbol(let s)? = existing.last?.nucleus, s.allSatisfy({ "′″‴".contains($0) }) else {
        throw MathError(.doubleScript("^"), at: at)
      }
      atoms[atoms.count - 1].sup = existing + superscript
    } else {
      atoms[atoms.count - 1].sup = superscript
    }
  }
}

extension MathAtom {
  /// Spaces and style changes take no scripts: `\quad^2` puts the 2 on an empty ord.
  var isSpaceOrStyle: Bool {
    switch nucleus {
    case .space, .kern, .interwordSpace, .style, .color: return true
    default: return false
    }
  }
}
