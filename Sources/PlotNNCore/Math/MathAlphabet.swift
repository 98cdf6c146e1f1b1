/// The Unicode math alphabets (Mathematical Alphanumeric Symbols, U+1D400–1D7FF) the
/// font-style commands select, as unicode-math maps them: `x` in math is 𝑥 (italic),
/// `\mathbf{x}` 𝐱, `\mathbb{R}` ℝ. Digits and uppercase Greek stay upright in the default
/// (italic) alphabet, as in TeX; characters an alphabet lacks keep their own form.
public enum MathAlphabet: Sendable, Hashable {
  case italic, upright, bold, boldItalic, sansSerif, monospace, script, doubleStruck, fraktur

  /// `c` in this alphabet.
  public func map(_ c: Character) -> String {
    guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return String(c) }
    let v = scalar.value
    let upper = v >= 0x41 && v <= 0x5A
    let lower = v >= 0x61 && v <= 0x7A
    let digit = v >= 0x30 && v <= 0x39
    let greekLower = v >= 0x3B1 && v <= 0x3C9
    let greekUpper = v >= 0x391 && v <= 0x3A9 && v != 0x3A2
    func at(_ code: UInt32) -> String { Unicode.Scalar(code).map { String(Character($0)) } ?? String(c) }
    func letters(_ base: UInt32, exceptions: [Character: String] = [:]) -> String? {
      if let e = exceptions[c] { return e }
      if upper { return at(base + v - 0x41) }
      if lower { return at(base + 26 + v - 0x61) }
      return nil
    }
    switch self {
    case .upright:
      return String(c)
    case .italic:
      if let l = letters(0x1D434, exceptions: ["h": "ℎ"]) { return l }
      if greekLower { return at(0x1D6FC + v - 0x3B1) }
      return Self.greekVariantsItalic[c] ?? String(c)
    case .bold:
      if let l = letters(0x1D400) { return l }
      if digit { return at(0x1D7CE + v - 0x30) }
      if greekUpper { return at(0x1D6A8 + v - 0x391) }
      if greekLower { return at(0x1D6C2 + v - 0x3B1) }
      return String(c)
    case .boldItalic:
      if let l = letters(0x1D468) { return l }
      if greekUpper { return at(0x1D71C + v - 0x391) }
      if greekLower { return at(0x1D736 + v - 0x3B1) }
      return String(c)
    case .sansSerif:
      if let l = letters(0x1D5A0) { return l }
      return digit ? at(0x1D7E2 + v - 0x30) : String(c)
    case .monospace:
      if let l = letters(0x1D670) { return l }
      return digit ? at(0x1D7F6 + v - 0x30) : String(c)
    case .script:
      return letters(0x1D49C, exceptions: Self.scriptExceptions) ?? String(c)
    case .doubleStruck:
      if let l = letters(0x1D538, exceptions: Self.doubleStruckExceptions) { return l }
      return digit ? at(0x1D7D8 + v - 0x30) : String(c)
    case .fraktur:
      return letters(0x1D504, exceptions: Self.frakturExceptions) ?? String(c)
    }
  }

  /// The whole of `text`, character by character.
  public func map(_ text: String) -> String { text.map { map($0) }.joined() }

  private static let greekVariantsItalic: [Character: String] = [
    "∂": "𝜕", "ϵ": "𝜖", "ϑ": "𝜗", "ϰ": "𝜘", "ϕ": "𝜙", "ϱ": "𝜚", "ϖ": "𝜛",
  ]
  private static let scriptExceptions: [Character: String] = [
    "B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ", "e": "ℯ", "g": "ℊ", "o": "ℴ",
  ]
  private static let doubleStruckExceptions: [Character: String] = [
    "C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ",
  ]
  private static let frakturExceptions: [Character: String] = ["C": "ℭ", "H": "ℌ", "I": "ℑ", "R": "ℜ", "Z": "ℨ"]
}
