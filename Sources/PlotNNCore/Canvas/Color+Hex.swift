import Foundation

extension Color {
  /// A colour written as CSS and matplotlib write hex colours: `#RRGGBB`, `#RGB` (each digit
  /// doubled) or `#RRGGBBAA` (with alpha), digits in either case, and `#RRGGBB/0.88` or
  /// `#RGB/0.88` (an opacity from 0 to 1 after the slash); blanks around ignored, nil for
  /// anything else. Style files, manifests and `--colors` all read colours with this one
  /// parser.
  ///
  /// Decision: hex only, no colour names: a name list (CSS has 148, matplotlib's differ in
  /// places, `grey` vs `gray`) is a second vocabulary to learn and to keep in step, while
  /// every colour picker, style guide and journal gives hex. The slash form exists so that
  /// every colour a style holds prints and reads back exactly (``text``): an alpha of 0.88
  /// has no exact two-digit hex form.
  public init?(text: String) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    var hexPart = Substring(trimmed)
    var opacity: Double?
    if let slash = trimmed.firstIndex(of: "/") {
      hexPart = trimmed[..<slash]
      guard let a = Double(trimmed[trimmed.index(after: slash)...].trimmingCharacters(in: .whitespaces)),
        a >= 0, a <= 1
      else { return nil }
      opacity = a
    }
    guard hexPart.hasPrefix("#") else { return nil }
    let digits = Array(hexPart.dropFirst())
    guard [3, 6].contains(digits.count) || (digits.count == 8 && opacity == nil), digits.allSatisfy(\.isHexDigit)
    else { return nil }
    let full = digits.count == 3 ? digits.flatMap { [$0, $0] } : digits
    guard let value = UInt64(String(full), radix: 16) else { return nil }
    if full.count == 8 {
      self.init(hex: UInt32(value >> 8), alpha: Double(value & 0xFF) / 255)
    } else {
      self.init(hex: UInt32(value), alpha: opacity ?? 1)
    }
  }

  /// `#1A1A1A`, or `#FFFFFF/0.88` with an opacity: the form ``init(text:)`` reads. Components
  /// are written as the nearest 8-bit value, digits upper case.
  public var text: String {
    let byte = { (v: Double) in UInt32((min(max(v, 0), 1) * 255).rounded()) }
    let hex = (byte(red) << 16) | (byte(green) << 8) | byte(blue)
    let digits = String(hex, radix: 16, uppercase: true)
    let rgb = "#" + String(repeating: "0", count: 6 - digits.count) + digits
    return alpha == 1 ? rgb : rgb + "/" + Check.format(alpha)
  }
}
