/// Reads the records of a CSV text one at a time (``CSVTable``'s rules), keeping the line
/// and column (in Unicode scalars) of every field.
struct CSVScanner {
  let bytes: [UInt8]
  let file: String
  private var i = 0
  private var line = 1
  private var column = 1
  /// Where the last record's line ended (line, column of its line break or of the end).
  private(set) var lastLineEnd = (1, 1)

  private static let quote = UInt8(ascii: "\"")
  private static let comma = UInt8(ascii: ",")
  private static let cr = UInt8(ascii: "\r")
  private static let lf = UInt8(ascii: "\n")

  init(bytes: [UInt8], file: String) {
    self.bytes = bytes
    self.file = file
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
  }

  /// The next record, nil at the end of the text.
  mutating func record() throws(DataFileError) -> [CSVTable.Cell]? {
    guard i < bytes.count else { return nil }
    if bytes[i] == Self.lf || bytes[i] == Self.cr {
      throw DataFileError(
        file: file, line: line, column: column, message: "an empty line; remove it (every row holds every column)")
    }
    var cells: [CSVTable.Cell] = []
    while true {
      cells.append(try field())
      guard i < bytes.count else {
        lastLineEnd = (line, column)
        return cells
      }
      switch bytes[i] {
      case Self.comma:
        advance()
      case Self.lf:
        lastLineEnd = (line, column)
        newLine()
        return cells
      default:  // a carriage return (the field stops only at these three)
        lastLineEnd = (line, column)
        guard i + 1 < bytes.count, bytes[i + 1] == Self.lf else {
          throw DataFileError(
            file: file, line: line, column: column,
            message: "a carriage return not followed by a line feed; lines end in CRLF or LF")
        }
        i += 1
        newLine()
        return cells
      }
    }
  }

  /// One field, plain or quoted; stops before the comma or line break after it.
  private mutating func field() throws(DataFileError) -> CSVTable.Cell {
    let (startLine, startColumn) = (line, column)
    var text: [UInt8] = []
    if i < bytes.count, bytes[i] == Self.quote {
      advance()
      while true {
        guard i < bytes.count else {
          throw DataFileError(
            file: file, line: startLine, column: startColumn,
            message: "a quoted field is never closed; end it with \" (a quote inside is written \"\")")
        }
        let b = bytes[i]
        if b == Self.quote {
          if i + 1 < bytes.count, bytes[i + 1] == Self.quote {
            text.append(Self.quote)
            advance()
            advance()
            continue
          }
          advance()
          break
        }
        text.append(b)
        if b == Self.lf { newLine() } else { advance() }
      }
      if i < bytes.count, ![Self.comma, Self.cr, Self.lf].contains(bytes[i]) {
        throw DataFileError(
          file: file, line: line, column: column,
          message: "text after a closing quote; a quoted field ends at its quote (a quote inside is written \"\")")
      }
    } else {
      while i < bytes.count, ![Self.comma, Self.cr, Self.lf].contains(bytes[i]) {
        if bytes[i] == Self.quote {
          throw DataFileError(
            file: file, line: line, column: column,
            message: "a quote inside an unquoted field; quote the whole field and write the quote as \"\"")
        }
        text.append(bytes[i])
        advance()
      }
    }
    return CSVTable.Cell(text: String(decoding: text, as: UTF8.self), line: startLine, column: startColumn)
  }

  /// Past one byte; the column counts scalars (UTF-8 continuation bytes add none).
  private mutating func advance() {
    if bytes[i] & 0xC0 != 0x80 { column += 1 }
    i += 1
  }

  private mutating func newLine() {
    i += 1
    line += 1
    column = 1
  }
}
