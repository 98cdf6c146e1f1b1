import Foundation

/// Tick labels for one axis, as rich text.
///
/// Fixed notation, after matplotlib's `ScalarFormatter._set_format`: every label of the axis
/// gets the same number of decimals, the fewest with which each tick is written exactly
/// (0, 0.5, 1 → "0.0", "0.5", "1.0"; −10, 0, 10 → "−10", "0", "10"). "Exactly" allows float
/// noise of 1e-9 of the ticks' range (of the largest |tick| for a single tick), so
/// 0.30000000000000004 still reads "0.3" (matplotlib allows 1e-3 of the range's power of ten).
///
/// Negative numbers use the real minus sign U+2212 (``NumberFormat``), as matplotlib's `axes.unicode_minus`;
/// a value that rounds to zero is written without a sign (never "−0" or "−0.0").
///
/// Scientific notation when the largest |tick| is ≥ 1e5 or, not counting 0, < 1e-4: each
/// label is mantissa×10 with the exponent as a superscript (1×10⁶, 2.5×10⁻⁷), the
/// mantissas sharing the fewest decimals that write every tick exactly (same tolerance), and
/// 0 is "0". matplotlib instead keeps
/// plain labels and draws one offset/multiplier text ("1e6") at the end of the axis; we write
/// the power of ten in every label because then each label is correct read on its own, and
/// the chart layout needs no extra text box whose place depends on the axis side.
public struct TickFormatter: Sendable {
  /// Decimals of every fixed label, or of every mantissa in scientific notation.
  public let decimals: Int
  /// Whether labels are written as mantissa × 10^exponent.
  public let scientific: Bool

  /// The formatter for an axis with these `ticks` (non-finite values are ignored).
  public init(ticks: [Double]) {
    let finite = ticks.filter(\.isFinite)
    let largest = finite.map(abs).max() ?? 0
    scientific = largest >= 1e5 || (largest > 0 && largest < 1e-4)
    var range = (finite.max() ?? 0) - (finite.min() ?? 0)
    if range == 0 { range = largest }
    if range == 0 { range = 1 }
    let tolerance = 1e-9 * range
    decimals = Self.fewestDecimals(style: scientific ? "e" : "f") { value in
      finite.allSatisfy { abs(value($0) - $0) <= tolerance }
    }
  }

  /// The label of `value`, e.g. "0.5", "−2", "1.5×10" with a superscript "6".
  public func label(_ value: Double) -> RichText {
    if let text = NumberFormat.nonFinite(value) { return .plain(text) }
    if scientific {
      if value == 0 { return .plain("0") }
      let text = String(format: "%.\(decimals)e", value)
      guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else {
        return .plain(NumberFormat.minus(text))
      }
      let mantissa = String(text[..<e])
      let exponent = Int(text[text.index(after: e)...].replacingOccurrences(of: "+", with: "")) ?? 0
      return .plain(NumberFormat.minus(mantissa) + "×10")
        + RichText.plain(NumberFormat.minus(String(exponent))).scripted(.superscript)
    }
    return .plain(NumberFormat.fixed(value, decimals: decimals))
  }

  /// The fewest decimals, 0 through 17, with which formatting in `style` ("f" or "e")
  /// satisfies `exact`, given the round trip value ↦ Double(formatted value).
  static func fewestDecimals(style: String, exact: ((Double) -> Double) -> Bool) -> Int {
    for places in 0..<17 {
      let format = "%.\(places)\(style)"
      if exact({ Double(String(format: format, $0)) ?? .nan }) { return places }
    }
    return 17
  }
}
