import CYaml
import PlotNNCore

/// Builds the core's ``ManifestNode`` tree straight from libyaml's event stream (YAML, and
/// JSON as YAML's subset), each node with the line it starts on.
///
/// Not `Yams.compose`: Yams' composer refuses a key given twice anywhere in the document,
/// so one figure's repeated key failed the whole manifest; its event API is private. libyaml
/// is the parser Yams itself wraps (its `CYaml` module, the same pinned copy), used here
/// through libyaml's public C API, and only to turn events into nodes: repeats are kept and
/// reported by the core (``ManifestNode/repeatedKey()``) as that figure's failure.
///
/// An alias is refused where it is used, naming the anchor's line, before anything is
/// expanded (a 400-byte "billion laughs" manifest expands to gigabytes). Nesting is bounded
/// by libyaml (1000 levels), which also bounds this composer's recursion.
///
/// Decision: an explicit tag (`!weird relu`, `!!str 5`, `!<tag:x>`) is refused where it
/// stands, naming it: the composer reads every value by its key, so a tag could only be
/// ignored, and an ignored `!!str` or `!!binary` would silently mean something else.
struct YAMLComposer {
  /// What the composer needs of one event, copied out before libyaml frees it.
  private struct Event {
    var type: yaml_event_type_t
    var line: Int
    var value = ""
    var anchor: String?
    var tag: String?
  }

  let file: String

  /// The document's root, or nil for an empty stream. Throws a ``ManifestError`` with the
  /// line of the fault for malformed YAML, an alias, a key that is not text, or a second
  /// document.
  func compose(_ text: String) throws(ManifestError) -> ManifestNode? {
    let stream = EventStream(text)
    var anchors: [String: Int] = [:]
    let start = try next(stream)
    guard start.type == YAML_STREAM_START_EVENT else { throw unexpected(start) }
    let first = try next(stream)
    if first.type == YAML_STREAM_END_EVENT { return nil }
    guard first.type == YAML_DOCUMENT_START_EVENT else { throw unexpected(first) }
    let root = try node(from: try next(stream), stream, anchors: &anchors)
    let end = try next(stream)
    guard end.type == YAML_DOCUMENT_END_EVENT else { throw unexpected(end) }
    let after = try next(stream)
    guard after.type == YAML_STREAM_END_EVENT else {
      throw ManifestError(
        file: file, line: after.line, message: "a manifest is one YAML document; a second one starts here")
    }
    return root
  }

  private func node(from event: Event, _ stream: EventStream, anchors: inout [String: Int]) throws(ManifestError)
    -> ManifestNode
  {
    if event.type != YAML_ALIAS_EVENT, let anchor = event.anchor { anchors[anchor] = event.line }
    switch event.type {
    case YAML_SCALAR_EVENT:
      return .scalar(event.value, line: event.line)
    case YAML_SEQUENCE_START_EVENT:
      var items: [ManifestNode] = []
      var item = try next(stream)
      while item.type != YAML_SEQUENCE_END_EVENT {
        items.append(try node(from: item, stream, anchors: &anchors))
        item = try next(stream)
      }
      return .sequence(items, line: event.line)
    case YAML_MAPPING_START_EVENT:
      var entries: [ManifestNode.Entry] = []
      var key = try next(stream)
      while key.type != YAML_MAPPING_END_EVENT {
        guard key.type == YAML_SCALAR_EVENT else {
          if key.type == YAML_ALIAS_EVENT { throw alias(key, anchors: anchors) }
          throw ManifestError(file: file, line: key.line, message: "mapping keys must be plain text")
        }
        if let anchor = key.anchor { anchors[anchor] = key.line }
        let value = try node(from: try next(stream), stream, anchors: &anchors)
        entries.append(.init(key: key.value, line: key.line, value: value))
        key = try next(stream)
      }
      return .mapping(entries, line: event.line)
    case YAML_ALIAS_EVENT:
      throw alias(event, anchors: anchors)
    default:
      throw unexpected(event)
    }
  }

  private func alias(_ event: Event, anchors: [String: Int]) -> ManifestError {
    let name = event.anchor ?? ""
    let what =
      anchors[name].map { "*\(name) repeats the value anchored as &\(name) on line \($0)" }
      ?? "*\(name), and no anchor &\(name) comes before it"
    return ManifestError(
      file: file, line: event.line,
      message: "YAML anchors and aliases are not supported (\(what)); repeat the value, or put it under defaults")
  }

  /// libyaml emits events only in the order its grammar allows; this is for completeness.
  private func unexpected(_ event: Event) -> ManifestError {
    ManifestError(file: file, line: event.line, message: "not valid YAML: unexpected event \(event.type.rawValue)")
  }

  private func next(_ stream: EventStream) throws(ManifestError) -> Event {
    guard let event = stream.next() else { throw stream.failure(file: file) }
    if let tag = event.tag {
      let core = "tag:yaml.org,2002:"
      let written = tag.hasPrefix(core) ? "!!" + tag.dropFirst(core.count) : tag.hasPrefix("!") ? tag : "!<\(tag)>"
      throw ManifestError(
        file: file, line: event.line,
        message: "YAML tags are not supported (\(written)); write the value alone, it is read by its key")
    }
    return event
  }

  /// One libyaml parser over a copy of the text (libyaml reads it in place, so the bytes
  /// must stay put for the parser's life).
  private final class EventStream {
    private let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    private let input: UnsafeMutableBufferPointer<UInt8>
    private let ready: Bool

    init(_ text: String) {
      input = .allocate(capacity: max(text.utf8.count, 1))
      _ = input.initialize(from: text.utf8)
      parser.initialize(to: yaml_parser_t())
      ready = yaml_parser_initialize(parser) == 1
      if ready {
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, input.baseAddress, text.utf8.count)
      }
    }

