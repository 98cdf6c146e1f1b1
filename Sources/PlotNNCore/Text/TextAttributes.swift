/// How one run of a ``RichText`` differs from the ``TextStyle`` it is drawn in.
///
/// Nil or empty means "as the style": a run with default attributes is set in the style's
/// families, size, weight and colour.
public struct TextAttributes: Sendable, Hashable {
  /// A superscript or subscript level.
  public enum Script: Sendable, Hashable {
    case superscript
    case `subscript`
  }

  /// Italic (`<i>`, `<span style="italic">`).
  public var italic: Bool
  /// Bold (`<b>`) or explicitly normal (`<span weight="normal">`); nil: the style's weight.
  public var bold: Bool?
  /// Set in the style's monospace families (`<tt>`).
  public var monospace: Bool
  /// A family set by name (`<span font_family="…">`), tried before the style's families.
  public var family: String?
  /// A colour of its own (`<span foreground="#RRGGBB">`); nil: the style's colour.
  public var color: Color?
  /// Script levels, outermost first (`<sup>x<sub>j</sub></sup>` gives [superscript,
  /// subscript] for the j). Each level is 70 % of its parent's size; a superscript rises
  /// 0.38 and a subscript drops 0.18 of the parent's size (``scriptMetrics(baseSize:)``).
  public var scripts: [Script]

  public init(
    italic: Bool = false, bold: Bool? = nil, monospace: Bool = false, family: String? = nil, color: Color? = nil,
    scripts: [Script] = []
  ) {
    self.italic = italic
    self.bold = bold
    self.monospace = monospace
    self.family = family
    self.color = color
    self.scripts = scripts
  }

  /// Size and baseline shift in points of a run at these script levels in text of
  /// `baseSize` points: each level is 70 % of its parent, a superscript rises 0.38 and a
  /// subscript drops 0.18 of its parent's size, the shifts summed over the levels (rise
  /// positive upwards). The conventional look at every depth: Pango 1.50's own
  /// `<sup>`/`<sub>` draw scripts larger than the text around them when the font size is
  /// absolute, as plotnn sets it.
  public func scriptMetrics(baseSize: Double) -> (size: Double, rise: Double) {
    var (size, rise) = (baseSize, 0.0)
    for script in scripts {
      rise += (script == .superscript ? 0.38 : -0.18) * size
      size *= 0.7
    }
    return (size, rise)
  }
}
