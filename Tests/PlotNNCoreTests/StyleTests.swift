import Testing

@testable import PlotNNCore

@Suite struct StyleTests {
  /// Every role follows the base size in proportion: a style at 8 pt has every text 8/11
  /// of the book's (titles 15 → 10.9); at 11 pt the book's sizes exactly (titles 15, tick
  /// labels 11, subtitles 12.5).
  @Test func rolesFollowTheBaseSize() {
    let small = Style(theme: .light, baseSize: 11)
    var large = Style(theme: .light, baseSize: 8)
    let roles: [KeyPath<Style, TextStyle>] = [
      \.title, \.subtitle, \.panelTitle, \.panelSubtitle, \.header, \.tickLabel, \.axisName, \.panelAxisName,
      \.legend, \.annotation, \.markerLabel, \.pathLabel, \.valueLabel, \.footnote,
    ]
    for role in roles { #expect(abs(large[keyPath: role].size - small[keyPath: role].size * 8 / 11) < 1e-12) }
    #expect(small.title.size == 15 && small.tickLabel.size == 11 && small.subtitle.size == 12.5)
    // A heading scale of 0 sets every text at the base size; 0.34375 makes paper's title 9 pt.
    var flat = Style(theme: .light, baseSize: 8)
    flat.headingScale = 0
    for role in roles { #expect(flat[keyPath: role].size == 8) }
    flat.headingScale = 0.34375
    #expect(flat.title.size == 9)
    large.baseSize = small.baseSize
    #expect(large == small)
    // Roles follow the colours too: a new foreground is the title's colour at once.
    large.foreground = Color(hex: 0x123456)
    #expect(large.title.color == Color(hex: 0x123456) && large.tickLabel.color == small.muted)
  }

  /// The hierarchy a reader sees: title over subtitle over tick labels; headings bold.
  @Test func titlesOutrankLabels() {
    let s = Style.light
    #expect(s.title.size > s.subtitle.size && s.subtitle.size > s.tickLabel.size)
    #expect(s.title.bold && s.panelTitle.bold && s.header.bold && !s.tickLabel.bold && !s.legend.bold)
    #expect(s.tickLabel.color == s.muted && s.title.color == s.foreground)
  }

  /// Themes differ in colour only; the fonts are the families the Makefile installs.
  @Test func themesShareSizesAndFonts() {
    let (light, dark) = (Style(theme: .light), Style(theme: .dark))
    #expect(light.background != dark.background && light.foreground != dark.foreground)
    #expect(light.title.size == dark.title.size && light.fonts == dark.fonts)
    #expect(light.tickLabel.families == ["DejaVu Sans", "DejaVu Math TeX Gyre", "Noto Sans CJK SC"])
    #expect(Theme.named("Dark") == .dark && Theme.named("neon") == nil)
  }

  /// Eight curves, eight looks: after the palette the colours repeat with the next dash
  /// pattern; every function and derivative of the first 21 looks unlike every other.
  @Test(arguments: [Theme.light, .dark])
  func seriesLooksCycleDashesAfterColours(theme: Theme) {
    let s = Style(theme: theme)
    let n = s.palette.count
    #expect(s.seriesLine(index: n, derivative: false).color == s.seriesLine(index: 0, derivative: false).color)
    #expect(s.seriesLine(index: n, derivative: false) != s.seriesLine(index: 0, derivative: false))
    #expect(s.seriesLine(index: 0, derivative: false).dash.isEmpty)
    #expect(s.seriesLine(index: 0, derivative: true).dash == s.derivativeDash)
    let distinct = 3 * n
    let looks = (0..<distinct).flatMap {
      [s.seriesLine(index: $0, derivative: false), s.seriesLine(index: $0, derivative: true)]
    }
    #expect(Set(looks).count == looks.count)
    for i in 0..<distinct {
      let (f, d) = (s.seriesLine(index: i, derivative: false), s.seriesLine(index: i, derivative: true))
      // The derivative: its function's colour 35 % of the way to the foreground, another dash.
      let bg = s.foreground
      let tint = { (a: Double, b: Double) in a + (b - a) * 0.35 }
      #expect(abs(d.color.red - tint(f.color.red, bg.red)) < 1e-12)
      #expect(abs(d.color.green - tint(f.color.green, bg.green)) < 1e-12)
      #expect(abs(d.color.blue - tint(f.color.blue, bg.blue)) < 1e-12)
      #expect(f.color != d.color && f.dash != d.dash)
    }
    // A pattern's gaps outlast the round caps (a curve width), so dashes stay apart.
    for pattern in s.functionDashes + s.derivativeDashes where !pattern.isEmpty {
      for (i, length) in pattern.enumerated() where i % 2 == 1 { #expect(length > s.curveWidth) }
    }
  }

  @Test func paletteCycles() {
    let s = Style.dark
    #expect(s.color(s.palette.count + 1) == s.color(1))
    #expect(s.color(-1) == s.palette[s.palette.count - 1])
  }
}
