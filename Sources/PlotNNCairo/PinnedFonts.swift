import CCairo
import Foundation
import PlotNNCore

/// The fonts a figure uses, pinned by family name: by default the families of
/// ``PlotNNCore/FontFamilies/standard`` (DejaVu Sans in its regular, bold, oblique and bold
/// oblique faces; Noto Sans CJK SC in its regular and bold faces for Chinese; DejaVu Math
/// TeX Gyre; DejaVu Sans Mono), as Debian's fonts-dejavu-core, fonts-dejavu-extra and
/// fonts-noto-cjk install them (`make deps`), and any other installed family a style names.
///
/// A private fontconfig configuration over the Debian font folders accepts exactly the
/// normal-width faces of these families (`<acceptfont>` patterns on family and width) and
/// rejects every other font (an empty `<rejectfont>` pattern), so output does not depend on
/// what else a machine has installed or how its fontconfig rules are set. It reads the scans
/// `fc-cache` left in /var/cache/fontconfig (a few milliseconds; the full system
/// configuration takes ~10 ms). A family outside /usr/share/fonts (fonts-lmodern and
/// fonts-texgyre install into /usr/share/texmf) is looked up in the system's configuration
/// (``FontCatalog``) and its folders added; one not installed is refused
/// (``RenderError/unknownFont(family:closest:)``).
///
/// Among faces of one family and style, fontconfig takes the first in its scan, which sorts
/// file names: "Latin Modern Roman" regular is lmroman10-regular.otf (the 10 pt design) at
/// every size, on every machine with the same packages.
///
/// Fallback, in this order: each text's families as its ``PlotNNCore/TextStyle`` lists them,
/// then (appended to every request, weakly) the style's and the standard text and CJK
/// families; a character none of the pinned fonts has is drawn as a box with its code. When
/// the standard text or CJK family is not installed at all (another distribution) and the
/// style names no other, the system's fontconfig is used with the same family names.
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

  /// The private configuration over the default families, as fontconfig XML.
  static var configuration: String { configuration(families: families, folders: folders, fallback: required) }

  /// A private configuration accepting `families` in `folders`, `fallback` appended weakly
  /// to every request, as fontconfig XML.
  static func configuration(families: [String], folders: [String], fallback: [String]) -> String {
    let accept = families.map {
      "<pattern><patelt name=\"family\"><string>\(escape($0))</string></patelt>"
        + "<patelt name=\"width\"><const>normal</const></patelt></pattern>"
    }
    let fallback = fallback.map { "<string>\(escape($0))</string>" }.joined()
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
    FontconfigCurrent.setOnce(config)
    guard let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT) else { return nil }
    pango_fc_font_map_set_config(OpaquePointer(map), config)
    return map
  }

  /// A font map pinning `fonts`: the default one (``makeFontMap()``) for the standard
  /// families; else the standard and the style's families, the style's looked up in
  /// `catalog` when they are not under ``folders``. Throws ``RenderError/unknownFont(family:closest:)``
  /// for a family no installed font has.
  static func makeFontMap(for fonts: FontFamilies, catalog: () -> FontCatalog) throws(RenderError)
    -> UnsafeMutablePointer<PangoFontMap>?
  {
    if fonts == .standard { return makeFontMap() }
    let wanted = unique(families + fonts.all)
    let fallback = unique(fonts.running + required)
    guard var config = makeConfig(configuration(families: wanted, folders: folders, fallback: fallback)) else {
      throw .cairo("fontconfig refused the font configuration")
    }
    var missing = fonts.all.filter { fontsOf(config, family: $0).isEmpty }
    if !missing.isEmpty {
      FcConfigDestroy(config)
      let known = catalog()
      var extra: [String] = []
      for family in missing {
        guard let found = known.folders(of: family) else {
          throw .unknownFont(family: family, closest: known.closest(to: family))
        }
        extra += found
      }
      let all = unique(folders + extra.sorted())
      guard let again = makeConfig(configuration(families: wanted, folders: all, fallback: fallback)) else {
        throw .cairo("fontconfig refused the font configuration")
      }
      config = again
      missing = fonts.all.filter { fontsOf(config, family: $0).isEmpty }
      if let family = missing.first {
        FcConfigDestroy(config)
        throw .unknownFont(family: family, closest: known.closest(to: family))
      }
    }
    defer { FcConfigDestroy(config) }
    FontconfigCurrent.setOnce(config)
    guard let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT) else {
      throw .cairo("could not create a Pango font map")
    }
    pango_fc_font_map_set_config(OpaquePointer(map), config)
    return map
  }

  /// The private configuration, built (the caller destroys it), or nil when fontconfig refuses it.
  static func makeConfig(_ xml: String = configuration) -> OpaquePointer? {
    guard let config = FcConfigCreate() else { return nil }
    guard FcConfigParseAndLoadFromMemory(config, xml, 0) != 0, FcConfigBuildFonts(config) != 0 else {
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

  /// One font as fontconfig lists it: its file and family names.
  struct ListedFont {
    let file: String
    let families: [String]
  }

  /// The normal-width fonts of `config` (of `family` only, when given), in fontconfig's order.
  static func fonts(of config: OpaquePointer, family: String?) -> [ListedFont] {
    guard let pattern = FcPatternCreate() else { return [] }
    defer { FcPatternDestroy(pattern) }
    if let family { _ = FcPatternAddString(pattern, FC_FAMILY, family) }
    guard let objects = FcObjectSetCreate() else { return [] }
    defer { FcObjectSetDestroy(objects) }
    _ = FcObjectSetAdd(objects, FC_FAMILY)
    _ = FcObjectSetAdd(objects, FC_FILE)
    _ = FcObjectSetAdd(objects, FC_WIDTH)
    guard let set = FcFontList(config, pattern, objects) else { return [] }
    defer { FcFontSetDestroy(set) }
    var listed: [ListedFont] = []
    for k in 0..<Int(set.pointee.nfont) {
      guard let font = set.pointee.fonts[k] else { continue }
      var width: Int32 = 0
      if FcPatternGetInteger(font, FC_WIDTH, 0, &width) == FcResultMatch, width != 100 { continue }
      var value: UnsafeMutablePointer<FcChar8>?
      guard FcPatternGetString(font, FC_FILE, 0, &value) == FcResultMatch, let path = value else { continue }
      let file = String(cString: path)
      var names: [String] = []
      var n: Int32 = 0
      while FcPatternGetString(font, FC_FAMILY, n, &value) == FcResultMatch, let name = value {
        names.append(String(cString: name))
        n += 1
      }
      listed.append(ListedFont(file: file, families: names))
    }
    return listed
  }

  /// The fonts of `family` that `config` loaded.
  static func fontsOf(_ config: OpaquePointer, family: String) -> [ListedFont] { fonts(of: config, family: family) }

  /// `names` in order, each once.
  static func unique(_ names: [String]) -> [String] {
    var seen = Set<String>()
    return names.filter { seen.insert($0).inserted }
  }

  private static func escape(_ name: String) -> String {
    name.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
  }
}
