import Testing

@testable import PlotNNCore

/// The schema of the manifest tests: the standard kinds and catalog, three format ids.
let manifestSchema = ManifestSchema(formats: ["png", "svg", "pdf"])

/// Manifest decoding from hand-built trees (no YAML library involved).
@Suite struct ManifestTests {
  typealias N = ManifestNode

  static func s(_ v: String, _ line: Int = 1) -> N { .scalar(v, line: line) }
  static func map(_ line: Int, _ pairs: [(String, N)]) -> N {
    .mapping(pairs.map { N.Entry(key: $0.0, line: $0.1.line, value: $0.1) }, line: line)
  }
  static func document(_ figures: [N], defaults: [(String, N)] = []) -> N {
    map(1, [("defaults", map(2, defaults)), ("figures", .sequence(figures, line: 3))])
  }

  @Test func defaultsApplyAndFiguresOverride() throws {
    let doc = Self.document(
      [
        Self.map(4, [("name", Self.s("a", 4)), ("functions", Self.s("relu", 5))]),
        Self.map(
          6,
          [
            ("name", Self.s("b", 6)), ("functions", .sequence([Self.s("tanh", 7), Self.s("elu", 7)], line: 7)),
            ("size", Self.s("320x200", 8)), ("from", Self.s("-3", 9)),
          ]),
      ], defaults: [("size", Self.s("800x600", 2)), ("formats", .sequence([Self.s("svg", 2)], line: 2))])
    let manifest = try Manifest.decode(doc, file: "m.yaml", schema: manifestSchema)
    #expect(manifest.figures.map(\.name) == ["a", "b"])
    #expect(manifest.figures[0].spec.size == FigureSize(px: 800, 600))
    #expect(manifest.figures[1].spec.size == FigureSize(px: 320, 200))
    let line = try #require(manifest.figures[1].spec.options(as: LineFigure.self))
    #expect(line.functions == ["tanh", "elu"])
    #expect(line.from == -3)
    #expect(manifest.figures.allSatisfy { $0.formats == ["svg"] })
  }

  /// (figure entries, expected line, figure, key, words in the message)
  static let errors: [([(String, N)], Int, String?, String?, String)] = [
    ([("name", s("a", 4)), ("functions", s("relu", 5)), ("from", s("abc", 6))], 6, "a", "from", "expected a number"),
    ([("name", s("a", 4)), ("functons", s("relu", 5))], 5, "a", "functons", "unknown key"),
    ([("name", s("a", 4))], 4, "a", "functions", "no function given"),
    ([("functions", s("relu", 5))], 4, nil, "name", "needs a name"),
    ([("name", s("../x", 4)), ("functions", s("relu", 5))], 4, "../x", "name", "letters, digits"),
    ([("name", s("a", 4)), ("functions", s("relu", 5)), ("size", s("big", 7))], 7, "a", "size", "WIDTHxHEIGHT"),
    ([("name", s("a", 4)), ("functions", s("relu", 5)), ("formats", s("gif", 8))], 8, "a", "formats", "png, svg, pdf"),
    ([("name", s("a", 4)), ("functions", s("relu", 5)), ("grid", s("maybe", 9))], 9, "a", "grid", "true or false"),
    ([("name", s("a", 4)), ("kind", s("softmax", 5))], 4, "a", "logits", "logits must hold 1 to 64 numbers"),
    (
      [("name", s("a", 4)), ("functions", s("relu", 5)), ("from", s("2", 6)), ("to", s("1", 7))], 6, "a", "from",
      "less than"
    ),
    ([("name", s("a", 4)), ("functions", s("relu", 5)), ("size", s("5x5", 8))], 8, "a", "size", "under 16 pixels"),
    // YAML's own infinities are numbers, refused by the field's rule (they were "expected
    // a number, got '.inf'").
    ([("name", s("a", 4)), ("functions", s("relu", 5)), ("from", s("-.Inf", 6))], 6, "a", "from", "finite"),
    ([("name", s("a", 4)), ("kind", s("surface", 5)), ("azimuth", s(".inf", 6))], 6, "a", "azimuth", "finite"),
    ([("name", s("a", 4)), ("kind", s("descent", 5)), ("start", s(".NaN", 6))], 6, "a", "start", "within"),
  ]

