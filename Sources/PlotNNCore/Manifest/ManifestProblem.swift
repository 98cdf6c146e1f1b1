/// A problem reading one manifest value, before its file and figure are known: the message,
/// and the line and key when they differ from the entry being read.
public struct ManifestProblem: Error, Sendable {
  public var message: String
  public var line: Int?
  public var key: String?
  /// The file the problem is in when it is not the manifest (a style file it names).
  public var file: String?

  public init(_ message: String, line: Int? = nil, key: String? = nil, file: String? = nil) {
    self.message = message
    self.line = line
    self.key = key
    self.file = file
  }
}
