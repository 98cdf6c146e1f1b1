import PlotNNCore

/// A made-up math font for layout tests: 1000 units an em, every constant a distinct
/// round number the tests choose, each character its own glyph (id = code point), 500
/// units wide; letters 500 tall, digits and capitals 700, delimiters 750 up and 250 down.
/// '(' has three larger vertical variants (1500, 2500, 3500 units tall, ids 0x200000 + n) and
/// an assembly; '√' two variants; '∑' one display variant 1400 tall.
struct FakeMathFont: MathFontMetrics {
  var constants: [MathConstant: Double] = [
    .scriptPercentScaleDown: 70, .scriptScriptPercentScaleDown: 50, .axisHeight: 250, .accentBaseHeight: 450,
    .subscriptShiftDown: 150, .subscriptTopMax: 400, .subscriptBaselineDropMin: 50, .superscriptShiftUp: 360,
    .superscriptShiftUpCramped: 290, .superscriptBottomMin: 110, .superscriptBaselineDropMax: 250,
    .subSuperscriptGapMin: 160, .superscriptBottomMaxWithSubscript: 400, .spaceAfterScript: 50,
    .upperLimitGapMin: 200, .upperLimitBaselineRiseMin: 300, .lowerLimitGapMin: 170, .lowerLimitBaselineDropMin: 600,
    .stackTopShiftUp: 440, .stackTopDisplayStyleShiftUp: 680, .stackBottomShiftDown: 340,
    .stackBottomDisplayStyleShiftDown: 690, .stackGapMin: 120, .stackDisplayStyleGapMin: 280,
    .fractionNumeratorShiftUp: 390, .fractionNumeratorDisplayStyleShiftUp: 680,
    .fractionDenominatorShiftDown: 340, .fractionDenominatorDisplayStyleShiftDown: 690,
    .fractionNumeratorGapMin: 40, .fractionNumDisplayStyleGapMin: 120, .fractionRuleThickness: 40,
    .fractionDenominatorGapMin: 40, .fractionDenomDisplayStyleGapMin: 120, .overbarVerticalGap: 120,
    .overbarRuleThickness: 40, .overbarExtraAscender: 40, .underbarVerticalGap: 120, .underbarRuleThickness: 40,
    .underbarExtraDescender: 40, .radicalVerticalGap: 50, .radicalDisplayStyleVerticalGap: 150,
    .radicalRuleThickness: 40, .radicalExtraAscender: 40, .radicalKernBeforeDegree: 280,
    .radicalKernAfterDegree: -550, .radicalDegreeBottomRaisePercent: 60, .displayOperatorMinHeight: 1300,
    .delimitedSubFormulaMinHeight: 1300,
  ]

  var unitsPerEm: Double { 1000 }
  func constant(_ c: MathConstant) -> Double { constants[c] ?? 0 }
  func glyph(for scalar: Unicode.Scalar) -> UInt32? { scalar.value }
  func advance(of glyph: UInt32) -> Double { 500 }

  static let variantBase: UInt32 = 0x20_0000

  func bounds(of glyph: UInt32) -> GlyphBounds {
    if glyph >= Self.variantBase {
      let tall = Double(glyph - Self.variantBase)
      return GlyphBounds(left: 0, right: 500, bottom: -tall / 2 + 250, top: tall / 2 + 250)
    }
    guard let scalar = Unicode.Scalar(glyph) else { return GlyphBounds(left: 0, right: 0, bottom: 0, top: 0) }
    let c = Character(scalar)
    if "()[]{}|√∑".contains(c) { return GlyphBounds(left: 50, right: 450, bottom: -250, top: 750) }
    let tall = (0x30...0x39).contains(glyph) || (0x41...0x5A).contains(glyph) || (0x1D434...0x1D44D).contains(glyph)
    if tall { return GlyphBounds(left: 50, right: 450, bottom: 0, top: 700) }
    return GlyphBounds(left: 50, right: 450, bottom: 0, top: 500)
  }

  func italicCorrection(of glyph: UInt32) -> Double { glyph == 0x1D453 ? 100 : 0 }  // 𝑓
  func topAccentAttachment(of glyph: UInt32) -> Double? { nil }
  func kern(of glyph: UInt32, corner: MathKernCorner, height: Double) -> Double { 0 }

  func variants(of glyph: UInt32, vertical: Bool) -> [(glyph: UInt32, advance: Double)] {
    guard vertical else { return [(glyph, 500)] }
    switch glyph {
    case 0x28: return [(glyph, 1000)] + [1500, 2500, 3500].map { (Self.variantBase + UInt32($0), Double($0)) }
    case 0x221A: return [(glyph, 1000), (Self.variantBase + 1800, 1800), (Self.variantBase + 2600, 2600)]
    case 0x2211: return [(glyph, 1000), (Self.variantBase + 1400, 1400)]
    default: return [(glyph, 1000)]
    }
  }

  func assembly(of glyph: UInt32, vertical: Bool) -> MathAssembly? {
    guard vertical, glyph == 0x28 else { return nil }
    let part = { (g: UInt32, extender: Bool) in
      MathAssembly.Part(glyph: g, startConnector: 200, endConnector: 200, fullAdvance: 1000, isExtender: extender)
    }
    return MathAssembly(
      parts: [
        part(Self.variantBase + 1000, false), part(Self.variantBase + 1000, true), part(Self.variantBase + 1000, false),
      ], italicCorrection: 0)
  }

  func minConnectorOverlap(vertical: Bool) -> Double { 100 }
}

/// Helpers to read a laid-out box in tests.
extension MathBox {
  /// The glyph items: id, size, x, y.
  var glyphs: [(id: UInt32, size: Double, x: Double, y: Double)] {
    items.compactMap { if case .glyph(let g, let s, let x, let y) = $0 { (g, s, x, y) } else { nil } }
  }
  /// The rule items.
  var rules: [(x: Double, y: Double, width: Double, height: Double)] {
    items.compactMap { if case .rule(let x, let y, let w, let h) = $0 { (x, y, w, h) } else { nil } }
  }
  /// The first glyph of character `c`.
  func glyph(_ c: Character) -> (id: UInt32, size: Double, x: Double, y: Double)? {
    guard let v = c.unicodeScalars.first?.value else { return nil }
    return glyphs.first { $0.id == v }
  }
}

/// Lays out `tex` with the fake font at 10 pt (1 design unit = 0.01 pt at text size).
func fakeLayout(_ tex: String, _ level: MathStyle.Level = .text) throws -> MathBox {
  MathLayout(font: FakeMathFont(), size: 10).layout(try MathParser.parse(tex), style: MathStyle(level))
}
