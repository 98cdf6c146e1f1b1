extension MathLayout {
  /// `\overbrace` / `\underbrace` (LuaTeX's `\Uoverdelimiter` / `\Uunderdelimiter`): the body
  /// (cramped under an over-brace), and the brace (⏞ U+23DE, ⏟ U+23DF) stretched to its
  /// width, StretchStackGapBelowMin above the body or StretchStackGapAboveMin below it,
  /// measured to the brace's ink (a brace glyph's ink sits well above or below its
  /// baseline). The label, in script style, goes StretchStackTopShiftUp (at least
  /// StretchStackGapAboveMin over its depth) above the brace's box, or
  /// StretchStackBottomShiftDown (at least StretchStackGapBelowMin under its height) below.
  func brace(_ atoms: [MathAtom], over: Bool, label: [MathAtom]?, style: MathStyle) -> MathBox {
    let body = list(atoms, style: over ? style.crampedStyle : style)
    let mark = stretched(over ? "⏞" : "⏟", to: body.width, style: style, vertical: false)
    let text = label.map { list($0, style: over ? style.sup : style.sub) }
    let width = max(body.width, mark.width, text?.width ?? 0)
    var box = MathBox(width: width)
    box.place(body, dx: (width - body.width) / 2, dy: 0)
    let ink = inkExtent(of: mark)
    if over {
      let markBaseline = body.height + c(.stretchStackGapBelowMin, style) - ink.bottom
      box.place(mark, dx: (width - mark.width) / 2, dy: -markBaseline)
      if let text {
        let rise = max(c(.stretchStackTopShiftUp, style), c(.stretchStackGapAboveMin, style) + text.depth)
        box.place(text, dx: (width - text.width) / 2, dy: -(markBaseline + mark.height + rise))
      }
    } else {
      let markBaseline = body.depth + c(.stretchStackGapAboveMin, style) + ink.top
      box.place(mark, dx: (width - mark.width) / 2, dy: markBaseline)
      if let text {
        let drop = max(c(.stretchStackBottomShiftDown, style), c(.stretchStackGapBelowMin, style) + text.height)
        box.place(text, dx: (width - text.width) / 2, dy: markBaseline + mark.depth + drop)
      }
    }
    return box
  }

  /// The lowest and highest ink of `box`'s glyphs and rules, up from its baseline.
  func inkExtent(of box: MathBox) -> (bottom: Double, top: Double) {
    var bottom = Double.infinity
    var top = -Double.infinity
    for item in box.items {
      switch item {
      case .glyph(let g, let size, _, let y):
        let b = font.bounds(of: g)
        let k = size / font.unitsPerEm
        bottom = min(bottom, -y + b.bottom * k)
        top = max(top, -y + b.top * k)
      case .rule(_, let y, _, let h):
        bottom = min(bottom, -(y + h))
        top = max(top, -y)
      case .text, .color: break
      }
    }
    return bottom.isFinite ? (bottom, top) : (-box.depth, box.height)
  }

  /// amsmath's `\ext@arrow` (`\xrightarrow` is `\ext@arrow 0359\rightarrowfill@`): the labels
  /// in script style with 5 mu before and 9 mu after (9 and 5 for arrows pointing left), the
  /// arrow as long as the longer label or its natural length, the labels its limits.
  /// As amsmath's `\rightarrowfill@` (the arrow glyph, then minus signs), the arrow is
  /// exactly that long: its glyph at the head end and a rule for the rest of the shaft; the
  /// font's longer variants would overshoot the labels.
  func extensibleArrow(_ arrow: String, over: [MathAtom], under: [MathAtom]?, style: MathStyle) -> MathBox {
    let pointsLeft = arrow == "←" || arrow == "⇐"
    let (before, after) = pointsLeft ? (9.0, 5.0) : (5.0, 9.0)
    func padded(_ atoms: [MathAtom]) -> [MathAtom] {
      [MathAtom(.ord, .space(before))] + atoms + [MathAtom(.ord, .space(after))]
    }
    let above = over.isEmpty ? nil : padded(over)
    let below = under.flatMap { $0.isEmpty ? nil : padded($0) }
    let labelWidth = max(
      above.map { list($0, style: style.sup).width } ?? 0, below.map { list($0, style: style.sub).width } ?? 0)
    let natural = symbols(arrow, style: style, upright: true)
    let shaft = labelWidth <= natural.width ? natural : filledArrow(arrow, length: labelWidth, style: style)
    return limits(shaft, over: above, under: below, style: style, italic: 0)
  }

  /// `arrow` drawn `length` long as amsmath's `\arrowfill@` builds it: the head glyph at its
  /// end (both ends for ↔, whose heads are ← and →), and the shaft filled with overlapping
  /// minus signs (equals signs for ⇒ ⇐, amsmath's `\Relbar`), evenly spaced to fit.
  func filledArrow(_ arrow: String, length: Double, style: MathStyle) -> MathBox {
    let double = arrow == "⇒" || arrow == "⇐"
    let pointsLeft = arrow == "←" || arrow == "⇐"
    let heads: (left: String?, right: String?) =
      arrow == "↔" ? ("←", "→") : (pointsLeft ? (arrow, nil) : (nil, arrow == "↦" ? "→" : arrow))
    let left = heads.left.map { symbols($0, style: style, upright: true) }
    let right = heads.right.map { symbols($0, style: style, upright: true) }
    let filler = symbols(double ? "=" : "−", style: style, upright: true)
    var box = MathBox(width: length)
    // 7 mu of overlap between a head and the shaft, as \arrowfill@'s \mkern-7mu.
    let overlap = 7 * mu(style)
    let from = (left.map { $0.width - overlap } ?? 0)
    let to = length - (right.map { $0.width - overlap } ?? 0)
    let span = max(0, to - from)
    if span > 0, filler.width > 0 {
      let count = max(1, Int((span / max(filler.width - 4 * mu(style), 0.1)).rounded(.up)))
      let step = count > 1 ? max(0, span - filler.width) / Double(count - 1) : 0
      for i in 0..<count { box.place(filler, dx: from + Double(i) * step, dy: 0) }
    }
    if let left { box.place(left, dx: 0, dy: 0) }
    if let right { box.place(right, dx: length - right.width, dy: 0) }
    if arrow == "↦" {
      let axis = c(.axisHeight, style)
      let t = c(.fractionRuleThickness, style)
      let h = right?.height ?? filler.height
      box.items.append(.rule(x: 0, y: -(axis + h / 2), width: t, height: h))
      box.height = max(box.height, axis + h / 2)
    }
    return box
  }
}
