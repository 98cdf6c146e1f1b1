extension Manifest {
  /// Decodes and checks a manifest tree against `schema`; every error names `file`, the
  /// line, the figure and the key at fault. Each figure is validated exactly as the library
  /// and the CLI validate it (``FigureSpec/validate(catalog:)``).
  ///
  /// A figure entry that fails does not fail the manifest: it is one of ``Manifest/failures``
  /// and the other figures stand (one bad figure never stops a book's batch). What is wrong
  /// with the document as a whole (its shape, `title`, `defaults`) throws.
  public static func decode(_ root: ManifestNode, file: String, schema: ManifestSchema) throws(ManifestError)
    -> Manifest
  {
    guard case .mapping(let entries, _) = root else {
      throw ManifestError(
        file: file, line: root.line, message: "expected a mapping with 'figures:' at the top, got \(root.summary)")
    }
    var title: String?
    var defaults: [ManifestNode.Entry] = []
    var figureNodes: [ManifestNode]?
    var firstLines: [String: Int] = [:]
    for entry in entries {
      // A repeat at the top level or under defaults fails the document (it is every
      // figure's); one inside a figure is that figure's failure (``FigureDecoder``).
      if let first = firstLines[entry.key] {
        let repeated = ManifestNode.RepeatedKey(path: entry.key, line: entry.line, firstLine: first)
        throw ManifestError(file: file, line: entry.line, key: entry.key, message: repeated.message)
      }
      firstLines[entry.key] = entry.line
      if entry.key == "defaults", let repeated = entry.value.repeatedKey() {
        throw ManifestError(
          file: file, line: repeated.line, key: "defaults." + repeated.path, message: repeated.message)
      }
      do {
        switch entry.key {
        case "title": title = try ManifestReader.string(entry.value)
        case "defaults":
          guard case .mapping(let pairs, _) = entry.value else {
            throw ManifestProblem("expected a mapping, got \(entry.value.summary)")
          }
          try checkDefaults(pairs, file: file, schema: schema)
          defaults = pairs + defaults
        case "style":
          // The top-level `style:` is the defaults' style, read once there.
          guard !entries.contains(where: { $0.key == "defaults" && $0.value.hasKey("style") }) else {
            throw ManifestProblem("give the style once: at the top level or under defaults, not both")
          }
          let pair = ManifestNode.Entry(key: "style", line: entry.line, value: entry.value)
          try checkDefaults([pair], file: file, schema: schema)
          defaults.append(pair)
        case "figures":
          guard case .sequence(let items, _) = entry.value else {
            throw ManifestProblem("expected a list of figures, got \(entry.value.summary)")
          }
          figureNodes = items
        default:
          throw ManifestProblem("unknown key; the top level takes title, style, defaults and figures")
        }
      } catch let problem as ManifestProblem {
        throw ManifestError(
          file: problem.file ?? file, line: problem.line ?? entry.line,
          key: entry.key + (problem.key.map { "." + $0 } ?? ""), message: problem.message)
      } catch let error as ManifestError {
        throw error
      } catch {
        throw ManifestError(file: file, line: entry.line, key: entry.key, message: "\(error)")
      }
    }
    guard let figureNodes else { throw ManifestError(file: file, line: root.line, message: "no 'figures:' list") }
    var figures: [Figure] = []
    var failures: [ManifestError] = []
    var seen: [String: Int] = [:]
    for node in figureNodes {
      do throws(ManifestError) {
        let figure = try FigureDecoder(file: file, schema: schema, defaults: defaults).decode(node)
        if let first = seen[figure.name] {
          throw ManifestError(
            file: file, line: figure.line, figure: figure.name, key: "name",
            message: "duplicate name; first used on line \(first)")
        }
        seen[figure.name] = figure.line
        figures.append(figure)
      } catch {
        failures.append(error)
      }
    }
    return Manifest(title: title, figures: figures, failures: failures)
  }

  /// Each default must be a key some figure takes, and read as that key reads (a default
  /// of a kind's key is read as each kind taking it would read it).
  private static func checkDefaults(_ pairs: [ManifestNode.Entry], file: String, schema: ManifestSchema)
    throws(ManifestError)
  {
    let decoder = FigureDecoder(file: file, schema: schema, defaults: [])
    for pair in pairs {
      let fail = { (problem: ManifestProblem) in
        ManifestError(
          file: problem.file ?? file, line: problem.line ?? pair.value.line,
          key: "defaults." + pair.key + (problem.key.map { "." + $0 } ?? ""), message: problem.message)
      }
      if pair.key == "name" { throw fail(ManifestProblem("a name cannot be a default", line: pair.line)) }
      do {
        if Manifest.commonKeys.contains(pair.key) {
          var scratch = FigureDecoder.Fields(spec: FigureSpec(LineFigure()))
          try decoder.readCommon(pair, into: &scratch)
          continue
        }
        let takers = schema.kinds.kinds(taking: pair.key)
        guard !takers.isEmpty else {
          throw ManifestProblem("unknown key; a figure takes \(schema.allKeys.joined(separator: ", "))")
        }
        for kind in takers {
          var options: any FigureKind = kind.init()
          try kind.read(pair.key, pair.value, into: &options)
        }
      } catch let problem as ManifestProblem {
        throw fail(problem)
      } catch {
        throw fail(ManifestProblem("\(error)"))
      }
    }
  }
}
