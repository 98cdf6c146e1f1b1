/// The fenced code blocks of a Markdown text, found by CommonMark's rules (0.31, §4.5), and
/// the ones tagged `plotnn` among them.
///
/// Decision: only fences are parsed, not the rest of Markdown. A fence opens with three or
/// more backticks or tildes indented at most three spaces (four or a tab make an indented
/// code block, never a fence); a backtick fence's info string holds no backtick; it closes
/// with the same character, at least as many, indented at most three spaces and followed
/// by blanks only; an unclosed fence runs to the end of the text. Every fence is followed,
/// whatever its tag, so a `plotnn` block quoted inside a longer ```` ```` ```` or `~~~~`
/// fence stays text, as it does in every CommonMark renderer. Fences inside block quotes
/// and list items are not looked for (a documented limit: plotnn blocks stand at the top level).
public struct MarkdownFences: Sendable {
  /// One fenced code block.
  public struct Block: Sendable, Equatable {
    /// The 1-based line of the opening fence.
    public var line: Int
    /// The 0-based index of the opening fence's line and of the closing fence's line (the
    /// last line of the text when the fence is not closed).
    public var firstIndex: Int
    public var lastIndex: Int
    /// The info string, trimmed: `plotnn {#fig:relu caption="…"}`.
    public var info: String
    /// The content lines, each with up to the fence's indentation removed, joined by "\n".
    public var body: String
    /// Whether a closing fence was found.
    public var closed: Bool

    /// The info string's first word (`plotnn`), lowercased.
    public var language: String {
      String(info.prefix { !$0.isWhitespace && $0 != "{" }).lowercased()
    }

    /// The info string after the first word (the attributes, `{…}`), trimmed.
    public var attributes: String {
      String(info.drop { !$0.isWhitespace && $0 != "{" }).trimmingBlanks
    }
  }

  /// The text's lines without their terminators ("\n", "\r\n" or "\r").
  public let lines: [String]
  /// Every fenced block, in order.
  public let blocks: [Block]

  public init(_ text: String) {
    // CommonMark's line endings: "\n", "\r\n" (one Character in Swift) and "\r".
    let ending: (Character) -> Bool = { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    var lines = text.split(omittingEmptySubsequences: false, whereSeparator: ending).map(String.init)
    if let last = text.last, ending(last) { lines.removeLast() }
    self.lines = lines
    var blocks: [Block] = []
    var index = 0
    while index < lines.count {
      guard let open = Self.opening(lines[index]) else {
        index += 1
        continue
      }
      var body: [String] = []
      var end = index + 1
      var closed = false
      while end < lines.count {
        if Self.closes(lines[end], open) {
          closed = true
          break
        }
        body.append(Self.dedent(lines[end], by: open.indent))
        end += 1
      }
      let last = closed ? end : lines.count - 1
      blocks.append(
        Block(
          line: index + 1, firstIndex: index, lastIndex: max(last, index), info: open.info,
          body: body.joined(separator: "\n"), closed: closed))
      index = last + 1
    }
    self.blocks = blocks
  }

  /// The blocks tagged `plotnn`.
  public var plotnnBlocks: [Block] { blocks.filter { $0.language == "plotnn" } }

  /// An opening fence: its character, length, indentation and info string.
  struct Fence {
    var character: Character
    var length: Int
    var indent: Int
    var info: String
  }

  static func opening(_ line: String) -> Fence? {
    let indent = line.prefix { $0 == " " }.count
    guard indent <= 3 else { return nil }
    let rest = line.dropFirst(indent)
    guard let character = rest.first, character == "`" || character == "~" else { return nil }
    let length = rest.prefix { $0 == character }.count
    guard length >= 3 else { return nil }
    let info = rest.dropFirst(length)
    if character == "`" && info.contains("`") { return nil }
    return Fence(character: character, length: length, indent: indent, info: String(info).trimmingBlanks)
  }

  static func closes(_ line: String, _ open: Fence) -> Bool {
    let indent = line.prefix { $0 == " " }.count
    guard indent <= 3 else { return false }
    let rest = line.dropFirst(indent)
    let length = rest.prefix { $0 == open.character }.count
    guard length >= open.length else { return false }
    return rest.dropFirst(length).allSatisfy { $0 == " " || $0 == "\t" }
  }

  /// `line` less up to `indent` leading spaces (CommonMark: the opening fence's indentation).
  static func dedent(_ line: String, by indent: Int) -> String {
    let spaces = min(indent, line.prefix { $0 == " " }.count)
    return String(line.dropFirst(spaces))
  }
}

extension String {
  /// Without leading and trailing spaces and tabs.
  var trimmingBlanks: String {
    let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
    return String(drop(while: blank).reversed().drop(while: blank).reversed())
  }
}
