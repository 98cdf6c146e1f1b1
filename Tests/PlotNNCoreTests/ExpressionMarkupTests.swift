import Testing

@testable import PlotNNCore

/// The typeset form of expressions (legends and titles), in Pango markup.
@Suite struct ExpressionMarkupTests {
  @Test(arguments: [
    ("x*sigmoid(1.702*x)", "<i>x</i> × sigmoid(1.702<i>x</i>)"),
    ("-x^2", "−<i>x</i><sup>2</sup>"),
    ("(-x)^2", "(−<i>x</i>)<sup>2</sup>"),
    ("2^3^2", "2<sup>3<sup>2</sup></sup>"),
    ("(x+1)^2", "(<i>x</i> + 1)<sup>2</sup>"),
    ("x/(1+exp(-x))", "<i>x</i>/(1 + <i>e</i><sup>−<i>x</i></sup>)"),
    ("0.5*x*(1+erf(x/sqrt(2)))", "0.5<i>x</i> × (1 + erf(<i>x</i>/√2))"),
    ("where(x < 0, 0.1*x, x)", "0.1<i>x</i> if <i>x</i> &lt; 0, else <i>x</i>"),
    ("leaky-relu(x, alpha=0.5)", "leaky-relu(<i>x</i>, α = 0.5)"),
    ("x - (1 - x)", "<i>x</i> − (1 − <i>x</i>)"),
    ("x + -x", "<i>x</i> + (−<i>x</i>)"),
    ("x * -2", "<i>x</i> × (−2)"),
    ("2*pi*x", "2π<i>x</i>"),
    ("1e-10*x", "10<sup>−10</sup> × <i>x</i>"),
    ("2.5e20", "2.5×10<sup>20</sup>"),
    ("abs(x-1)", "|<i>x</i> − 1|"),
    ("log1p(-x)", "ln(1 + (−<i>x</i>))"),
    ("expm1(x)/x", "(<i>e</i><sup><i>x</i></sup> − 1)/<i>x</i>"),
    ("sqrt(x)^2", "(√<i>x</i>)<sup>2</sup>"),
    ("max(0, where(x<1, x, 1))", "max(0, (<i>x</i> if <i>x</i> &lt; 1, else 1))"),
    // Issue 9, defect 7: no zero-padded exponent, 10⁷ like 10²¹, a thin space before a name.
    ("x*1e-7", "<i>x</i> × 10<sup>−7</sup>"),
    ("1e7*x", "10<sup>7</sup> × <i>x</i>"),
    ("1e21", "10<sup>21</sup>"),
    ("0.1*tanh(x)", "0.1\u{2009}tanh(<i>x</i>)"),
    ("2*sigmoid(x)", "2\u{2009}sigmoid(<i>x</i>)"),
    ("2*exp(x)", "2<i>e</i><sup><i>x</i></sup>"),
    ("2*abs(x)", "2|<i>x</i>|"),
  ])
  func labels(text: String, expected: String) throws {
    #expect(try ExpressionParser.parse(text).markup == expected)
  }

  /// Numbers: the shortest round-trip digits, decimal from 10⁻⁴ up to 10⁵, else a mantissa
  /// times a power of ten written without padding.
  @Test(
    arguments: [
      (1.702, "1.702"), (10_000_000, "10<sup>7</sup>"), (12345, "12345"), (123_456, "1.23456×10<sup>5</sup>"),
      (1e-4, "0.0001"), (2.5e-5, "2.5×10<sup>−5</sup>"), (1e21, "10<sup>21</sup>"), (0.1, "0.1"), (0, "0"),
      (-0.5, "−0.5"), (99999, "99999"), (1e5, "10<sup>5</sup>"), (1.0 / 3, "0.3333333333333333"),
    ] as [(Double, String)])
  func numbers(value: Double, expected: String) {
    #expect(MathExpression.typesetNumber(value).text == expected)
  }

  @Test func labelsEscapeMarkupAndReadBackAsPlainText() throws {
    let e = try ExpressionParser.parse("where(x <= 0, 1, 2) + where(x > 1, 1, 2) + x")
    #expect(
      e.markup.contains("≤") && e.markup.contains("&gt;") && !e.markup.contains("<=") && !e.markup.contains(" > "))
    #expect(Markup.plainText(try ExpressionParser.parse("where(x<2,x^2,1)").markup) == "x^2 if x < 2, else 1")
  }
}

@Suite struct MarkupElisionTests {
  @Test func shortMarkupIsUnchanged() {
    #expect(Markup.elided("<i>x</i> &lt; 1", limit: 5) == "<i>x</i> &lt; 1")
  }

  @Test func longMarkupIsCutAtVisibleCharactersWithTagsClosed() {
    #expect(Markup.elided("<i>x</i><sup>2<i>y</i>3</sup>", limit: 2) == "<i>x</i><sup>2<i>…</i></sup>")
    #expect(Markup.elided("a &lt; b &amp; c", limit: 3) == "a &lt;…")
    #expect(Markup.elided("abcdef", limit: 0) == "…")
  }

  @Test func longExpressionsAreElidedInLegends() throws {
    let text = (0..<40).map { "abs(x-\($0))" }.joined(separator: "+")
    let chart = try LineFigure(functions: [text, "relu"]).testChart(catalog: .standard)
    let label = chart.series[0].label
    #expect(label.plainText.count == FigureText.expressionLimit + 1 && label.plainText.hasSuffix("…"))
  }
}
