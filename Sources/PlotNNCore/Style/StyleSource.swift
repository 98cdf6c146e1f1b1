/// Where the style a figure names comes from: a built-in's name, a style file, a mapping
/// of style keys written in place, or a list of these stacked in order (the later wins).
/// The manifest's `style:` and the CLI's `--style` read through one of these.
///
/// The core reads no files: ``loadFile`` is given by the program (the `plotnn` executable
/// reads YAML files relative to the manifest, or to the working folder for `--style`).
public struct StyleSource: Sendable {
  /// The sheet of the style file at `path` as written; nil: only built-ins and mappings.
  public var loadFile: (@Sendable (String) throws(ManifestProblem) -> StyleSheet)?

  public init(loadFile: (@Sendable (String) throws(ManifestProblem) -> StyleSheet)? = nil) {
    self.loadFile = loadFile
  }

  /// Whether `text` names a file rather than a built-in: it has a `/` or a YAML or JSON
  /// extension (`paper` is the built-in, `./paper` or `paper.yaml` a file).
  public static func namesFile(_ text: String) -> Bool {
    let lower = text.lowercased()
    return text.contains("/") || [".yaml", ".yml", ".json"].contains { lower.hasSuffix($0) }
  }

  /// The sheet `text` names: a built-in, else a file (``namesFile(_:)``); an unknown name is
  /// refused with the closest built-ins.
  public func sheet(named text: String) throws(ManifestProblem) -> StyleSheet {
    if let sheet = StyleSheet.builtIn(text) { return sheet }
    if Self.namesFile(text) {
      guard let loadFile else { throw ManifestProblem("style files are not read here; give a built-in style") }
      return try loadFile(text)
    }
    let names = StyleSheet.builtInNames
    let near = NameSuggestions.closest(to: text, among: names.map { [$0] }, threshold: 2, limit: 3)
    let hint = near.isEmpty ? "" : "did you mean \(near.joined(separator: " or "))? "
    throw ManifestProblem(
      "unknown style '\(text)'; \(hint)the built-in styles are \(names.joined(separator: ", ")) "
        + "(plotnn styles), or give a YAML file such as ./mine.yaml")
  }

  /// The sheet a manifest node gives: a name or file, a mapping of style keys, or a list of
  /// these stacked in order.
  public func sheet(_ node: ManifestNode) throws(ManifestProblem) -> StyleSheet {
    switch node {
    case .scalar(let text, let line):
      do { return try sheet(named: text) } catch {
        var problem = error
        if problem.file == nil && problem.line == nil { problem.line = line }
        throw problem
      }
    case .mapping: return try StyleSheet.read(node)
    case .sequence(let items, _):
      var stacked = StyleSheet()
      for item in items { stacked = try sheet(item).layered(over: stacked) }
      return stacked
    }
  }
}
