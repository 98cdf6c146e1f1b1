import CCairo
import PlotNNCore

/// The ``Canvas`` on a Cairo context; text is laid out by Pango.
///
/// Fonts: each text's ``TextStyle/families`` in fallback order (the style's "DejaVu Sans",
/// then "Noto Sans CJK SC" for what it lacks), named so output does not depend on a
/// machine's default font. Hinting and metric hinting are off, so text metrics are the same
/// at every `--scale` and in every format.
public final class CairoCanvas: Canvas {

  let cr: OpaquePointer
  /// The Pango context every text's layout is made in (fonts, options, resolution).
  let context: OpaquePointer
  /// The context of text inside formulas (`\text{}`, function names): unrounded positions.
  let mathTextContext: OpaquePointer
  private let font: OpaquePointer
  /// The math fonts loaded so far, by family (nil: the family has no MATH table).
  var mathFonts: [String: HarfBuzzMathFont?] = [:]

  /// A canvas drawing on `context`, its text set in the fonts of `fontMap`
  /// (``PinnedFonts``) or, when nil, of the system's fontconfig.
  init(context cr: OpaquePointer, fontMap: UnsafeMutablePointer<PangoFontMap>?) throws(RenderError) {
    guard let context = Self.makeContext(cr, fontMap: fontMap), let font = pango_font_description_new() else {
      throw RenderError.cairo("could not create a Pango context")
    }
    guard let mathText = Self.makeContext(cr, fontMap: fontMap) else {
      throw RenderError.cairo("could not create a Pango context")
    }
    // Text inside formulas keeps Pango's unrounded glyph positions, as TeX's widths are:
    // rounded to whole points (at 72 dpi), "Batch Size" came out 1.45 pt short of LuaLaTeX's.
    pango_context_set_round_glyph_positions(mathText, 0)
    self.cr = cr
    self.context = context
    self.mathTextContext = mathText
    self.font = font
  }

  /// A Pango context on `fontMap` (or Cairo's default) with the canvas's font options,
  /// resolution, language and direction.
  private static func makeContext(_ cr: OpaquePointer, fontMap: UnsafeMutablePointer<PangoFontMap>?) -> OpaquePointer? {
    let made: OpaquePointer?
    if let fontMap {
      made = pango_font_map_create_context(fontMap)
    } else {
      made = pango_cairo_create_context(cr)
    }
    guard let context = made else { return nil }
    let options = cairo_font_options_create()
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
    pango_cairo_context_set_font_options(context, options)
    pango_cairo_context_set_resolution(context, 72)
    // Pango takes the language (which picks fonts and shaping) and the base direction from
    // the locale unless told: under LC_CTYPE=ar_EG.UTF-8 every file came out different, with
    // italic labels upright. Figures are set left-to-right in any locale; a run's own
    // script still shapes as that script (Chinese, Arabic, …).
    pango_context_set_language(context, pango_language_from_string(language))
    pango_context_set_base_dir(context, PANGO_DIRECTION_LTR)
    cairo_font_options_destroy(options)
    pango_cairo_update_context(cr, context)
    return context
  }

  /// The language every text is set in: "und" (BCP 47's undetermined language), not a
  /// real one. Pango keeps a context's language only for runs of a script it knows the
  /// language to use; for any other run (Chinese under "en-us", Cyrillic, Greek) it asks
  /// the user's preferred languages, `PANGO_LANGUAGE` or `LANGUAGE`, and HarfBuzz then
  /// applies that language's glyph forms: under `LANGUAGE=ja` the Chinese labels took
  /// Japanese shapes, under `LANGUAGE=sr` Cyrillic took Serbian ones (6 committed files
  /// changed). Pango knows no scripts for "und", so it keeps it for every run, and no
  /// language-specific forms apply: the fonts' defaults, the same bytes as under "en-us"
  /// with no preferred languages set.
  static let language = "und"

  deinit {
    FontEngineLock.withLock {
      // The math fonts hold Pango fonts and HarfBuzz faces: released under the lock too.
      mathFonts.removeAll()
      pango_font_description_free(font)
      g_object_unref(UnsafeMutableRawPointer(context))
      g_object_unref(UnsafeMutableRawPointer(mathTextContext))
    }
  }

