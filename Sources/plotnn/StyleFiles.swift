import Foundation
import PlotNNCairo
import PlotNNCore

/// Reads YAML style files for `--style FILE` and a manifest's `style:`, by the manifest
/// reader's rules (a regular UTF-8 file of at most 4 MiB, libyaml events, no aliases:
/// ``ManifestLoader``), each file once per run.
///
/// Decision: a path in a manifest is relative to the manifest's folder (as the figures'
/// own outputs are named in it), one on the command line to the working folder.
final class StyleFiles: @unchecked Sendable {
  /// The folder relative paths start from ("" for the working folder).
  let folder: String
  private let lock = NSLock()
  private var loaded: [String: Result<StyleSheet, ManifestProblem>] = [:]

  init(relativeTo folder: String = "") { self.folder = folder }

  /// For a manifest at `manifest`: paths relative to its folder.
  convenience init(manifest: String) {
    let folder = AtomicFile.folderText(of: manifest)
    self.init(relativeTo: folder)
  }

  /// The ``StyleSource`` reading files through this loader.
  var source: StyleSource { StyleSource { (path: String) throws(ManifestProblem) in try self.sheet(path) } }

  /// The sheet of the style file `path` (as written), read once.
  func sheet(_ path: String) throws(ManifestProblem) -> StyleSheet {
    // Joined as text: NSString's path methods trap on one-character names (``AtomicFile/folderText(of:)``).
    let joined = folder.hasSuffix("/") ? folder + path : folder + "/" + path
    let resolved = path.hasPrefix("/") || folder.isEmpty ? path : joined
    if let known = lock.withLock({ loaded[resolved] }) { return try known.get() }
    let result: Result<StyleSheet, ManifestProblem>
    do { result = .success(try Self.read(resolved)) } catch { result = .failure(error) }
    lock.withLock { loaded[resolved] = result }
    return try result.get()
  }

  /// Reads and decodes one file; every problem names the file and its line.
  static func read(_ path: String) throws(ManifestProblem) -> StyleSheet {
    let root: ManifestNode?
    do {
      let text = try ManifestLoader.read(path, what: "style file")
      root = try YAMLComposer(file: path).compose(text)
    } catch {
      throw ManifestProblem(error.message, line: max(error.line, 1), file: path)
    }
    guard let root else { throw ManifestProblem("the style file is empty", line: 1, file: path) }
    do { return try StyleSheet.read(root) } catch {
      var problem = error
      problem.file = path
      throw problem
    }
  }
}

extension ManifestProblem {
  /// `file:line: key 'k': message`, as a manifest error reads (for `--style FILE`).
  var located: String {
    var place = file.map { "\($0):" + (line.map { "\($0):" } ?? "") } ?? ""
    if let key { place += " key '\(key)':" }
    return (place.isEmpty ? "" : place + " ") + message
  }
}
