import Testing

@testable import PlotNNCore

/// TeX's appendix G rules on the fake font (``FakeMathFont``, 10 pt: 1 unit = 0.01 pt in text
/// style, 0.007 pt in script, 0.005 pt in scriptscript). Each expected number is worked out
/// by hand from the font's constants in the comment beside it, not read from the layout.
@Suite struct MathLayoutTests {
  let eps = 1e-9

  /// Rule 18c: x² raises the 2 by SuperscriptShiftUp (360 → 3.6 pt), as it exceeds
  /// SuperscriptBottomMin (1.1 pt); the 2 is ScriptPercentScaleDown (70 %) of 10 pt; the
  /// box ends SpaceAfterScript (0.5 pt) after the script: 5 + 3.5 + 0.5.
  @Test func superscriptRaisedByShiftUpAndScaled() throws {
    let box = try fakeLayout("x^2")
    let two = try #require(box.glyph("2"))
    #expect(abs(two.y + 3.6) < eps)
    #expect(abs(two.size - 7) < eps)
    #expect(abs(two.x - 5) < eps)
    #expect(abs(box.width - 9) < eps)
  }

  /// Rule 18b: x_i lowers the i by SubscriptShiftDown (1.5 pt); its top (500 × 0.007 =
  /// 3.5 pt) minus SubscriptTopMax (4 pt) asks for less.
  @Test func subscriptLoweredByShiftDown() throws {
    let box = try fakeLayout("x_i")
    let i = try #require(box.glyph("𝑖"))
    #expect(abs(i.y - 1.5) < eps)
    #expect(abs(i.size - 7) < eps)
  }

  /// Rule 18e: x_i^2 with SubSuperscriptGapMin 100 (1 pt): u = 3.6, v = 1.5 leave a gap
  /// (3.6 − 0) − (3.5 − 1.5) = 1.6 pt, enough, so neither moves.
  @Test func bothScriptsKeepTheirShiftsWhenTheGapSuffices() throws {
    var font = FakeMathFont()
    font.constants[.subSuperscriptGapMin] = 100
    let box = MathLayout(font: font, size: 10).layout(try MathParser.parse("x_i^2"), style: MathStyle(.text))
    #expect(abs(try #require(box.glyph("2")).y + 3.6) < eps)
    #expect(abs(try #require(box.glyph("𝑖")).y - 1.5) < eps)
  }

