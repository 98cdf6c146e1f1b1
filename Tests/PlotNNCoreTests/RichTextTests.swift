import Testing

@testable import PlotNNCore

private func runs(_ markup: String) throws -> [TextRun] { try RichText(markup: markup).runs }

private func fault(_ markup: String) -> MarkupError? {
  do {
    _ = try RichText(markup: markup)
    return nil
  } catch {
    return error
  }
}

@Suite struct RichTextParsingTests {
  /// What the core generates today: tick labels in scientific notation and the softmax formula.
  @Test func generatedLabelsParse() throws {
    #expect(
      try runs("1.5×10<sup>6</sup>") == [TextRun("1.5×10"), TextRun("6", TextAttributes(scripts: [.superscript]))])
    let italic = TextAttributes(italic: true)
    #expect(
      try runs("σ(<i>z</i>)<sub><i>j</i></sub>") == [
        TextRun("σ("), TextRun("z", italic), TextRun(")"),
        TextRun("j", TextAttributes(italic: true, scripts: [.subscript])),
      ])
    let nested = try runs("<i>e</i><sup><i>z</i><sub><i>k</i></sub></sup>")
    #expect(nested.map(\.attributes.scripts) == [[], [.superscript], [.superscript, .subscript]])
  }

  @Test func everyCatalogFormulaParses() throws {
    for a in Catalog.standard.activations {
      #expect(throws: Never.self, "\(a.id): \(a.formula)") { try RichText(markup: a.formula) }
    }
  }

  /// Typeset expressions (escaped comparisons, exponents, nested scripts) are valid markup
  /// whose visible text keeps every operator.
  @Test func typesetExpressionsParse() throws {
    let cases = [
      ("where(x<2,x^2,1)", "x^2 if x < 2, else 1"), ("exp(-x)^2", "(e^(−x))^2"), ("1e-10*x", "10^(−10) × x"),
      ("x*sigmoid(1.702*x)", "x × sigmoid(1.702x)"),
    ]
    for (text, plain) in cases {
      let expression = try ExpressionParser.parse(text)
      let rich = try RichText(markup: expression.markup)
      #expect(rich.plainText == plain, "\(text): \(expression.markup)")
    }
  }

  @Test func entitiesDecode() throws {
    #expect(try RichText(markup: "&lt;&gt;&amp;&quot;&apos;&#945;&#x3B2;") == .plain("<>&\"'αβ"))
    // Escaping any text and parsing it back gives the text.
    let text = "a < b && c > 'd' \"e\" &amp;"
    #expect(try RichText(markup: Markup.escape(text)).plainText == text)
  }

  @Test func lessThanAndAmpersandMustBeEscaped() {
    #expect(fault("a < b") == MarkupError(.strayLessThan, at: 2))
    #expect(fault("x<2") == MarkupError(.strayLessThan, at: 1))
    #expect(fault("R&D") == MarkupError(.strayAmpersand, at: 1))
    #expect(fault("a &nbsp; b") == MarkupError(.unknownEntity("nbsp"), at: 2))
    #expect(fault("&#xD800;") == MarkupError(.badCharacterReference("#xD800"), at: 0))
    #expect(fault("&#0;") == MarkupError(.badCharacterReference("#0"), at: 0))
    #expect(fault("&#12a;") == MarkupError(.badCharacterReference("#12a"), at: 0))
  }

  @Test func tagsMustBeKnownBalancedAndNested() {
    #expect(fault("<i>x") == MarkupError(.unclosed("i"), at: 0))
    #expect(fault("a<sup>2<i>b</i>") == MarkupError(.unclosed("sup"), at: 1))
    #expect(fault("</i>") == MarkupError(.unexpectedClose(tag: "i", open: nil), at: 0))
    #expect(fault("<i>x<b>y</i></b>") == MarkupError(.unexpectedClose(tag: "i", open: "b"), at: 8))
    #expect(fault("<u>x</u>") == MarkupError(.unknownTag("u"), at: 0))
    #expect(fault("<i class=\"c\">x</i>") == MarkupError(.unknownAttribute(tag: "i", name: "class"), at: 0))
    #expect(fault("<b/>") == MarkupError(.malformedTag("<b/>"), at: 0))
  }

  @Test func spanAttributes() throws {
    let run = try #require(try runs("<span foreground=\"#D55E00\" weight='bold' style=\"italic\">x</span>").first)
    #expect(run.attributes == TextAttributes(italic: true, bold: true, color: Color(hex: 0xD55E00)))
    #expect(try runs("<span color=\"#fff\">x</span>").first?.attributes.color == .white)
    #expect(try runs("<span face=\"DejaVu Serif\">x</span>").first?.attributes.family == "DejaVu Serif")
    #expect(fault("<span size=\"9\">x</span>") == MarkupError(.unknownAttribute(tag: "span", name: "size"), at: 0))
    #expect(
      fault("<span weight=\"heavy\">x</span>")
        == MarkupError(.badAttributeValue(name: "weight", value: "heavy", allowed: "normal or bold"), at: 0))
    #expect(fault("<span foreground=red>x</span>") == MarkupError(.malformedTag("<span foreground=red>"), at: 0))
  }

  @Test func messagesNameTheFaultItsPlaceAndTheCure() throws {
    let message = try #require(fault("a < b")).description
    #expect(message.contains("character 3") && message.contains("&lt;") && message.contains("&amp;"))
    let unclosed = try #require(fault("x <i>y")).description
    #expect(unclosed.contains("<i>") && unclosed.contains("</i>"))
    #expect(try #require(fault("<u>x</u>")).description.contains("<sup>"))
  }
}

