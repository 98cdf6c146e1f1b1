import CCairo
import Foundation
import Testing

@testable import PlotNNCairo
@testable import PlotNNCore

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Real renders through Cairo: headers, sizes, pixels where a curve must pass,
/// well-formed SVG and PDF, byte-identical repeats.
@Suite struct RenderTests {
  static let size = Size(width: 320, height: 240)

  /// relu over [-2, 2] and a step (jump at 0.5) so pixels can be checked at known places.
  static func reluChart() -> LineChart {
    var chart = LineChart(
      series: [.init(label: .plain("relu"), function: PlotFunction(breakpoints: [0]) { max(0, $0) }, colorIndex: 0)],
      xRange: -2...2, yRange: -0.5...2.5)
    chart.title = .plain("ReLU 激活函数")
    chart.showGrid = false
    return chart
  }

  @Test func pngHasSignatureSizeAndScale() throws {
    for scale in [1.0, 2.0] {
      let bytes = try renderFile(Self.reluChart(), "png", size: Self.size, scale: scale)
      #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
      let (w, h) = try Self.pngDimensions(bytes)
      #expect(w == Int(320 * scale) && h == Int(240 * scale))
    }
  }

  /// The resolution is written: a pHYs chunk right after IHDR with 72 dpi × scale in pixels
  /// a metre (2835 at scale 1, 5669 at 2, unit 1 = metre), its CRC-32 checked with the
  /// standard's check value and against the CRCs libpng wrote for the other chunks; Cairo's
  /// reader still decodes the file.
  @Test func pngCarriesItsResolution() throws {
    #expect(PNGChunk.crc32(Array("123456789".utf8)) == 0xCBF4_3926)  // ISO 3309 check value
    for (scale, perMetre) in [(1.0, 2835), (2.0, 5669), (3.0, 8504)] {
      let bytes = try renderFile(Self.reluChart(), "png", size: Self.size, scale: scale)
      func be32(_ i: Int) -> Int { bytes[i..<i + 4].reduce(0) { $0 << 8 | Int($1) } }
      var chunks: [(type: String, data: ArraySlice<UInt8>)] = []
      var i = 8
      while i + 12 <= bytes.count {
        let n = be32(i)
        let type = String(decoding: bytes[(i + 4)..<(i + 8)], as: UTF8.self)
        #expect(PNGChunk.crc32(Array(bytes[(i + 4)..<(i + 8 + n)])) == UInt32(be32(i + 8 + n)), "\(type) CRC")
        chunks.append((type, bytes[(i + 8)..<(i + 8 + n)]))
        i += 12 + n
      }
      #expect(chunks.map(\.type).prefix(2) == ["IHDR", "pHYs"] && chunks.last?.type == "IEND")
      let phys = try #require(chunks.first { $0.type == "pHYs" }?.data)
      #expect(phys.count == 9 && be32(phys.startIndex) == perMetre && be32(phys.startIndex + 4) == perMetre)
      #expect(phys.last == 1)
      _ = try DecodedPNG(bytes)
    }
  }

