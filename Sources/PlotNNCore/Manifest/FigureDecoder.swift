/// Reads one manifest figure entry: its kind first, then the defaults its kind takes, then
/// its own keys, then the figure's validation, each error located by line and key.
struct FigureDecoder {
  let file: String
  let schema: ManifestSchema
  let defaults: [ManifestNode.Entry]

  /// What one entry sets: the gallery's fields and the spec.
  struct Fields {
    var section = ""
    var caption = ""
    var formats = Manifest.defaultFormats
    var spec: FigureSpec
  }

  func decode(_ node: ManifestNode) throws(ManifestError) -> Manifest.Figure {
    guard case .mapping(let entries, let line) = node else {
      throw ManifestError(
        file: file, line: node.line, message: "each figure must be a mapping with a name, got \(node.summary)")
    }
    let name = entries.first { $0.key == "name" }.flatMap { try? ManifestReader.string($0.value) }
    guard let name, !name.isEmpty else {
      throw ManifestError(file: file, line: line, key: "name", message: "every figure needs a name (its file stem)")
    }
    guard name.utf8.count <= Manifest.maximumNameBytes else {
      throw ManifestError(
        file: file, line: line, figure: String(name.prefix(40)) + "…", key: "name",
        message: "a name may be at most \(Manifest.maximumNameBytes) bytes long (got \(name.utf8.count)), "
          + "so that its files and their temporaries fit the file system's 255")
    }
    guard name.allSatisfy({ $0.isLetter || $0.isNumber || "._-".contains($0) }), !name.hasPrefix(".") else {
      throw ManifestError(
        file: file, line: line, figure: name, key: "name",
        message: "a name may hold letters, digits, '.', '_' and '-' only, and not start with '.'")
    }
    if let repeated = node.repeatedKey() {
      throw ManifestError(file: file, line: repeated.line, figure: name, key: repeated.path, message: repeated.message)
    }
    let fail = { (entry: ManifestNode.Entry, problem: ManifestProblem, prefix: String) in
      ManifestError(
        file: problem.file ?? file, line: problem.line ?? entry.value.line, figure: name,
        key: prefix + entry.key + (problem.key.map { "." + $0 } ?? ""), message: problem.message)
    }
    let kindEntry = entries.first { $0.key == "kind" } ?? defaults.first { $0.key == "kind" }
    var kind: any FigureKind.Type = LineFigure.self
    if let kindEntry {
      do { kind = try self.kind(kindEntry.value) } catch {
        throw fail(kindEntry, error, entries.contains { $0.key == "kind" } ? "" : "defaults.")
      }
    }
    var fields = Fields(spec: FigureSpec(kind.init()))
    for entry in defaults where Manifest.commonKeys.contains(entry.key) || kind.takes(entry.key) {
      do { try read(entry, kind: kind, into: &fields) } catch { throw fail(entry, error, "defaults.") }
    }
    // A figure's own `size` replaces an inherited `width` and `height`, and its own `width`
    // or `height` an inherited `size` (both in one mapping is refused by the spec's validation).
    if entries.contains(where: { $0.key == "size" }) { (fields.spec.width, fields.spec.height) = (nil, nil) }
    if entries.contains(where: { $0.key == "width" || $0.key == "height" }) { fields.spec.size = nil }
    for entry in entries where entry.key != "name" {
      do { try read(entry, kind: kind, into: &fields) } catch { throw fail(entry, error, "") }
    }
    // Data files are read before the validation, which needs their columns.
    do { fields.spec = try schema.data.loaded(fields.spec) } catch {
      let own = entries.first { $0.key == "data" }
      throw ManifestError(
        file: file, line: own?.line ?? line, figure: name, key: "data", message: error.description)
    }
    do { try fields.spec.validate(catalog: schema.catalog) } catch {
      // The line of the key at fault where the figure or its defaults set it, else the figure's.
      let own = entries.first { $0.key == error.field }
      let inherited = defaults.first { $0.key == error.field }
      throw ManifestError(
        file: file, line: own?.line ?? inherited?.line ?? line, figure: name,
        key: own == nil && inherited != nil ? "defaults." + error.field : error.field, message: error.description)
    }
    return Manifest.Figure(
      name: name, section: fields.section, caption: fields.caption, formats: fields.formats, spec: fields.spec,
      line: line, file: file)
  }

  private func kind(_ node: ManifestNode) throws(ManifestProblem) -> any FigureKind.Type {
    let id = try ManifestReader.choice(node, schema.kinds.ids)
    guard let kind = schema.kinds.kind(id) else { throw ManifestProblem("unknown kind '\(id)'", line: node.line) }
    return kind
  }

  /// One key onto `fields`: a common key, or one of `kind`'s.
  private func read(_ entry: ManifestNode.Entry, kind: any FigureKind.Type, into fields: inout Fields)
    throws(ManifestProblem)
  {
    if Manifest.commonKeys.contains(entry.key) {
      try readCommon(entry, into: &fields)
    } else if kind.takes(entry.key) {
      try kind.read(entry.key, entry.value, into: &fields.spec.figure)
    } else {
      let owners = schema.kinds.kinds(taking: entry.key).map { $0.id }
      let whose =
        owners.isEmpty ? "unknown key" : "a key of \(owners.joined(separator: " and ")) figures, not of this one"
      throw ManifestProblem("\(whose); \(schema.keysSentence(kind))")
    }
  }

  /// A key every figure takes.
  func readCommon(_ entry: ManifestNode.Entry, into fields: inout Fields) throws(ManifestProblem) {
    let node = entry.value
    switch entry.key {
    case "section": fields.section = try ManifestReader.string(node)
    case "caption": fields.caption = try ManifestReader.string(node)
    case "kind": _ = try kind(node)
    case "formats":
      let chosen = try ManifestReader.list(node) { n throws(ManifestProblem) in
        try ManifestReader.choice(n, schema.formats)
      }
      guard !chosen.isEmpty else {
        throw ManifestProblem("expected one or more of \(schema.formats.joined(separator: ", "))", line: node.line)
      }
      guard Set(chosen).count == chosen.count else {
        throw ManifestProblem("a format is listed twice", line: node.line)
      }
      fields.formats = chosen
    case "size": fields.spec.size = try ManifestReader.size(node)
    case "width": fields.spec.width = try ManifestReader.length(node)
    case "height": fields.spec.height = try ManifestReader.length(node)
    case "dpi": fields.spec.dpi = try ManifestReader.number(node)
    case "scale": fields.spec.scale = try ManifestReader.number(node)
    case "title": fields.spec.title = try ManifestReader.string(node)
    case "frames": fields.spec.animation.frames = try ManifestReader.integer(node)
    case "fps": fields.spec.animation.fps = try ManifestReader.number(node)
    case "hold": fields.spec.animation.hold = try ManifestReader.number(node)
    case "loop":
      // `forever` or a number of plays.
      if (try? ManifestReader.string(node)) == "forever" {
        fields.spec.animation.loop = .forever
      } else {
        do { fields.spec.animation.loop = .times(try ManifestReader.integer(node)) } catch {
          throw ManifestProblem("expected forever or a whole number of plays, got \(node.summary)", line: node.line)
        }
      }
    case "theme": fields.spec.theme = try ManifestReader.choice(node, Theme.self)
    // Decision: a figure's style is stacked on the defaults' rather than replacing it, so
    // `defaults: {style: paper}` with `style: dark` on one figure gives a dark paper figure.
    case "style": fields.spec.style = try schema.styles.sheet(node).layered(over: fields.spec.style)
    default: throw ManifestProblem("unknown key")
    }
  }
}
