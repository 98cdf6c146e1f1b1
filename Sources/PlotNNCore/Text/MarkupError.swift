/// Why a markup string was refused: the fault, where it is, and what is allowed instead.
///
/// `offset` counts characters (extended grapheme clusters) from the start of the markup,
/// from 0; the message gives it 1-based ("at character 3").
public struct MarkupError: Error, Sendable, Hashable, CustomStringConvertible {
  public enum Fault: Sendable, Hashable {
    /// `<` that starts no tag, e.g. "a < b".
    case strayLessThan
    /// `&` that starts no entity, e.g. "R&D".
    case strayAmpersand
    /// `&name;` other than the five XML entities.
    case unknownEntity(String)
    /// `&#…;` that is not a valid character number.
    case badCharacterReference(String)
    /// A tag plotnn does not draw, e.g. `<u>`.
    case unknownTag(String)
    /// A tag cut off or written wrongly, e.g. `<i` or `<span foreground=red>`.
    case malformedTag(String)
    /// An attribute a tag does not take, e.g. `<span size="9">`.
    case unknownAttribute(tag: String, name: String)
    /// An attribute value out of its choices, e.g. `weight="heavy"`.
    case badAttributeValue(name: String, value: String, allowed: String)
    /// A closing tag that closes nothing open, or not the innermost open tag.
    case unexpectedClose(tag: String, open: String?)
    /// A tag still open at the end.
    case unclosed(String)
    /// A `$` (or `$$`) that no `$` (`$$`) closes.
    case unclosedMath(display: Bool)
    /// A formula's TeX refused (the error's offset is within the formula).
    case math(MathError)
  }

  public var fault: Fault
  /// Where the fault starts, in characters from 0.
  public var offset: Int

  public init(_ fault: Fault, at offset: Int) {
    self.fault = fault
    self.offset = offset
  }

  /// The tags ``RichText/init(markup:)`` accepts, for messages.
  public static let allowedTags = "<i>, <b>, <tt>, <sup>, <sub> and <span>"

  public var description: String {
    let at = "at character \(offset + 1)"
    let escapes = "write &lt; for <, &gt; for > and &amp; for &"
    switch fault {
    case .strayLessThan:
      return "'<' \(at) starts no tag; \(escapes)"
    case .strayAmpersand:
      return "'&' \(at) starts no entity; \(escapes)"
    case .unknownEntity(let name):
      return "unknown entity '&\(name);' \(at); the entities are &lt; &gt; &amp; &quot; &apos; and &#N; or &#xH;"
    case .badCharacterReference(let text):
      return "'&\(text);' \(at) is not a valid character number; write &#N; or &#xH; for a Unicode scalar value"
    case .unknownTag(let name):
      return "unknown tag <\(name)> \(at); the tags are \(Self.allowedTags); \(escapes)"
    case .malformedTag(let text):
      return "malformed tag '\(text)' \(at); write tags as <i>…</i> and attributes as name=\"value\"; \(escapes)"
    case .unknownAttribute(let tag, let name):
      return "<\(tag)> \(at) has no attribute '\(name)'; <span> takes "
        + RichText.spanAttributeNames.joined(separator: ", ") + " and other tags take none; \(escapes)"
    case .badAttributeValue(let name, let value, let allowed):
      return "\(name)=\"\(value)\" \(at) is not allowed; \(name) takes \(allowed)"
    case .unexpectedClose(let tag, let open):
      if let open { return "</\(tag)> \(at) does not close the open <\(open)>; close tags innermost first" }
      return "</\(tag)> \(at) closes no open tag"
    case .unclosed(let tag):
      return "unclosed <\(tag)> \(at); close it with </\(tag)>, or \(escapes)"
    case .unclosedMath(let display):
      let mark = display ? "$$" : "$"
      return "'\(mark)' \(at) opens a formula no '\(mark)' closes; write \\$ for a dollar sign"
    case .math(let error):
      var inner = error
      inner.offset = offset
      return "in a formula: " + inner.description
    }
  }
}