@Suite struct RichTextValueTests {
  @Test func equalLooksCompareEqual() throws {
    #expect(try RichText(markup: "<i>a</i><i>b</i>") == .italic("ab"))
    #expect(try RichText(markup: "<i></i>").isEmpty)
    #expect(try RichText(markup: "a<b></b>b") == .plain("ab"))
    #expect(.plain("x") + .plain("y") == .plain("xy"))
    #expect(!RichText.plain("x").isEmpty && RichText.plain("").isEmpty)
  }

  @Test func plainTextWritesSuperscriptsWithCarets() throws {
    #expect(try RichText(markup: "1/(1 + <i>e</i><sup>−<i>x</i></sup>)").plainText == "1/(1 + e^(−x))")
    #expect(try RichText(markup: "<i>x</i><sup>2</sup> &lt; 1").plainText == "x^2 < 1")
    #expect(try RichText(markup: "<i>θ</i><sub>1</sub>").plainText == "θ1")
    #expect(RichText(nodes: [.run(TextRun("f = ")), .math("x^2")]).plainText == "f = x^2")
  }

  @Test func scriptedAddsAnOuterLevel() throws {
    let built =
      RichText.italic("e")
      + (RichText.italic("z") + RichText.plain("j").scripted(.subscript)).scripted(
        .superscript)
    #expect(built == (try RichText(markup: "<i>e</i><sup><i>z</i><sub>j</sub></sup>")))
  }

  /// Script sizes: 70 % per level; a superscript rises 0.38 and a subscript drops 0.18 of
  /// the size of the text it is attached to.
  @Test func scriptMetrics() {
    let sup = TextAttributes(scripts: [.superscript]).scriptMetrics(baseSize: 10)
    #expect(abs(sup.size - 7) < 1e-12 && abs(sup.rise - 3.8) < 1e-12)
    let sub = TextAttributes(scripts: [.subscript]).scriptMetrics(baseSize: 10)
    #expect(abs(sub.size - 7) < 1e-12 && abs(sub.rise + 1.8) < 1e-12)
    // z_j in e^(z_j): 4.9 pt, raised 3.8 − 0.18·7 = 2.54 pt.
    let nested = TextAttributes(scripts: [.superscript, .subscript]).scriptMetrics(baseSize: 10)
    #expect(abs(nested.size - 4.9) < 1e-12 && abs(nested.rise - 2.54) < 1e-12)
  }
}
