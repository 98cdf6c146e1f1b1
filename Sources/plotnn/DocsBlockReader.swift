import ArgumentParser
import Foundation
import PlotNNCore

/// Reads the body of a `plotnn` docs block into a figure: a command line, parsed by the
/// very commands `plotnn` runs in a terminal (``PlotNN`` `parseAsRoot`, with the same
/// validation), or a YAML figure entry, read by the manifest's reader and schema.
///
/// Decision: a body is YAML when its first line that is neither blank nor a comment is a
/// `key:` mapping line (`functions: relu`, `- kind: softmax`); anything else is a command
/// line (`relu --with-derivative`, `plotnn elu:alpha=2`), whose words are split by shell
/// quoting rules (``ShellWords``). A leading `plotnn` word is optional. `--out` and
/// `--format` are refused: the file's name is its cache key and the fence's `formats=`
/// picks the formats. An entry needs no `name` (the image is named by its content).
struct DocsBlockReader {
  /// The page's path, for messages (and the folder a YAML entry's style file is read from).
  let file: String
  let schema: ManifestSchema

  /// A block's figure: what to draw and in which formats.
  struct Figure {
    var spec: FigureSpec
    var formats: [String]
    var attributes: FenceAttributes
  }

  /// Formats written when neither the fence nor the entry names any.
  static let defaultFormats = ["svg"]

  /// The figure of `block`; the error's message is located (`IN.md:LINE: …`).
  func read(_ block: MarkdownFences.Block) throws(DocsFailure) -> Figure {
    let at = { (message: String) in DocsFailure(line: block.line, message: "\(file):\(block.line): \(message)") }
    guard block.closed else {
      throw at("this plotnn fence is not closed; it would run to the end of the page")
    }
    var attributes: FenceAttributes
    do { attributes = try FenceAttributes(parsing: block.attributes) } catch { throw at(error.message) }
    if let formats = attributes.formats {
      for id in formats where !schema.formats.contains(id) {
        throw at("formats: '\(id)' is not a format; give \(schema.formats.joined(separator: ", "))")
      }
    }
    let body = block.body
    guard body.contains(where: { !$0.isWhitespace }) else {
      throw at("the block is empty; write a command line (relu --from -5 --to 5) or a YAML figure entry")
    }
    var figure: Figure
    if Self.isYAML(body) {
      figure = try readEntry(body, bodyLine: block.line + 1, attributes: attributes, at: at)
    } else {
      let spec: FigureSpec
      do { spec = try readCommandLine(body, at: at) } catch let failure as DocsFailure { throw failure } catch {
        throw at("\(error)")
      }
      figure = Figure(spec: spec, formats: attributes.formats ?? Self.defaultFormats, attributes: attributes)
    }
    figure.attributes = attributes
    return figure
  }

  static func isYAML(_ body: String) -> Bool {
    let line = body.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      .first { !$0.isEmpty && !$0.hasPrefix("#") }
    guard var line else { return false }
    if line.hasPrefix("- ") { line = line.dropFirst(2).trimmingCharacters(in: .whitespaces) }
    guard let colon = line.firstIndex(of: ":") else { return false }
    let key = line[..<colon]
    let after = line[line.index(after: colon)...]
    return !key.isEmpty && key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
      && (after.isEmpty || after.first == " " || after.first == "\t")
  }

  /// Throws a ``DocsFailure`` (untyped, as the parser's API it wraps).
  private func readCommandLine(_ body: String, at: (String) -> DocsFailure) throws -> FigureSpec {
    var words: [String]
    do { words = try ShellWords.split(body) } catch { throw at(error.message) }
    if words.first == "plotnn" { words.removeFirst() }
    guard !words.isEmpty else { throw at("the command line names no figure") }
    guard words.count <= PlotNN.maximumArguments else {
      throw at("a command line takes at most \(PlotNN.maximumArguments) words (got \(words.count))")
    }
    if let word = words.first(where: { $0 == "--out" || $0.hasPrefix("--out=") || $0 == "--format" }) {
      throw at(
        "drop \(word): a block's image is named by its content (plotnn-<hash>.svg) and the fence's formats=svg,pdf picks its formats"
      )
    }
    let command: any ParsableCommand
    do { command = try PlotNN.parseAsRoot(words) } catch {
      let message = PlotNN.message(for: error)
      throw at(message.isEmpty ? "'\(words.joined(separator: " "))' is not a figure command" : message)
    }
    let spec: FigureSpec?
    do { spec = try Self.spec(of: command) } catch { throw at(PlotNN.message(for: error)) }
    guard let spec else {
      let name = type(of: command).configuration.commandName ?? "\(type(of: command))"
      throw at(
        "'\(name)' does not draw a figure; a block takes a figure command: \(FigureKinds.standard.all.map { $0.id }.joined(separator: ", ")) or a function"
      )
    }
    return spec
  }

  /// The figure of a parsed figure command, nil for another command.
  static func spec(of command: any ParsableCommand) throws -> FigureSpec? {
    guard let figure = command as? any FigureCommand else { return nil }
    return try figure.spec
  }

  private func readEntry(
    _ body: String, bodyLine: Int, attributes: FenceAttributes, at: (String) -> DocsFailure
  ) throws(DocsFailure) -> Figure {
    // Blank lines first, so that libyaml's lines are the page's.
    let text = String(repeating: "\n", count: bodyLine - 1) + body
    let relocated = { (error: ManifestError, named: Bool) in
      var error = error
      if !named { error.figure = nil }
      return DocsFailure(line: error.line > 0 ? error.line : bodyLine - 1, message: error.description)
    }
    let root: ManifestNode?
    do { root = try YAMLComposer(file: file).compose(text) } catch { throw relocated(error, true) }
    guard var node = root else { throw at("the block is empty") }
    if case .sequence(let items, _) = node, items.count == 1, let only = items.first { node = only }
    guard case .mapping(var entries, let line) = node else {
      throw at("a YAML block is one figure entry, a mapping (functions: relu, from: -5, …)")
    }
    let named = entries.contains { $0.key == "name" }
    if !named { entries.insert(.init(key: "name", line: line, value: .scalar("block", line: line)), at: 0) }
    let hasFormats = entries.contains { $0.key == "formats" }
    let manifest = ManifestNode.mapping(
      [.init(key: "figures", line: line, value: .sequence([.mapping(entries, line: line)], line: line))], line: line)
    let decoded: Manifest
    do { decoded = try Manifest.decode(manifest, file: file, schema: schema) } catch { throw relocated(error, named) }
    if let failure = decoded.failures.first { throw relocated(failure, named) }
    guard let entry = decoded.figures.first else { throw at("the entry holds no figure") }
    var attributes = attributes
    if attributes.caption == nil, !entry.caption.isEmpty { attributes.caption = entry.caption }
    let formats = attributes.formats ?? (hasFormats ? entry.formats : Self.defaultFormats)
    return Figure(spec: entry.spec, formats: formats, attributes: attributes)
  }
}

/// A docs block that cannot be drawn: its line and the located message.
struct DocsFailure: Error {
  var line: Int
  var message: String
}
