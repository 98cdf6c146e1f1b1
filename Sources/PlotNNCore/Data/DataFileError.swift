/// A fault in a data file or in how a figure picks its columns, placed as
/// `file:line:column: message` (line and column when known, from 1).
///
/// Decision: ``isUsage`` splits the faults by whose they are, for the exit status: the
/// file's own (unreadable, too large, a bad row or cell) are the data's (exit 1, as an
/// unreadable input is), a column the file lacks or a bad column choice are the command
/// line's or the manifest entry's (exit 64, a usage error).
public struct DataFileError: Error, Sendable, Hashable, CustomStringConvertible {
  public var file: String
  public var line: Int?
  public var column: Int?
  public var message: String
  /// The figure's request is at fault, not the file (see the type's notes).
  public var isUsage = false

  public init(file: String, line: Int? = nil, column: Int? = nil, message: String, isUsage: Bool = false) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
    self.isUsage = isUsage
  }

  /// `loss.csv:14:9: message`.
  public var description: String {
    var place = file
    if let line {
      place += ":\(line)"
      if let column { place += ":\(column)" }
    }
    return place + ": " + message
  }
}
