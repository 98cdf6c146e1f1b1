/// A CSV file read strictly by RFC 4180: a header row, then records of as many fields,
/// each field plain or in double quotes (a quote inside doubled, `""`; commas and line
/// breaks allowed inside quotes), records ended by CRLF or LF.
///
/// Decision: a small strict reader of our own rather than a library: the figures need
/// only numbers under named columns, and every fault must name its file, line and column
/// (`loss.csv:14:9: …`), which the CSV libraries of the Swift ecosystem do not report.
/// Strict means: a row with a field more or less than the header, a quote inside an
/// unquoted field, text after a closing quote, a quote never closed, a lone carriage
/// return or an empty line is refused, never guessed at. A UTF-8 byte order mark at the
/// start (spreadsheets write one) is skipped; the text must be UTF-8. Columns count
/// Unicode scalars from 1, lines from 1 (a line break inside quotes starts a new line).
///
/// Bounds: at most ``maximumBytes`` (8 MiB) and ``maximumRows`` (100 000) data rows, each
/// refused with the limit named, so a stray file cannot take the memory.
public struct CSVTable: Sendable, Hashable {
  /// A field as read, and where it starts (its opening quote when quoted).
  public struct Cell: Sendable, Hashable {
    public var text: String
    public var line: Int
    public var column: Int
  }

  /// The file's name as given, for messages.
  public var file: String
  /// The header's fields (column names).
  public var header: [Cell]
  /// The data rows, each as many cells as the header.
  public var rows: [[Cell]]

  /// Largest file read: 8 MiB (about 200 000 rows of three numbers in shortest form).
  public static let maximumBytes = 8 << 20
  /// Most data rows: 100 000 (a curve has a few thousand device columns to draw them on).
  public static let maximumRows = 100_000

  /// The table of `bytes`, the contents of `file`.
  public static func parse(_ bytes: [UInt8], file: String) throws(DataFileError) -> CSVTable {
    guard bytes.count <= maximumBytes else {
      throw DataFileError(
        file: file, message: "the file is \(bytes.count) bytes; at most \(maximumBytes) (8 MiB) are read")
    }
    guard String(validating: bytes, as: UTF8.self) != nil else {
      throw DataFileError(file: file, line: firstInvalidLine(bytes), message: "the file is not valid UTF-8 text")
    }
    var reader = CSVScanner(bytes: bytes, file: file)
    guard let header = try reader.record() else {
      throw DataFileError(file: file, line: 1, column: 1, message: "the file is empty; a header row is needed")
    }
    try checkHeader(header, file: file)
    var rows: [[Cell]] = []
    while let record = try reader.record() {
      guard rows.count < maximumRows else {
        throw DataFileError(
          file: file, line: record[0].line, column: 1,
          message: "more than \(maximumRows) data rows; at most \(maximumRows) are read (thin the data first)")
      }
      guard record.count == header.count else {
        let (line, column) =
          record.count > header.count
          ? (record[header.count].line, record[header.count].column) : reader.lastLineEnd
        throw DataFileError(
          file: file, line: line, column: column,
          message: "\(record.count) field\(record.count == 1 ? "" : "s") where the header has \(header.count)")
      }
      rows.append(record)
    }
    guard !rows.isEmpty else {
      throw DataFileError(file: file, line: 2, column: 1, message: "no data rows under the header")
    }
    return CSVTable(file: file, header: header, rows: rows)
  }

  /// Column names are not empty and not repeated (a name must pick one column).
  static func checkHeader(_ header: [Cell], file: String) throws(DataFileError) {
    var seen: [String: Int] = [:]
    for (i, cell) in header.enumerated() {
      let name = cell.text.trimmingSpaces
      guard !name.isEmpty else {
        throw DataFileError(
          file: file, line: cell.line, column: cell.column,
          message: "column \(i + 1) of the header has no name; every column needs one")
      }
      if let first = seen[name] {
        throw DataFileError(
          file: file, line: cell.line, column: cell.column,
          message: "the header names column '\(name)' twice (columns \(first + 1) and \(i + 1))")
      }
      seen[name] = i
    }
  }

  /// The line of the first bytes that are not UTF-8.
  static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
    var line = 1
    var iterator = bytes.makeIterator()
    var parser = Unicode.UTF8.ForwardParser()
    while case .valid(let scalar) = parser.parseScalar(from: &iterator) {
      if scalar.count == 1, scalar.first == 0x0A { line += 1 }
    }
    return line
  }

  /// The column names, trimmed of spaces.
  public var names: [String] { header.map(\.text.trimmingSpaces) }
}

extension String {
  /// Without leading and trailing spaces and tabs.
  var trimmingSpaces: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
      let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
    else { return "" }
    return String(scalars[first...last])
  }
}
