extension Manifest {
  /// Decodes and checks a manifest tree; every error names `file`, the line, the figure
  /// and the key at fault.
  public static func decode(_ root: ManifestNode, file: String) throws(ManifestError) -> Manifest {
    guard case .mapping(let entries, _) = root else {
      throw ManifestError(
        file: file, line: root.line, message: "expected a mapping with 'figures:' at the top, got \(root.summary)")
    }
    var title: String?
    var defaults = FigureFields()
    var figureNodes: [ManifestNode]?
    for entry in entries {
      do {
        switch entry.key {
        case "title": title = try ManifestReader.string(entry.value)
        case "defaults":
          guard case .mapping(let pairs, _) = entry.value else {
            throw ManifestReader.Problem("expected a mapping, got \(entry.value.summary)")
          }
          for pair in pairs {
            if pair.key == "name" {
              throw ManifestError(
                file: file, line: pair.line, key: "defaults.name", message: "a name cannot be a default")
            }
            do { try defaults.set(pair.key, pair.value) } catch let problem {
              throw ManifestError(
                file: file, line: problem.line ?? pair.value.line, key: "defaults." + pair.key, message: problem.message
              )
            }
          }
        case "figures":
          guard case .sequence(let items, _) = entry.value else {
            throw ManifestReader.Problem("expected a list of figures, got \(entry.value.summary)")
          }
          figureNodes = items
        default:
          throw ManifestReader.Problem("unknown key; the top level takes title, defaults and figures")
        }
      } catch let problem as ManifestReader.Problem {
        throw ManifestError(file: file, line: problem.line ?? entry.line, key: entry.key, message: problem.message)
      } catch let error as ManifestError {
        throw error
      } catch {
        throw ManifestError(file: file, line: entry.line, key: entry.key, message: "\(error)")
      }
    }
    guard let figureNodes else { throw ManifestError(file: file, line: root.line, message: "no 'figures:' list") }
    var figures: [Figure] = []
    var seen: [String: Int] = [:]
    for node in figureNodes {
      let figure = try decodeFigure(node, defaults: defaults, file: file)
      if let first = seen[figure.name] {
        throw ManifestError(
          file: file, line: figure.line, figure: figure.name, key: "name",
          message: "duplicate name; first used on line \(first)")
      }
      seen[figure.name] = figure.line
      figures.append(figure)
    }
    return Manifest(title: title, figures: figures)
  }

  private static func decodeFigure(_ node: ManifestNode, defaults: FigureFields, file: String) throws(ManifestError)
    -> Figure
  {
    guard case .mapping(let entries, let line) = node else {
      throw ManifestError(
        file: file, line: node.line, message: "each figure must be a mapping with a name, got \(node.summary)")
    }
    let name = entries.first { $0.key == "name" }.flatMap { try? ManifestReader.string($0.value) }
    guard let name, !name.isEmpty else {
      throw ManifestError(file: file, line: line, key: "name", message: "every figure needs a name (its file stem)")
    }
    guard name.allSatisfy({ $0.isLetter || $0.isNumber || "._-".contains($0) }), !name.hasPrefix(".") else {
      throw ManifestError(
        file: file, line: line, figure: name, key: "name",
        message: "a name may hold letters, digits, '.', '_' and '-' only, and not start with '.'")
    }
    var fields = defaults
    for entry in entries where entry.key != "name" {
      do { try fields.set(entry.key, entry.value) } catch let problem {
        throw ManifestError(
          file: file, line: problem.line ?? entry.value.line, figure: name, key: entry.key, message: problem.message)
      }
    }
    do { try fields.check() } catch let problem {
      // The line of the key at fault when the figure sets it (else the figure's own line).
      let keyLine = entries.first { $0.key == problem.key }?.line ?? line
      throw ManifestError(file: file, line: keyLine, figure: name, key: problem.key, message: problem.message)
    }
    return Figure(
      name: name, section: fields.section, caption: fields.caption, formats: fields.formats, spec: fields.spec,
      line: line)
  }
}
