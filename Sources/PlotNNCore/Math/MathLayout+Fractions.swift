extension MathLayout {
  /// A fraction (rule 15 with the MATH table): numerator raised by at least
  /// FractionNumeratorShiftUp (…DisplayStyleShiftUp in display style) and its bottom at least
  /// FractionNumeratorGapMin (…NumDisplayStyleGapMin) above the rule, which is
  /// FractionRuleThickness thick and centred on the axis; the denominator likewise below.
  /// Without a rule (`\binom`) the Stack constants, the gap shared equally. TeX's
  /// \nulldelimiterspace (1.2 pt at 10 pt, 0.12 em) on each side, or the delimiters at
  /// least \delim1 (display, 2.40 em) or \delim2 (1.01 em) tall.
  func fraction(_ f: MathFraction, style outer: MathStyle) -> MathBox {
    let style = f.style.map { MathStyle($0, cramped: outer.cramped) } ?? outer
    let display = style.level == .display
    let num = list(f.numerator, style: style.numerator)
    let den = list(f.denominator, style: style.denominator)
    let axis = c(.axisHeight, style)
    var u: Double
    var v: Double
    let thickness = f.hasRule ? c(.fractionRuleThickness, style) : 0
    if f.hasRule {
      u = c(display ? .fractionNumeratorDisplayStyleShiftUp : .fractionNumeratorShiftUp, style)
      v = c(display ? .fractionDenominatorDisplayStyleShiftDown : .fractionDenominatorShiftDown, style)
      let numGap = c(display ? .fractionNumDisplayStyleGapMin : .fractionNumeratorGapMin, style)
      let denGap = c(display ? .fractionDenomDisplayStyleGapMin : .fractionDenominatorGapMin, style)
      u = max(u, num.depth + numGap + axis + thickness / 2)
      v = max(v, den.height + denGap - axis + thickness / 2)
    } else {
      u = c(display ? .stackTopDisplayStyleShiftUp : .stackTopShiftUp, style)
      v = c(display ? .stackBottomDisplayStyleShiftDown : .stackBottomShiftDown, style)
      let gap = c(display ? .stackDisplayStyleGapMin : .stackGapMin, style)
      let actual = (u - num.depth) - (den.height - v)
      if actual < gap {
        u += (gap - actual) / 2
        v += (gap - actual) / 2
      }
    }
    let null = 0.12 * size  // \nulldelimiterspace is one length in every style
    let width = max(num.width, den.width)
    var box = MathBox(width: width)
    box.place(num, dx: (width - num.width) / 2, dy: -u)
    box.place(den, dx: (width - den.width) / 2, dy: v)
    if f.hasRule {
      box.items.append(.rule(x: 0, y: -(axis + thickness / 2), width: width, height: thickness))
      box.height = max(box.height, axis + thickness / 2)
    }
    guard !f.left.isEmpty || !f.right.isEmpty else {
      var out = MathBox.space(null)
      out.append(box)
      out.append(.space(null))
      return out
    }
    // TeX's \delim1 and \delim2 as luaotfload sets them for OpenType fonts, which have none:
    // FractionDelimiterDisplayStyleSize 2.40 em, FractionDelimiterSize 1.01 em.
    let target = (display ? 2.40 : 1.01) * styleSize(style)
    var out = delimiter(f.left, target: target, style: style)
    out.append(box)
    out.append(delimiter(f.right, target: target, style: style))
    return out
  }

  /// A radical (rule 11): the radicand cramped; the sign a vertical variant (or assembly)
  /// of √ at least radicand + RadicalVerticalGap (…DisplayStyleVerticalGap) +
  /// RadicalRuleThickness tall, any excess split above and below; the overbar
  /// RadicalRuleThickness thick, RadicalExtraAscender above it; a degree in scriptscript
  /// style, RadicalKernBeforeDegree before, RadicalKernAfterDegree after, its bottom
  /// RadicalDegreeBottomRaisePercent of the sign's height up.
  func radical(degree: [MathAtom]?, radicand: [MathAtom], style: MathStyle) -> MathBox {
    let body = list(radicand, style: style.crampedStyle)
    var gap = c(style.level == .display ? .radicalDisplayStyleVerticalGap : .radicalVerticalGap, style)
    let thickness = c(.radicalRuleThickness, style)
    let target = body.height + body.depth + gap + thickness
    let sign = stretched("√", to: target, style: style, vertical: true)
    let total = sign.height + sign.depth
    if total > target { gap += (total - target) / 2 }
    // The sign's top sits at the overbar's top.
    let top = body.height + gap + thickness
    let raise = top - sign.height
    var box = MathBox()
    if let degree {
      let index = list(degree, style: MathStyle(.scriptScript, cramped: true))
      let before = c(.radicalKernBeforeDegree, style)
      let after = c(.radicalKernAfterDegree, style)
      let up = font.constant(.radicalDegreeBottomRaisePercent) / 100 * total - (sign.depth - raise)
      box.append(.space(before))
      box.append(index, raised: up + index.depth)
      box.width = max(0, box.width + after)
    }
    box.append(sign, raised: raise)
    let x = box.width
    box.items.append(.rule(x: x, y: -top, width: body.width, height: thickness))
    box.place(body, dx: x, dy: 0)
    box.width = x + body.width
    box.height = max(box.height, top + c(.radicalExtraAscender, style))
    box.italicCorrection = 0
    return box
  }

  /// An accent (rule 12): the base cramped; the accent lowered by the base's height up to
  /// AccentBaseHeight (accent glyphs are drawn for a base that tall), centred on the base's
  /// top accent attachment (half its width unless the font gives one); a wide accent takes
  /// the first horizontal variant at least as wide as the base.
  func accent(_ accent: String, base atoms: [MathAtom], wide: Bool, style: MathStyle) -> MathBox {
    let base = list(atoms, style: style.crampedStyle)
    guard let scalar = accent.unicodeScalars.first else { return base }
    let k = scale(style)
    let glyph = font.glyph(for: scalar) ?? 0
    let mark = wide ? stretched(accent, to: base.width, style: style, vertical: false) : glyphBox(glyph, style: style)
    let markGlyph = mark.glyph ?? glyph
    let baseAttach = base.glyph.flatMap { font.topAccentAttachment(of: $0).map { $0 * k } } ?? base.width / 2
    let markAttach =
      (mark.items.count == 1 ? font.topAccentAttachment(of: markGlyph).map { $0 * k } : nil) ?? mark.width / 2
    let shift = max(0, base.height - c(.accentBaseHeight, style))
    var box = MathBox(width: base.width)
    box.place(base, dx: 0, dy: 0)
    box.place(mark, dx: baseAttach - markAttach, dy: -shift)
    box.italicCorrection = base.italicCorrection
    return box
  }

  /// `\overline` (rule 9: OverbarVerticalGap, OverbarRuleThickness, OverbarExtraAscender)
  /// or `\underline` (rule 10, the Underbar constants); the body cramped under a bar.
  func bar(_ atoms: [MathAtom], over: Bool, style: MathStyle) -> MathBox {
    let body = list(atoms, style: over ? style.crampedStyle : style)
    var box = body
    box.glyph = nil
    if over {
      let gap = c(.overbarVerticalGap, style)
      let t = c(.overbarRuleThickness, style)
      box.items.append(.rule(x: 0, y: -(body.height + gap + t), width: body.width, height: t))
      box.height = body.height + gap + t + c(.overbarExtraAscender, style)
    } else {
      let gap = c(.underbarVerticalGap, style)
      let t = c(.underbarRuleThickness, style)
      box.items.append(.rule(x: 0, y: body.depth + gap, width: body.width, height: t))
      box.depth = body.depth + gap + t + c(.underbarExtraDescender, style)
    }
    return box
  }
}
