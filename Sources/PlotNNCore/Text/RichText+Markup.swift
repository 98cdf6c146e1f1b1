extension RichText {
  /// Parses the Pango-style markup users type in titles and labels, in pure Swift.
  ///
  /// Accepted: `<i>`, `<b>`, `<tt>` (monospace), `<sup>`, `<sub>` (nesting; see
  /// ``TextAttributes/scripts``) and `<span>` with the attributes of
  /// ``spanAttributeNames``; the XML entities `&lt; &gt; &amp; &quot; &apos;` and character
  /// references `&#N;`, `&#xH;`. Tags must nest and close (`<i>x<b>y</i></b>` is refused).
  /// A `<` or `&` that starts no tag or entity is refused, so "a < b" must be written
  /// "a &lt; b" (Pango would drop the whole text). Everything else is text, kept as typed.
  ///
  /// TeX math: `$…$` is a formula in text style, `$$…$$` in display style, read raw (no
  /// tags or entities inside, so `$a < b$` needs no escape) and parsed by ``MathParser``,
  /// whose ``MathError`` comes back as ``MarkupError/Fault/math(_:)`` at the formula's
  /// character. `\$` is a literal dollar sign; any other backslash outside math is text.
  public init(markup: String) throws(MarkupError) {
    var parser = MarkupParser(markup)
    self.init(nodes: try parser.parse())
  }

  /// The attributes `<span>` takes: `foreground` (or `color`) as #RGB or #RRGGBB; `weight`
  /// (or `font_weight`) normal or bold; `style` (or `font_style`) normal or italic;
  /// `font_family` (or `face`) a family name.
  public static let spanAttributeNames = [
    "foreground", "color", "weight", "font_weight", "style", "font_style", "font_family", "face",
  ]
}

/// The scanner behind ``RichText/init(markup:)``: a stack of open tags, each with the
/// attributes inside it.
private struct MarkupParser {
  let characters: [Character]
  var index = 0
  var runs: [RichText.Node] = []
  var text = ""
  var open: [(name: String, offset: Int, attributes: TextAttributes)] = []

  init(_ markup: String) { characters = Array(markup) }

  var attributes: TextAttributes { open.last?.attributes ?? TextAttributes() }

  mutating func parse() throws(MarkupError) -> [RichText.Node] {
    while index < characters.count {
      let c = characters[index]
      if c == "\\", index + 1 < characters.count, characters[index + 1] == "$" {
        text.append("$")
        index += 2
      } else if c == "$" {
        try math()
      } else if c == "<" {
        try tag()
      } else if c == "&" {
        text += try entity()
      } else {
        text.append(c)
        index += 1
      }
    }
    if let last = open.last { throw MarkupError(.unclosed(last.name), at: last.offset) }
    flush()
    return runs
  }

  mutating func flush() {
    if !text.isEmpty { runs.append(.run(TextRun(text, attributes))) }
    text = ""
  }

  /// `$…$` or `$$…$$` at `index`: a math node, its TeX parsed to report faults here.
  mutating func math() throws(MarkupError) {
    let start = index
    let display = index + 1 < characters.count && characters[index + 1] == "$"
    index += display ? 2 : 1
    let bodyStart = index
    var source = ""
    while index < characters.count {
      let c = characters[index]
      if c == "\\", index + 1 < characters.count {
        source.append(c)
        source.append(characters[index + 1])
        index += 2
        continue
      }
      if c == "$" { break }
      source.append(c)
      index += 1
    }
    guard index < characters.count, !display || (index + 1 < characters.count && characters[index + 1] == "$") else {
      throw MarkupError(.unclosedMath(display: display), at: start)
    }
    index += display ? 2 : 1
    do { _ = try MathParser.parse(source) } catch { throw MarkupError(.math(error), at: bodyStart + error.offset) }
    flush()
    runs.append(.math(source, display: display))
  }