  /// The curve is found in the decoded PNG against axes found in the same image, not from
  /// ``LineChartLayout``: with the box axes the plot rectangle is a frame in the axis colour,
  /// so its edges are the pixel columns and rows where that colour runs for more than half the
  /// longest such run; x ∈ [−2, 2] spans the two columns and y ∈ [−0.5, 2.5] the two rows
  /// (bottom to top). relu mapped through them must be curve-coloured, 0.6 above it not.
  /// Fails if the curve is drawn off its data, the axes are misplaced, or the PNG is wrong.
  @Test func curvePixelsAreWhereTheFunctionIs() throws {
    var chart = Self.reluChart()
    chart.axes = .box
    let scale = 2.0
    let image = try DecodedPNG(try renderFile(chart, "png", size: Self.size, scale: scale))
    let axis = Style.light.axis
    let isAxis = { (c: Int, r: Int) in image.pixel(column: c, row: r).distance(to: axis) < 0.2 }
    let columns = (0..<image.width).map { c in (0..<image.height).filter { isAxis(c, $0) }.count }
    let rows = (0..<image.height).map { r in (0..<image.width).filter { isAxis($0, r) }.count }
    /// The centre (in pixels) of the long runs in each half of the image.
    func edges(_ counts: [Int]) throws -> (Double, Double) {
      let long = counts.indices.filter { counts[$0] > (counts.max() ?? 0) / 2 }
      let (low, high) = (long.filter { $0 < counts.count / 2 }, long.filter { $0 >= counts.count / 2 })
      try #require(!low.isEmpty && !high.isEmpty && low.count <= 4 && high.count <= 4, "frame lines \(long)")
      let centre = { (l: [Int]) in Double(l.reduce(0, +)) / Double(l.count) + 0.5 }
      return (centre(low), centre(high))
    }
    let (left, right) = try edges(columns)
    let (top, bottom) = try edges(rows)
    let at = { (x: Double, y: Double) in
      image.pixel(
        column: Int(left + (x + 2) / 4 * (right - left)), row: Int(bottom - (y + 0.5) / 3 * (bottom - top)))
    }
    let blue = Style.light.color(0)
    // On the curve: (x, relu(x)) at several x. Off the curve: (x, relu(x) + 0.6).
    for x in [-1.5, -0.7, 0.4, 1.0, 1.6] {
      let on = at(x, max(0, x))
      #expect(on.distance(to: blue) < 0.25, "no curve colour at x = \(x): \(on)")
      let off = at(x, max(0, x) + 0.6)
      #expect(off.distance(to: blue) > 0.5, "curve colour where the curve is not, x = \(x)")
    }
  }

  /// Cairo's SVG is sized in points, the canvas unit: a 320 × 240 point drawing is
  /// `320pt` × `240pt` with a viewBox of the same numbers.
  @Test func svgIsWellFormedPointSizedAndReproducible() throws {
    let first = try renderFile(Self.reluChart(), "svg", size: Self.size)
    _ = try renderFile(Self.reluChart(), "pdf", size: Self.size)  // advances Cairo's counters
    let second = try renderFile(Self.reluChart(), "svg", size: Self.size)
    #expect(first == second)
    let text = String(decoding: first, as: UTF8.self)
    #expect(text.contains("width=\"320pt\" height=\"240pt\" viewBox=\"0 0 320 240\""))
    let parser = XMLParser(data: Data(first))
    #expect(parser.parse(), "SVG is not well-formed XML: \(String(describing: parser.parserError))")
  }

