/// How a text looks: size, colour, weight, and the font families it is set in, in fallback
/// order. The text itself is a ``RichText`` whose runs may change slant, weight, size and
/// family locally.
public struct TextStyle: Sendable, Hashable {
  /// Font size in points.
  public var size: Double
  public var color: Color
  public var bold: Bool
  /// Font family names in fallback order (a Pango family list), e.g. "DejaVu Sans" then
  /// "Noto Sans CJK SC" (``FontFamilies/running``).
  public var families: [String]
  /// Families for `<tt>` runs (``FontFamilies/fixed``).
  public var monospaceFamilies: [String]
  /// The OpenType MATH font `$…$` formulas are set in (``FontFamilies/math``).
  public var mathFamily: String

  public init(
    size: Double, color: Color, bold: Bool = false, families: [String] = FontFamilies.standard.running,
    monospaceFamilies: [String] = FontFamilies.standard.fixed, mathFamily: String = FontFamilies.standard.math
  ) {
    self.size = size
    self.color = color
    self.bold = bold
    self.families = families
    self.monospaceFamilies = monospaceFamilies
    self.mathFamily = mathFamily
  }

  /// The same style in another colour.
  public func with(color: Color) -> TextStyle {
    var copy = self
    copy.color = color
    return copy
  }
}
