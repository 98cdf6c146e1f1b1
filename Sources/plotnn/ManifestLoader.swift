import Foundation
import PlotNNCore
import Yams

/// Reads a manifest file through Yams (YAML, and JSON as YAML's subset) into the core's
/// ``ManifestNode`` tree, keeping each node's line for error messages.
enum ManifestLoader {
  static func load(_ path: String, schema: ManifestSchema) throws -> Manifest {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ManifestError(file: path, line: 0, message: "cannot read the manifest (no such file, or not readable)")
    }
    let text = String(decoding: data, as: UTF8.self)
    let root: Node?
    do { root = try Yams.compose(yaml: text) } catch let error as YamlError {
      throw ManifestError(file: path, line: Self.line(of: error), message: "not valid YAML: \(Self.reason(error))")
    }
    guard let root else { throw ManifestError(file: path, line: 1, message: "the manifest is empty") }
    return try Manifest.decode(try convert(root, file: path), file: path, schema: schema)
  }

  private static func convert(_ node: Node, file: String) throws -> ManifestNode {
    let line = node.mark?.line ?? 0
    switch node {
    case .scalar(let scalar):
      return .scalar(scalar.string, line: line)
    case .sequence(let sequence):
      return .sequence(try sequence.map { try convert($0, file: file) }, line: line)
    case .mapping(let mapping):
      var entries: [ManifestNode.Entry] = []
      for (key, value) in mapping {
        guard case .scalar(let k) = key else {
          throw ManifestError(file: file, line: key.mark?.line ?? line, message: "mapping keys must be plain text")
        }
        entries.append(.init(key: k.string, line: key.mark?.line ?? line, value: try convert(value, file: file)))
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
    default: return 1
    }
  }

  private static func reason(_ error: YamlError) -> String {
    switch error {
    case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): return problem
    default: return "\(error)"
    }
  }
}
