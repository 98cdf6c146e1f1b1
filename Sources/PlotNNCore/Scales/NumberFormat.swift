import Foundation

/// How figures write numbers, in one place.
///
/// Convention: every minus sign is U+2212 MINUS SIGN, never the ASCII hyphen-minus
/// (matplotlib's `axes.unicode_minus`), in values and in exponents alike ("−2.5", "1e−05").
/// Digits come from C's printf formats (``CPrintf``, in the C locale), so the decimal
/// separator is "." in every locale. Infinities are "∞" and "−∞".
public enum NumberFormat {
  /// U+2212, the minus sign of every number a figure prints.
  public static let minusSign = "\u{2212}"

  /// `text` with every ASCII hyphen-minus replaced by ``minusSign``.
  public static func minus(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "-")) else { return text }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count + 4)
    for byte in text.utf8 {
      if byte == UInt8(ascii: "-") { bytes += [0xE2, 0x88, 0x92] } else { bytes.append(byte) }  // U+2212
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// "NaN", "∞" or "−∞" for a value that is not finite; nil for a finite one.
  public static func nonFinite(_ value: Double) -> String? {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value < 0 ? minusSign + "∞" : "∞" }
    return nil
  }

  /// `value` to `digits` significant digits as C's `%.{digits}g` writes it (trailing
  /// zeros dropped, exponent form below 10⁻⁴ and from 10^digits): "0.7311", "1e−05".
  public static func significant(_ value: Double, digits: Int) -> String {
    minus(CPrintf.format(value, .general, precision: max(digits, 1)))
  }

  /// `value` with exactly `decimals` decimals (`%.{decimals}f`); a value that rounds to
  /// zero is written without a sign (never "−0.0").
  public static func fixed(_ value: Double, decimals: Int) -> String {
    if let text = nonFinite(value) { return text }
    var text = CPrintf.format(value, .fixed, precision: max(decimals, 0))
    if text.hasPrefix("-") && Double(text) == 0 { text.removeFirst() }
    return minus(text)
  }

  /// `value` in Swift's shortest round-trip spelling, without ".0" on whole numbers
  /// (``Swift/Double/shortDescription``): "0.5", "−2", "1e−10".
  public static func shortest(_ value: Double) -> String {
    minus(value.shortDescription)
  }

  /// `value` as a mantissa with `decimals` decimals times a power of ten in superscript
  /// digits: "2.00×10¹⁸", "−1.5×10⁻⁷" (plain text: titles and subtitles need no markup).
  public static func scientific(_ value: Double, decimals: Int) -> String {
    if let text = nonFinite(value) { return text }
    let text = CPrintf.format(value, .exponent, precision: max(decimals, 0))
    guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }),
      let exponent = Int(text[text.index(after: e)...].replacingOccurrences(of: "+", with: ""))
    else { return minus(text) }
    let superscripts: [Character: Character] = [
      "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "-": "⁻",
    ]
    let power = String(String(exponent).map { superscripts[$0] ?? $0 })
    return minus(String(text[..<e])) + "×10" + power
  }

  /// `value` to exactly `digits` significant digits, trailing zeros kept, so that numbers
  /// side by side share one precision: 20.1, 2.72, 0.0498, 0.879, 1.00 at 3 digits; below
  /// 10⁻⁴ and from 10⁶ as ``scientific(_:decimals:)`` ("2.06×10⁻⁹"); 0 is "0". A value
  /// with more whole digits than `digits` (up to 10⁶) is written whole, rounded to an integer.
  public static func significantFigures(_ value: Double, digits: Int) -> String {
    if let text = nonFinite(value) { return text }
    if value == 0 { return "0" }
    let digits = max(digits, 1)
    let magnitude = abs(value)
    if magnitude < 1e-4 || magnitude >= 1e6 { return scientific(value, decimals: digits - 1) }
    var e = Int(log10(magnitude).rounded(.down))
    // Rounding may carry into the next power of ten (0.9996 → 1.00, not 0.9996 → 1.000).
    if Double(CPrintf.format(magnitude, .fixed, precision: max(0, digits - 1 - e))) ?? 0 >= pow(10, Double(e + 1)) {
      e += 1
    }
    return fixed(value, decimals: max(0, digits - 1 - e))
  }

  /// The shortest significant digits that read back as `value` (Swift's round-trip
  /// `description`), without leading or trailing zeros, and the decimal exponent of the
  /// first: 1.702 is ("1702", 0), 1e7 is ("1", 7), 0.00025 is ("25", −4), 0 is ("0", 0).
  /// `value` must be finite and ≥ 0.
  public static func shortestDigits(_ value: Double) -> (digits: String, exponent: Int) {
    let text = value.description  // "1.702", "10000000.0", "1e-07", "2.5e+20"
    let parts = text.split(separator: "e", maxSplits: 1)
    let power = parts.count > 1 ? Int(parts[1].replacingOccurrences(of: "+", with: "")) ?? 0 : 0
    let mantissa = parts.first.map(String.init) ?? "0"
    let pieces = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let whole = pieces.first.map(String.init) ?? "0"
    let all = whole + (pieces.count > 1 ? String(pieces[1]) : "")
    let lead = all.prefix { $0 == "0" }.count
    var digits = String(all.dropFirst(lead))
    while digits.hasSuffix("0") { digits.removeLast() }
    guard !digits.isEmpty else { return ("0", 0) }
    return (digits, power + whole.count - 1 - lead)
  }

  /// `digits` (d₁d₂…) with the point placed for d₁·10^exponent, in plain decimal: ("25", −4)
  /// is "0.00025", ("1", 7) is "10000000", ("1702", 0) is "1.702".
  public static func decimal(digits: String, exponent: Int) -> String {
    if exponent < 0 { return "0." + String(repeating: "0", count: -exponent - 1) + digits }
    let whole = exponent + 1
    if digits.count <= whole { return digits + String(repeating: "0", count: whole - digits.count) }
    return String(digits.prefix(whole)) + "." + digits.dropFirst(whole)
  }
}