  /// With SubSuperscriptGapMin 300 (3 pt), the 1.6 pt gap is widened by lowering the
  /// subscript 1.4 (v = 2.9), then SuperscriptBottomMaxWithSubscript (4 pt) lifts the
  /// superscript's bottom 0.4 and the subscript with it: u = 4.0, v = 2.5, the gap 3 pt.
  @Test func subSuperscriptGapIsKept() throws {
    var font = FakeMathFont()
    font.constants[.subSuperscriptGapMin] = 300
    let box = MathLayout(font: font, size: 10).layout(try MathParser.parse("x_i^2"), style: MathStyle(.text))
    let u = -(try #require(box.glyph("2")).y)
    let v = try #require(box.glyph("𝑖")).y
    #expect(abs(u - 4.0) < eps && abs(v - 2.5) < eps)
    #expect((u - 0) - (3.5 - v) >= 3 - eps)
  }

  /// Cramped styles: in a denominator (script, cramped) x² raises the 2 by
  /// SuperscriptShiftUpCramped at script size: 290 × 0.007 = 2.03 pt above the x.
  @Test func crampedSuperscriptInDenominator() throws {
    let box = try fakeLayout("\\frac{1}{x^2}")
    let x = try #require(box.glyph("𝑥"))
    let two = try #require(box.glyph("2"))
    #expect(abs((x.y - two.y) - 2.03) < eps)
    #expect(abs(two.size - 5) < eps)
  }

  /// Rule 15 in display style: numerator up FractionNumeratorDisplayStyleShiftUp (6.8 pt),
  /// denominator down …DisplayStyleShiftDown (6.9), both beyond the gap minimums; the rule
  /// FractionRuleThickness (0.4) centred on the axis (2.5): top at −2.7; TeX's null delimiter
  /// space 1.2 pt before.
  @Test func displayFractionShiftsAndRule() throws {
    let box = try fakeLayout("\\frac{1}{2}", .display)
    #expect(abs(try #require(box.glyph("1")).y + 6.8) < eps)
    #expect(abs(try #require(box.glyph("2")).y - 6.9) < eps)
    let rule = try #require(box.rules.first)
    #expect(abs(rule.y + 2.7) < eps && abs(rule.height - 0.4) < eps)
    #expect(abs(rule.x - 1.2) < eps && abs(rule.width - 5) < eps)
  }

  /// A numerator with depth: x_i in script style hangs 1.05 pt (SubscriptShiftDown × 0.007
  /// = 1.05), so FractionNumeratorGapMin (0.4) over the rule's top (2.5 + 0.2) puts its
  /// baseline at 1.05 + 0.4 + 2.7 = 4.15 pt, above FractionNumeratorShiftUp (3.9).
  @Test func numeratorGapMinimumWins() throws {
    let box = try fakeLayout("\\frac{x_i}{2}")
    let x = try #require(box.glyph("𝑥"))
    #expect(abs(x.y + 4.15) < eps)
    let rule = try #require(box.rules.first)
    #expect(rule.y - (x.y + 1.05) >= 0.4 - eps)
  }

  /// \binom in display style: no rule; the Stack shifts (6.8 up, 6.9 down); parentheses at
  /// least \delim1 = 2.40 em = 24 pt (luaotfload's value): the 25 pt variant of '('.
  @Test func binomialStacksWithoutRule() throws {
    let box = try fakeLayout("\\binom{n}{k}", .display)
    #expect(box.rules.isEmpty)
    #expect(abs(try #require(box.glyph("𝑛")).y + 6.8) < eps)
    #expect(abs(try #require(box.glyph("𝑘")).y - 6.9) < eps)
    #expect(box.glyphs.contains { $0.id == FakeMathFont.variantBase + 2500 })
  }

  /// TeX's spacing table: a+b has medium spaces (4 mu = 4/18 em = 2.2̅ pt), a=b thick ones
  /// (5 mu), a unary minus none (bin becomes ord), and scripts none at all.
  @Test func interAtomSpacing() throws {
    let plus = try fakeLayout("a+b")
    #expect(abs(try #require(plus.glyph("𝑏")).x - (10 + 8.0 / 1.8)) < eps)
    let rel = try fakeLayout("a=b")
    #expect(abs(try #require(rel.glyph("𝑏")).x - (10 + 10.0 / 1.8)) < eps)
    let unary = try fakeLayout("-b")
    #expect(abs(try #require(unary.glyph("𝑏")).x - 5) < eps)
    let script = try fakeLayout("x^{a+b}")
    #expect(abs(try #require(script.glyph("𝑏")).x - (5 + 7)) < eps)
    let thin = try fakeLayout("a\\,b")
    #expect(abs(try #require(thin.glyph("𝑏")).x - (5 + 3.0 / 1.8)) < eps)
  }

  /// Script sizes: x^{y^z} at 10, 7 (ScriptPercentScaleDown) and 5 pt (ScriptScript…).
  @Test func nestedScriptSizes() throws {
    let box = try fakeLayout("x^{y^z}")
    #expect(try #require(box.glyph("𝑥")).size == 10)
    #expect(abs(try #require(box.glyph("𝑦")).size - 7) < eps)
    #expect(abs(try #require(box.glyph("𝑧")).size - 5) < eps)
  }

  /// Rule 11: √x: radicand 5 pt tall needs 5 + 0.5 (RadicalVerticalGap) + 0.4
  /// (RadicalRuleThickness) = 5.9 pt of sign; the base √ is 10 pt, the 4.1 pt excess split:
  /// gap 2.55, so the bar (0.4 thick) tops at 5 + 2.55 + 0.4 = 7.95 pt, after the 5 pt sign;
  /// RadicalExtraAscender (0.4) above.
  @Test func radicalBarAndGap() throws {
    let box = try fakeLayout("\\sqrt{x}")
    let bar = try #require(box.rules.first)
    #expect(abs(bar.height - 0.4) < eps)
    #expect(abs(bar.y + 7.95) < eps)
    #expect(abs(bar.x - 5) < eps && abs(bar.width - 5) < eps)
    #expect(abs(box.height - 8.35) < eps)
    #expect(-(bar.y + bar.height) - 5 >= 0.5 - eps)
  }

  /// Rule 13: a display ∑ takes its first variant at least DisplayOperatorMinHeight (13 pt)
  /// tall: the 14 pt one, centred on the axis (9.5 up, 4.5 down); limits at script size: n's
  /// baseline UpperLimitBaselineRiseMin (3 pt) over its top (−12.5), "i=1" (4.9 pt tall)
  /// LowerLimitGapMin (1.7) + 4.9 = 6.6 under its bottom (11.1).
  @Test func displayOperatorVariantAndLimits() throws {
    let box = try fakeLayout("\\sum_{i=1}^n x", .display)
    let big = try #require(box.glyphs.first { $0.id == FakeMathFont.variantBase + 1400 })
    #expect(abs(big.y) < eps)
    #expect(abs(try #require(box.glyph("𝑛")).y + 12.5) < eps)
    #expect(abs(try #require(box.glyph("𝑖")).y - 11.1) < eps)
    let text = try fakeLayout("\\sum_{i=1}^n x", .text)
    #expect(text.glyph("∑") != nil)
    let i = try #require(text.glyph("𝑖"))
    let sum = try #require(text.glyph("∑"))
    #expect(i.x > sum.x + 4)
  }

  /// Rule 19: \left( around a display fraction (13.8 pt up, 6.9 down, so δ = 11.3 about the
  /// axis) needs max(2δ · 0.901, 2δ − 5 pt) = 20.36 pt: the 25 pt variant; one taller than
  /// every variant is assembled from parts covering at least the target.
  @Test func delimitersGrowToTheirContent() throws {
    let box = try fakeLayout("\\left( \\frac{1}{2} \\right)", .display)
    #expect(box.glyphs.filter { $0.id == FakeMathFont.variantBase + 2500 }.count == 1)
    let tall = try fakeLayout("\\left( \\begin{matrix} a\\\\b\\\\c\\\\d\\\\e \\end{matrix} \\right.", .display)
    let parts = tall.glyphs.filter { $0.id == FakeMathFont.variantBase + 1000 }
    #expect(parts.count >= 3)
    let span = (parts.map(\.y).max() ?? 0) - (parts.map(\.y).min() ?? 0) + 10
    #expect(span >= 5 * 12 * 0.901 - 5)
  }

  /// Rule 12: \hat{x} lowers the accent by the base's height up to AccentBaseHeight: x is
  /// 5 pt, AccentBaseHeight 4.5, so the accent's origin sits 0.5 pt up.
  @Test func accentShift() throws {
    let box = try fakeLayout("\\hat{x}")
    #expect(abs(try #require(box.glyph("\u{302}")).y + 0.5) < eps)
  }

  /// Rule 9: \overline{x}: a rule OverbarRuleThickness (0.4) thick OverbarVerticalGap (1.2)
  /// over the x (5 pt), OverbarExtraAscender (0.4) above: height 7.
  @Test func overlineRule() throws {
    let box = try fakeLayout("\\overline{x}")
    let rule = try #require(box.rules.first)
    #expect(abs(rule.y + 6.6) < eps && abs(rule.height - 0.4) < eps)
    #expect(abs(box.height - 7) < eps)
  }

  /// cases: rows at least a 1.2 × (0.84 + 0.36) em strut apart (14.4 pt at 10 pt), first
  /// column left-aligned, a brace before.
  @Test func casesRowsAndAlignment() throws {
    let box = try fakeLayout("\\begin{cases} 1 & a \\\\ 22 & b \\end{cases}")
    let one = try #require(box.glyph("1"))
    let two = try #require(box.glyph("2"))
    #expect(abs(one.x - two.x) < eps)
    #expect(abs((two.y - one.y) - 14.4) < eps)
    #expect(box.glyphs.contains { $0.id == 0x7B || $0.id > FakeMathFont.variantBase } || box.glyph("{") != nil)
  }
}