  /// `&…;` at `index`, decoded.
  mutating func entity() throws(MarkupError) -> String {
    let start = index
    guard let end = characters[index...].prefix(12).firstIndex(of: ";") else {
      throw MarkupError(.strayAmpersand, at: start)
    }
    let name = String(characters[(index + 1)..<end])
    index = end + 1
    switch name {
    case "lt": return "<"
    case "gt": return ">"
    case "amp": return "&"
    case "quot": return "\""
    case "apos": return "'"
    default: break
    }
    guard name.hasPrefix("#") else {
      guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber }) else {
        throw MarkupError(.strayAmpersand, at: start)
      }
      throw MarkupError(.unknownEntity(name), at: start)
    }
    let digits = name.dropFirst()
    let hex = digits.first == "x" || digits.first == "X"
    let value = UInt32(hex ? String(digits.dropFirst()) : String(digits), radix: hex ? 16 : 10)
    guard let value, value != 0, let scalar = Unicode.Scalar(value) else {
      throw MarkupError(.badCharacterReference(name), at: start)
    }
    return String(Character(scalar))
  }

  /// A tag at `index`: `<name attr="v">` or `</name>`.
  mutating func tag() throws(MarkupError) {
    let start = index
    guard let end = characters[index...].firstIndex(of: ">") else { throw MarkupError(.strayLessThan, at: start) }
    let body = String(characters[(index + 1)..<end])
    guard let first = body.first, first.isLetter || first == "/" else { throw MarkupError(.strayLessThan, at: start) }
    index = end + 1
    if first == "/" {
      let name = String(body.dropFirst())
      guard let last = open.last, last.name == name else {
        throw MarkupError(.unexpectedClose(tag: name, open: open.last?.name), at: start)
      }
      flush()
      open.removeLast()
      return
    }
    let name = String(body.prefix { $0.isLetter })
    let rest = body.dropFirst(name.count)
    var inner = attributes
    switch name {
    case "i": inner.italic = true
    case "b": inner.bold = true
    case "tt": inner.monospace = true
    case "sup": inner.scripts.append(.superscript)
    case "sub": inner.scripts.append(.subscript)
    case "span": try Self.applySpan(rest, to: &inner, at: start, tag: "<" + body + ">")
    default: throw MarkupError(.unknownTag(name), at: start)
    }
    if name != "span", !rest.allSatisfy(\.isWhitespace) {
      let attribute = rest.drop { $0.isWhitespace }.prefix { $0 != "=" && !$0.isWhitespace }
      if attribute.isEmpty || rest.first?.isWhitespace != true {
        throw MarkupError(.malformedTag("<" + body + ">"), at: start)
      }
      throw MarkupError(.unknownAttribute(tag: name, name: String(attribute)), at: start)
    }
    flush()
    open.append((name, start, inner))
  }
}

extension MarkupParser {
  /// Applies `<span>`'s attributes in `rest` (the tag after its name) to `attributes`.
  static func applySpan(
    _ rest: Substring, to attributes: inout TextAttributes, at offset: Int, tag: String
  ) throws(MarkupError) {
    var rest = rest
    guard rest.isEmpty || rest.first?.isWhitespace == true else { throw MarkupError(.malformedTag(tag), at: offset) }
    while true {
      rest = rest.drop { $0.isWhitespace }
      if rest.isEmpty { return }
      let name = String(rest.prefix { $0 != "=" && !$0.isWhitespace })
      rest = rest.dropFirst(name.count).drop { $0.isWhitespace }
      guard !name.isEmpty, rest.first == "=" else { throw MarkupError(.malformedTag(tag), at: offset) }
      rest = rest.dropFirst().drop { $0.isWhitespace }
      guard let quote = rest.first, quote == "\"" || quote == "'",
        let close = rest.dropFirst().firstIndex(of: quote)
      else { throw MarkupError(.malformedTag(tag), at: offset) }
      let value = String(rest[rest.index(after: rest.startIndex)..<close])
      rest = rest[rest.index(after: close)...]
      guard rest.isEmpty || rest.first?.isWhitespace == true else { throw MarkupError(.malformedTag(tag), at: offset) }
      try apply(name, value, to: &attributes, at: offset)
    }
  }

  private static func apply(
    _ name: String, _ value: String, to attributes: inout TextAttributes, at offset: Int
  ) throws(MarkupError) {
    let bad = { (allowed: String) in
      MarkupError(.badAttributeValue(name: name, value: value, allowed: allowed), at: offset)
    }
    switch name {
    case "foreground", "color":
      guard let color = hexColor(value) else { throw bad("a colour #RGB or #RRGGBB") }
      attributes.color = color
    case "weight", "font_weight":
      switch value {
      case "normal": attributes.bold = false
      case "bold": attributes.bold = true
      default: throw bad("normal or bold")
      }
    case "style", "font_style":
      switch value {
      case "normal": attributes.italic = false
      case "italic": attributes.italic = true
      default: throw bad("normal or italic")
      }
    case "font_family", "face":
      guard !value.isEmpty, !value.contains(",") else { throw bad("one font family name") }
      attributes.family = value
    default:
      throw MarkupError(.unknownAttribute(tag: "span", name: name), at: offset)
    }
  }

  /// `#RGB` or `#RRGGBB` (hex digits, either case) as an opaque colour.
  static func hexColor(_ text: String) -> Color? {
    guard text.first == "#" else { return nil }
    var digits = String(text.dropFirst())
    guard digits.count == 3 || digits.count == 6, digits.allSatisfy(\.isHexDigit) else { return nil }
    if digits.count == 3 { digits = digits.map { "\($0)\($0)" }.joined() }
    return UInt32(digits, radix: 16).map { Color(hex: $0) }
  }
}
