import Foundation
import Testing

@testable import PlotNNCore

/// Every catalog function has a TeX formula that LuaLaTeX compiled: the committed table
/// (`scripts/math_reference/math_reference.py`) holds each function's TeX as it was compiled,
/// so a TeX string changed without rerunning the script fails here.
@Suite struct CatalogTeXTests {
  @Test func everyFunctionHasTeX() {
    for activation in Catalog.standard.activations {
      #expect(!activation.tex.isEmpty, "\(activation.id) has no TeX")
      #expect(!BoundActivation(activation).tex.isEmpty, "\(activation.id) bound has no TeX")
      #expect(!activation.tex.contains("$"), "\(activation.id): TeX is math without delimiters")
    }
  }

  @Test func everyFunctionsTeXCompiledInLuaLaTeX() throws {
    let table = try CatalogTeXReference.load()
    #expect(table.functions.map(\.id) == Catalog.standard.activations.map(\.id))
    for activation in Catalog.standard.activations {
      let row = try #require(table.functions.first { $0.id == activation.id }, "\(activation.id) not in the table")
      #expect(row.tex == activation.tex, "\(activation.id): TeX changed since the table was written; rerun the script")
      #expect(row.compiled, "\(activation.id): LuaLaTeX refused \(row.tex)")
    }
  }

  /// The bindings' TeX is written by hand in the script (what a title should show), and
  /// compiled there; the catalog must produce exactly it.
  @Test func boundTeXWritesTheValuesIn() throws {
    let table = try CatalogTeXReference.load()
    #expect(table.bindings.count >= 20)
    for binding in table.bindings {
      let bound = try Catalog.standard.bind(binding.spec)
      #expect(bound.tex == binding.tex, "\(binding.spec)")
      #expect(binding.compiled, "\(binding.spec): LuaLaTeX refused \(binding.tex)")
    }
  }

  @Test func softmaxTeXCompiled() throws {
    let table = try CatalogTeXReference.load()
    #expect(table.softmax.tex == Softmax.tex)
    #expect(table.softmax.compiled)
  }

  /// The issue's piecewise definitions are `cases`, and the softmax is a fraction with a sum.
  @Test func piecewiseFunctionsAreCases() {
    for id in ["relu", "leaky-relu", "elu", "selu", "hard-tanh", "hard-shrink", "threshold"] {
      let tex = Catalog.standard.activation(named: id)?.tex ?? ""
      #expect(tex.contains(#"\begin{cases}"#) && tex.contains(#"\end{cases}"#), "\(id): \(tex)")
    }
    #expect(Softmax.tex.contains(#"\frac{e^{z_j}}{\sum_{k=1}^{K} e^{z_k}}"#))
  }

  /// Each `\begin{…}` has its `\end{…}` and the braces balance (a quick check that needs no
  /// LaTeX, on values the table does not cover).
  @Test(arguments: [
    "leaky-relu(alpha=1e-7)", "elu(alpha=-1)", "celu(alpha=-2)", "softplus(beta=0.3333333333)",
    "soft-shrink(lambd=0)", "squareplus(b=0)", "hard-tanh(min=-1e300, max=1e300)", "threshold(threshold=-0.5)",
  ])
  func unusualValuesStayBalanced(spec: String) throws {
    let tex = try Catalog.standard.bind(spec).tex
    var depth = 0
    for c in tex {
      if c == "{" { depth += 1 }
      if c == "}" { depth -= 1 }
      #expect(depth >= 0, "\(spec): \(tex)")
    }
    #expect(depth == 0, "\(spec): \(tex)")
    #expect(tex.components(separatedBy: #"\begin{"#).count == tex.components(separatedBy: #"\end{"#).count)
    #expect(!tex.contains("−") && !tex.contains("…"), "\(spec): markup characters in TeX: \(tex)")
  }

  @Test func numbersAreWrittenAsTeX() {
    #expect(TeXTypeset.number(0.5) == "0.5")
    #expect(TeXTypeset.number(-2) == "-2")
    #expect(TeXTypeset.number(1e-7) == "10^{-7}")
    #expect(TeXTypeset.number(2.5e-7) == #"2.5 \times 10^{-7}"#)
    // A space ends the command word before what follows ("\dots x", not "\dotsx").
    #expect(TeXTypeset.number(1.0 / 3) == #"0.3333\dots "#)
    #expect(TeXTypeset.times(1.0 / 3, "x") == #"0.3333\dots x"#)
    #expect(TeXTypeset.times(-1, "x") == "-x")
    #expect(TeXTypeset.plus("x", -0.5) == "x - 0.5")
    #expect(TeXTypeset.over("x", -2) == "x/(-2)")
  }

  /// Every function's title formula, at its default parameters, is TeX plotnn's own math
  /// parser reads (the subtitle sets it): RReLU's default slope, a repeating decimal, once
  /// made "\dotsx", an unknown command, and its figure failed.
  @Test func everyDefaultFormulaParsesAsMath() {
    for activation in Catalog.standard.activations {
      let tex = BoundActivation(activation).tex
      #expect(throws: Never.self, "\(activation.id): \(tex)") { _ = try RichText(markup: "$" + tex + "$") }
    }
  }
}
