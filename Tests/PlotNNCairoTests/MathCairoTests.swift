import CCairo
import Foundation
import PlotNNCore
import Testing

@testable import PlotNNCairo

/// The HarfBuzz reading of the math fonts against fontTools' (``MathFontReference``,
/// scripts/math_font_reference.py), TeX's rules on the real fonts, and one real formula
/// per output format with its fraction bar and radical bar where the layout puts them.
@Suite struct MathCairoTests {
  /// Runs `body` with the HarfBuzz reading of math `family` from the pinned fonts.
  static func withFont<T>(_ family: String, _ body: (HarfBuzzMathFont) throws -> T) throws -> T {
    var fonts = FontFamilies.standard
    fonts.math = family
    let map = try #require(try PinnedFonts.makeFontMap(for: fonts, catalog: FontCatalog.system))
    defer { g_object_unref(UnsafeMutableRawPointer(map)) }
    let context = try #require(pango_font_map_create_context(map))
    defer { g_object_unref(UnsafeMutableRawPointer(context)) }
    let font = try #require(HarfBuzzMathFont(family: family, context: context))
    return try body(font)
  }

  /// The OpenType name of a constant: the Swift case with its first letter capitalised.
  static func name(_ c: MathConstant) -> String {
    let s = String(describing: c)
    return s.prefix(1).uppercased() + s.dropFirst()
  }

  @Test(arguments: MathFontReference.fonts.map(\.family))
  func constantsAndGlyphsMatchFontTools(family: String) throws {
    let reference = try #require(MathFontReference.fonts.first { $0.family == family })
    try Self.withFont(family) { font in
      #expect(font.unitsPerEm == reference.unitsPerEm)
      #expect(MathConstant.allCases.count == reference.constants.count)
      for c in MathConstant.allCases {
        #expect(font.constant(c) == reference.constants[Self.name(c)], "\(family) \(Self.name(c))")
      }
      let f = try #require(font.glyph(for: "𝑓"))
      #expect(font.advance(of: f) == reference.fAdvance)
      #expect(font.italicCorrection(of: f) == reference.fItalic)
      let paren = try #require(font.glyph(for: "("))
      #expect(font.variants(of: paren, vertical: true).count == reference.parenVariants)
      #expect(font.assembly(of: paren, vertical: true)?.parts.count == reference.parenParts)
    }
  }

