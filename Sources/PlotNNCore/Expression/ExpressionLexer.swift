/// Splits an expression into ``ExpressionToken``s.
///
/// - Numbers: `12`, `1.5`, `.5`, `1.`, `1e-3`, `2.5E+4` (ASCII digits; an `e` not followed
///   by digits is not an exponent, so `2e` is the number 2 then the name e). A number must
///   be finite once rounded (`1e999` is an error; `1e-400` rounds to 0).
/// - Names: a letter, then letters, digits and `_`. A hyphen joins the parts around it when
///   the joined name is known (a catalog id or alias, an elementary function, a parameter
///   name): `leaky-relu` is one name, `x-relu` is x minus relu, `gelu-tanh` is the catalog's
///   tanh approximation of GELU (write `gelu - tanh` for the difference).
/// - Operators: `+ - * / ^` and `**` for ^; the typeset forms `−` `×` `·` `÷` are accepted
///   so that a label can be pasted back; `π` is pi.
/// - Comparisons `< <= > >= == !=` and `≤ ≥ ≠`; `=` names a parameter.
/// - White space separates tokens and is otherwise ignored.
struct ExpressionLexer {
  /// The expression as written, for error messages.
  let text: String
  let characters: [Character]
  /// The most Unicode scalars a known name has once normalized (bounds the hyphen joins tried).
  let longestKnownName: Int
  /// Whether a normalized name is known (decides hyphen joins).
  let isKnownName: (String) -> Bool

  func tokens() throws(ExpressionError) -> [ExpressionToken] {
    var tokens: [ExpressionToken] = []
    var i = 0
    var chain: Chain?
    while i < characters.count {
      let c = characters[i]
      if c.isWhitespace {
        i += 1
        continue
      }
      if c.isASCII && (c.isNumber || (c == "." && i + 1 < characters.count && isDigit(characters[i + 1]))) {
        tokens.append(try number(at: i))
      } else if c == "π" {
        tokens.append(ExpressionToken(kind: .name("pi"), offset: i, length: 1, text: "π"))
      } else if c.isLetter {
        tokens.append(name(at: i, chain: &chain))
      } else if let token = symbol(at: i) {
        tokens.append(token)
      } else {
        throw ExpressionError(.unexpectedCharacter(c), in: text, offset: i, length: 1)
      }
      i += max(1, tokens[tokens.count - 1].length)
    }
    tokens.append(ExpressionToken(kind: .end, offset: characters.count, length: 0, text: ""))
    return tokens
  }

  private func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }

  private func isNamePart(_ c: Character) -> Bool { c.isLetter || isDigit(c) || c == "_" }

  private func number(at start: Int) throws(ExpressionError) -> ExpressionToken {
    var i = start
    while i < characters.count, isDigit(characters[i]) { i += 1 }
    if i < characters.count, characters[i] == "." {
      i += 1
      while i < characters.count, isDigit(characters[i]) { i += 1 }
    }
    if i < characters.count, characters[i] == "e" || characters[i] == "E" {
      var j = i + 1
      if j < characters.count, characters[j] == "+" || characters[j] == "-" { j += 1 }
      if j < characters.count, isDigit(characters[j]) {
        while j < characters.count, isDigit(characters[j]) { j += 1 }
        i = j
      }
    }
    let text = String(characters[start..<i])
    guard let value = Double(text), value.isFinite else {
      throw ExpressionError(.badNumber(text), in: self.text, offset: start, length: i - start)
    }
    return ExpressionToken(kind: .number(value), offset: start, length: i - start, text: text)
  }

  /// A name, joined across hyphens while the joined prefix is known (longest known prefix).
  ///
  /// Linear in the text: a known name has at most ``longestKnownName`` Unicode scalars once
  /// normalized, and every hyphen-separated part adds at least one (its first letter), so
  /// only the joins of the first ``longestKnownName`` parts are looked up; and the end of
  /// the whole `a-b-c` run (for ``ExpressionToken/run``) is found once per run and kept in
  /// `chain` for the names that follow inside it (`x-x-x-…` used to rescan the rest of the
  /// run and normalize every longer join at every name: cubic, 60 s for 500 terms).
  private func name(at start: Int, chain: inout Chain?) -> ExpressionToken {
    var ends: [Int] = []  // end of each hyphen-separated part, the first longestKnownName + 1
    var i = start
    while true {
      while i < characters.count, isNamePart(characters[i]) { i += 1 }
      if ends.count <= longestKnownName { ends.append(i) }
      if let known = chain, known.range.contains(start) {
        // Inside a run already scanned: the rest of it is known, parts beyond the lookup window need no ends.
        if ends.count > longestKnownName || i >= known.range.upperBound { break }
      }
      guard i + 1 < characters.count, characters[i] == "-", characters[i + 1].isLetter, characters[i + 1] != "π" else {
        break
      }
      i += 1
    }
    if chain.map({ !$0.range.contains(start) }) ?? true {
      var j = i
      while j < characters.count, characters[j].isWhitespace { j += 1 }
      chain = Chain(range: start..<i, beforeParenthesis: j < characters.count && characters[j] == "(")
    }
    var end = ends[0]
    for candidate in ends.dropFirst().reversed()
    where isKnownName(Identifier.normalize(String(characters[start..<candidate]))) {
      end = candidate
      break
    }
    let text = String(characters[start..<end])
    var token = ExpressionToken(kind: .name(text), offset: start, length: end - start, text: text)
    if let chain, chain.range.upperBound > end, chain.beforeParenthesis {
      let last = chain.range.upperBound
      token.run = (String(characters[start..<last]), last - start)
    }
    return token
  }

  /// A hyphen-joined run of name parts already scanned, and whether `(` follows it.
  struct Chain {
    var range: Range<Int>
    var beforeParenthesis: Bool
  }

  /// Operators, parentheses, commas and comparisons (one or two characters).
  private func symbol(at i: Int) -> ExpressionToken? {
    let c = characters[i]
    let next: Character? = i + 1 < characters.count ? characters[i + 1] : nil
    func token(_ kind: ExpressionToken.Kind, _ length: Int = 1) -> ExpressionToken {
      ExpressionToken(kind: kind, offset: i, length: length, text: String(characters[i..<(i + length)]))
    }
    switch c {
    case "+": return token(.plus)
    case "-", "−": return token(.minus)
    case "*" where next == "*": return token(.caret, 2)
    case "*", "×", "·", "⋅", "∗": return token(.star)
    case "/", "÷": return token(.slash)
    case "^": return token(.caret)
    case "(": return token(.open)
    case ")": return token(.close)
    case ",": return token(.comma)
    case ":": return token(.colon)
    case "<": return next == "=" ? token(.comparison(.lessOrEqual), 2) : token(.comparison(.less))
    case ">": return next == "=" ? token(.comparison(.greaterOrEqual), 2) : token(.comparison(.greater))
    case "=": return next == "=" ? token(.comparison(.equal), 2) : token(.equals)
    case "!": return next == "=" ? token(.comparison(.notEqual), 2) : nil
    case "≤": return token(.comparison(.lessOrEqual))
    case "≥": return token(.comparison(.greaterOrEqual))
    case "≠": return token(.comparison(.notEqual))
    default: return nil
    }
  }
}
