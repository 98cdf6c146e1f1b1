/// Sets a math list into a ``MathBox`` by The TeXbook's appendix G, every dimension from
/// the font's OpenType MATH table as unicode-math and LuaTeX read it (``MathFontMetrics``).
///
/// Styles D/T/S/SS with cramping (``MathStyle``); script sizes ScriptPercentScaleDown and
/// ScriptScriptPercentScaleDown of `size`; 1 mu = 1/18 of the style's size; the spaces
/// between atoms from TeX's table (p. 170) with \thinmuskip 3 mu, \medmuskip 4 mu,
/// \thickmuskip 5 mu (LaTeX's natural widths). Decisions: italic correction goes between a
/// character and its superscript only (LuaTeX's OpenType behaviour); `\text{}` and function
/// names are set in the text font when the metrics can measure it (as LaTeX sets them in
/// the document's font), else in the math font's upright glyphs; script-style characters
/// take the font's `ssty` forms.
public struct MathLayout {
  public let font: any MathFontMetrics
  /// The text size in points.
  public let size: Double

  public init(font: any MathFontMetrics, size: Double) {
    self.font = font
    self.size = size
  }

  /// Lays out `atoms` in `style` (``MathStyle/Level/text`` for `$…$`, display for `$$…$$`).
  public func layout(_ atoms: [MathAtom], style: MathStyle) -> MathBox {
    list(atoms, style: style)
  }

  /// Points per design unit in `style`.
  func scale(_ style: MathStyle) -> Double { styleSize(style) / font.unitsPerEm }

  /// The font size of `style`, in points.
  func styleSize(_ style: MathStyle) -> Double {
    switch style.level {
    case .display, .text: return size
    case .script: return size * percent(.scriptPercentScaleDown, default: 70) / 100
    case .scriptScript: return size * percent(.scriptScriptPercentScaleDown, default: 50) / 100
    }
  }

  private func percent(_ c: MathConstant, default value: Double) -> Double {
    let v = font.constant(c)
    return v > 0 ? v : value
  }

  /// A MATH constant in points at `style`'s size.
  func c(_ constant: MathConstant, _ style: MathStyle) -> Double { font.constant(constant) * scale(style) }

  /// 1 mu in `style`, in points.
  func mu(_ style: MathStyle) -> Double { styleSize(style) / 18 }

  /// TeX's spacing table: rows the left atom's class, columns the right's; 1 thin, 2 medium,
  /// 3 thick, negative only in display and text styles.
  static let spacing: [[Int]] = [
    [0, 1, -2, -3, 0, 0, 0, -1], [1, 1, 0, -3, 0, 0, 0, -1], [-2, -2, 0, 0, -2, 0, 0, -2],
    [-3, -3, 0, 0, -3, 0, 0, -3], [0, 0, 0, 0, 0, 0, 0, 0], [0, 1, -2, -3, 0, 0, 0, -1],
    [-1, -1, 0, -1, -1, -1, -1, -1], [-1, 1, -2, -3, -1, 0, -1, -1],
  ]

  /// The space between atoms of class `a` and `b` in `style`, in points.
  func space(between a: MathAtom.Kind, _ b: MathAtom.Kind, style: MathStyle) -> Double {
    let code = Self.spacing[a.rawValue][b.rawValue]
    if code < 0 && style.isScript { return 0 }
    return [0, 3, 4, 5][abs(code)] * mu(style)
  }

  /// A math list: each atom's box, TeX's bin → ord rule (rules 5 and 6), then the spaces.
  func list(_ atoms: [MathAtom], style start: MathStyle) -> MathBox {
    var kinds = atoms.map(\.kind)
    var previous: Int?
    for k in atoms.indices where !atoms[k].isSpaceOrStyle {
      if kinds[k] == .bin {
        if previous.map({ [.bin, .op, .rel, .open, .punct].contains(kinds[$0]) }) ?? true { kinds[k] = .ord }
      }
      if [.rel, .close, .punct].contains(kinds[k]), let p = previous, kinds[p] == .bin { kinds[p] = .ord }
      previous = k
    }
    if let p = previous, kinds[p] == .bin { kinds[p] = .ord }
    var box = MathBox()
    var style = start
    var last: MathAtom.Kind?
    var count = 0
    var colors = 0
    for (k, atom) in atoms.enumerated() {
      switch atom.nucleus {
      case .style(let level):
        style = MathStyle(level, cramped: style.cramped)
        continue
      case .space(let amount) where atom.sub == nil && atom.sup == nil:
        box.append(.space(amount * mu(style)))
        continue
      case .kern(let points) where atom.sub == nil && atom.sup == nil:
        box.append(.space(points))
        continue
      case .color(let color):
        box.items.append(.color(color))
        colors += 1
        continue
      case .interwordSpace where atom.sub == nil && atom.sup == nil:
        box.append(.space(interwordSpace(style)))
        continue
      default: break
      }
      if let last { box.append(.space(space(between: last, kinds[k], style: style))) }
      var piece = self.atom(atom, style: style)
      // Rule 17 as LuaTeX applies it: a character without scripts keeps its italic
      // correction when another atom follows it directly (f( and fx, not f\, or a final f).
      if atom.kind != .op, atom.sub == nil, atom.sup == nil,
        atom.nucleus.isCharacter || atom.nucleus.isAccentedCharacter,
        let next = atoms[(k + 1)...].first(where: {
          switch $0.nucleus {
          case .style, .color: false
          default: true
          }
        }),
        !next.isSpaceOrStyle
      {
        piece.width += piece.italicCorrection
      }
      box.append(piece)
      count += 1
      if count == 1, atoms.count == 1 { box.glyph = piece.glyph }
      box.italicCorrection = piece.italicCorrection
      last = kinds[k]
    }
    // A colour set in this list ends with it, as `\color` ends with its group.
    box.items += Array(repeating: .color(nil), count: colors)
    return box
  }

