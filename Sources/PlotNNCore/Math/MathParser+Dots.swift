extension MathParser {
  /// The commands after which amsmath's dots take a thin space (`\extra@`'s right
  /// delimiters; the end of the formula counts too).
  static let rightDelimiters: Set<String> = [
    "rbrack", "}", "rbrace", "rangle", "rceil", "rfloor", "rgroup", "rmoustache", "right", "bigr", "Bigr", "biggr",
    "Biggr",
  ]

  /// amsmath's dots (amsmath.sty, `\mdots@`, `\dotso@`, `\extrap@`), which look at what
  /// follows them:
  /// - `\dots` before `+ = < > - * :` typed as themselves or `\not` is `\cdots` (⋯);
  ///   otherwise `\ldots` (…), with a thin space when a right delimiter or the end of the
  ///   formula follows (`\dotso@`); before a comma never (`\dotsc`).
  /// - `\dotsb`, `\dotsm` (⋯) and `\dotso` (…) take the thin space before `, ; .`, a right
  ///   delimiter or the end (`\extrap@`); `\dotsc` before `; .`, a right delimiter or the end.
  /// - `\ldots` is `\mathellipsis` and `\cdots` unicode-math's character (it redefines
  ///   amsmath's `\cdots` after amsmath has made `\dotsb` a copy of it): nothing added.
  /// Decision: unicode-math's symbols (`\le`, `\times`) are `\Umathchar`s, which amsmath's
  /// test does not see as binary or relation, so `\dots \le` stays `…` as LuaLaTeX sets it.
  mutating func amsDots(_ name: String) -> [MathAtom]? {
    let next = nextToken()
    let atEnd = next == nil
    let command = next.flatMap { $0.hasPrefix("\\") ? String($0.dropFirst()) : nil }
    let rightDelimiter = atEnd || next == ")" || next == "]" || command.map(Self.rightDelimiters.contains) == true
    let punctuation = next == "," || next == ";" || next == "."
    let ellipsis = MathAtom(.inner, .symbol("…"))
    let centred = MathAtom(.inner, .symbol("⋯"))
    let thin = MathAtom(.ord, .space(3))
    switch name {
    case "dots":
      if let next, ["+", "=", "<", ">", "-", "*", ":", "\\not"].contains(next) { return [centred] }
      if next == "," { return [ellipsis] }
      return rightDelimiter ? [ellipsis, thin] : [ellipsis]
    case "dotsb", "dotsm":
      return rightDelimiter || punctuation ? [centred, thin] : [centred]
    case "dotso":
      return rightDelimiter || punctuation ? [ellipsis, thin] : [ellipsis]
    case "dotsc":
      return rightDelimiter || (punctuation && next != ",") ? [ellipsis, thin] : [ellipsis]
    default:
      return nil
    }
  }

  /// The next token after spaces, without consuming it: a character, or `\name` for a
  /// command; nil at the end of the formula.
  func nextToken() -> String? {
    var i = index
    while i < characters.count, characters[i].isWhitespace { i += 1 }
    guard i < characters.count else { return nil }
    guard characters[i] == "\\", i + 1 < characters.count else { return String(characters[i]) }
    var end = i + 1
    if characters[end].isLetter {
      while end < characters.count, characters[end].isLetter, characters[end].isASCII { end += 1 }
    } else {
      end += 1
    }
    return String(characters[i..<end])
  }
}