  @Test(arguments: errors)
  func errorsNameLineFigureAndKey(entries: [(String, N)], line: Int, figure: String?, key: String?, words: String) {
    let doc = Self.document([Self.map(4, entries)])
    do {
      _ = try Manifest.decode(doc, file: "m.yaml", schema: manifestSchema).requireAll()
      Issue.record("no error for \(entries.map(\.0))")
    } catch {
      #expect(error.line == line)
      #expect(error.figure == figure)
      #expect(error.key == key)
      #expect(error.description.hasPrefix("m.yaml:\(line):"))
      #expect(error.description.contains(words), "\(error.description)")
    }
  }

  /// A bad figure is one failure; the figures around it stand.
  @Test func aBadFigureDoesNotFailTheOthers() throws {
    let doc = Self.document([
      Self.map(4, [("name", Self.s("a", 4)), ("functions", Self.s("relu", 5))]),
      Self.map(6, [("name", Self.s("b", 6)), ("functions", Self.s("nosuch", 7))]),
      Self.map(8, [("name", Self.s("c", 8)), ("functions", Self.s("tanh", 9))]),
    ])
    let manifest = try Manifest.decode(doc, file: "m.yaml", schema: manifestSchema)
    #expect(manifest.figures.map(\.name) == ["a", "c"])
    #expect(manifest.failures.map(\.line) == [7] && manifest.failures.map(\.figure) == ["b"])
    #expect(manifest.failures.first?.key == "functions")
  }

  @Test func duplicateNamesPointAtTheFirstUse() {
    let figure = { (line: Int) in Self.map(line, [("name", Self.s("same", line)), ("functions", Self.s("relu", line))])
    }
    do {
      _ = try Manifest.decode(Self.document([figure(4), figure(9)]), file: "m.yaml", schema: manifestSchema)
        .requireAll()
      Issue.record("duplicate accepted")
    } catch {
      #expect(error.line == 9 && error.description.contains("line 4"))
    }
  }

