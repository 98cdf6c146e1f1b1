import PlotNNCore  // the public API only: what a program extending plotnn sees
import Testing

/// A figure kind and a file format added from outside the library, through the public
/// registration API (README, "Extending plotnn"), then used by the manifest and the renderer.
@Suite struct RegistryExtensionTests {
  /// A throwaway kind: `count` dots in a row.
  struct DotsFigure: FigureKind {
    static let id = "dots"
    static let summary = "A row of dots"
    static let defaultSize = FigureSize(width: Length(200, .pt), height: Length(100, .pt))
    static let keys: [FigureKey<Self>] = [.integer("count", \.count)]

    var count: Int?

    func validate(_ spec: FigureSpec, catalog: Catalog) throws(FigureSpecError) {
      guard let count, (1...10).contains(count) else {
        throw .value("count", "must be from 1 to 10 (got \(count.map(String.init) ?? "none"))")
      }
    }

    func chart(_ spec: FigureSpec, catalog: Catalog) throws(FigureSpecError) -> any Chart {
      Dots(count: count ?? 1)
    }
  }

  struct Dots: Chart {
    var count: Int
    func draw(on canvas: Canvas, size: Size, tolerance: Double) -> LayoutNotes {
      for k in 0..<count {
        canvas.fill(.circle(center: Point(10 + 20 * Double(k), size.height / 2), radius: 5), color: .black)
      }
      return LayoutNotes()
    }
  }

  /// A throwaway format: one line per recorded drawing command.
  struct CommandListBackend: RenderBackend {
    let formats = [FileFormat(id: "cmds", extensions: ["txt"], medium: .vector, mediaType: "text/plain")]

    func render(_ chart: any Chart, size: Size, scale: Double, formats: [FileFormat]) throws(RenderError)
      -> RenderedFigure
    {
      let recording = RecordingCanvas()
      chart.draw(on: recording, size: size, tolerance: 0.1)
      let lines = recording.commands.map { command -> String in
        switch command {
        case .fill: return "fill"
        case .stroke: return "stroke"
        case .text: return "text"
        case .beginClip: return "clip"
        case .endClip: return "end-clip"
        }
      }
      let text = lines.joined(separator: "\n") + "\n"
      return RenderedFigure(files: formats.map { _ in Array(text.utf8) })
    }
  }

  static var kinds: FigureKinds {
    var kinds = FigureKinds.standard
    kinds.register(DotsFigure.self)
    return kinds
  }

  static var formats: FileFormats {
    var formats = FileFormats()
    formats.register(CommandListBackend())
    return formats
  }

  static func entry(_ pairs: [(String, ManifestNode)], line: Int) -> ManifestNode {
    .mapping(pairs.map { ManifestNode.Entry(key: $0.0, line: $0.1.line, value: $0.1) }, line: line)
  }

  static func manifest(_ figure: ManifestNode) -> ManifestNode {
    .mapping([ManifestNode.Entry(key: "figures", line: 1, value: .sequence([figure], line: 2))], line: 1)
  }

  @Test func aRegisteredKindAndFormatWorkInTheManifestAndTheRenderer() throws {
    let schema = ManifestSchema(kinds: Self.kinds, formats: Self.formats.ids)
    let figure = Self.entry(
      [
        ("name", .scalar("row", line: 2)), ("kind", .scalar("dots", line: 3)), ("count", .scalar("3", line: 4)),
        ("formats", .sequence([.scalar("cmds", line: 5)], line: 5)),
      ], line: 2)
    let decoded = try Manifest.decode(Self.manifest(figure), file: "m.yaml", schema: schema)
    let spec = decoded.figures[0].spec
    #expect(spec.kind.id == "dots" && spec.resolvedSize == Size(width: 200, height: 100))
    let files = try Self.formats.render(spec, formats: decoded.figures[0].formats)
    #expect(String(decoding: files[0], as: UTF8.self) == "fill\nfill\nfill\n")
    #expect(try Self.formats.format(forPath: "out/row.TXT").id == "cmds")
  }

  @Test func theRegisteredKindsRuleIsTheManifestsRule() {
    let schema = ManifestSchema(kinds: Self.kinds, formats: Self.formats.ids)
    let figure = Self.entry(
      [("name", .scalar("row", line: 2)), ("kind", .scalar("dots", line: 3)), ("count", .scalar("11", line: 4))],
      line: 2)
    do {
      _ = try Manifest.decode(Self.manifest(figure), file: "m.yaml", schema: schema).requireAll()
      Issue.record("count 11 accepted")
    } catch {
      #expect(error.description == "m.yaml:4: figure 'row', key 'count': count must be from 1 to 10 (got 11)")
    }
    // The standard kinds do not know the key, and say whose it is.
    let line = Self.entry(
      [("name", .scalar("f", line: 2)), ("functions", .scalar("relu", line: 3)), ("count", .scalar("2", line: 4))],
      line: 2)
    do {
      _ = try Manifest.decode(Self.manifest(line), file: "m.yaml", schema: schema).requireAll()
      Issue.record("count on a line figure accepted")
    } catch {
      #expect(error.line == 4 && error.key == "count" && error.message.hasPrefix("a key of dots figures"))
    }
  }

  @Test func aStandardKindRendersThroughTheRegisteredFormat() throws {
    var spec = FigureSpec(SoftmaxFigure(logits: [1, 2]))
    spec.title = ""
    let text = String(decoding: try Self.formats.render(spec, formats: ["cmds"])[0], as: UTF8.self)
    // Texts: three column headers, a value beside each of the 2 × 3 bars, two sums.
    #expect(text.hasPrefix("fill\n"))
    #expect(text.split(separator: "\n").filter { $0 == "text" }.count == 3 + 6 + 2)
    #expect(throws: RenderError.self) { try Self.formats.render(spec, formats: ["png"]) }
  }
}
