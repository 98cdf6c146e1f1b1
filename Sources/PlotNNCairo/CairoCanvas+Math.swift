import CCairo
import PlotNNCore

/// Text with `$…$` math: plain runs as Pango layouts, formulas as ``MathBox``es laid out by
/// ``PlotNNCore/MathLayout`` on the style's math font (``HarfBuzzMathFont``), side by side
/// on one baseline. Measuring and drawing build the same pieces, so a measured extent is
/// the drawn one. Decision: a formula that does not parse (validation refuses those in
/// titles and labels) or a math family without a MATH table is drawn as its source.
extension CairoCanvas {
  /// One piece of a mixed text: a Pango layout with its extent, or a formula's box.
  enum MathPiece {
    case layout(OpaquePointer, TextExtent)
    case math(MathBox)

    var width: Double {
      switch self {
      case .layout(_, let e): return e.width
      case .math(let b): return b.width
      }
    }
  }

  /// The pieces of `text` (layouts owned by the caller) and their joint extent.
  func mixedPieces(_ text: RichText, style: TextStyle) -> (pieces: [MathPiece], extent: TextExtent) {
    var pieces: [MathPiece] = []
    var pending: [RichText.Node] = []
    func flush() {
      guard !pending.isEmpty else { return }
      if let (layout, extent) = prepare(RichText(nodes: pending), style: style) {
        pieces.append(.layout(layout, extent))
      }
      pending = []
    }
    for node in text.nodes {
      guard case .math(let source, let display) = node else {
        pending.append(node)
        continue
      }
      guard let font = mathFont(style.mathFamily), let atoms = try? MathParser.parse(source) else {
        pending.append(.run(TextRun(source)))
        continue
      }
      flush()
      font.textMeasurer = { [unowned self] text, size, face in
        self.measureMathText(text, size: size, face: face, style: style)
      }
      defer { font.textMeasurer = nil }
      let layout = MathLayout(font: font, size: style.size)
      pieces.append(.math(layout.layout(atoms, style: MathStyle(display ? .display : .text))))
    }
    flush()
    var ascent = 0.0
    var descent = 0.0
    var width = 0.0
    for piece in pieces {
      switch piece {
      case .layout(_, let e):
        ascent = max(ascent, e.baseline)
        descent = max(descent, e.height - e.baseline)
      case .math(let b):
        ascent = max(ascent, b.height)
        descent = max(descent, b.depth)
      }
      width += piece.width
    }
    return (pieces, TextExtent(width: width, height: ascent + descent, baseline: ascent))
  }

  /// The math font of `family`, loaded once per canvas.
  func mathFont(_ family: String) -> HarfBuzzMathFont? {
    if let known = mathFonts[family] { return known }
    let loaded = HarfBuzzMathFont(family: family, context: context)
    mathFonts[family] = loaded
    return loaded
  }

  func drawMixed(_ text: RichText, at point: Point, style: TextStyle, anchor: TextAnchor, rotation: Double) {
    let (pieces, extent) = mixedPieces(text, style: style)
    let (dx, dy) = anchor.offset(for: extent)
    cairo_save(cr)
    cairo_translate(cr, point.x, point.y)
    if rotation != 0 { cairo_rotate(cr, -rotation) }
    var x = dx
    let baseline = dy + extent.baseline
    for piece in pieces {
      setSource(style.color)
      switch piece {
      case .layout(let layout, let e):
        cairo_move_to(cr, x, baseline - e.baseline)
        pango_cairo_update_layout(cr, layout)
        pango_cairo_show_layout(cr, layout)
        g_object_unref(UnsafeMutableRawPointer(layout))
      case .math(let box):
        if let font = mathFont(style.mathFamily) { draw(box, font: font, style: style, x: x, y: baseline) }
      }
      x += piece.width
    }
    cairo_restore(cr)
  }

  /// `box`'s glyphs and rules with its origin at (x, y): glyphs by `cairo_show_glyphs` in
  /// the math font's Cairo face (runs of one size at a time), rules as filled rectangles.
  func draw(_ box: MathBox, font: HarfBuzzMathFont, style: TextStyle, x: Double, y: Double) {
    let options = cairo_font_options_create()
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
    cairo_set_font_options(cr, options)
    cairo_font_options_destroy(options)
    cairo_set_font_face(cr, font.face)
    var run: [cairo_glyph_t] = []
    var runSize = 0.0
    func flush() {
      guard !run.isEmpty else { return }
      cairo_set_font_size(cr, runSize)
      cairo_show_glyphs(cr, run, Int32(run.count))
      run = []
    }
    var colors: [Color] = []
    for item in box.items {
      switch item {
      case .color(let color):
        flush()
        if let color { colors.append(color) } else { _ = colors.popLast() }
        setSource(colors.last ?? style.color)
      case .glyph(let g, let size, let gx, let gy):
        if size != runSize { flush() }
        runSize = size
        run.append(cairo_glyph_t(index: UInt(g), x: x + gx, y: y + gy))
      case .rule(let rx, let ry, let w, let h):
        flush()
        cairo_rectangle(cr, x + rx, y + ry, w, h)
        cairo_fill(cr)
      case .text(let text, let face, let size, let tx, let ty):
        flush()
        var textStyle = style
        textStyle.size = size
        textStyle.bold = false
        guard let layout = makeLayout(Self.faced(text, face), style: textStyle, mathText: true) else { continue }
        // Matched to the transformation before the extent is asked, as in ``show``: one
        // layout, not two.
        pango_cairo_update_layout(cr, layout)
        cairo_move_to(cr, x + tx, y + ty - Self.extent(of: layout).baseline)
        pango_cairo_show_layout(cr, layout)
        g_object_unref(UnsafeMutableRawPointer(layout))
        cairo_set_font_face(cr, font.face)
        runSize = 0
      }
    }
    flush()
  }

  /// Upright `text` in the style's text families at `size`, not bold: its logical width and
  /// its ink height and depth about the baseline (how TeX measures a `\text` box).
  func measureMathText(_ text: String, size: Double, face: MathTextFace, style: TextStyle) -> (
    width: Double, height: Double, depth: Double
  ) {
    var textStyle = style
    textStyle.size = size
    textStyle.bold = false
    guard let (layout, extent) = prepare(Self.faced(text, face), style: textStyle, mathText: true) else {
      return (0, 0, 0)
    }
    defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
    var ink = PangoRectangle()
    pango_layout_get_extents(layout, &ink, nil)
    let scale = Double(PANGO_SCALE)
    let top = Double(ink.y) / scale
    let bottom = Double(ink.y + ink.height) / scale
    return (extent.width, max(0, extent.baseline - top), max(0, bottom - extent.baseline))
  }
}

extension CairoCanvas {
  /// `text` as one run in `face`: bold, italic or the style's monospace families.
  static func faced(_ text: String, _ face: MathTextFace) -> RichText {
    var attributes = TextAttributes()
    switch face {
    case .upright, .operator, .roman: break
    case .bold: attributes.bold = true
    case .italic: attributes.italic = true
    case .monospace: attributes.monospace = true
    }
    return RichText(runs: [TextRun(text, attributes)])
  }
}

extension RichText {
  /// Whether any node is a formula.
  var containsMath: Bool { nodes.contains { if case .math = $0 { true } else { false } } }
}
