import Testing

@testable import PlotNNCore

/// The strict CSV reader: RFC 4180 quoting and line ends read right, and each kind of bad
/// file refused at its file:line:column (positions counted by hand in the literals).
@Suite struct CSVTableTests {
  /// The entry reading columns `x` and `y` of `text` (the file `t.csv`).
  func loaded(_ text: String, x: String? = nil, y: [String] = []) throws(DataFileError) -> LineFigure.LoadedData? {
    let table = try CSVTable.parse(Array(text.utf8), file: "t.csv")
    var entry = LineFigure.DataEntry(
      file: "t.csv", x: x.map(LineFigure.DataColumn.init), y: y.map(LineFigure.DataColumn.init))
    try entry.load(table)
    return entry.loaded
  }

  /// The message of the fault reading `text`, or nil when it reads.
  func fault(_ text: String, x: String? = nil, y: [String] = []) -> DataFileError? {
    do {
      _ = try loaded(text, x: x, y: y)
      return nil
    } catch { return error }
  }

  /// The fault parsing `bytes`, or nil when they parse.
  func parseFault(_ bytes: [UInt8]) -> DataFileError? {
    do {
      _ = try CSVTable.parse(bytes, file: "t.csv")
      return nil
    } catch { return error }
  }

  @Test func quotedFieldsDoubledQuotesAndCRLFRead() throws {
    let text = "step,\"loss \"\"a\"\"\",note\r\n1,\"0.5\",\"x, y\"\r\n\"2\", 0.25 ,\"two\r\nlines\"\r\n3,0.125,z"
    let table = try CSVTable.parse(Array(text.utf8), file: "t.csv")
    #expect(table.names == ["step", "loss \"a\"", "note"])
    #expect(table.rows.count == 3)
    #expect(table.rows[0][2].text == "x, y")
    #expect(table.rows[1][2].text == "two\r\nlines")
    // The line break inside quotes starts line 4: the last row is on line 5.
    #expect(table.rows[2][0].line == 5)
    let data = try #require(try loaded(text, y: ["loss \"a\""]))
    #expect(data.x == [1, 2, 3])
    #expect(data.y[0].values == [0.5, 0.25, 0.125])
    #expect(data.y[0].name == "loss \"a\"")
  }

  @Test func aByteOrderMarkIsSkippedAndColumnsCountScalars() throws {
    let text = "\u{FEFF}x,y\n1,2\n"
    #expect(try loaded(text)?.x == [1])
    // "ü" is two bytes but one column: the bad cell starts at column 5, not 6.
    #expect(
      fault("n,x,y\né,1,2\nü,3,abc\n", x: "x", y: ["y"])?.description
        == "t.csv:3:5: 'abc' in column 'y' is not a number")
  }

  @Test func aRowWithTooManyFieldsIsPlacedAtTheFirstExtraField() {
    #expect(fault("a,b\n1,2\n3,4,5\n")?.description == "t.csv:3:5: 3 fields where the header has 2")
  }

  @Test func aRowWithTooFewFieldsIsPlacedAtItsEnd() {
    #expect(fault("a,b,c\n1,2,3\n4,5\n")?.description == "t.csv:3:4: 2 fields where the header has 3")
    #expect(fault("a,b\n1,2\n\n3,4\n")?.description.hasPrefix("t.csv:3:1: an empty line") == true)
  }

  @Test func anEmptyCellIsPlaced() {
    #expect(fault("a,b\n1,\n")?.description == "t.csv:2:3: empty cell in column 'b'; every row needs a number there")
  }

  @Test func aNonNumberIsPlaced() {
    #expect(fault("a,b\n1,2\n3,abc\n")?.description == "t.csv:3:3: 'abc' in column 'b' is not a number")
  }

  @Test func nanAndInfinitiesAreRefused() {
    for bad in ["nan", "inf", "-infinity", "1e999"] {
      let message = fault("a,b\n1,\(bad)\n")?.description ?? ""
      #expect(message.hasPrefix("t.csv:2:3: '\(bad)' in column 'b': NaN and infinities are refused"), "\(message)")
    }
  }

  @Test func quoteErrorsArePlaced() {
    #expect(
      fault("a,b\n1,2\"3\n")?.description
        == "t.csv:2:4: a quote inside an unquoted field; quote the whole field and write the quote as \"\"")
    #expect(fault("a,b\n1,\"2\"x\n")?.description.hasPrefix("t.csv:2:6: text after a closing quote") == true)
    #expect(fault("a,b\n1,2\n3,\"4\n")?.description.hasPrefix("t.csv:3:3: a quoted field is never closed") == true)
    #expect(fault("a,b\r1,2\n")?.description.hasPrefix("t.csv:1:4: a carriage return not followed") == true)
  }

  @Test func onlyTheDrawnColumnsMustHoldNumbers() throws {
    let text = "run,epoch,loss\nbaseline,1,0.5\n\"b, 2\",2,0.25\n"
    let data = try #require(try loaded(text, x: "epoch", y: ["loss"]))
    #expect(data.x == [1, 2] && data.y[0].values == [0.5, 0.25])
    #expect(fault(text)?.description == "t.csv:2:1: 'baseline' in column 'run' is not a number")
  }

  @Test func columnsAreChosenByNameOrPositionAndAMissingOneIsAUsageFault() throws {
    let text = "x,sin,cos\n0,0,1\n1,0.8,0.5\n"
    #expect(try loaded(text, x: "1", y: ["3", "sin"])?.y.map(\.name) == ["cos", "sin"])
    let missing = try #require(fault(text, y: ["son"]))
    #expect(missing.isUsage)
    #expect(
      missing.description
        == "t.csv: no column named 'son' for y; did you mean 'sin' or 'cos'? the columns are 'x', 'sin', 'cos'")
    let outside = try #require(fault(text, y: ["4"]))
    #expect(outside.isUsage && outside.description.contains("y column 4 is out of range: the file has 3 columns"))
    #expect(fault("a,b\n1,2\n3,x\n")?.isUsage == false)
  }

  @Test func headersMustNameEveryColumnOnce() {
    #expect(fault("a,a\n1,2\n")?.description == "t.csv:1:3: the header names column 'a' twice (columns 1 and 2)")
    #expect(fault("a,\n1,2\n")?.description.hasPrefix("t.csv:1:3: column 2 of the header has no name") == true)
    #expect(fault("")?.description.hasPrefix("t.csv:1:1: the file is empty") == true)
    #expect(fault("a,b\n")?.description == "t.csv:2:1: no data rows under the header")
  }

  @Test func theBoundsAreNamedInTheirMessages() throws {
    var rows = "x,y\n"
    rows.reserveCapacity(1_300_000)
    for i in 0...CSVTable.maximumRows { rows += "\(i),1\n" }
    let many = try #require(fault(rows))
    #expect(
      many.description
        == "t.csv:\(CSVTable.maximumRows + 2):1: more than 100000 data rows; at most 100000 are read (thin the data first)"
    )
    let big = [UInt8](repeating: UInt8(ascii: "1"), count: CSVTable.maximumBytes + 1)
    #expect(parseFault(big)?.description == "t.csv: the file is 8388609 bytes; at most 8388608 (8 MiB) are read")
    #expect(
      parseFault([0x78, 0x2C, 0x79, 0x0A, 0x31, 0x2C, 0xFF, 0x0A])?.description
        == "t.csv:2: the file is not valid UTF-8 text")
  }
}