    deinit {
      if ready { yaml_parser_delete(parser) }
      parser.deallocate()
      input.deallocate()
    }

    /// The next event, or nil when libyaml reports an error (``failure(file:)``).
    func next() -> Event? {
      guard ready else { return nil }
      var event = yaml_event_t()
      guard yaml_parser_parse(parser, &event) == 1 else { return nil }
      defer { yaml_event_delete(&event) }
      var copied = Event(type: event.type, line: Int(event.start_mark.line) + 1)
      let text = { (bytes: UnsafeMutablePointer<yaml_char_t>?, count: Int) in
        bytes.map { String(decoding: UnsafeBufferPointer(start: $0, count: count), as: UTF8.self) }
      }
      let name = { (bytes: UnsafeMutablePointer<yaml_char_t>?) in bytes.map { String(cString: $0) } }
      switch event.type {
      case YAML_SCALAR_EVENT:
        copied.value = text(event.data.scalar.value, event.data.scalar.length) ?? ""
        copied.anchor = name(event.data.scalar.anchor)
        copied.tag = name(event.data.scalar.tag)
      case YAML_SEQUENCE_START_EVENT:
        copied.anchor = name(event.data.sequence_start.anchor)
        copied.tag = name(event.data.sequence_start.tag)
      case YAML_MAPPING_START_EVENT:
        copied.anchor = name(event.data.mapping_start.anchor)
        copied.tag = name(event.data.mapping_start.tag)
      case YAML_ALIAS_EVENT: copied.anchor = name(event.data.alias.anchor)
      default: break
      }
      return copied
    }

    /// The parser's error in plotnn's words, at its line: libyaml's problem text where it
    /// is clear, never the whole document as context.
    func failure(file: String) -> ManifestError {
      guard ready else { return ManifestError(file: file, line: 1, message: "the YAML reader could not start") }
      let state = parser.pointee
      let problem = state.problem.map { String(cString: $0) } ?? "the YAML reader failed"
      switch state.error {
      case YAML_MEMORY_ERROR:
        return ManifestError(file: file, line: 1, message: "not valid YAML: the YAML reader ran out of memory")
      case YAML_READER_ERROR:
        let offset = min(Int(state.problem_offset), input.count)
        let line = 1 + input[..<offset].reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
        return ManifestError(file: file, line: line, message: "not valid YAML: \(problem)")
      default:
        let context = state.context.map { String(cString: $0) } ?? ""
        let line = Int(state.problem_mark.line) + 1
        if context == "while scanning a simple key", problem == "could not find expected ':'" {
          return unfinishedKey(file: file, line: Int(state.context_mark.line) + 1)
        }
        if let long = overlongKey(line: line) {
          return ManifestError(file: file, line: line, message: long)
        }
        return ManifestError(file: file, line: line, message: "not valid YAML: \(Self.plainWords(problem))")
      }
    }

    /// libyaml's problem in words that say what to look for; its own text where it is
    /// already clear.
    static func plainWords(_ problem: String) -> String {
      switch problem {
      case let p where p.contains("nesting level"):
        return "nested too deeply (libyaml reads at most 1000 levels; a manifest needs four or five)"
      case "mapping values are not allowed in this context":
        return "a ':' where no value can start (a line indented unlike its neighbours, or a text holding ': ' unquoted)"
      case "did not find expected key":
        return "a key was expected here (a line indented unlike its neighbours, a '-' item among keys, or an empty key)"
      case "did not find expected node content":
        return "a value was expected here (an unfinished [ … ] or { …}, or a stray ',')"
      case "did not find expected ',' or ']'": return "an unfinished list: ',' or ']' expected"
      case "did not find expected ',' or '}'": return "an unfinished mapping: ',' or '}' expected"
      case "did not find expected '-' indicator":
        return "a list item ('- ') was expected here (a line indented unlike its neighbours)"
      case "found character that cannot start any token":
        return "a character that cannot start a value here (a tab used for indentation, or an unquoted @ or `)"
      default: return problem
      }
    }

    /// The message for a key of more than 1024 characters on `line`, if it has one: libyaml
    /// drops such a key and then reports whatever follows (an expected ':' not found, or a
    /// ':' not allowed), neither of which names the key.
    private func overlongKey(line: Int) -> String? {
      let lines = input.split(separator: 0x0A, omittingEmptySubsequences: false)
      guard line >= 1, line <= lines.count else { return nil }
      let text = String(decoding: lines[line - 1], as: UTF8.self)
      guard let colon = text.range(of: ":") else { return nil }
      let key = text[..<colon.lowerBound].trimmingPrefix(while: { $0 == " " || $0 == "-" || $0 == "\t" })
      guard key.count > 1024 else { return nil }
      return "a key of \(key.count) characters; YAML reads a key of at most 1024 characters on one line"
    }

    /// libyaml's "could not find expected ':'" for a key that began on `line`: either the
    /// key runs past YAML's 1024 characters for a key on one line, or no ':' follows it
    /// on its line. Either way the message names the key's line and what is wrong.
    private func unfinishedKey(file: String, line: Int) -> ManifestError {
      if let long = overlongKey(line: line) { return ManifestError(file: file, line: line, message: long) }
      let lines = input.split(separator: 0x0A, omittingEmptySubsequences: false)
      let text = line <= lines.count ? String(decoding: lines[line - 1], as: UTF8.self) : ""
      let trimmed = text.trimmingPrefix(while: { $0 == " " || $0 == "-" || $0 == "\t" })
      let shown = trimmed.count > 40 ? trimmed.prefix(40) + "…" : String(trimmed)
      return ManifestError(
        file: file, line: line,
        message: "not valid YAML: '\(shown)' starts a key, but no ':' follows it on its line")
    }
  }
}
