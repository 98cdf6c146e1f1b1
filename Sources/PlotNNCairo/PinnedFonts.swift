import CCairo
import Foundation

/// The fonts every figure uses, pinned by file: DejaVu Sans (regular, bold, oblique, bold
/// oblique) and WenQuanYi Micro Hei for Chinese, as Debian's fonts-dejavu-core,
/// fonts-dejavu-extra and fonts-wqy-microhei install them (`make deps`).
///
/// A private fontconfig configuration accepting exactly these files (`<selectfont>` globs)
/// means output does not depend on what else a machine has installed or how its fontconfig
/// rules are set. It reads the scans `fc-cache` left in /var/cache/fontconfig (3.7 ms for
/// the font setup against 5.5 ms scanning the files ourselves, and ~10 ms for the full
/// system configuration). When a file is missing (another distribution), the system's
/// fontconfig is used with the same family names.
enum PinnedFonts {
  static let folder = "/usr/share/fonts/truetype"
  static let files = [
    "dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", "dejavu/DejaVuSans-Oblique.ttf",
    "dejavu/DejaVuSans-BoldOblique.ttf", "wqy/wqy-microhei.ttc",
  ].map { folder + "/" + $0 }

  /// A new Pango font map over the pinned files, or nil when one is missing.
  /// Maps are never used by two threads at once (``FontMapPool``).
  static func makeFontMap() -> UnsafeMutablePointer<PangoFontMap>? {
    guard files.allSatisfy({ FileManager.default.fileExists(atPath: $0) }), let config = FcConfigCreate() else {
      return nil
    }
    defer { FcConfigDestroy(config) }
    // Exactly the pinned files: a <dir> would bring every font of the folder. The system
    // cache folder lets fontconfig reuse the scans `fc-cache` made at install time.
    let xml =
      "<fontconfig><cachedir>/var/cache/fontconfig</cachedir>"
      + files.map { "<dir>\(($0 as NSString).deletingLastPathComponent)</dir>" }.uniqued().joined()
      + "<selectfont><acceptfont>" + files.map { "<glob>\($0)</glob>" }.joined() + "</acceptfont>"
      + "<rejectfont><glob>/*</glob></rejectfont></selectfont></fontconfig>"
    guard FcConfigParseAndLoadFromMemory(config, xml, 0) != 0, FcConfigBuildFonts(config) != 0 else { return nil }
    guard let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT) else { return nil }
    pango_fc_font_map_set_config(OpaquePointer(map), config)
    return map
  }
}

extension Array where Element: Hashable {
  fileprivate func uniqued() -> [Element] {
    var seen = Set<Element>()
    return filter { seen.insert($0).inserted }
  }
}
