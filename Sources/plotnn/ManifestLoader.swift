import Foundation
import PlotNNCore
import Yams

/// Reads a manifest file through Yams (YAML, and JSON as YAML's subset) into the core's
/// ``ManifestNode`` tree, keeping each node's line for error messages.
enum ManifestLoader {
  static func load(_ path: String, schema: ManifestSchema) throws -> Manifest {
    let text = try read(path)
    let root: Node?
    do { root = try Yams.compose(yaml: text) } catch let error as YamlError {
      throw ManifestError(file: path, line: Self.line(of: error), message: "not valid YAML: \(Self.reason(error))")
    }
    guard let root else { throw ManifestError(file: path, line: 1, message: "the manifest is empty") }
    var seen = Set<NodeKey>()
    return try Manifest.decode(try convert(root, file: path, seen: &seen), file: path, schema: schema)
  }

  /// The manifest's text: a regular file of at most ``Manifest/maximumFileBytes``, in UTF-8.
  /// Checked before reading (a folder, a FIFO or /dev/zero would block or say nothing
  /// useful) and before parsing (a 200 MB file took 400 MB to be refused).
  private static func read(_ path: String) throws -> String {
    var info = stat()
    guard stat(path, &info) == 0 else {
      throw ManifestError(file: path, line: 0, message: "cannot read the manifest: \(String(cString: strerror(errno)))")
    }
    guard info.st_mode & S_IFMT == S_IFREG else {
      let what = info.st_mode & S_IFMT == S_IFDIR ? "a folder" : "not a regular file"
      throw ManifestError(
        file: path, line: 0, message: "cannot read the manifest: it is \(what); give a YAML or JSON file")
    }
    guard info.st_size <= Manifest.maximumFileBytes else {
      throw ManifestError(
        file: path, line: 0,
        message: "the manifest is \(info.st_size) bytes; at most \(Manifest.maximumFileBytes) (4 MiB) are read")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ManifestError(file: path, line: 0, message: "cannot read the manifest (not readable)")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw ManifestError(file: path, line: firstInvalidLine(data), message: "the manifest is not valid UTF-8 text")
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

  /// A node's kind and start position: distinct for distinct nodes of a parsed document (a
  /// block mapping starts where its first key does, but they differ in kind).
  private struct NodeKey: Hashable {
    let kind: Int
    let line: Int
    let column: Int
  }

  /// Yams resolves an alias to the very node its anchor names, so an alias shows up as a
  /// node seen before. It is refused at its first use, before any expansion: a 500-byte
  /// "billion laughs" manifest would otherwise expand to gigabytes.
  private static func convert(_ node: Node, file: String, seen: inout Set<NodeKey>) throws -> ManifestNode {
    let line = node.mark?.line ?? 0
    if let mark = node.mark {
      let kind: Int
      switch node {
      case .scalar: kind = 0
      case .sequence: kind = 1
      case .mapping: kind = 2
      case .alias: kind = 3
      }
      guard seen.insert(NodeKey(kind: kind, line: mark.line, column: mark.column)).inserted else {
        throw ManifestError(
          file: file, line: mark.line,
          message: "YAML anchors and aliases are not supported (a value anchored here is used again); "
            + "repeat the value, or put it under defaults")
      }
    }
    switch node {
    case .scalar(let scalar):
      return .scalar(scalar.string, line: line)
    case .sequence(let sequence):
      var items: [ManifestNode] = []
      for item in sequence { items.append(try convert(item, file: file, seen: &seen)) }
      return .sequence(items, line: line)
    case .mapping(let mapping):
      var entries: [ManifestNode.Entry] = []
      for (key, value) in mapping {
        guard case .scalar(let k) = key else {
          throw ManifestError(file: file, line: key.mark?.line ?? line, message: "mapping keys must be plain text")
        }
        entries.append(
          .init(key: k.string, line: key.mark?.line ?? line, value: try convert(value, file: file, seen: &seen)))
      }
      return .mapping(entries, line: line)
    case .alias:
      throw ManifestError(
        file: file, line: line, message: "YAML aliases are not supported; repeat the value or use defaults")
    }
  }

  private static func line(of error: YamlError) -> Int {
    switch error {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
    case .duplicatedKeysInMapping(_, let context): return context.mark.line
    default: return 1
    }
  }

  /// The problem in plotnn's words: libyaml's own where they are clear, never the whole
  /// document Yams quotes as context (a duplicate key once printed 609 lines).
  private static func reason(_ error: YamlError) -> String {
    switch error {
    case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
      if problem.contains("nesting level") {
        return "nested too deeply (libyaml reads at most 1000 levels; a manifest needs four or five)"
      }
      return problem
    case .duplicatedKeysInMapping(let duplicates, _):
      let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
      return "\(keys) given twice in one mapping; give each key once"
    case .reader(let problem, _, _, _):
      return problem
    default:
      return "the YAML reader failed (\(String(describing: error).prefix(200)))"
    }
  }
}
