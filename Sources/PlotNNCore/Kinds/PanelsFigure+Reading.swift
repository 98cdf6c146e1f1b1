extension PanelsFigure {
  public static let keys: [FigureKey<Self>] = [
    FigureKey("panels") { (o: inout Self, node) throws(ManifestProblem) in
      guard case .sequence(let items, _) = node else {
        throw ManifestProblem("expected a list of panels, each a figure entry or a function, got \(node.summary)")
      }
      var panels: [FigureSpec] = []
      for (i, item) in items.enumerated() {
        do throws(ManifestProblem) { panels.append(try panel(item)) } catch {
          throw ManifestProblem(
            error.message, line: error.line ?? item.line, key: "\(i + 1)" + (error.key.map { "." + $0 } ?? ""))
        }
      }
      o.panels = panels
    },
    FigureKey("layout") { (o: inout Self, node) throws(ManifestProblem) in
      (o.rows, o.columns) = try grid(ManifestReader.string(node), line: node.line)
    },
    .integer("rows", \.rows), .integer("columns", \.columns),
    .flag("share-x", \.shareX), .flag("share-y", \.shareY), .choice("panel-labels", \.labels),
  ]

  /// `2x3`: two rows of three. Only the form is checked here; the counts' rules are in
  /// ``validate(_:catalog:)``.
  public static func grid(_ text: String, line: Int? = nil) throws(ManifestProblem) -> (Int, Int) {
    let parts = text.lowercased().split(separator: "x", omittingEmptySubsequences: false)
    guard parts.count == 2, let r = Int(parts[0].trimmingCharacters(in: .whitespaces)),
      let c = Int(parts[1].trimmingCharacters(in: .whitespaces))
    else {
      throw ManifestProblem("expected ROWSxCOLUMNS such as 2x3, got '\(text)'", line: line)
    }
    return (r, c)
  }

  /// The keys a panel entry may hold besides its kind's: its kind and its title.
  static let panelKeys = ["kind", "title"]

  /// One panel: a mapping read as a figure entry of its kind (`line` by default), or a
  /// bare function (`relu`), a line panel of that one function.
  ///
  /// Decision: kinds are looked up in ``FigureKinds/standard``; a kind a program registers
  /// itself is not a panel of a manifest (the key has no access to the program's registry).
  static func panel(_ node: ManifestNode) throws(ManifestProblem) -> FigureSpec {
    if case .scalar(let text, _) = node { return FigureSpec(LineFigure(functions: [text])) }
    guard case .mapping(let entries, _) = node else {
      throw ManifestProblem("a panel is a figure entry (a mapping) or a function name, got \(node.summary)")
    }
    if let repeated = node.repeatedKey() { throw ManifestProblem(repeated.message, line: repeated.line) }
    let kinds = FigureKinds.standard
    var kind: any FigureKind.Type = LineFigure.self
    if let entry = entries.first(where: { $0.key == "kind" }) {
      let id = try ManifestReader.string(entry.value)
      let allowed = kinds.ids.filter { $0 != Self.id }
      guard allowed.contains(id), let found = kinds.kind(id) else {
        throw ManifestProblem(
          "unknown panel kind '\(id)'; a panel is one of \(allowed.joined(separator: ", "))", line: entry.line,
          key: "kind")
      }
      kind = found
    }
    var spec = FigureSpec(kind.init())
    for entry in entries where entry.key != "kind" {
      if entry.key == "title" {
        spec.title = try ManifestReader.string(entry.value)
      } else if kind.takes(entry.key) {
        do throws(ManifestProblem) { try kind.read(entry.key, entry.value, into: &spec.figure) } catch {
          throw ManifestProblem(error.message, line: error.line ?? entry.line, key: entry.key)
        }
      } else {
        let known = (panelKeys + kind.keyNames).joined(separator: ", ")
        throw ManifestProblem(
          "unknown key '\(entry.key)' in a \(kind.id) panel; a panel takes \(known) (size, theme and style are the grid's)",
          line: entry.line, key: entry.key)
      }
    }
    return spec
  }
}
