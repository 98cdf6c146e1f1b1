import Foundation

/// The rules about a style sheet's values, one each, naming the key at fault as a style
/// file writes it (`font-size`, `fonts.text`, `line-widths.curve`): the library, the CLI
/// (`--font-size`, `--font`) and style files refuse the same values with the same words.
extension StyleSheet {
  /// Base font sizes allowed, in points (a 4 pt tick label is still legible in print).
  public static let fontSizes = 4.0...96.0
  /// ``Style/headingScale`` allowed: 0 (all text one size) to 3 (titles twice the base).
  public static let headingScales = 0.0...3.0
  /// Widths allowed, in points: half an inch to the largest figure side.
  public static let widths = 36.0...FigureSpec.maximumSide
  /// Width over height allowed.
  public static let aspects = 0.1...10.0
  /// Line widths allowed, in points.
  public static let lineWidths = 0.05...20.0
  /// Margins allowed, in points.
  public static let margins = 0.0...200.0
  /// Most palette colours and most dash patterns in one cycle.
  public static let maximumColors = 64
  public static let maximumPatterns = 8
  /// Most lengths in one dash pattern, and the longest dash or gap, in points.
  public static let maximumDashLengths = 16
  public static let maximumDash = 100.0
  /// Longest family name, in characters.
  public static let maximumFamilyLength = 200

  /// The first broken rule, as a ``FigureSpecError`` whose field is the key.
  public func validate() throws(FigureSpecError) {
    for (key, family) in [
      ("fonts.text", fonts.text), ("fonts.cjk", fonts.cjk), ("fonts.math", fonts.math),
      ("fonts.monospace", fonts.monospace),
    ] {
      if let family { try Self.checkFamily(family, key) }
    }
    try FieldRules.within(fontSize, Self.fontSizes, "font-size")
    try FieldRules.within(headingScale, Self.headingScales, "heading-scale")
    try FieldRules.within(width, Self.widths, "width")
    try FieldRules.within(aspect, Self.aspects, "aspect")
    for (key, value) in [
      ("line-widths.curve", curveWidth), ("line-widths.axis", axisWidth), ("line-widths.grid", gridWidth),
    ] {
      try FieldRules.within(value, Self.lineWidths, key)
    }
    try FieldRules.within(margin, Self.margins, "margin")
    if let palette, !(1...Self.maximumColors).contains(palette.count) {
      throw .value("palette", "must hold 1 to \(Self.maximumColors) colours (got \(palette.count))")
    }
    for (key, patterns) in [("dashes.functions", functionDashes), ("dashes.derivatives", derivativeDashes)] {
      if let patterns { try Self.checkDashes(patterns, key) }
    }
  }

  /// A family name Pango can take as one name: no comma (Pango reads "A, B" as two
  /// families), no control characters, 1 to ``maximumFamilyLength`` characters. Whether it
  /// is installed is the renderer's check (PlotNNCairo's `FontCatalog`).
  static func checkFamily(_ family: String, _ key: String) throws(FigureSpecError) {
    let trimmed = family.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty, trimmed.count <= Self.maximumFamilyLength else {
      throw .value(key, "must be a font family name of 1 to \(Self.maximumFamilyLength) characters (got '\(family)')")
    }
    guard !family.contains(","), !family.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
    else {
      throw .value(key, "must be one family name, without commas or control characters (got '\(family)')")
    }
  }

  /// Each pattern solid (empty) or an even number of dash and gap lengths, finite, from 0
  /// to ``maximumDash`` points, not all 0.
  static func checkDashes(_ patterns: [[Double]], _ key: String) throws(FigureSpecError) {
    guard (1...Self.maximumPatterns).contains(patterns.count) else {
      throw .value(key, "must hold 1 to \(Self.maximumPatterns) dash patterns (got \(patterns.count))")
    }
    for pattern in patterns where !pattern.isEmpty {
      guard pattern.count % 2 == 0, pattern.count <= Self.maximumDashLengths,
        pattern.allSatisfy({ $0.isFinite && $0 >= 0 && $0 <= Self.maximumDash }), pattern.contains(where: { $0 > 0 })
      else {
        throw .value(
          key,
          "patterns must be [] (solid) or 2 to \(Self.maximumDashLengths) dash and gap lengths, an even number, "
            + "each from 0 to \(Self.maximumDash) points and not all 0 (got [\(pattern.map(Check.format).joined(separator: ", "))])"
        )
      }
    }
  }
}
