import CCairo
import Foundation
import PlotNNCore

/// The font families installed on this machine, as the system's fontconfig lists them
/// (`FcFontList`), with the folders their files are in: how a family a style names
/// (`--font "TeX Gyre Termes"`) is found and then pinned (``PinnedFonts``).
///
/// Decision: a family is looked up by name, never guessed: one that is not installed is
/// an error naming it and the installed families closest to it (edit distance on names,
/// ignoring case, spaces, `-` and `_`, as the catalog's "did you mean"), not a silent
/// fallback to another font.
struct FontCatalog: Sendable {
  /// Folders holding each family's files, by ``key(_:)`` of every name a font gives.
  let folders: [String: [String]]
  /// Each font's first family name, sorted, without repeats: what suggestions come from.
  let names: [String]

  /// The families of the system's fontconfig configuration (loaded once, ~10–30 ms).
  static func system() -> FontCatalog {
    guard let config = FcInitLoadConfigAndFonts() else { return FontCatalog(folders: [:], names: []) }
    defer { FcConfigDestroy(config) }
    var folders: [String: Set<String>] = [:]
    var names = Set<String>()
    for font in PinnedFonts.fonts(of: config, family: nil) {
      let folder = AtomicFile.folderText(of: font.file)
      if let first = font.families.first { names.insert(first) }
      for family in font.families { folders[key(family), default: []].insert(folder) }
    }
    return FontCatalog(folders: folders.mapValues { $0.sorted() }, names: names.sorted())
  }

  /// How fontconfig compares family names: ignoring case and spaces.
  static func key(_ family: String) -> String {
    String(family.lowercased().filter { $0 != " " })
  }

  /// The folders of `family`, or nil when no installed font has that name.
  func folders(of family: String) -> [String]? { folders[Self.key(family)] }

  /// Up to five installed families closest to `family`.
  func closest(to family: String) -> [String] {
    NameSuggestions.closest(to: family, among: names.map { [$0] }, threshold: 6, limit: 5)
  }
}
