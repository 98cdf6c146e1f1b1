/// The built-in styles, chosen from what authors use (issue 10): each sets only what it
/// changes from `book`, plotnn's default look (``StyleSheet``).
extension StyleSheet {
  /// One built-in style: its name (`--style NAME`), a line saying what it is for, its sheet.
  public struct BuiltIn: Sendable {
    public let name: String
    public let summary: String
    public let sheet: StyleSheet
  }

  /// Every built-in, in the order `plotnn styles` lists them.
  public static let builtIns: [BuiltIn] = [
    BuiltIn(name: "book", summary: "plotnn's default: DejaVu Sans 11 pt, axes through the origin, grid", sheet: book),
    BuiltIn(
      name: "paper", summary: "a journal's single column: Latin Modern 8–9 pt, 3.25 in wide, framed, ticks in",
      sheet: paper(width: 234)),
    BuiltIn(name: "paper-wide", summary: "paper across both columns: 6.75 in wide", sheet: paper(width: 486)),
    BuiltIn(name: "ieee", summary: "IEEE Transactions: Times (TeX Gyre Termes) 8 pt, 3.5 in column", sheet: ieee),
    BuiltIn(name: "slides", summary: "a 16:9 slide: large text and strokes", sheet: slides),
    BuiltIn(name: "web", summary: "a web page: Helvetica-like sans (TeX Gyre Heros) 12 pt, framed", sheet: web),
    BuiltIn(name: "dark", summary: "light text on a near-black background", sheet: dark),
    BuiltIn(
      name: "print",
      summary: "greyscale: black curves told apart by ten dash patterns (five functions with derivatives)",
      sheet: print),
    BuiltIn(
      name: "zh-book",
      summary: "a Chinese book: Noto Serif CJK SC with Latin Modern for Latin letters, 9 pt (小五), 4.75 in",
      sheet: zhBook),
  ]

  /// The built-in called `name` (exactly, or ignoring case), if any.
  public static func builtIn(_ name: String) -> StyleSheet? {
    builtIns.first { $0.name == name.lowercased() }?.sheet
  }

  /// The built-ins' names: `book, paper, …`.
  public static var builtInNames: [String] { builtIns.map(\.name) }

  /// Today's default: nothing changed.
  static let book = StyleSheet()

  /// Serif Latin Modern as LaTeX sets body text, tick labels 8 pt and the title 9 pt
  /// (heading scale 0.34375: 8 × (11 + 4 × 0.34375)/11 = 9), hairline-thin axes and a frame
  /// with inward ticks and no grid (SciencePlots' and tueplots' conventions), margins of
  /// 4 pt: at 3.25 in a 14 pt margin would take 12 % of the width.
  static func paper(width: Double) -> StyleSheet {
    var s = StyleSheet()
    s.fonts = Fonts(
      text: "Latin Modern Roman", cjk: "Noto Serif CJK SC", math: "Latin Modern Math", monospace: "Latin Modern Mono")
    s.fontSize = 8
    s.headingScale = 0.34375
    s.width = width
    // A column's figures are 4:3 whatever their kind: the two descent panels at 2:1 would
    // leave 117 points of height, too little for their tick labels.
    s.aspect = width < 300 ? 4.0 / 3.0 : nil
    (s.curveWidth, s.axisWidth, s.gridWidth) = (1.1, 0.6, 0.4)
    (s.grid, s.axes, s.ticks, s.margin) = (false, .box, .in, 4)
    return s
  }

  /// IEEE's column (3.5 in) in Times; otherwise as ``paper(width:)``.
  static var ieee: StyleSheet {
    var s = paper(width: 252)
    s.fonts = Fonts(
      text: "TeX Gyre Termes", cjk: "Noto Serif CJK SC", math: "TeX Gyre Termes Math", monospace: "TeX Gyre Cursor")
    (s.curveWidth, s.axisWidth) = (1, 0.5)
    return s
  }