  /// Renumbering Cairo's ids must keep every `href="#…"` and `url(#…)` pointing at an id
  /// the document defines (a broken one would drop glyphs or clips in browsers).
  @Test func svgReferencesResolveAfterRenumbering() throws {
    _ = try renderFile(Self.reluChart(), "svg", size: Self.size)
    let text = String(
      decoding: try renderFile(Self.reluChart(), "svg", size: Self.size), as: UTF8.self)
    let ids = Set(Self.captures(##"id="([^"]+)""##, in: text))
    let references = Self.captures(##"href="#([^"]+)""##, in: text) + Self.captures(##"url\(#([^)]+)\)"##, in: text)
    #expect(!references.isEmpty)
    #expect(references.allSatisfy(ids.contains), "unresolved: \(Set(references).subtracting(ids))")
  }

  static func captures(_ pattern: String, in text: String) -> [String] {
    guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
    let ns = text as NSString
    return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map {
      ns.substring(with: $0.range(at: 1))
    }
  }

  @Test func pdfIsCompleteAndReproducible() throws {
    let first = try renderFile(Self.reluChart(), "pdf", size: Self.size)
    let second = try renderFile(Self.reluChart(), "pdf", size: Self.size)
    #expect(first == second)
    #expect(String(decoding: first.prefix(5), as: UTF8.self) == "%PDF-")
    let tail = String(decoding: first.suffix(16), as: UTF8.self)
    #expect(tail.contains("%%EOF"))
    #expect(String(decoding: first, as: UTF8.self).contains("/MediaBox [ 0 0 320 240 ]"))
  }

  @Test func pngIsReproducible() throws {
    let a = try renderFile(Self.reluChart(), "png", size: Self.size)
    let b = try renderFile(Self.reluChart(), "png", size: Self.size)
    #expect(a == b)
  }

  @Test func formatComesFromTheExtension() throws {
    let formats = FileFormats.cairo()
    #expect(try formats.format(forPath: "a/b.PNG").id == "png")
    #expect(try formats.format(forPath: "x.svg").id == "svg")
    #expect(try formats.format(forPath: "x.pdf").id == "pdf")
    #expect(try formats.format(forPath: "x.gif").id == "gif")
    #expect(try formats.format(forPath: "x.anim.svg").id == "anim.svg")
    for bad in ["x.jpg", "x", ".png", "dir.png/x", "x."] {
      #expect(throws: RenderError.unknownFormat(path: bad, allowed: ".png, .svg, .pdf, .gif, .anim.svg")) {
        try formats.format(forPath: bad)
      }
    }
  }

  static func pngDimensions(_ bytes: [UInt8]) throws -> (Int, Int) {
    // IHDR: width and height are big-endian 32-bit at offsets 16 and 20.
    func be32(_ i: Int) -> Int { bytes[i..<i + 4].reduce(0) { $0 << 8 | Int($1) } }
    return (be32(16), be32(20))
  }
}

/// Text goes through Pango with the pinned fonts: Chinese falls back to Noto Sans CJK SC
/// instead of drawing boxes, as Cairo's toy text API would.
@Suite struct FontFallbackTests {
  static func withCanvas(_ body: (CairoCanvas) throws -> Void) throws {
    guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 8, 8), let cr = cairo_create(surface) else {
      throw RenderError.cairo("test surface")
    }
    defer {
      cairo_destroy(cr)
      cairo_surface_destroy(surface)
    }
    let fonts = PinnedFonts.makeFontMap()
    defer { if let fonts { g_object_unref(UnsafeMutableRawPointer(fonts)) } }
    try body(try CairoCanvas(context: cr, fontMap: fonts))
  }

  @Test func chineseAndMathHaveRealGlyphs() throws {
    try Self.withCanvas { canvas in
      let style = TextStyle(size: 12, color: .black)
      #expect(canvas.unknownGlyphs(in: .plain("ReLU 激活函数 未归一化 梯度"), style: style) == 0)
      let math = try RichText(markup: "σ′(0) = 0.25, α β λ θ<sub>1</sub> −∞ ×")
      #expect(canvas.unknownGlyphs(in: math, style: style) == 0)
      // A character neither pinned font has (Linear B) is counted, so the check can fail.
      #expect(canvas.unknownGlyphs(in: .plain("\u{10000}"), style: style) == 1)
    }
  }

  @Test func thePinnedFontsAreInstalled() {
    // make deps installs them; without them output would depend on the machine's fonts.
    let map = PinnedFonts.makeFontMap()
    #expect(map != nil, "missing one of: \(PinnedFonts.required)")
    if let map { g_object_unref(UnsafeMutableRawPointer(map)) }
  }

  /// Exactly the pinned families are loaded, by name, whatever else is installed: the
  /// Debian folders also hold DejaVu Serif and condensed faces, which stay out.
  @Test func onlyThePinnedFamiliesAreLoaded() throws {
    let config = try #require(PinnedFonts.makeConfig())
    defer { FcConfigDestroy(config) }
    let loaded = PinnedFonts.familiesLoaded(by: config)
    #expect(loaded.isSubset(of: Set(PinnedFonts.families)), "\(loaded)")
    #expect(loaded.isSuperset(of: ["DejaVu Sans", "Noto Sans CJK SC"]), "\(loaded)")
    #expect(!loaded.contains("DejaVu Serif"))
  }
}

/// One file of `chart` through the Cairo backend.
func renderFile(_ chart: some Chart, _ format: String, size: Size, scale: Double = 1) throws -> [UInt8] {
  try FileFormats.cairo().render(chart, size: size, scale: scale, formats: [format])[0]
}
