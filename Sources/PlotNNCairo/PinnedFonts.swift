import CCairo
import Foundation

/// The fonts every figure uses, pinned by file: DejaVu Sans (regular, bold, oblique, bold
/// oblique) and WenQuanYi Micro Hei for Chinese, as Debian's fonts-dejavu-core,
/// fonts-dejavu-extra and fonts-wqy-microhei install them (`make deps`).
///
/// A private fontconfig configuration holding exactly these files means output does not
/// depend on what else a machine has installed or how its fontconfig rules are set, and it
/// skips loading the system font cache (about 10 ms a process). When a file is missing
/// (another distribution), the system's fontconfig is used with the same family names.
enum PinnedFonts {
  static let folder = "/usr/share/fonts/truetype"
  static let files = [
    "dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", "dejavu/DejaVuSans-Oblique.ttf",
    "dejavu/DejaVuSans-BoldOblique.ttf", "wqy/wqy-microhei.ttc",
  ].map { folder + "/" + $0 }

  /// A new Pango font map over the pinned files, or nil when one is missing.
  /// Each render makes its own: Pango font maps are not shared across threads.
  static func makeFontMap() -> UnsafeMutablePointer<PangoFontMap>? {
    guard files.allSatisfy({ FileManager.default.fileExists(atPath: $0) }), let config = FcConfigCreate() else {
      return nil
    }
    defer { FcConfigDestroy(config) }
    for file in files where FcConfigAppFontAddFile(config, file) == 0 { return nil }
    guard let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT) else { return nil }
    pango_fc_font_map_set_config(OpaquePointer(map), config)
    return map
  }
}
