/// A parsed YAML or JSON document as the manifest decoder needs it: scalars, sequences and
/// mappings, each with the line it starts on, so errors can name the line.
///
/// The core stays free of a YAML library: the `plotnn` executable converts Yams' nodes
/// into this tree, and tests build it by hand.
public indirect enum ManifestNode: Sendable, Hashable {
  case scalar(String, line: Int)
  case sequence([ManifestNode], line: Int)
  case mapping([Entry], line: Int)

  /// One `key: value` pair of a mapping, in document order.
  public struct Entry: Sendable, Hashable {
    public var key: String
    public var line: Int
    public var value: ManifestNode
    public init(key: String, line: Int, value: ManifestNode) {
      self.key = key
      self.line = line
      self.value = value
    }
  }

  /// The 1-based line the node starts on.
  public var line: Int {
    switch self {
    case .scalar(_, let line), .sequence(_, let line), .mapping(_, let line): return line
    }
  }

  /// What the node is, for error messages: "a mapping", "a list", "'abc'".
  var summary: String {
    switch self {
    case .scalar(let s, _): return "'\(s)'"
    case .sequence: return "a list"
    case .mapping: return "a mapping"
    }
  }

  /// Whether the node is a mapping holding `key`.
  func hasKey(_ key: String) -> Bool {
    guard case .mapping(let entries, _) = self else { return false }
    return entries.contains { $0.key == key }
  }
}