  /// On each real font at 10 pt: x² raises the 2 at least SuperscriptShiftUp and sets it
  /// ScriptPercentScaleDown of the size; a display fraction's numerator at least
  /// FractionNumeratorDisplayStyleShiftUp up, its denominator …ShiftDown down, the bar
  /// FractionRuleThickness thick and centred on AxisHeight (values from fontTools).
  @Test(arguments: MathFontReference.fonts.map(\.family))
  func texRulesOnTheRealFont(family: String) throws {
    let r = try #require(MathFontReference.fonts.first { $0.family == family })
    let k = 10 / r.unitsPerEm
    func c(_ name: String) -> Double { (r.constants[name] ?? .nan) * k }
    try Self.withFont(family) { font in
      let layout = MathLayout(font: font, size: 10)
      let sup = layout.layout(try MathParser.parse("x^2"), style: MathStyle(.text))
      let two = try #require(
        sup.items.compactMap { item -> (Double, Double)? in
          if case .glyph(_, let size, _, let y) = item, size < 10 { return (size, y) }
          return nil
        }.first)
      #expect(abs(two.0 - 10 * (r.constants["ScriptPercentScaleDown"] ?? 0) / 100) < 1e-9)
      #expect(-two.1 >= c("SuperscriptShiftUp") - 1e-9)

      let frac = layout.layout(try MathParser.parse("\\frac{1}{2}"), style: MathStyle(.display))
      let ys = frac.items.compactMap { if case .glyph(_, _, _, let y) = $0 { y } else { nil } }
      #expect(ys.count == 2)
      #expect(-(ys.min() ?? 0) >= c("FractionNumeratorDisplayStyleShiftUp") - 1e-9)
      #expect((ys.max() ?? 0) >= c("FractionDenominatorDisplayStyleShiftDown") - 1e-9)
      let rule = try #require(
        frac.items.compactMap { item -> (Double, Double)? in
          if case .rule(_, let y, _, let h) = item { return (y, h) }
          return nil
        }.first)
      #expect(abs(rule.1 - c("FractionRuleThickness")) < 1e-9)
      #expect(abs(-(rule.0 + rule.1 / 2) - c("AxisHeight")) < 1e-9)
    }
  }

  static let formula = "\\frac{1}{\\sqrt{x}}"
  static let size = 40.0
  static let padding = 4.0

  /// The two bars of ``formula`` in the canvas's coordinates: fraction bar, then radical bar.
  static func bars() throws -> [Rect] {
    try withFont("DejaVu Math TeX Gyre") { font in
      let box = MathLayout(font: font, size: size).layout(try MathParser.parse(formula), style: MathStyle(.display))
      let baseline = padding + box.height
      return box.items.compactMap { item -> Rect? in
        guard case .rule(let x, let y, let w, let h) = item else { return nil }
        return Rect(x: padding + x, y: baseline + y, width: w, height: h)
      }.sorted { $0.y < $1.y }
    }
  }

  static func render(_ format: String) throws -> [UInt8] {
    let chart = FormulaChart(
      text: RichText(nodes: [.math(formula, display: true)]), style: TextStyle(size: size, color: .black),
      padding: padding, fonts: .standard, background: .white)
    return try FormulaImage.render(chart, format: try FileFormats.cairo().format(id: format), scale: 2)
  }

  /// Dark in the middle of each bar, light half a bar's thickness plus 1 pt above and below
  /// its ends' inner parts (the gaps TeX keeps around bars).
  static func checkBars(_ image: DecodedPNG, scale: Double) throws {
    let bars = try bars()
    #expect(bars.count == 2)
    for bar in bars {
      let mid = Point(bar.x + bar.width / 2, bar.y + bar.height / 2)
      #expect(image.pixel(atPoint: mid, scale: scale).distance(to: .black) < 0.3, "bar \(bar)")
      let left = Point(bar.x + 1, bar.y + bar.height / 2)
      #expect(image.pixel(atPoint: left, scale: scale).distance(to: .black) < 0.3, "bar start \(bar)")
      let past = Point(bar.x + bar.width + 3, bar.y + bar.height / 2)
      #expect(image.pixel(atPoint: past, scale: scale).distance(to: .white) < 0.1, "past \(bar)")
    }
    // Between the numerator and the fraction bar: the gap FractionNumDisplayStyleGapMin keeps.
    let fraction = bars[0]
    let gap = Point(fraction.x + 2, fraction.y - 1)
    #expect(image.pixel(atPoint: gap, scale: scale).distance(to: .white) < 0.1)
  }

  /// `\\textcolor{red}{…}` colours its glyphs and rules and only them: the fraction bar is
  /// red, the radical's bar after the group is black again.
  @Test func colourReachesGlyphsAndRulesAndEndsWithItsGroup() throws {
    let tex = "\\textcolor{red}{\\frac{1}{2}} + \\sqrt{x}"
    let (box, image) = try MathCairoTests.withFont("DejaVu Math TeX Gyre") { font -> (MathBox, DecodedPNG) in
      let box = MathLayout(font: font, size: Self.size).layout(try MathParser.parse(tex), style: MathStyle(.display))
      let chart = FormulaChart(
        text: RichText(nodes: [.math(tex, display: true)]), style: TextStyle(size: Self.size, color: .black),
        padding: Self.padding, fonts: .standard, background: .white)
      let png = try FormulaImage.render(chart, format: try FileFormats.cairo().format(id: "png"), scale: 2)
      return (box, try DecodedPNG(png))
    }
    let bars = box.items.compactMap { item -> Rect? in
      guard case .rule(let x, let y, let w, let h) = item else { return nil }
      return Rect(x: Self.padding + x, y: Self.padding + box.height + y, width: w, height: h)
    }.sorted { $0.x < $1.x }
    #expect(bars.count == 2)
    let red = Color(red: 1, green: 0, blue: 0)
    let fraction = try #require(bars.first)
    let radical = try #require(bars.last)
    #expect(
      image.pixel(atPoint: Point(fraction.x + fraction.width / 2, fraction.y + fraction.height / 2), scale: 2)
        .distance(to: red) < 0.3)
    #expect(
      image.pixel(atPoint: Point(radical.x + radical.width / 2, radical.y + radical.height / 2), scale: 2)
        .distance(to: .black) < 0.3)
  }

  @Test func pngHasTheBars() throws {
    try Self.checkBars(try DecodedPNG(try Self.render("png")), scale: 2)
  }

  @Test func pdfHasTheBars() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plotnn-math-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let pdf = folder.appendingPathComponent("f.pdf")
    try Data(try Self.render("pdf")).write(to: pdf)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftoppm")
    process.arguments = ["-r", "144", "-png", "-singlefile", pdf.path, folder.appendingPathComponent("f").path]
    try process.run()
    process.waitUntilExit()
    let png = try Data(contentsOf: folder.appendingPathComponent("f.png"))
    try Self.checkBars(try DecodedPNG([UInt8](png)), scale: 2)
  }

  /// SVG: each bar is a filled black rectangle path at the layout's coordinates (to the
  /// 1/256 pt Cairo writes), and the glyphs are outlines (`<symbol>` and `<use>`), not text.
  @Test func svgHasTheBarsAsVectorRectangles() throws {
    let svg = String(decoding: try Self.render("svg"), as: UTF8.self)
    let pattern =
      #/fill:rgb\(0%,0%,0%\);fill-opacity:1;" d="M ([-0-9.]+) ([-0-9.]+) L ([-0-9.]+) [-0-9.]+ L [-0-9.]+ ([-0-9.]+) /#
    let rects = svg.matches(of: pattern).compactMap { m -> Rect? in
      guard let x = Double(m.1), let y = Double(m.2), let x2 = Double(m.3), let y2 = Double(m.4) else { return nil }
      return Rect(x: x, y: y, width: x2 - x, height: y2 - y)
    }
    for bar in try Self.bars() {
      #expect(
        rects.contains {
          abs($0.x - bar.x) < 0.01 && abs($0.y - bar.y) < 0.01 && abs($0.width - bar.width) < 0.01
            && abs($0.height - bar.height) < 0.01
        }, "\(bar) not among \(rects)")
    }
    #expect(svg.contains("<symbol") && svg.contains("<use"))
    #expect(!svg.contains("<text"))
  }

  /// Measuring agrees with drawing: a title with a formula measures the width the pieces
  /// take, and the same text measures alike twice (no state carried between texts).
  @Test func mixedTextMeasuresItsPieces() throws {
    try FontFallbackTests.withCanvas { canvas in
      let style = TextStyle(size: 12, color: .black)
      let mixed = try RichText(markup: "a $\\frac{1}{2}$")
      let plain = canvas.measure(.plain("a "), style: style)
      let whole = canvas.measure(mixed, style: style)
      #expect(whole.width > plain.width + 3)
      #expect(whole.height > plain.height)
      #expect(canvas.measure(mixed, style: style) == whole)
    }
  }
}
