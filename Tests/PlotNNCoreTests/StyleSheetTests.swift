import Foundation
import Testing

@testable import PlotNNCore

/// Style sheets: the built-ins, stacking, reading a style mapping with its errors located,
/// and the complete form `plotnn styles --show` prints.
@Suite struct StyleSheetTests {
  /// A mapping node of `pairs`, one a line from line 1 (as a style file would be).
  static func mapping(_ pairs: [(String, ManifestNode)]) -> ManifestNode {
    .mapping(pairs.enumerated().map { .init(key: $1.0, line: $0 + 1, value: $1.1) }, line: 1)
  }

  static func scalar(_ s: String, line: Int = 1) -> ManifestNode { .scalar(s, line: line) }

  @Test func builtInsAreValidAndDistinct() throws {
    let names = StyleSheet.builtInNames
    #expect(names == ["book", "paper", "paper-wide", "ieee", "slides", "web", "dark", "print", "zh-book"])
    for builtIn in StyleSheet.builtIns { try builtIn.sheet.validate() }
    #expect(Set(StyleSheet.builtIns.map { $0.sheet.style() }).count == names.count)
    #expect(StyleSheet.builtIn("book")?.style() == Style.light)
    #expect(StyleSheet.builtIn("dark")?.style() == Style(theme: .dark).withTheme(.light))
    #expect(StyleSheet.builtIn("Paper") != nil && StyleSheet.builtIn("papr") == nil)
  }

