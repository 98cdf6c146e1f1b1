import Foundation
import Testing

@testable import PlotNNCore

/// `plotnn sample` streams (``SampleStream``); its bytes must be those the stored table
/// always printed, which came from JSONEncoder and string interpolation of the whole table.
@Suite struct SampleStreamTests {
  /// The JSON as it was built before streaming: one JSONEncoder call on the whole document.
  static func wholeDocumentJSON(function: String, rows: [SampleTable.Row]) throws -> String {
    struct Document: Codable {
      var function: String
      var points: [SampleTable.Row]
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    return String(decoding: try encoder.encode(Document(function: function, points: rows)), as: UTF8.self) + "\n"
  }

  /// Doubles of every kind (random bit patterns: subnormals, huge, tiny, integers,
  /// negative zero, NaN, infinities) are written as JSONEncoder writes them.
  @Test func jsonNumbersAreJSONEncodersSpelling() throws {
    var random = SplitMix64(state: 8)
    var values: [Double] = [
      0, -0.0, 1, -5, 1e-5, 1e22, 1e16, 123456789012345680, .leastNonzeroMagnitude, .greatestFiniteMagnitude,
    ]
    values += [.infinity, -.infinity, .nan, -Double.nan, 0.1, 2.5, 1e-7, 100, 1e15, 4.35]
    for _ in 0..<20_000 { values.append(Double(bitPattern: random.next())) }
    for _ in 0..<5_000 { values.append(Double(Int64(bitPattern: random.next()) >> Int64(random.below(64)))) }
    let rows = stride(from: 0, to: values.count - 2, by: 3).map {
      SampleTable.Row(x: values[$0], y: values[$0 + 1], dy: values[$0 + 2])
    }
    for name in ["relu", "x/2", "a \"quoted\" \\ name\u{1}", "中文 é"] {
      let table = try SampleTable(function: name, rows: rows)
      #expect(table.json == (try Self.wholeDocumentJSON(function: name, rows: rows)), "\(name)")
    }
  }

  /// The streamed text, chunk by chunk, is the stored table's, for counts around the chunk
  /// size; a chunk never holds more than ``SampleStream/chunkRows`` rows.
  @Test(arguments: [1, 2, SampleStream.chunkRows - 1, SampleStream.chunkRows, SampleStream.chunkRows + 1, 10_000])
  func streamedBytesAreTheTables(count: Int) throws {
    let stream = try SampleStream("log(x)", from: -1, to: 3, count: count, catalog: .standard)
    let table = SampleTable(stream)
    var csv: [String] = []
    var json: [String] = []
    stream.writeCSV { csv.append($0) }
    stream.writeJSON { json.append($0) }
    #expect(csv.joined() == table.csv)
    #expect(json.joined() == table.json)
    #expect(table.json == (try Self.wholeDocumentJSON(function: "log(x)", rows: table.rows)))
    #expect(csv.count == (count + SampleStream.chunkRows - 1) / SampleStream.chunkRows)
    #expect(csv.allSatisfy { $0.utf8.count < SampleStream.chunkRows * 100 })
  }
}

extension SampleTable {
  /// A table of given rows (for tests of the formatters).
  init(function: String, rows: [Row]) throws {
    self.init(try Catalog.standard.source("relu"), name: function, from: 0, to: 0, count: 0)
    self.rows = rows
  }
}
