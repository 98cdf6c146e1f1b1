import CCairo
import PlotNNCore

/// ``PlotNNCore/MathFontMetrics`` read from an OpenType MATH font through HarfBuzz
/// (`hb_ot_math_*`), and the Cairo font face its glyphs are drawn with.
///
/// The font is the one Pango loads for the style's math family from the pinned font map
/// (``PinnedFonts``), so formulas use exactly the installed file the figure's fonts pin.
/// Decision: metrics come from a private `hb_font_t` on the font's face at the face's
/// units per em (HarfBuzz's default scale), so every value is in design units, independent
/// of the size Pango loaded it at; glyph ids are the font's, which Cairo's FreeType faces
/// share, so `cairo_show_glyphs` draws them and SVG and PDF stay vector.
final class HarfBuzzMathFont: MathFontMetrics {
  private let font: OpaquePointer
  /// The Cairo face of the glyphs (referenced).
  let face: OpaquePointer
  let unitsPerEm: Double
  /// `ssty` forms found so far, by character and level.
  private var scriptForms: [UInt64: UInt32] = [:]
  /// Measures upright text in the text font (set by the canvas for the text at hand).
  var textMeasurer: ((String, Double, MathTextFace) -> (width: Double, height: Double, depth: Double))?

  /// The math font `family` as `context` resolves it; nil when that font has no MATH table
  /// (the family is not a math font, or fell back to a text font).
  init?(family: String, context: OpaquePointer) {
    guard let description = pango_font_description_new() else { return nil }
    defer { pango_font_description_free(description) }
    pango_font_description_set_family(description, family)
    pango_font_description_set_absolute_size(description, 10 * Double(PANGO_SCALE))
    guard let loaded = pango_context_load_font(context, description) else { return nil }
    defer { g_object_unref(UnsafeMutableRawPointer(loaded)) }
    guard let pangoHB = pango_font_get_hb_font(loaded), let hbFace = hb_font_get_face(pangoHB),
      hb_ot_math_has_data(hbFace) != 0, let own = hb_font_create(hbFace)
    else { return nil }
    guard let scaled = pango_cairo_font_get_scaled_font(OpaquePointer(loaded)),
      let cairoFace = cairo_scaled_font_get_font_face(scaled)
    else {
      hb_font_destroy(own)
      return nil
    }
    font = own
    face = cairo_font_face_reference(cairoFace)
    unitsPerEm = Double(hb_face_get_upem(hbFace))
  }

  deinit {
    hb_font_destroy(font)
    cairo_font_face_destroy(face)
  }

  func constant(_ c: MathConstant) -> Double {
    Double(hb_ot_math_get_constant(font, hb_ot_math_constant_t(rawValue: UInt32(c.rawValue))))
  }

  func glyph(for scalar: Unicode.Scalar) -> UInt32? {
    var glyph: hb_codepoint_t = 0
    return hb_font_get_nominal_glyph(font, scalar.value, &glyph) != 0 ? glyph : nil
  }

  /// The `ssty` alternate: the character shaped alone with the feature at `level`
  /// (alternate substitution: 1 the script form, 2 the scriptscript form).
  func glyph(for scalar: Unicode.Scalar, scriptLevel level: Int) -> UInt32? {
    guard level > 0, let plain = glyph(for: scalar) else { return glyph(for: scalar) }
    let key = UInt64(scalar.value) << 8 | UInt64(level)
    if let known = scriptForms[key] { return known }
    var found = plain
    if let buffer = hb_buffer_create() {
      defer { hb_buffer_destroy(buffer) }
      var value = scalar.value
      hb_buffer_add_codepoints(buffer, &value, 1, 0, 1)
      // The 'math' script: Latin Modern Math has its ssty lookups there only (under the
      // default script its script-size digits were not found); HarfBuzz falls back to DFLT.
      hb_buffer_set_direction(buffer, HB_DIRECTION_LTR)
      hb_buffer_set_script(buffer, HB_SCRIPT_MATH)
      let tag = hb_tag_t(0x73 << 24 | 0x73 << 16 | 0x74 << 8 | 0x79)  // 'ssty'
      var feature = hb_feature_t(tag: tag, value: UInt32(level), start: 0, end: UInt32.max)
      hb_shape(font, buffer, &feature, 1)
      var count: UInt32 = 0
      if let infos = hb_buffer_get_glyph_infos(buffer, &count), count == 1 { found = infos[0].codepoint }
    }
    scriptForms[key] = found
    return found
  }