  /// A key given twice inside one figure, at any depth, is that figure's failure with the
  /// line of the repeat, the figure and the key's path; the other figures stand.
  @Test func aRepeatedKeyFailsOnlyItsFigure() throws {
    let mark = Self.map(8, [("x", Self.s("1", 8)), ("label", Self.s("p", 8)), ("x", Self.s("2", 9))])
    let doc = Self.document([
      Self.map(4, [("name", Self.s("a", 4)), ("functions", Self.s("relu", 5)), ("functions", Self.s("tanh", 6))]),
      Self.map(7, [("name", Self.s("b", 7)), ("functions", Self.s("relu", 7)), ("marks", .sequence([mark], line: 8))]),
      Self.map(10, [("name", Self.s("c", 10)), ("functions", Self.s("elu", 10))]),
    ])
    let manifest = try Manifest.decode(doc, file: "m.yaml", schema: manifestSchema)
    #expect(manifest.figures.map(\.name) == ["c"])
    #expect(manifest.failures.map(\.figure) == ["a", "b"])
    #expect(manifest.failures.map(\.line) == [6, 9])
    #expect(manifest.failures.map(\.key) == ["functions", "marks.x"])
    #expect(
      manifest.failures.map(\.description).first
        == "m.yaml:6: figure 'a', key 'functions': given twice in one mapping (first on line 5); give each key once")
    #expect(manifest.failures.last?.message.contains("first on line 8") == true)
  }

  /// A key given twice at the top level or under defaults concerns every figure: the
  /// manifest is refused, naming the line and key.
  @Test func aRepeatedTopLevelOrDefaultKeyFailsTheManifest() {
    let figure = Self.map(4, [("name", Self.s("a", 4)), ("functions", Self.s("relu", 4))])
    let cases: [(N, Int, String)] = [
      (
        Self.map(1, [("title", Self.s("x", 1)), ("title", Self.s("y", 2)), ("figures", .sequence([figure], line: 3))]),
        2, "title"
      ),
      (
        Self.document(
          [figure],
          defaults: [("size", Self.s("10x10", 2)), ("theme", Self.s("dark", 2)), ("size", Self.s("20x20", 3))]), 3,
        "defaults.size"
      ),
    ]
    for (doc, line, key) in cases {
      do {
        _ = try Manifest.decode(doc, file: "m.yaml", schema: manifestSchema)
        Issue.record("a repeated \(key) was accepted")
      } catch {
        #expect(error.line == line && error.key == key && error.message.contains("given twice"), "\(error)")
      }
    }
  }

  @Test func topLevelMustHaveFigures() {
    #expect(throws: ManifestError.self) {
      try Manifest.decode(Self.map(1, [("title", Self.s("x"))]), file: "m.yaml", schema: manifestSchema)
    }
    #expect(throws: ManifestError.self) {
      try Manifest.decode(Self.s("just text"), file: "m.yaml", schema: manifestSchema)
    }
  }

  @Test func galleryGroupsBySectionInOrder() throws {
    let doc = Self.document([
      Self.map(
        4,
        [
          ("name", Self.s("b1")), ("section", Self.s("3.4.2")), ("caption", Self.s("Sigmoid")),
          ("functions", Self.s("sigmoid")),
        ]),
      Self.map(5, [("name", Self.s("c1")), ("section", Self.s("3.4.9")), ("functions", Self.s("relu"))]),
      Self.map(6, [("name", Self.s("b2")), ("section", Self.s("3.4.2")), ("functions", Self.s("tanh"))]),
    ])
    let md = Gallery.markdown(try Manifest.decode(doc, file: "m.yaml", schema: manifestSchema), source: "m.yaml")
    let sections = md.split(separator: "\n").filter { $0.hasPrefix("## ") }
    #expect(sections == ["## 3.4.2", "## 3.4.9"])
    #expect(md.contains("![Sigmoid](b1.png)"))
    let b2 = try #require(md.range(of: "b2.png"))
    let c1 = try #require(md.range(of: "c1.png"))
    #expect(b2.lowerBound < c1.lowerBound, "figures of one section stay together")
  }
}

@Suite struct GalleryTextTests {
  @Test func bracketsInCaptionsAreEscapedInAltText() {
    #expect(Gallery.altText("值域 [0, +∞)") == "值域 \\[0, +∞)")
    #expect(Gallery.altText("a]b") == "a\\]b")
  }
}

@Suite struct ManifestFormatsTests {
  typealias N = ManifestNode

  static func decode(formats: N) throws -> Manifest {
    let figure = N.mapping(
      [
        .init(key: "name", line: 2, value: .scalar("a", line: 2)),
        .init(key: "functions", line: 3, value: .scalar("relu", line: 3)),
        .init(key: "formats", line: 4, value: formats),
      ], line: 2)
    return try Manifest.decode(
      .mapping([.init(key: "figures", line: 1, value: .sequence([figure], line: 2))], line: 1), file: "m.yaml",
      schema: manifestSchema)
  }

  @Test func formatsMustBeNonEmptyAndDistinct() throws {
    #expect(throws: ManifestError.self) { try Self.decode(formats: .sequence([], line: 4)).requireAll() }
    #expect(throws: ManifestError.self) {
      try Self.decode(formats: .sequence([.scalar("png", line: 4), .scalar("png", line: 4)], line: 4)).requireAll()
    }
    #expect(try Self.decode(formats: .sequence([.scalar("pdf", line: 4)], line: 4)).figures[0].formats == ["pdf"])
  }
}
