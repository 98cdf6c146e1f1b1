/// What math layout needs from a font: the OpenType MATH table and glyph metrics, in the
/// font's design units (``unitsPerEm`` to the em). ``MathLayout`` scales them to points.
///
/// PlotNNCairo implements it with HarfBuzz (`hb_ot_math_*`); tests use a fake font whose
/// numbers they choose. Vertical values are positive up (as in the font), ink bounds are
/// those of the glyph outline.
public protocol MathFontMetrics {
  var unitsPerEm: Double { get }
  /// A MATH constant; the two percent constants (`scriptPercentScaleDown`, …) as percents.
  func constant(_ c: MathConstant) -> Double
  /// The font's glyph for a character, nil when it has none.
  func glyph(for scalar: Unicode.Scalar) -> UInt32?
  func advance(of glyph: UInt32) -> Double
  /// Ink bounds: left, right, bottom (negative below the baseline), top.
  func bounds(of glyph: UInt32) -> GlyphBounds
  func italicCorrection(of glyph: UInt32) -> Double
  /// The top accent attachment x, nil when the font gives none (then half the advance).
  func topAccentAttachment(of glyph: UInt32) -> Double?
  /// The math kern at a corner at `height` (above the baseline).
  func kern(of glyph: UInt32, corner: MathKernCorner, height: Double) -> Double
  /// Larger forms of `glyph` in the given direction, the glyph itself first, with their
  /// advance along that direction.
  func variants(of glyph: UInt32, vertical: Bool) -> [(glyph: UInt32, advance: Double)]
  /// The parts to build an arbitrarily large `glyph`, nil when it has none.
  func assembly(of glyph: UInt32, vertical: Bool) -> MathAssembly?
  /// The minimum overlap of assembly parts.
  func minConnectorOverlap(vertical: Bool) -> Double
  /// The glyph for a character in a script (`level` 1) or scriptscript (2) style: the
  /// font's `ssty` alternate (optical script forms), else the plain glyph.
  func glyph(for scalar: Unicode.Scalar, scriptLevel level: Int) -> UInt32?
  /// Text set in the surrounding text font at `size` points in `face` (`\text{}`, function
  /// names, `\mathbf`): its advance, and its ink height and depth; nil to set it from the
  /// math font.
  func measureText(_ text: String, size: Double, face: MathTextFace) -> (width: Double, height: Double, depth: Double)?
}

extension MathFontMetrics {
  public func glyph(for scalar: Unicode.Scalar, scriptLevel level: Int) -> UInt32? { glyph(for: scalar) }
  public func measureText(_ text: String, size: Double, face: MathTextFace) -> (
    width: Double, height: Double, depth: Double
  )? { nil }
}

/// A glyph's ink box in design units.
public struct GlyphBounds: Sendable, Hashable {
  public var left, right, bottom, top: Double
  public init(left: Double, right: Double, bottom: Double, top: Double) {
    (self.left, self.right, self.bottom, self.top) = (left, right, bottom, top)
  }
}

public enum MathKernCorner: Int, Sendable { case topRight, topLeft, bottomRight, bottomLeft }

/// A glyph assembly (OpenType MATH GlyphAssembly): parts from bottom (or left) up.
public struct MathAssembly: Sendable, Hashable {
  public struct Part: Sendable, Hashable {
    public var glyph: UInt32
    public var startConnector, endConnector, fullAdvance: Double
    public var isExtender: Bool
    public init(glyph: UInt32, startConnector: Double, endConnector: Double, fullAdvance: Double, isExtender: Bool) {
      self.glyph = glyph
      self.startConnector = startConnector
      self.endConnector = endConnector
      self.fullAdvance = fullAdvance
      self.isExtender = isExtender
    }
  }
  public var parts: [Part]
  public var italicCorrection: Double
  public init(parts: [Part], italicCorrection: Double) {
    self.parts = parts
    self.italicCorrection = italicCorrection
  }
}

/// The OpenType MATH constants, in the order of the table and of HarfBuzz's
/// `hb_ot_math_constant_t` (so the raw value is HarfBuzz's).
public enum MathConstant: Int, Sendable, CaseIterable {
  case scriptPercentScaleDown, scriptScriptPercentScaleDown, delimitedSubFormulaMinHeight,
    displayOperatorMinHeight, mathLeading, axisHeight, accentBaseHeight, flattenedAccentBaseHeight,
    subscriptShiftDown, subscriptTopMax, subscriptBaselineDropMin, superscriptShiftUp, superscriptShiftUpCramped,
    superscriptBottomMin, superscriptBaselineDropMax, subSuperscriptGapMin, superscriptBottomMaxWithSubscript,
    spaceAfterScript, upperLimitGapMin, upperLimitBaselineRiseMin, lowerLimitGapMin, lowerLimitBaselineDropMin,
    stackTopShiftUp, stackTopDisplayStyleShiftUp, stackBottomShiftDown, stackBottomDisplayStyleShiftDown,
    stackGapMin, stackDisplayStyleGapMin, stretchStackTopShiftUp, stretchStackBottomShiftDown,
    stretchStackGapAboveMin, stretchStackGapBelowMin, fractionNumeratorShiftUp,
    fractionNumeratorDisplayStyleShiftUp, fractionDenominatorShiftDown, fractionDenominatorDisplayStyleShiftDown,
    fractionNumeratorGapMin, fractionNumDisplayStyleGapMin, fractionRuleThickness, fractionDenominatorGapMin,
    fractionDenomDisplayStyleGapMin, skewedFractionHorizontalGap, skewedFractionVerticalGap, overbarVerticalGap,
    overbarRuleThickness, overbarExtraAscender, underbarVerticalGap, underbarRuleThickness,
    underbarExtraDescender, radicalVerticalGap, radicalDisplayStyleVerticalGap, radicalRuleThickness,
    radicalExtraAscender, radicalKernBeforeDegree, radicalKernAfterDegree, radicalDegreeBottomRaisePercent
}
