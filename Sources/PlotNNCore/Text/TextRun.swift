/// A stretch of text whose characters share attributes.
public struct TextRun: Sendable, Hashable {
  public var text: String
  public var attributes: TextAttributes

  public init(_ text: String, _ attributes: TextAttributes = TextAttributes()) {
    self.text = text
    self.attributes = attributes
  }
}
