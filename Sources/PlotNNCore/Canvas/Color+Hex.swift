extension Color {
  /// A colour written as CSS and matplotlib write hex colours: `#RRGGBB`, `#RGB` (each digit
  /// doubled) or `#RRGGBBAA` (with alpha), digits in either case; nil for anything else.
  ///
  /// Decision: hex only, no colour names: a name list (CSS has 148, matplotlib's differ in
  /// places, `grey` vs `gray`) is a second vocabulary to learn and to keep in step, while
  /// every colour picker, style guide and journal gives hex.
  public init?(hexText text: String) {
    guard text.hasPrefix("#") else { return nil }
    let digits = Array(text.dropFirst())
    guard [3, 6, 8].contains(digits.count), digits.allSatisfy(\.isHexDigit) else { return nil }
    let full = digits.count == 3 ? digits.flatMap { [$0, $0] } : digits
    guard let value = UInt32(String(full), radix: 16) else { return nil }
    if full.count == 8 {
      self.init(hex: value >> 8, alpha: Double(value & 0xFF) / 255)
    } else {
      self.init(hex: value)
    }
  }

  /// `#RRGGBB` (with `AA` appended when not opaque), upper case.
  public var hexText: String {
    let channel = { (v: Double) in
      let byte = Int((min(max(v, 0), 1) * 255).rounded())
      let s = String(byte, radix: 16, uppercase: true)
      return s.count == 1 ? "0" + s : s
    }
    return "#" + channel(red) + channel(green) + channel(blue) + (alpha < 1 ? channel(alpha) : "")
  }
}
