/// A length as an author writes it: a number and a unit, `3.25in`, `8cm`, `90mm`, `234pt`,
/// `640px` (or a bare `640`: CSS pixels, what sizes always meant).
///
/// Decision: the canvas unit is the typographic point, 1/72 inch (DESIGN.md, "Layers"), so
/// text keeps its point size at any physical size. A CSS pixel is 1/96 inch (CSS Values and
/// Units Level 3, 6.2: 1in = 96px = 72pt), 0.75 point: `640x480` is a 480 × 360 point canvas,
/// which a 96 dpi PNG shows as 640 × 480 pixels.
public struct Length: Sendable, Hashable {
  /// The units a size may be written in, with their size in points.
  public enum Unit: String, CaseIterable, Sendable {
    /// CSS pixel, 1/96 in: the unit of a bare number.
    case px
    /// Typographic (PostScript, TeX `bp`) point, 1/72 in: the canvas unit.
    case pt
    /// Inch, 72 points.
    case `in`
    /// Centimetre, 72/2.54 points.
    case cm
    /// Millimetre, 72/25.4 points.
    case mm

    /// Points in one unit.
    public var points: Double {
      switch self {
      case .px: 0.75
      case .pt: 1
      case .in: 72
      case .cm: 72 / 2.54
      case .mm: 72 / 25.4
      }
    }

    /// `px (CSS pixels, 1/96 in; a bare number), pt, in, cm, mm`: for messages.
    public static let listed = "px (CSS pixels, 1/96 in; the unit of a bare number), pt (1/72 in), in, cm, mm"
  }

  public var value: Double
  public var unit: Unit

  public init(_ value: Double, _ unit: Unit) {
    self.value = value
    self.unit = unit
  }

  /// The length in points (canvas units).
  public var points: Double { value * unit.points }

  /// `3.25in`, `640` for CSS pixels (a bare number), as ``init(text:)`` reads it.
  public var text: String { Check.format(value) + (unit == .px ? "" : unit.rawValue) }

  /// `3.25in`, `8cm`, `640px` or `640` (any case, blanks around ignored).
  public init(text: String) throws(SizeSyntaxError) {
    var scanner = SizeScanner(text)
    let length = try scanner.length(in: text, form: .length)
    guard scanner.atEnd else { throw SizeSyntaxError(text: text, form: .length, problem: .trailing) }
    self = length
  }
}
