/// Reads lengths out of a size's text, left to right (``FigureSize/init(text:)``).
///
/// Decision: the `x` between width and height is also a letter, so it is told from a unit
/// by position: a run of letters after the width that ends in `x` is a unit (possibly none)
/// and the separator, `640x480`, `640pxx480px`, `3.25inx2.5in`; a run that is a whole unit
/// (`px`) keeps its `x`, and the separator must follow.
struct SizeScanner {
  private let characters: [Character]
  private var index = 0

  init(_ text: String) {
    characters = Array(text.lowercased())
    skipBlanks()
  }

  var atEnd: Bool { index == characters.count }

  /// A number and its unit (none: CSS pixels). After a width the separator `x` may end the
  /// unit's letters; it is then left for ``separator()``.
  mutating func length(in text: String, form: SizeSyntaxError.Form, side: SizeSyntaxError.Side? = nil)
    throws(SizeSyntaxError) -> Length
  {
    guard let value = number() else { throw SizeSyntaxError(text: text, form: form, problem: .number(side)) }
    skipBlanks()
    let start = index
    while index < characters.count, characters[index].isLetter { index += 1 }
    var letters = String(characters[start..<index])
    if side == .width, letters.hasSuffix("x"), Length.Unit(rawValue: letters) == nil {
      letters.removeLast()
      index -= 1
    }
    skipBlanks()
    guard letters.isEmpty || Length.Unit(rawValue: letters) != nil else {
      throw SizeSyntaxError(text: text, form: form, problem: .unit(letters))
    }
    return Length(value, Length.Unit(rawValue: letters) ?? .px)
  }

  /// Consumes `x` or `×` and the blanks after it.
  mutating func separator() -> Bool {
    guard index < characters.count, characters[index] == "x" || characters[index] == "×" else { return false }
    index += 1
    skipBlanks()
    return true
  }

  /// An optional sign, digits with at most one point, an optional exponent (`1e3`, `2.5E-1`).
  private mutating func number() -> Double? {
    let start = index
    if index < characters.count, characters[index] == "+" || characters[index] == "-" { index += 1 }
    let digitsStart = index
    var sawPoint = false
    while index < characters.count, characters[index].isASCII,
      characters[index].isNumber || (characters[index] == "." && !sawPoint)
    {
      if characters[index] == "." { sawPoint = true }
      index += 1
    }
    guard characters[digitsStart..<index].contains(where: \.isNumber) else {
      index = start
      return nil
    }
    if index < characters.count, characters[index] == "e" {
      var j = index + 1
      if j < characters.count, characters[j] == "+" || characters[j] == "-" { j += 1 }
      let exponentStart = j
      while j < characters.count, characters[j].isASCII, characters[j].isNumber { j += 1 }
      if j > exponentStart { index = j }
    }
    guard let value = Double(String(characters[start..<index])) else {
      index = start
      return nil
    }
    return value
  }

  private mutating func skipBlanks() {
    while index < characters.count, characters[index] == " " || characters[index] == "\t" { index += 1 }
  }
}
