import Foundation

/// Reads typed values out of manifest nodes, with messages that say what was expected.
enum ManifestReader {
  typealias Problem = ManifestProblem

  static func string(_ node: ManifestNode) throws(Problem) -> String {
    guard case .scalar(let s, _) = node else { throw Problem("expected text, got \(node.summary)", line: node.line) }
    return s
  }

  /// Any number Swift reads (`inf` and `nan` too), or YAML's spellings of them (`.inf`,
  /// `-.Inf`, `.NaN`, …): whether it is finite is a rule of the field, which then says so
  /// ("from must be a finite number (got inf)"), not that `.inf` is no number.
  static func number(_ node: ManifestNode) throws(Problem) -> Double {
    guard case .scalar(let s, _) = node else {
      throw Problem("expected a number, got \(node.summary)", line: node.line)
    }
    let text = s.trimmingCharacters(in: .whitespaces)
    if let v = Double(text) { return v }
    if let v = yamlSpecial[text] { return v }
    throw Problem("expected a number, got \(node.summary)", line: node.line)
  }

  /// YAML 1.2's infinities and NaN (core schema: `[-+]?(.inf|.Inf|.INF)`, `.nan|.NaN|.NAN`).
  static let yamlSpecial: [String: Double] = {
    var table: [String: Double] = [".nan": .nan, ".NaN": .nan, ".NAN": .nan]
    for spelling in [".inf", ".Inf", ".INF"] {
      (table[spelling], table["+" + spelling], table["-" + spelling]) = (.infinity, .infinity, -.infinity)
    }
    return table
  }()

  static func integer(_ node: ManifestNode) throws(Problem) -> Int {
    guard case .scalar(let s, _) = node, let v = Int(s.trimmingCharacters(in: .whitespaces)) else {
      throw Problem("expected a whole number, got \(node.summary)", line: node.line)
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

  /// One of an enum's cases, by raw value.
  static func choice<E: RawRepresentable & CaseIterable>(_ node: ManifestNode, _ type: E.Type) throws(Problem) -> E
  where E.RawValue == String {
    let s = try choice(node, E.allCases.map(\.rawValue))
    guard let value = E(rawValue: s) else { throw Problem("expected one of the choices, got '\(s)'", line: node.line) }
    return value
  }

  /// `640x480`, `3.25inx2.5in`, `8cmx6cm` (``FigureSize/init(text:)``).
  static func size(_ node: ManifestNode) throws(Problem) -> FigureSize {
    let text = try string(node)
    do throws(SizeSyntaxError) { return try FigureSize(text: text) } catch {
      throw Problem(error.description, line: node.line)
    }
  }

  /// `3.25in`, `8cm`, `640` (``Length/init(text:)``).
  static func length(_ node: ManifestNode) throws(Problem) -> Length {
    let text = try string(node)
    do throws(SizeSyntaxError) { return try Length(text: text) } catch {
      throw Problem(error.description, line: node.line)
    }
  }
}
