import CCairo
import Foundation
import PlotNNCore

/// The fonts every figure uses, pinned by family name: the families of
/// ``PlotNNCore/FontFamilies/standard`` (DejaVu Sans in its regular, bold, oblique and bold
/// oblique faces; Noto Sans CJK SC in its regular and bold faces for Chinese; DejaVu Math
/// TeX Gyre; DejaVu Sans Mono), as Debian's fonts-dejavu-core, fonts-dejavu-extra and
/// fonts-noto-cjk install them (`make deps`).
///
/// A private fontconfig configuration over the Debian font folders accepts exactly the
/// normal-width faces of these families (`<acceptfont>` patterns on family and width) and
/// rejects every other font (an empty `<rejectfont>` pattern), so output does not depend on
/// what else a machine has installed or how its fontconfig rules are set; a new family in
/// the style is one more name in ``families``. It reads the scans `fc-cache` left in
/// /var/cache/fontconfig (a few milliseconds; the full system configuration takes ~10 ms).
///
/// Fallback, in this order: each text's families as its ``PlotNNCore/TextStyle`` lists them,
/// then (appended to every request, weakly) the standard text and CJK families; a character
/// none of the pinned fonts has is drawn as a box with its code. A family a style names
/// that is not pinned, or not installed, is skipped that way. When the text or CJK family is
/// not installed at all (another distribution), the system's fontconfig is used with the
/// same family names.
enum PinnedFonts {
  /// Where Debian installs fonts; fontconfig descends into the subfolders.
  static let folders = ["/usr/share/fonts"]
  /// The families pinned.
  static let families = FontFamilies.standard.all
  /// The families without which figures would not look as committed.
  static let required = FontFamilies.standard.running

  /// Every font request asks for English, as fontconfig assumes in the C locale. Otherwise
  /// fontconfig adds the languages of LC_CTYPE/LANG to each request, and since it ranks
  /// language coverage above slant, under `ar_EG.UTF-8` the oblique face (which lacks
  /// Arabic) lost to the upright one: italic labels came out upright and nearly every file
  /// changed. Coverage still picks the font for each character (Chinese from Noto Sans CJK SC).
  static let languageRule =
    "<match target=\"pattern\"><edit name=\"lang\" mode=\"assign\" binding=\"strong\"><string>en</string></edit></match>"

  /// The private configuration, as fontconfig XML.
  static var configuration: String {
    let accept = families.map {
      "<pattern><patelt name=\"family\"><string>\(escape($0))</string></patelt>"
        + "<patelt name=\"width\"><const>normal</const></patelt></pattern>"
    }
    let fallback = required.map { "<string>\(escape($0))</string>" }.joined()
    return "<fontconfig><cachedir>/var/cache/fontconfig</cachedir>"
      + folders.map { "<dir>\($0)</dir>" }.joined()
      + "<selectfont><acceptfont>" + accept.joined() + "</acceptfont>"
      + "<rejectfont><pattern/></rejectfont></selectfont>"
      + "<match target=\"pattern\"><edit name=\"family\" mode=\"append_last\" binding=\"weak\">" + fallback
      + "</edit></match>" + languageRule + "</fontconfig>"
  }

  /// A new Pango font map over the pinned families, or nil when a required one is missing.
  /// Maps are never used by two threads at once (``FontMapPool``).
  static func makeFontMap() -> UnsafeMutablePointer<PangoFontMap>? {
    guard let config = makeConfig() else { return nil }
    defer { FcConfigDestroy(config) }
    guard Set(required).isSubset(of: familiesLoaded(by: config)) else { return nil }
    guard let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT) else { return nil }
    pango_fc_font_map_set_config(OpaquePointer(map), config)
    return map
  }

  /// The private configuration, built (the caller destroys it), or nil when fontconfig refuses it.
  static func makeConfig() -> OpaquePointer? {
    guard let config = FcConfigCreate() else { return nil }
    guard FcConfigParseAndLoadFromMemory(config, configuration, 0) != 0, FcConfigBuildFonts(config) != 0 else {
      FcConfigDestroy(config)
      return nil
    }
    return config
  }

  /// The first family name of every font `config` loaded.
  static func familiesLoaded(by config: OpaquePointer) -> Set<String> {
    guard let set = FcConfigGetFonts(config, FcSetSystem) else { return [] }
    var names = Set<String>()
    for k in 0..<Int(set.pointee.nfont) {
      var value: UnsafeMutablePointer<FcChar8>?
      if let font = set.pointee.fonts[k], FcPatternGetString(font, FC_FAMILY, 0, &value) == FcResultMatch,
        let value
      {
        names.insert(String(cString: value))
      }
    }
    return names
  }

  private static func escape(_ name: String) -> String {
    name.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
  }
}
