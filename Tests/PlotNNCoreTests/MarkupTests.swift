import Testing

@testable import PlotNNCore

@Suite struct MarkupTests {
  @Test func scriptsBecomeSizedRaisedSpans() {
    // 10 pt text: a superscript is 7 pt (7168 units) raised 3.8 pt (3891 units).
    #expect(
      Markup.resolvingScripts("e<sup>x</sup>", fontSize: 10) == "e<span size=\"7168\" rise=\"3891\">x</span>")
    // A subscript drops 1.8 pt (1843 units).
    #expect(
      Markup.resolvingScripts("θ<sub>1</sub>", fontSize: 10) == "θ<span size=\"7168\" rise=\"-1843\">1</span>")
  }

  @Test func nestedScriptsShrinkAgainAndSumTheirOffsets() {
    // z_j inside e^(...): size 10·0.7·0.7 = 4.9 pt; rise 3.8 − 0.18·7 = 2.54 pt.
    let out = Markup.resolvingScripts("<i>e</i><sup><i>z</i><sub>j</sub></sup>", fontSize: 10)
    #expect(
      out == "<i>e</i><span size=\"7168\" rise=\"3891\"><i>z</i><span size=\"5018\" rise=\"2601\">j</span></span>")
  }

  @Test func otherMarkupIsUntouched() {
    let markup = "<b>ReLU</b> &amp; <i>x</i> &lt; 0"
    #expect(Markup.resolvingScripts(markup, fontSize: 12) == markup)
  }

  @Test func plainTextWritesScriptsWithCarets() {
    #expect(Markup.plainText("1/(1 + <i>e</i><sup>−<i>x</i></sup>)") == "1/(1 + e^(−x))")
    #expect(Markup.plainText("<i>x</i><sup>2</sup> &lt; 1") == "x^2 < 1")
  }
}