  /// What the issue asks of each: paper 3.25 in (234 pt) in Latin Modern 8–9 pt, paper-wide
  /// 6.75 in, slides 16:9, print one black series colour with dashes telling curves apart,
  /// zh-book Noto Serif CJK with Latin Modern.
  @Test func builtInsAreWhatTheirNamesSay() throws {
    let paper = try #require(StyleSheet.builtIn("paper")).style()
    #expect(paper.width == 3.25 * 72 && paper.fonts.text == "Latin Modern Roman")
    #expect(paper.tickLabel.size == 8 && paper.title.size == 9)
    let sizes = [paper.title, paper.subtitle, paper.tickLabel, paper.axisName, paper.legend].map(\.size)
    #expect(sizes.allSatisfy { (8...9).contains($0) })
    #expect(try #require(StyleSheet.builtIn("paper-wide")).style().width == 6.75 * 72)
    let slides = try #require(StyleSheet.builtIn("slides")).style()
    // No width of its own: the line default 640 px (480 pt) wide, at 16:9.
    #expect(slides.figureSize(default: LineFigure.defaultSize.points) == Size(width: 480, height: 270))
    let print = try #require(StyleSheet.builtIn("print")).style()
    #expect(print.palette == [.black])
    let looks = (0..<3).flatMap {
      [print.seriesLine(index: $0, derivative: false), print.seriesLine(index: $0, derivative: true)]
    }
    #expect(Set(looks.map(\.dash)).count == 6, "three functions and their derivatives, six dash patterns")
    let alone = (0..<5).map { print.seriesLine(index: $0, derivative: false).dash }
    #expect(Set(alone).count == 5, "five functions, five dash patterns")
    for pattern in print.functionDashes + print.derivativeDashes where !pattern.isEmpty {
      for (i, gap) in pattern.enumerated() where i % 2 == 1 { #expect(gap > print.curveWidth) }
    }
    for look in looks { #expect(look.color.red == look.color.green && look.color.green == look.color.blue) }
    let zh = try #require(StyleSheet.builtIn("zh-book")).style()
    #expect(zh.fonts.cjk == "Noto Serif CJK SC" && zh.fonts.text == "Latin Modern Roman")
  }

  /// Later sheets win key by key: paper then dark is paper's fonts with dark's colours.
  @Test func sheetsStackKeyByKey() throws {
    let paper = try #require(StyleSheet.builtIn("paper"))
    let dark = try #require(StyleSheet.builtIn("dark"))
    let both = StyleSheet.layered([paper, dark]).style()
    #expect(both.fonts.text == "Latin Modern Roman" && both.background == Style.dark.background)
    var size = StyleSheet()
    size.fontSize = 10
    #expect(StyleSheet.layered([paper, size]).style().baseSize == 10)
    #expect(StyleSheet.layered([size, paper]).style().baseSize == 8)
  }

  /// The complete sheet of any built-in gives that style back, over any theme.
  @Test(arguments: StyleSheet.builtInNames)
  func completeSheetGivesTheStyleBack(_ name: String) throws {
    let style = try #require(StyleSheet.builtIn(name)).style()
    let complete = StyleSheet(complete: style)
    #expect(complete.style(theme: .dark).withTheme(.light) == style)
    try complete.validate()
  }

  @Test func readsKeysAndUnits() throws {
    let node = Self.mapping([
      ("fonts", .mapping([.init(key: "text", line: 2, value: Self.scalar("TeX Gyre Termes", line: 2))], line: 2)),
      ("width", Self.scalar("8.89cm")), ("aspect", Self.scalar("16:9")), ("background", Self.scalar("transparent")),
      ("palette", .sequence([Self.scalar("#000000"), Self.scalar("#ffffff/0.5")], line: 5)),
      (
        "dashes",
        .mapping(
          [
            .init(
              key: "functions", line: 6,
              value: .sequence(
                [.sequence([], line: 6), .sequence([Self.scalar("4"), Self.scalar("2")], line: 6)], line: 6))
          ], line: 6)
      ),
      ("ticks", Self.scalar("in")), ("axes", Self.scalar("box")), ("grid", Self.scalar("off")),
    ])
    let sheet = try StyleSheet.read(node)
    #expect(sheet.fonts.text == "TeX Gyre Termes")
    // 8.89 cm is 3.5 in (2.54 cm an inch, 72 pt an inch): 252 pt.
    #expect(abs((sheet.width ?? 0) - 252) < 1e-9)
    #expect(sheet.aspect == 16.0 / 9.0 && sheet.transparent == true)
    #expect(sheet.palette == [.black, Color.white.withAlpha(0.5)])
    #expect(sheet.functionDashes == [[], [4, 2]])
    #expect(sheet.ticks == .in && sheet.axes == .box && sheet.grid == false)
  }

  /// An unknown key, a value of the wrong type and a value out of range: each names the
  /// key and its line.
  @Test func errorsNameTheKeyAndLine() {
    let cases: [(ManifestNode, String, Int, String)] = [
      (
        Self.mapping([("font-size", Self.scalar("9")), ("colour", Self.scalar("#000000", line: 2))]), "colour", 2,
        "unknown style key"
      ),
      (
        Self.mapping([("fonts", .mapping([.init(key: "txt", line: 3, value: Self.scalar("A", line: 3))], line: 1))]),
        "fonts.txt", 3, "unknown key in fonts"
      ),
      (Self.mapping([("grid", Self.scalar("maybe"))]), "grid", 1, "expected true or false"),
      (Self.mapping([("width", Self.scalar("3.25"))]), "width", 1, "with its unit"),
      (
        Self.mapping([("margin", Self.scalar("1")), ("font-size", Self.scalar("0", line: 2))]), "font-size", 2,
        "from 4 to 96"
      ),
      (Self.mapping([("palette", Self.scalar("#12345"))]), "palette", 1, "expected a colour"),
      (
        Self.mapping([("fonts", .mapping([.init(key: "text", line: 4, value: Self.scalar("A, B", line: 4))], line: 1))]
        ), "fonts.text", 4, "without commas"
      ),
    ]
    for (node, key, line, words) in cases {
      do {
        _ = try StyleSheet.read(node)
        Issue.record("\(key): accepted")
      } catch {
        #expect(error.key == key && error.line == line && error.message.contains(words), "\(error)")
      }
    }
  }

  @Test func coloursPrintAndReadBack() {
    for text in ["#0072B2", "#FFFFFF/0.88", "#000000/0"] {
      #expect(Color(text: text)?.text == text)
    }
    #expect(Color(text: "#ff000080") == Color(hex: 0xFF0000, alpha: 128.0 / 255))
    for bad in ["0072B2", "#0072B", "#0072B2/2", "#GGGGGG", "#FFFFFFFF/0.5"] { #expect(Color(text: bad) == nil) }
  }

  /// A manifest's `style:` at the top, under defaults, and per figure, stacked in that
  /// order; a name, a mapping, or a list.
  @Test func manifestStylesStack() throws {
    let figure = { (name: String, style: ManifestNode?) -> ManifestNode in
      var entries: [ManifestNode.Entry] = [
        .init(key: "name", line: 10, value: Self.scalar(name, line: 10)),
        .init(key: "functions", line: 11, value: Self.scalar("relu", line: 11)),
      ]
      if let style { entries.append(.init(key: "style", line: 12, value: style)) }
      return .mapping(entries, line: 10)
    }
    let root = ManifestNode.mapping(
      [
        .init(key: "style", line: 1, value: Self.scalar("paper")),
        .init(
          key: "figures", line: 2,
          value: .sequence(
            [
              figure("a", nil), figure("b", Self.scalar("dark", line: 12)),
              figure("c", .sequence([Self.mapping([("font-size", Self.scalar("10", line: 12))])], line: 12)),
              figure("d", Self.scalar("papr", line: 12)),
            ], line: 2)),
      ], line: 1)
    let manifest = try Manifest.decode(root, file: "m.yaml", schema: ManifestSchema(formats: ["png"]))
    let styles = manifest.figures.map { $0.spec.resolvedStyle }
    #expect(styles.count == 3)
    #expect(styles[0].fonts.text == "Latin Modern Roman" && styles[0].background == .white)
    #expect(styles[1].fonts.text == "Latin Modern Roman" && styles[1].background == Style.dark.background)
    #expect(styles[2].baseSize == 10 && styles[2].fonts.text == "Latin Modern Roman")
    #expect(manifest.figures[0].spec.resolvedSize == Size(width: 234, height: 175.5))
    let failure = try #require(manifest.failures.first)
    #expect(
      failure.line == 12 && failure.key == "style" && failure.message.contains("did you mean paper"), "\(failure)")
  }
}

extension Style {
  /// The same style marked as started from `theme` (themes differ in colours only, which a
  /// complete sheet sets).
  fileprivate func withTheme(_ theme: Theme) -> Style {
    var copy = self
    copy.theme = theme
    return copy
  }
}