  /// One atom with its scripts.
  func atom(_ atom: MathAtom, style: MathStyle) -> MathBox {
    if atom.kind == .op { return op(atom, style: style) }
    let nucleus = self.nucleus(atom.nucleus, style: style)
    guard atom.sub != nil || atom.sup != nil else { return nucleus }
    return scripts(nucleus, atom: atom, style: style, isCharacter: atom.nucleus.isCharacter, isOperator: false)
  }

  /// A nucleus's box, without scripts.
  func nucleus(_ n: MathNucleus, style: MathStyle) -> MathBox {
    switch n {
    case .symbol(let text): return symbols(text, style: style)
    case .text(let text, let face): return textRun(text, face: face, style: style)
    case .list(let atoms): return list(atoms, style: style)
    case .fraction(let f): return fraction(f, style: style)
    case .radical(let degree, let radicand): return radical(degree: degree, radicand: radicand, style: style)
    case .accent(let accent, let base, let wide): return self.accent(accent, base: base, wide: wide, style: style)
    case .bar(let body, let over): return bar(body, over: over, style: style)
    case .stack(let base, let over, let under):
      return limits(list(base, style: style), over: over, under: under, style: style, italic: 0)
    case .delimited(let delimiters, let pieces): return delimited(delimiters, pieces: pieces, style: style)
    case .sizedDelimiter(let d, let em):
      guard !d.isEmpty else { return .space(0.12 * size) }
      return centered(stretched(d, to: em * size, style: style, vertical: true), style: style)
    case .space(let amount): return .space(amount * mu(style))
    case .kern(let points): return .space(points)
    case .interwordSpace: return .space(interwordSpace(style))
    case .color: return MathBox()
    case .brace(let body, let over): return brace(body, over: over, label: nil, style: style)
    case .arrow(let arrow, let over, let under): return extensibleArrow(arrow, over: over, under: under, style: style)
    case .style: return MathBox()
    case .table(let t): return table(t, style: style)
    }
  }

  /// Characters from the math font, each its advance wide, height and depth its ink.
  func symbols(_ text: String, style: MathStyle, upright: Bool = false, scriptForms: Bool = true) -> MathBox {
    var box = MathBox()
    let k = scale(style)
    // Script forms for math characters only: text set from the math font stays as it is.
    let level = !scriptForms ? 0 : (style.level == .script ? 1 : (style.level == .scriptScript ? 2 : 0))
    let glyphs = text.unicodeScalars.map { font.glyph(for: $0, scriptLevel: level) ?? font.glyph(for: $0) ?? 0 }
    for g in glyphs {
      box.append(glyphBox(g, style: style))
    }
    if glyphs.count == 1, !upright {
      box.glyph = glyphs[0]
      box.italicCorrection = font.italicCorrection(of: glyphs[0]) * k
    }
    return box
  }

  /// The width of a space in the text font at `style`'s size, or of the math font's space
  /// (U+0020) when no text font is measured.
  func interwordSpace(_ style: MathStyle) -> Double {
    if let run = font.measureText(" ", size: styleSize(style), face: .upright) { return run.width }
    return font.glyph(for: " ").map { font.advance(of: $0) * scale(style) } ?? 6 * mu(style)
  }

  /// Text in the text font, or (when the metrics cannot measure it) the face's math
  /// alphabet from the math font.
  func textRun(_ text: String, face: MathTextFace, style: MathStyle) -> MathBox {
    if let run = font.measureText(text, size: styleSize(style), face: face) {
      return MathBox(
        width: run.width, height: run.height, depth: run.depth,
        items: [.text(text, face: face, size: styleSize(style), x: 0, y: 0)])
    }
    return symbols(face.alphabet.map(text), style: style, upright: true, scriptForms: face != .upright)
  }

  /// One glyph at `style`'s size.
  func glyphBox(_ g: UInt32, style: MathStyle) -> MathBox {
    let k = scale(style)
    let b = font.bounds(of: g)
    var box = MathBox(
      width: font.advance(of: g) * k, height: max(0, b.top * k), depth: max(0, -b.bottom * k),
      items: [.glyph(g, size: styleSize(style), x: 0, y: 0)])
    box.glyph = g
    box.italicCorrection = font.italicCorrection(of: g) * k
    return box
  }
}

extension MathNucleus {
  /// An accent over one character (`\vec{v}`): keeps the character's italic correction.
  var isAccentedCharacter: Bool {
    if case .accent(_, let base, _) = self, base.count == 1, base[0].sub == nil, base[0].sup == nil {
      return base[0].nucleus.isCharacter
    }
    return false
  }

  /// A single character (scripts then use its math kerns and no baseline drops).
  var isCharacter: Bool {
    if case .symbol(let s) = self { return s.unicodeScalars.count == 1 }
    if case .text(let s, let face) = self, face != .upright, face != .operator { return s.count == 1 }
    return false
  }
}