  func measureText(_ text: String, size: Double, face: MathTextFace) -> (
    width: Double, height: Double, depth: Double
  )? {
    textMeasurer?(text, size, face)
  }

  func advance(of glyph: UInt32) -> Double { Double(hb_font_get_glyph_h_advance(font, glyph)) }

  func bounds(of glyph: UInt32) -> GlyphBounds {
    var e = hb_glyph_extents_t()
    guard hb_font_get_glyph_extents(font, glyph, &e) != 0 else {
      return GlyphBounds(left: 0, right: 0, bottom: 0, top: 0)
    }
    return GlyphBounds(
      left: Double(e.x_bearing), right: Double(e.x_bearing + e.width), bottom: Double(e.y_bearing + e.height),
      top: Double(e.y_bearing))
  }

  func italicCorrection(of glyph: UInt32) -> Double {
    Double(hb_ot_math_get_glyph_italics_correction(font, glyph))
  }

  func topAccentAttachment(of glyph: UInt32) -> Double? {
    Double(hb_ot_math_get_glyph_top_accent_attachment(font, glyph))
  }

  func kern(of glyph: UInt32, corner: MathKernCorner, height: Double) -> Double {
    let h = Int32(max(-1e9, min(1e9, height.isFinite ? height : 0)).rounded())
    return Double(hb_ot_math_get_glyph_kerning(font, glyph, hb_ot_math_kern_t(rawValue: UInt32(corner.rawValue)), h))
  }

  private func direction(_ vertical: Bool) -> hb_direction_t { vertical ? HB_DIRECTION_BTT : HB_DIRECTION_LTR }

  func variants(of glyph: UInt32, vertical: Bool) -> [(glyph: UInt32, advance: Double)] {
    var count: UInt32 = 64
    var buffer = [hb_ot_math_glyph_variant_t](repeating: hb_ot_math_glyph_variant_t(), count: 64)
    _ = hb_ot_math_get_glyph_variants(font, glyph, direction(vertical), 0, &count, &buffer)
    let found = buffer.prefix(Int(count)).map { (glyph: $0.glyph, advance: Double($0.advance)) }
    return found.isEmpty
      ? [(glyph, vertical ? bounds(of: glyph).top - bounds(of: glyph).bottom : advance(of: glyph))] : found
  }

  func assembly(of glyph: UInt32, vertical: Bool) -> MathAssembly? {
    var count: UInt32 = 32
    var parts = [hb_ot_math_glyph_part_t](repeating: hb_ot_math_glyph_part_t(), count: 32)
    var italic: hb_position_t = 0
    _ = hb_ot_math_get_glyph_assembly(font, glyph, direction(vertical), 0, &count, &parts, &italic)
    guard count > 0 else { return nil }
    return MathAssembly(
      parts: parts.prefix(Int(count)).map {
        MathAssembly.Part(
          glyph: $0.glyph, startConnector: Double($0.start_connector_length),
          endConnector: Double($0.end_connector_length), fullAdvance: Double($0.full_advance),
          isExtender: ($0.flags.rawValue & HB_OT_MATH_GLYPH_PART_FLAG_EXTENDER.rawValue) != 0)
      }, italicCorrection: Double(italic))
  }

  func minConnectorOverlap(vertical: Bool) -> Double {
    Double(hb_ot_math_get_min_connector_overlap(font, direction(vertical)))
  }
}