  /// 16:9 (640 × 360 points at the default width), tick labels 15 pt, curves 3.5 pt: read
  /// from the back of a room. The book's dash patterns are lengthened by the curves' width
  /// ratio (3.5/2.2, to a tenth of a point), so each gap still outlasts the round caps.
  static var slides: StyleSheet {
    var s = StyleSheet()
    let book = Style.light
    let k = 3.5 / book.curveWidth
    let scaled = { (p: [[Double]]) in p.map { $0.map { $0 < 0.1 ? $0 : ($0 * k * 10).rounded() / 10 } } }
    (s.functionDashes, s.derivativeDashes) = (scaled(book.functionDashes), scaled(book.derivativeDashes))
    s.fontSize = 15
    s.aspect = 16.0 / 9.0
    (s.curveWidth, s.axisWidth, s.gridWidth) = (3.5, 1.6, 1)
    s.margin = 18
    return s
  }

  /// TeX Gyre Heros (Helvetica's shapes) at 12 pt, CSS's 16 px, framed with a grid.
  static var web: StyleSheet {
    var s = StyleSheet()
    s.fonts = Fonts(text: "TeX Gyre Heros", cjk: "Noto Sans CJK SC")
    s.fontSize = 12
    (s.curveWidth, s.axisWidth, s.gridWidth) = (2, 1, 0.7)
    s.axes = .box
    return s
  }

  /// The dark theme's colours (``Style/init(theme:baseSize:)``), as a sheet.
  static var dark: StyleSheet { colors(of: Style(theme: .dark)) }

  /// Black on white, one black series colour, so curves differ by dash pattern alone: five
  /// function patterns (solid, dotted, dash-dot, short dashes, long-short) and five
  /// derivative patterns (dashes, dash-dot-dot, long dashes, long-short-short,
  /// dot-dot-dot-dash), all ten different: five functions with their derivatives read apart
  /// in greyscale, and a curve over another keeps its pattern
  /// (``Style/dash(over:derivative:)``). Gaps outlast the 1.8 pt round caps by 2 points;
  /// periods are short (mostly under 16 points, the narrow legend's swatch) so a swatch
  /// shows its pattern: the book's [16, 5] read as a solid line in a 16 point swatch. A
  /// light grey grid prints faintly.
  static var print: StyleSheet {
    var s = StyleSheet()
    s.palette = [.black]
    s.functionDashes = [[], [0.01, 3.8], [8, 3.8, 0.01, 3.8], [2.6, 3.8], [10, 3.8, 2.6, 3.8]]
    s.derivativeDashes = [
      [6, 3.8], [6, 3.8, 0.01, 3.8, 0.01, 3.8], [12, 6], [10, 3.8, 2.6, 3.8, 2.6, 3.8],
      [0.01, 3.8, 0.01, 3.8, 0.01, 3.8, 8, 3.8],
    ]
    s.background = .white
    s.colors.foreground = .black
    s.colors.muted = Color(hex: 0x333333)
    s.colors.grid = Color(hex: 0xD9D9D9)
    s.colors.axis = .black
    s.colors.panel = Color(hex: 0xFFFFFF, alpha: 0.88)
    s.curveWidth = 1.8
    return s
  }

  /// A Chinese textbook: Chinese in Noto Serif CJK SC (宋体-like, with a real bold), Latin
  /// letters and digits in Latin Modern Roman, tick labels 9 pt (小五) and titles 10.6 pt
  /// (about 五号, 10.5 pt), 4.75 in wide (a 16开 page's text block is 12–13 cm), axes through
  /// the origin as the book draws them; margins of 10 pt, the room the x axis's name needs
  /// past its arrow.
  static var zhBook: StyleSheet {
    var s = StyleSheet()
    s.fonts = Fonts(
      text: "Latin Modern Roman", cjk: "Noto Serif CJK SC", math: "Latin Modern Math", monospace: "Latin Modern Mono")
    s.fontSize = 9
    s.headingScale = 0.5
    s.width = 342
    (s.curveWidth, s.axisWidth, s.gridWidth) = (1.4, 0.7, 0.5)
    s.margin = 10
    return s
  }

  /// The colours of `style` (background, the five part colours, the palette) as a sheet.
  static func colors(of style: Style) -> StyleSheet {
    var s = StyleSheet()
    s.background = style.background
    s.colors.foreground = style.foreground
    s.colors.muted = style.muted
    s.colors.grid = style.grid
    s.colors.axis = style.axis
    s.colors.panel = style.panel
    s.palette = style.palette
    return s
  }
}
