import Testing

@testable import PlotNNCore

/// Line breaking and elision with a measure of one unit a character, so the expected lines
/// can be worked out by hand.
@Suite struct TextLinesTests {
  let count = { (t: RichText) in Double(t.plainText.count) }

  @Test func wrapsAtSpacesGreedily() {
    let lines = RichText.plain("aaa bbb ccc dd").wrapped(toWidth: 7, measure: count).map(\.plainText)
    #expect(lines == ["aaa bbb", "ccc dd"])
  }

  @Test func aWordWiderThanTheLineTakesALineOfItsOwn() {
    let lines = RichText.plain("a verylongword b").wrapped(toWidth: 5, measure: count).map(\.plainText)
    #expect(lines == ["a", "verylongword", "b"])
  }

  @Test func forcedBreaksAlwaysBreak() {
    let lines = RichText.plain("ab\ncd ef").wrapped(toWidth: 100, measure: count).map(\.plainText)
    #expect(lines == ["ab", "cd ef"])
  }

  /// CJK breaks between ideographs, never before a closing mark such as "，".
  @Test func chineseBreaksBetweenIdeographsNotBeforeClosingPunctuation() {
    let lines = RichText.plain("梯度下降，未归一化").wrapped(toWidth: 5, measure: count).map(\.plainText)
    #expect(lines == ["梯度下降，", "未归一化"])
    let tight = RichText.plain("梯度下降，未归一化").wrapped(toWidth: 4, measure: count).map(\.plainText)
    #expect(tight == ["梯度下", "降，未归", "一化"])
  }

  /// A 1000-character Chinese title (a break at every character) on a wide line takes a
  /// few measurements a line, not one per prefix (that was over a second at 5792 points),
  /// and the lines are still the greedy ones: each as long as fits, every character kept.
  @Test func wrappingMeasuresLogarithmicallyOften() {
    let text = RichText.plain(String(repeating: "激活函数", count: 250))
    var measured = 0
    let lines = text.wrapped(toWidth: 300) { t in
      measured += 1
      return Double(t.plainText.count)
    }
    #expect(lines.map(\.plainText.count) == [300, 300, 300, 100])
    #expect(lines.map(\.plainText).joined() == text.plainText)
    #expect(measured <= 4 * 2 * 10, "\(measured) measurements")  // ≤ 2·⌈log₂ 1000⌉ a line
  }

  @Test func attributesSurviveWrapping() {
    let text = RichText.plain("f of ") + RichText.italic("x") + RichText.plain(" is big")
    let lines = text.wrapped(toWidth: 6, measure: count)
    #expect(lines.map(\.plainText) == ["f of x", "is big"])
    #expect(lines[0].runs.last == TextRun("x", TextAttributes(italic: true)))
  }

  @Test func elisionKeepsTheLongestStartThatFits() {
    #expect(RichText.plain("abcdefgh").elided(toWidth: 5, measure: count).plainText == "abcd…")
    #expect(RichText.plain("abc").elided(toWidth: 5, measure: count).plainText == "abc")
    #expect(RichText.plain("ab cdef").elided(toWidth: 4, measure: count).plainText == "ab…")
  }

  /// A heading too wide for its canvas: every drawn line fits, each is centred.
  @Test func headingLinesFitAndAreCentred() {
    let title = RichText.plain("Leaky ReLU (α = 0.5) and its derivative, drawn at a small size\nsecond line")
    let heading = FigureHeading(
      title: title, subtitle: nil, style: .light, top: 10, width: 320, height: 480)
    let canvas = RecordingCanvas()
    heading.paint(on: canvas, width: 320)
    guard case .text = canvas.commands.first else { return }
    var lines = 0
    for command in canvas.commands {
      guard case .text(let text, let p, let style, let anchor, _) = command else { continue }
      lines += 1
      let width = 0.6 * style.size * Double(text.plainText.count)
      #expect(anchor.horizontal == .center && p.x == 160)
      #expect(width <= 320 - 2 * FigureHeading.sideMargin, "\(text.plainText)")
    }
    #expect(lines >= 3)
  }
}
