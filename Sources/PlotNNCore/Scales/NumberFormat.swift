import Foundation

/// How figures write numbers, in one place.
///
/// Convention: every minus sign is U+2212 MINUS SIGN, never the ASCII hyphen-minus
/// (matplotlib's `axes.unicode_minus`), in values and in exponents alike ("−2.5", "1e−05").
/// Digits come from C's printf formats, which `String(format:)` applies without a locale, so
/// the decimal separator is "." in every locale. Infinities are "∞" and "−∞".
public enum NumberFormat {
  /// U+2212, the minus sign of every number a figure prints.
  public static let minusSign = "\u{2212}"

  /// `text` with every ASCII hyphen-minus replaced by ``minusSign``.
  public static func minus(_ text: String) -> String {
    text.replacingOccurrences(of: "-", with: minusSign)
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
    minus(String(format: "%.\(max(digits, 1))g", value))
  }

  /// `value` with exactly `decimals` decimals (`%.{decimals}f`); a value that rounds to
  /// zero is written without a sign (never "−0.0").
  public static func fixed(_ value: Double, decimals: Int) -> String {
    if let text = nonFinite(value) { return text }
    var text = String(format: "%.\(max(decimals, 0))f", value)
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
    let text = String(format: "%.\(max(decimals, 0))e", value)
    guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }),
      let exponent = Int(text[text.index(after: e)...].replacingOccurrences(of: "+", with: ""))
    else { return minus(text) }
    let superscripts: [Character: Character] = [
      "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "-": "⁻",
    ]
    let power = String(String(exponent).map { superscripts[$0] ?? $0 })
    return minus(String(text[..<e])) + "×10" + power
  }
}
