import Testing

@testable import PlotNNCore

/// What replaces a docs block: Markdown image, figure, picture, links; alt descriptions and
/// relative paths.
@Suite struct DocsMarkupTests {
  func markup(_ attributes: String, files: [(String, String)] = [("svg", "f/a.svg")], dark: [String: String] = [:])
    throws -> String
  {
    try DocsMarkup(
      files: files.map { (format: $0.0, path: $0.1) }, darkFiles: dark,
      attributes: FenceAttributes(parsing: attributes),
      generatedAlt: "relu, x from -5 to 5"
    ).text
  }

  @Test func aPlainImageTakesTheCaptionAsAltAndTitle() throws {
    #expect(try markup(#"{caption="ReLU [0, +∞)"}"#) == #"![ReLU \[0, +∞)](f/a.svg "ReLU [0, +∞)")"#)
    #expect(try markup("") == "![relu, x from -5 to 5](f/a.svg)")
    #expect(try markup(#"{alt="A ramp" caption="ReLU"}"#) == #"![A ramp](f/a.svg "ReLU")"#)
  }

  @Test func anIdBecomesAnAnchorAndOtherFormatsLinks() throws {
    let text = try markup("{#fig:relu}", files: [("svg", "f/a.svg"), ("pdf", "f/a.pdf")])
    #expect(text == "<a id=\"fig:relu\"></a>![relu, x from -5 to 5](f/a.svg)\n\n[PDF](f/a.pdf)")
    #expect(try markup("", files: [("pdf", "my figs/a.pdf")]) == "[PDF](<my figs/a.pdf>)")
  }

  @Test func figureAndDarkTwinUseHTML() throws {
    let text = try markup(
      #"{#fig:relu caption="ReLU <b>" figure=true dark=true}"#, dark: ["svg": "f/b.svg"])
    #expect(
      text == """
        <figure id="fig:relu">
        <picture><source srcset="f/b.svg" media="(prefers-color-scheme: dark)"><img src="f/a.svg" alt="ReLU &lt;b&gt;"></picture>
        <figcaption>ReLU &lt;b&gt;</figcaption>
        </figure>
        """)
  }

  @Test func generatedDescriptionsNameFunctionsAndRange() throws {
    var line = LineFigure(functions: ["relu", "tanh"])
    (line.from, line.to, line.curves) = (-5, 2.5, .both)
    #expect(DocsMarkup.description(of: FigureSpec(line)) == "relu and tanh with their derivatives, x from -5 to 2.5")
    line = LineFigure(functions: ["sigmoid"])
    line.curves = .derivative
    // No range given: the chart's, from the catalog's default domain.
    let text = DocsMarkup.description(of: FigureSpec(line))
    #expect(text.hasPrefix("The derivative of sigmoid, x from "))
    #expect(DocsMarkup.description(of: FigureSpec(SoftmaxFigure())) == "How softmax maps logits to probabilities")
  }

  @Test func relativePathsGoUpAndDown() {
    #expect(DocsMarkup.relativePath("/a/b/figs/x.svg", from: "/a/b") == "figs/x.svg")
    #expect(DocsMarkup.relativePath("/a/figs/x.svg", from: "/a/b/c") == "../../figs/x.svg")
    #expect(DocsMarkup.relativePath("/a/./b/../figs", from: "/a") == "figs")
    #expect(DocsMarkup.relativePath("/a", from: "/a") == ".")
  }
}
