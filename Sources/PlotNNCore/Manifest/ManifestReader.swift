import Foundation

/// Reads typed values out of manifest nodes, with messages that say what was expected.
enum ManifestReader {
  struct Problem: Error {
    var message: String
    var line: Int?
    var key: String?
    init(_ message: String, line: Int? = nil, key: String? = nil) {
      self.message = message
      self.line = line
      self.key = key
    }
  }

  static func string(_ node: ManifestNode) throws(Problem) -> String {
    guard case .scalar(let s, _) = node else { throw Problem("expected text, got \(node.summary)", line: node.line) }
    return s
  }

  static func number(_ node: ManifestNode) throws(Problem) -> Double {
    guard case .scalar(let s, _) = node, let v = Double(s.trimmingCharacters(in: .whitespaces)), v.isFinite else {
      throw Problem("expected a finite number, got \(node.summary)", line: node.line)
    }
    return v
  }

  static func integer(_ node: ManifestNode, in range: ClosedRange<Int>) throws(Problem) -> Int {
    guard case .scalar(let s, _) = node, let v = Int(s.trimmingCharacters(in: .whitespaces)), range.contains(v) else {
      throw Problem(
        "expected a whole number from \(range.lowerBound) to \(range.upperBound), got \(node.summary)", line: node.line)
    }
    return v
  }

  static func bool(_ node: ManifestNode) throws(Problem) -> Bool {
    switch try string(node).lowercased() {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    default: throw Problem("expected true or false, got \(node.summary)", line: node.line)
    }
  }

  /// A list of items, or a single item standing for a list of one.
  static func list<T>(_ node: ManifestNode, _ item: (ManifestNode) throws(Problem) -> T) throws(Problem) -> [T] {
    guard case .sequence(let items, _) = node else { return [try item(node)] }
    var out: [T] = []
    for i in items { out.append(try item(i)) }
    return out
  }

  /// One of `choices`, exactly.
  static func choice(_ node: ManifestNode, _ choices: [String]) throws(Problem) -> String {
    let s = try string(node)
    guard choices.contains(s) else {
      throw Problem("expected one of \(choices.joined(separator: ", ")), got '\(s)'", line: node.line)
    }
    return s
  }

  /// `640x480`.
  static func size(_ node: ManifestNode) throws(Problem) -> (Double, Double) {
    let parts = try string(node).lowercased().split(separator: "x", omittingEmptySubsequences: false)
    guard parts.count == 2, let w = Double(parts[0]), let h = Double(parts[1]) else {
      throw Problem("expected WIDTHxHEIGHT such as 640x480, got \(node.summary)", line: node.line)
    }
    return (w, h)
  }
}