  public func fill(_ path: Path, color: Color) {
    trace(path)
    setSource(color)
    cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING)
    cairo_fill(cr)
  }

  public func stroke(_ path: Path, style: StrokeStyle) {
    trace(path)
    setSource(style.color)
    cairo_set_line_width(cr, style.width)
    cairo_set_dash(cr, style.dash, Int32(style.dash.count), 0)
    switch style.cap {
    case .butt: cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
    case .round: cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
    case .square: cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE)
    }
    switch style.join {
    case .miter: cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER)
    case .round: cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
    case .bevel: cairo_set_line_join(cr, CAIRO_LINE_JOIN_BEVEL)
    }
    cairo_stroke(cr)
  }

  public func text(_ text: RichText, at point: Point, style: TextStyle, anchor: TextAnchor, rotation: Double) {
    FontEngineLock.withLock { show(text, at: point, style: style, anchor: anchor, rotation: rotation) }
  }

  private func show(_ text: RichText, at point: Point, style: TextStyle, anchor: TextAnchor, rotation: Double) {
    if text.containsMath {
      drawMixed(text, at: point, style: style, anchor: anchor, rotation: rotation)
      return
    }
    guard let layout = makeLayout(text, style: style) else { return }
    defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
    cairo_save(cr)
    cairo_translate(cr, point.x, point.y)
    if rotation != 0 { cairo_rotate(cr, -rotation) }
    setSource(style.color)
    // Decision: the layout is matched to the context's transformation before its extent is
    // asked. `pango_cairo_update_layout` always sets the Pango context's matrix, and Pango
    // lays a text out again after any change to its context: asking the extent first laid
    // every drawn label out twice. (Metrics hinting is off, so the layout does not depend
    // on the matrix: the extent is the same either way, and so are the files' bytes.)
    pango_cairo_update_layout(cr, layout)
    let (dx, dy) = anchor.offset(for: Self.extent(of: layout))
    cairo_move_to(cr, dx, dy)
    pango_cairo_show_layout(cr, layout)
    cairo_restore(cr)
  }

  public func measure(_ text: RichText, style: TextStyle) -> TextExtent {
    FontEngineLock.withLock {
      if text.containsMath { return mixedPieces(text, style: style).extent }
      guard let (layout, extent) = prepare(text, style: style) else {
        return TextExtent(width: 0, height: 0, baseline: 0)
      }
      g_object_unref(UnsafeMutableRawPointer(layout))
      return extent
    }
  }

  public func clipped(to rect: Rect, _ body: () -> Void) {
    cairo_save(cr)
    cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
    cairo_clip(cr)
    body()
    cairo_restore(cr)
  }

  /// How many characters of `text` no pinned font can draw (they would show as boxes).
  func unknownGlyphs(in text: RichText, style: TextStyle) -> Int {
    FontEngineLock.withLock {
      guard let (layout, _) = prepare(text, style: style) else { return 0 }
      defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
      return Int(pango_layout_get_unknown_glyphs_count(layout))
    }
  }

  /// A new layout holding `text` in `style` (``PangoText``), and its logical extent. Every
  /// text gets a fresh layout: nothing of an earlier text can show through.
  func prepare(_ text: RichText, style: TextStyle, mathText: Bool = false) -> (OpaquePointer, TextExtent)? {
    guard let layout = makeLayout(text, style: style, mathText: mathText) else { return nil }
    return (layout, Self.extent(of: layout))
  }

  /// A new layout holding `text` in `style`, not yet laid out (Pango does that on the first
  /// question asked of it).
  func makeLayout(_ text: RichText, style: TextStyle, mathText: Bool = false) -> OpaquePointer? {
    guard let layout = pango_layout_new(mathText ? mathTextContext : context) else { return nil }
    pango_font_description_set_family(font, style.families.joined(separator: ","))
    pango_font_description_set_absolute_size(font, style.size * Double(PANGO_SCALE))
    pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
    pango_layout_set_font_description(layout, font)
    PangoText.set(text, style: style, on: layout)
    return layout
  }

  /// The logical extent of `layout`, in points.
  static func extent(of layout: OpaquePointer) -> TextExtent {
    var logical = PangoRectangle()
    pango_layout_get_extents(layout, nil, &logical)
    let scale = Double(PANGO_SCALE)
    return TextExtent(
      width: Double(logical.width) / scale, height: Double(logical.height) / scale,
      baseline: Double(pango_layout_get_baseline(layout)) / scale)
  }

  func setSource(_ c: Color) {
    cairo_set_source_rgba(cr, c.red, c.green, c.blue, c.alpha)
  }

  private func trace(_ path: Path) {
    cairo_new_path(cr)
    for element in path.elements {
      switch element {
      case .move(let p): cairo_move_to(cr, p.x, p.y)
      case .line(let p): cairo_line_to(cr, p.x, p.y)
      case .curve(let c1, let c2, let p): cairo_curve_to(cr, c1.x, c1.y, c2.x, c2.y, p.x, p.y)
      case .close: cairo_close_path(cr)
      }
    }
  }
}
