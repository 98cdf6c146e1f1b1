import Crypto
import Foundation
import PlotNNCore

/// The images of docs blocks (`plotnn markdown`, `plotnn mdbook`, the Sphinx directive),
/// cached in one folder under names made from what they draw: `plotnn-<key>.svg`.
///
/// Decision: the name is the cache. ``key(for:version:)`` is SHA-256 (swift-crypto) of the
/// block's normalised content: the spec as parsed (so quoting, spacing, option order, YAML
/// layout and comments change nothing, and a command line and the YAML entry that mean the
/// same figure share one image), the complete resolved style (a style file's edit changes
/// it), and the plotnn version (a new version redraws everything). An existing file of
/// that name was written atomically, so it is complete and is not drawn again; an edited
/// block gets a new name and is the only one drawn. The caption, alt text and id are not
/// part of the key: they live in the page, not in the image. 16 hex digits (64 bits) keep
/// names short; a collision among a book's few hundred images has odds near 1e-15.
public struct DocsImageStore: Sendable {
  public var folder: String
  public var formats: FileFormats
  /// Goes into every key (``key(for:version:)``).
  public var version: String
  public var catalog: Catalog = .standard

  public init(folder: String, formats: FileFormats, version: String) {
    self.folder = folder
    self.formats = formats
    self.version = version
  }

  /// The files of one block: each format's file name (inside ``folder``) and whether any
  /// had to be drawn.
  public struct Images: Sendable {
    public var files: [(format: String, name: String)]
    public var drawn: Bool
  }

  /// The cache key of `spec`: 16 lowercase hex digits.
  public static func key(for spec: FigureSpec, version: String) -> String {
    var text = "plotnn \(version)\n"
    dump(spec, to: &text)
    text += "\nstyle:\n" + StyleSheet(complete: spec.resolvedStyle).yaml
    let digest = SHA256.hash(data: Data(text.utf8))
    return digest.prefix(8).map { String(format: "%02x", $0) }.joined()
  }

  /// `plotnn-<key>.<format>`.
  public static func fileName(key: String, format: String) -> String { "plotnn-\(key).\(format)" }

  /// Whether `name` is one this store makes: `plotnn-` and 16 hex digits, then a known extension.
  public func isStoreName(_ name: String) -> Bool {
    guard name.hasPrefix("plotnn-"), let dot = name.lastIndex(of: ".") else { return false }
    let key = name[name.index(name.startIndex, offsetBy: 7)..<dot]
    let ext = String(name[name.index(after: dot)...])
    return key.count == 16 && key.allSatisfy { $0.isHexDigit && !$0.isUppercase } && formats.ids.contains(ext)
  }

  /// The files of `spec` in `formats` (ids), drawing (once, for every missing format) only
  /// the ones that are not in ``folder`` yet, or all with `force`. The folder is created
  /// when missing.
  public func images(for spec: FigureSpec, formats ids: [String], force: Bool = false) throws -> Images {
    let key = Self.key(for: spec, version: version)
    let files = ids.map { (format: $0, name: Self.fileName(key: key, format: $0)) }
    let missing = files.filter { force || !Self.isRegularFile(folder + "/" + $0.name) }
    guard !missing.isEmpty else { return Images(files: files, drawn: false) }
    try FigureBatch.makeFolder(folder)
    let chart = try spec.chart(catalog: catalog)
    let drawn = try formats.rendered(
      chart, size: spec.resolvedSize, scale: spec.pixelsPerPoint, formats: missing.map(\.format))
    for (file, bytes) in zip(missing, drawn.files) {
      try AtomicFile.write(bytes, to: folder + "/" + file.name, destination: .insideFolder)
    }
    return Images(files: files, drawn: true)
  }

  /// Removes the store's files (``isStoreName(_:)``) in ``folder`` that are not in `kept`
  /// (file names), and returns their names. Any other file, the user's own, is never touched.
  @discardableResult
  public func removeUnreferenced(keeping kept: Set<String>) -> [String] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
    var removed: [String] = []
    for name in names.sorted() where isStoreName(name) && !kept.contains(name) {
      let path = folder + "/" + name
      guard Self.isRegularFile(path), unlink(path) == 0 else { continue }
      removed.append(name)
    }
    return removed
  }

  /// A regular file (not followed through a link) at `path`.
  static func isRegularFile(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
  }
}
