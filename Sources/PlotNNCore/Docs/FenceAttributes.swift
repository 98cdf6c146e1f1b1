/// What the attributes on a `plotnn` fence ask for:
/// ```` ```plotnn {#fig:relu caption="ReLU" alt="…" formats=svg,pdf dark=true figure=true} ````.
///
/// Decision: the syntax is Pandoc's and kramdown's attribute block (`#id`, `key=value`,
/// `key="quoted value"` with `\"` and `\\` escapes, or single quotes), since doc writers
/// know it; an unknown key or a malformed value is the block's error, naming it, rather
/// than being ignored (a misspelt `caption` would silently give an uncaptioned figure).
public struct FenceAttributes: Sendable, Equatable {
  /// `#fig:relu`: the figure's anchor (an HTML id), for cross-references.
  public var id: String?
  public var caption: String?
  public var alt: String?
  /// Format ids, the first one shown (`svg` by default); nil when not given.
  public var formats: [String]?
  /// Whether a dark-theme twin is drawn and offered through `prefers-color-scheme`.
  public var dark = false
  /// Whether the image is wrapped in `<figure>` with a `<figcaption>`.
  public var figure = false

  /// The keys a fence takes.
  public static let keys = ["caption", "alt", "formats", "dark", "figure"]

  public init() {}

  /// Reads `{…}` (the braces optional; an empty text is no attributes).
  public init(parsing text: String) throws(DocsBlockError) {
    var body = Substring(text.trimmingBlanks)
    if body.hasPrefix("{") {
      guard body.hasSuffix("}") else { throw DocsBlockError("the attributes '{' is not closed by '}'") }
      body = body.dropFirst().dropLast()
    }
    for (key, value) in try Self.pairs(String(body)) {
      switch key {
      case "#":
        guard !value.isEmpty, !value.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" })
        else { throw DocsBlockError("the id '#\(value)' must be one word without quotes or angle brackets") }
        id = value
      case "caption": caption = value
      case "alt": alt = value
      case "formats":
        let ids = value.split(separator: ",").map { String($0).trimmingBlanks.lowercased() }.filter { !$0.isEmpty }
        guard !ids.isEmpty else { throw DocsBlockError("formats needs one or more format ids, e.g. formats=svg,pdf") }
        formats = ids
      case "dark": dark = try Self.bool(value, key: key)
      case "figure": figure = try Self.bool(value, key: key)
      default:
        throw DocsBlockError(
          "unknown attribute '\(key)'; a plotnn fence takes #id, \(Self.keys.joined(separator: ", "))")
      }
    }
  }

  static func bool(_ value: String, key: String) throws(DocsBlockError) -> Bool {
    switch value.lowercased() {
    case "true", "yes", "1", "": return true
    case "false", "no", "0": return false
    default: throw DocsBlockError("\(key) must be true or false (got '\(value)')")
    }
  }

  /// The `key=value` pairs and `#id` (as key "#") of an attribute text, in order.
  static func pairs(_ text: String) throws(DocsBlockError) -> [(String, String)] {
    var pairs: [(String, String)] = []
    var rest = Substring(text)
    while true {
      rest = rest.drop { $0 == " " || $0 == "\t" }
      guard let first = rest.first else { break }
      if first == "#" {
        let word = rest.dropFirst().prefix { !$0.isWhitespace }
        pairs.append(("#", String(word)))
        rest = rest.dropFirst(1 + word.count)
        continue
      }
      let key = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
      guard !key.isEmpty else { throw DocsBlockError("unexpected '\(first)' in the attributes; write key=value") }
      rest = rest.dropFirst(key.count)
      guard rest.first == "=" else {
        // A bare word is a flag: `figure` means figure=true.
        pairs.append((String(key), ""))
        continue
      }
      rest = rest.dropFirst()
      var value = ""
      if let quote = rest.first, quote == "\"" || quote == "'" {
        rest = rest.dropFirst()
        var closed = false
        while let c = rest.first {
          rest = rest.dropFirst()
          if c == quote {
            closed = true
            break
          }
          if c == "\\", let next = rest.first, next == quote || next == "\\" {
            value.append(next)
            rest = rest.dropFirst()
          } else {
            value.append(c)
          }
        }
        guard closed else { throw DocsBlockError("the value of '\(key)' opens a quote \(quote) it does not close") }
      } else {
        value = String(rest.prefix { !$0.isWhitespace })
        rest = rest.dropFirst(value.count)
      }
      pairs.append((String(key), value))
    }
    return pairs
  }
}

/// Why one docs block cannot be drawn; the caller adds `IN.md:LINE:`.
public struct DocsBlockError: Error, Sendable, CustomStringConvertible, Equatable {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}
