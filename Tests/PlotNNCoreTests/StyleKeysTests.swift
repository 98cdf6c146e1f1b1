import Testing

@testable import PlotNNCore

/// The style keys and rules added after the first styles (issue 10): `legend:` as a
/// default place the figure can override, strokes that follow a changed base size, and one
/// parser each for colours and lengths.
@Suite struct StyleKeysTests {
  static func sheet(_ pairs: [(String, String)]) throws -> StyleSheet {
    try StyleSheet.read(StyleSheetTests.mapping(pairs.map { ($0.0, StyleSheetTests.scalar($0.1)) }))
  }

  @Test(arguments: LineChart.LegendPlacement.allCases)
  func legendKeyPlacesTheLegendUnlessTheFigureSays(_ place: LineChart.LegendPlacement) throws {
    let sheet = try Self.sheet([("legend", place.rawValue)])
    #expect(sheet.legend == place && sheet.style().legendPlacement == place)
    var figure = LineFigure(functions: ["relu", "tanh"])
    #expect(try figure.testChart(style: sheet).legendPlacement == place)
    figure.legend = .upperRight
    #expect(try figure.testChart(style: sheet).legendPlacement == .upperRight)
    // Printed by `styles --show` and read back.
    let shown = StyleSheet(complete: sheet.style())
    #expect(shown.yaml.contains("legend: \(place.rawValue)\n"))
  }

  @Test func legendKeyRefusesOtherPlaces() {
    #expect(throws: ManifestProblem.self) { try Self.sheet([("legend", "middle")]) }
    #expect(StyleSheet().style().legendPlacement == .auto)
  }

  /// `font-size: 20` over the book (10 pt): curves 2.2 → 4.4 pt, axes 1.1 → 2.2, grid
  /// 0.8 → 1.6, dashes twice as long (dots stay dots), jump dots and arrowheads twice the
  /// book's; widths a sheet gives stay as given.
  @Test func strokesFollowTheBaseSize() throws {
    let big = try Self.sheet([("font-size", "20")]).style()
    let book = Style.light
    #expect(abs(big.curveWidth - 4.4) < 1e-12 && abs(big.axisWidth - 2.2) < 1e-12 && abs(big.gridWidth - 1.6) < 1e-12)
    #expect(big.functionDashes == [[], [0.01, 9.2], [18, 8.4, 0.01, 8.4]])
    #expect(big.derivativeDashes[0] == [14, 8])
    #expect(abs(big.jumpDot.radius - 7.2) < 1e-12 && abs(big.jumpDot.outline - 3.2) < 1e-12)
    #expect(abs(big.arrowhead.length - 18) < 1e-12 && abs(big.arrowhead.halfWidth - 7) < 1e-12)
    #expect(book.jumpDot == (3.6, 1.6) && book.arrowhead == (9, 3.5))
    var fixed = StyleSheet()
    (fixed.fontSize, fixed.curveWidth) = (20, 1)
    let s = fixed.style()
    #expect(s.curveWidth == 1 && abs(s.axisWidth - 2.2) < 1e-12)
    // Slides sets its own widths: no hairlines, nothing scaled twice.
    let slides = try #require(StyleSheet.builtIn("slides")).style()
    #expect(slides.curveWidth == 3.5 && slides.arrowhead.length > 9)
    // A small paper figure keeps an open dot's hole: radius at least 2.5 points.
    let paper = try #require(StyleSheet.builtIn("paper")).style()
    #expect(paper.jumpDot.radius == 2.5 && paper.jumpDot.radius - paper.jumpDot.outline > 1)
  }

  /// One colour parser for style files, manifests and `--colors`.
  @Test func oneColourParserReadsEveryForm() {
    #expect(Color(text: "#F80") == Color(hex: 0xFF8800))
    #expect(Color(text: "#f80/0.5") == Color(hex: 0xFF8800, alpha: 0.5))
    #expect(Color(text: " #0072b2 ") == Color(hex: 0x0072B2))
    #expect(Color(text: "#0072B2/0.88")?.text == "#0072B2/0.88")
    for bad in ["#FFFF", "#F80F", "#FFFFFFFF/0.5", "#F80/", "#F80/1.5", "F80"] {
      #expect(Color(text: bad) == nil, "\(bad)")
    }
  }

  /// One length parser (``Length``) for `--width` and a style's `width`; the style refuses
  /// CSS pixels, bare or written.
  @Test(arguments: [("3.25in", 234.0), ("8.255cm", 234), ("82.55mm", 234), ("234pt", 234), ("3.25 IN", 234)])
  func styleWidthsReadAsLengthsDo(_ text: String, _ points: Double) throws {
    let width = try #require(try Self.sheet([("width", text)]).width)
    let length = try Length(text: text)
    #expect(abs(width - points) < 1e-9 && abs(width - length.points) < 1e-12)
  }

  @Test(arguments: ["640", "640px", "3.25", "in", "3.25furlongs"])
  func styleWidthsRefusePixelsAndUnknownUnits(_ text: String) {
    #expect(throws: ManifestProblem.self) { try Self.sheet([("width", text)]) }
  }
}
