import Testing

@testable import PlotNNCore

/// `kind: panels` in a manifest: panel entries read as figure entries of their kinds (or
/// bare functions), and each bad one is an error naming its line and key path.
@Suite struct PanelsManifestTests {
  typealias N = ManifestNode
  static func s(_ v: String, _ line: Int) -> N { .scalar(v, line: line) }
  static func map(_ line: Int, _ pairs: [(String, N)]) -> N {
    .mapping(pairs.map { N.Entry(key: $0.0, line: $0.1.line, value: $0.1) }, line: line)
  }
  static func decode(_ entries: [(String, N)]) throws(ManifestError) -> Manifest {
    let doc = map(
      1, [("figures", .sequence([map(4, [("name", s("g", 4)), ("kind", s("panels", 5))] + entries)], line: 3))])
    return try Manifest.decode(doc, file: "m.yaml", schema: manifestSchema).requireAll()
  }

  @Test func panelsReadAsFigureEntries() throws {
    let manifest = try Self.decode([
      ("layout", Self.s("2x3", 6)),
      (
        "panels",
        .sequence(
          [
            Self.s("relu", 8),
            Self.map(9, [("functions", Self.s("tanh", 9)), ("from", Self.s("-3", 9)), ("title", Self.s("T", 9))]),
            Self.map(
              10,
              [("kind", Self.s("softmax", 10)), ("logits", .sequence([Self.s("1", 10), Self.s("2", 10)], line: 10))]),
          ], line: 7)
      ),
    ])
    let grid = try #require(manifest.figures.first?.spec.figure as? PanelsFigure)
    #expect(grid.grid == (2, 3))
    #expect(grid.panels.count == 3)
    #expect((grid.panels[0].figure as? LineFigure)?.functions == ["relu"])
    #expect((grid.panels[1].figure as? LineFigure)?.from == -3)
    #expect(grid.panels[1].title == "T")
    #expect((grid.panels[2].figure as? SoftmaxFigure)?.logits == [1, 2])
  }

  static let errors: [([(String, N)], Int, String, String)] = [
    ([("layout", s("0x3", 6)), ("panels", .sequence([s("relu", 7)], line: 7))], 6, "layout", "from 1 to 12"),
    (
      [("layout", s("1x1", 6)), ("panels", .sequence([s("relu", 7), s("tanh", 7)], line: 7))], 6, "layout",
      "2 panels do not fit a 1x1 layout"
    ),
    ([("layout", s("three", 6)), ("panels", .sequence([s("relu", 7)], line: 7))], 6, "layout", "ROWSxCOLUMNS"),
    (
      [("panels", .sequence([s("relu", 7), map(8, [("kind", s("histogram", 8))])], line: 7))], 8, "panels.2.kind",
      "unknown panel kind 'histogram'"
    ),
    (
      [("panels", .sequence([map(8, [("functions", s("relu", 8)), ("size", s("3x3", 9))])], line: 7))], 9,
      "panels.1.size", "unknown key 'size' in a line panel"
    ),
    (
      [("panels", .sequence([map(8, [("functions", s("relu", 8)), ("from", s("x", 9))])], line: 7))], 9,
      "panels.1.from", "expected a number"
    ),
    ([("panels", .sequence([s("nosuch", 8)], line: 7))], 7, "panels", "panel 1 (line): unknown name 'nosuch'"),
  ]

  @Test(arguments: errors)
  func badPanelsNameTheirLineAndKey(entries: [(String, N)], line: Int, key: String, words: String) {
    do {
      _ = try Self.decode(entries)
      Issue.record("no error for \(entries.map(\.0))")
    } catch {
      #expect(error.line == line, "\(error.description)")
      #expect(error.key == key, "\(error.description)")
      #expect(error.description.contains(words), "\(error.description)")
    }
  }
}
