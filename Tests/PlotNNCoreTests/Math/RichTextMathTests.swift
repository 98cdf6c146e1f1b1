import Testing

@testable import PlotNNCore

/// `$…$` and `$$…$$` in markup become math nodes, `\$` a dollar; a bad formula is refused
/// at its character, in the same ``MarkupError`` every entry point reports.
@Suite struct RichTextMathTests {
  @Test func dollarsMakeMathNodes() throws {
    let text = try RichText(markup: "Sigmoid: $\\frac{1}{1+e^{-x}}$ and $$x^2$$")
    #expect(
      text.nodes == [
        .run(TextRun("Sigmoid: ")), .math("\\frac{1}{1+e^{-x}}", display: false), .run(TextRun(" and ")),
        .math("x^2", display: true),
      ])
  }

  @Test func mathIsReadRawAndTagsStillWork() throws {
    #expect(try RichText(markup: "$a < b$").nodes == [.math("a < b", display: false)])
    #expect(try RichText(markup: "<b>n</b> $\\$5$").nodes.last == .math("\\$5", display: false))
  }

  @Test func escapedDollarIsText() throws {
    #expect(try RichText(markup: "costs \\$5").nodes == [.run(TextRun("costs $5"))])
    #expect(Markup.escape("$5 & <") == "\\$5 &amp; &lt;")
    #expect(try RichText(markup: Markup.escape("a $ b")).plainText == "a $ b")
  }

  @Test func markupRoundTripsWithMath() throws {
    let text = try RichText(markup: "<i>f</i> = $\\sqrt{x}$ $$y$$")
    #expect(try RichText(markup: text.markup) == text)
  }

  @Test func faultsPointIntoTheFormula() {
    #expect(throws: MarkupError(.unclosedMath(display: false), at: 2)) { try RichText(markup: "a $x") }
    #expect(throws: MarkupError(.unclosedMath(display: true), at: 0)) { try RichText(markup: "$$x$") }
    do {
      _ = try RichText(markup: "ab $\\frca{1}{2}$")
      Issue.record("accepted")
    } catch {
      #expect(error.offset == 4)
      #expect(error.description.contains("did you mean \\frac"))
      #expect(error.description.contains("at character 5"))
    }
  }

  @Test func linesNeverSplitAFormula() throws {
    let text = try RichText(markup: "a $x + y$\nb")
    #expect(text.paragraphs.count == 2)
    #expect(text.paragraphs[0].nodes.last == .math("x + y", display: false))
  }
}
