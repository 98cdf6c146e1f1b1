/// A problem reading one manifest value, before its file and figure are known: the message,
/// and the line and key when they differ from the entry being read.
public struct ManifestProblem: Error, Sendable {
  public var message: String
  public var line: Int?
  public var key: String?

  public init(_ message: String, line: Int? = nil, key: String? = nil) {
    self.message = message
    self.line = line
    self.key = key
  }
}
