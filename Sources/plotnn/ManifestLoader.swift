import Foundation
import PlotNNCore

/// Reads a manifest file (YAML, and JSON as YAML's subset) into the core's ``ManifestNode``
/// tree through ``YAMLComposer``, keeping each node's line for error messages.
enum ManifestLoader {
  static func load(_ path: String, schema: ManifestSchema) throws -> Manifest {
    let text = try read(path)
    guard let root = try YAMLComposer(file: path).compose(text) else {
      throw ManifestError(file: path, line: 1, message: "the manifest is empty")
    }
    return try Manifest.decode(root, file: path, schema: schema)
  }

  /// The manifest's text: a regular file of at most ``Manifest/maximumFileBytes``, in UTF-8.
  /// Checked before reading (a folder, a FIFO or /dev/zero would block or say nothing
  /// useful) and before parsing (a 200 MB file took 400 MB to be refused). Style files are
  /// read by the same rules (`what`: "style file").
  static func read(_ path: String, what: String = "manifest") throws(ManifestError) -> String {
    var info = stat()
    guard stat(path, &info) == 0 else {
      throw ManifestError(file: path, line: 0, message: "cannot read the \(what): \(String(cString: strerror(errno)))")
    }
    guard info.st_mode & S_IFMT == S_IFREG else {
      let kind = info.st_mode & S_IFMT == S_IFDIR ? "a folder" : "not a regular file"
      throw ManifestError(
        file: path, line: 0, message: "cannot read the \(what): it is \(kind); give a YAML or JSON file")
    }
    guard info.st_size <= Manifest.maximumFileBytes else {
      throw ManifestError(
        file: path, line: 0,
        message: "the \(what) is \(info.st_size) bytes; at most \(Manifest.maximumFileBytes) (4 MiB) are read")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ManifestError(file: path, line: 0, message: "cannot read the \(what) (not readable)")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw ManifestError(file: path, line: firstInvalidLine(data), message: "the \(what) is not valid UTF-8 text")
    }
    return text
  }

  /// The line of the first bytes of `data` that are not UTF-8 (one pass).
  private static func firstInvalidLine(_ data: Data) -> Int {
    var line = 1
    var bytes = data.makeIterator()
    var parser = Unicode.UTF8.ForwardParser()
    while case .valid(let scalar) = parser.parseScalar(from: &bytes) {
      if scalar.count == 1, scalar.first == 0x0A { line += 1 }
    }
    return line
  }
}
