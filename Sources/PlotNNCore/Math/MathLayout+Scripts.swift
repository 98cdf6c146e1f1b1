extension MathLayout {
  /// Sub- and superscripts beside a nucleus (TeXbook rule 18, with the MATH table's
  /// constants as MathML Core and LuaTeX use them): a superscript raised by at least
  /// SuperscriptShiftUp (…Cramped in cramped styles) and so that its bottom clears
  /// SuperscriptBottomMin, a subscript lowered by at least SubscriptShiftDown and so that
  /// its top stays under SubscriptTopMax; both at least SubSuperscriptGapMin apart, the
  /// superscript's bottom raised to SuperscriptBottomMaxWithSubscript at the subscript's
  /// expense. A non-character nucleus drops its scripts' baselines from its own top and
  /// bottom (SuperscriptBaselineDropMax, SubscriptBaselineDropMin). SpaceAfterScript follows.
  func scripts(_ base: MathBox, atom: MathAtom, style: MathStyle, isCharacter: Bool, isOperator: Bool) -> MathBox {
    let supStyle = style.sup
    let subStyle = style.sub
    let sup = atom.sup.map { list($0, style: supStyle) }
    let sub = atom.sub.map { list($0, style: subStyle) }
    // The drops at the nucleus's style, as LuaTeX reads them (at the scripts' smaller
    // size, \int's limits sat 0.75 pt higher and 0.6 pt closer than LuaLaTeX's).
    var u = isCharacter ? 0 : base.height - c(.superscriptBaselineDropMax, style)
    var v = isCharacter ? 0 : base.depth + c(.subscriptBaselineDropMin, style)
    if let sup {
      let shift = style.cramped ? c(.superscriptShiftUpCramped, style) : c(.superscriptShiftUp, style)
      u = max(u, shift, sup.depth + c(.superscriptBottomMin, style))
    }
    if let sub {
      v = max(v, c(.subscriptShiftDown, style))
      if sup == nil { v = max(v, sub.height - c(.subscriptTopMax, style)) }
    }
    if let sup, let sub {
      let gap = (u - sup.depth) - (sub.height - v)
      let minimum = c(.subSuperscriptGapMin, style)
      if gap < minimum {
        v += minimum - gap
        let psi = c(.superscriptBottomMaxWithSubscript, style) - (u - sup.depth)
        if psi > 0 {
          u += psi
          v -= psi
        }
      }
    }
    var out = base
    out.glyph = nil
    let k = scale(style)
    let italic = base.italicCorrection
    var end = base.width
    if let sup {
      var x = base.width + (isOperator ? 0 : italic)
      if let g = base.glyph { x += font.kern(of: g, corner: .topRight, height: u / k) * k }
      out.place(sup, dx: x, dy: -u)
      end = max(end, x + sup.width)
    }
    if let sub {
      var x = base.width - (isOperator ? italic : 0)
      if let g = base.glyph { x += font.kern(of: g, corner: .bottomRight, height: -v / k) * k }
      out.place(sub, dx: x, dy: v)
      end = max(end, x + sub.width)
    }
    out.width = end + c(.spaceAfterScript, style)
    out.italicCorrection = 0
    return out
  }

  /// A big operator (rule 13): in display style a character takes its first vertical
  /// variant at least DisplayOperatorMinHeight tall, and is centred on the math axis; its
  /// scripts are limits in display style (or with `\limits`), else beside it.
  func op(_ atom: MathAtom, style: MathStyle) -> MathBox {
    if case .brace(let body, let over) = atom.nucleus {
      // The brace's own label (^ over ⏞, _ under ⏟) by the stretch-stack rules; the other
      // script, rarely given, as an ordinary limit.
      let box = brace(body, over: over, label: over ? atom.sup : atom.sub, style: style)
      guard let other = over ? atom.sub : atom.sup else { return box }
      return limits(box, over: over ? nil : other, under: over ? other : nil, style: style, italic: 0)
    }
    var base: MathBox
    var italic = 0.0
    if case .symbol(let s) = atom.nucleus, s.unicodeScalars.count == 1, let scalar = s.unicodeScalars.first {
      var g = font.glyph(for: scalar) ?? 0
      if style.level == .display {
        let k = scale(style)
        let minimum = c(.displayOperatorMinHeight, style)
        let variants = font.variants(of: g, vertical: true)
        g = variants.first(where: { $0.advance * k >= minimum })?.glyph ?? variants.last?.glyph ?? g
      }
      base = glyphBox(g, style: style)
      italic = base.italicCorrection
      base = centered(base, style: style)
      base.italicCorrection = italic
    } else {
      base = nucleus(atom.nucleus, style: style)
      base.italicCorrection = 0
      base.glyph = nil
    }
    guard atom.sub != nil || atom.sup != nil else { return base }
    let useLimits = atom.limits == .limits || (atom.limits == .auto && style.level == .display)
    if useLimits {
      return limits(
        base, over: atom.sup, under: atom.sub, style: style, italic: italic)
    }
    return scripts(base, atom: atom, style: style, isCharacter: false, isOperator: true)
  }

  /// `box` shifted vertically so its centre is on the math axis.
  func centered(_ box: MathBox, style: MathStyle) -> MathBox {
    let axis = c(.axisHeight, style)
    let shift = (box.height - box.depth) / 2 - axis
    var out = MathBox(width: box.width)
    out.place(box, dx: 0, dy: shift)
    out.height = box.height - shift
    out.depth = box.depth + shift
    out.italicCorrection = box.italicCorrection
    return out
  }

  /// Limits above and below `base`, centred (rule 13a): the upper limit's baseline at least
  /// UpperLimitBaselineRiseMin above the base's top and its bottom UpperLimitGapMin clear;
  /// the lower limit's baseline LowerLimitBaselineDropMin under the base's bottom and its top
  /// LowerLimitGapMin clear; the italic correction splits them (upper right, lower left).
  func limits(_ base: MathBox, over: [MathAtom]?, under: [MathAtom]?, style: MathStyle, italic: Double) -> MathBox {
    let sup = over.map { list($0, style: style.sup) }
    let sub = under.map { list($0, style: style.sub) }
    let width = max(base.width, (sup?.width ?? 0) + italic / 2, (sub?.width ?? 0) + italic / 2)
    var out = MathBox(width: width)
    out.place(base, dx: (width - base.width) / 2, dy: 0)
    if let sup {
      let rise = max(c(.upperLimitBaselineRiseMin, style), c(.upperLimitGapMin, style) + sup.depth)
      out.place(sup, dx: (width - sup.width) / 2 + italic / 2, dy: -(base.height + rise))
    }
    if let sub {
      let drop = max(c(.lowerLimitBaselineDropMin, style), c(.lowerLimitGapMin, style) + sub.height)
      out.place(sub, dx: (width - sub.width) / 2 - italic / 2, dy: base.depth + drop)
    }
    return out
  }
}
