import Foundation
import Testing

/// The committed LuaLaTeX table has the shape the layout tests rely on: both fonts, both
/// styles, every chapter formula and every construct the issue names.
@Suite struct MathReferenceTableTests {
  @Test func everyFormulaHasBothFontsAndStyles() throws {
    let table = try MathReference.load()
    #expect(table.units == "pt")
    #expect(table.fonts.map(\.key) == ["latin-modern", "dejavu"])
    for formula in table.formulas {
      for font in table.fonts {
        for style in ["text", "display"] {
          let layout = try #require(formula.layout[font.key]?[style], "\(formula.id) \(font.key) \(style)")
          #expect(layout.width > 0 && layout.height >= 0 && layout.depth >= 0, "\(formula.id) \(font.key) \(style)")
          #expect(!layout.glyphs.isEmpty, "\(formula.id) \(font.key) \(style)")
        }
      }
    }
  }

  @Test func holdsTheChapterAndTheConstructs() throws {
    let table = try MathReference.load()
    let chapter = table.formulas.filter { $0.source == "chapter3.txt" }
    #expect(chapter.count == 71)
    let softmax = #"\sigma(z)_j = \frac{e^{z_j}}{\sum_{k=1}^K e^{z_k}}"#
    #expect(chapter.contains { $0.tex == softmax && $0.bookStyle == "display" })
    let batch = try #require(chapter.first { $0.tex.contains("Batch_Size") })
    #expect(batch.latex == #"\text{Batch\_Size} = 1"#)
    #expect(table.decisions.contains { $0.contains("literal underscore") })
    for id in [
      "frac", "dfrac", "tfrac", "binom", "subsup", "prime", "sqrt", "sqrt-cube", "sum", "sum-limits", "left-right-frac",
      "big-sizes", "hat", "widehat", "overline", "cases", "pmatrix", "bmatrix", "aligned", "array-lcr", "operatorname",
      "mathbb", "mathcal", "greek-lower", "greek-upper",
    ] {
      #expect(table.formula(id) != nil, "\(id) is not in the table")
    }
  }

  /// The chosen sub-boxes are there: a display fraction's numerator sits above its
  /// denominator, a radical has its degree, a superscript is raised.
  @Test func subBoxesAreRecorded() throws {
    let table = try MathReference.load()
    for font in table.fonts {
      let frac = try #require(table.formula("frac")?.layout[font.key]?["display"])
      let numerator = try #require(frac.boxes.first { $0.kind == "numerator" })
      let denominator = try #require(frac.boxes.first { $0.kind == "denominator" })
      #expect(numerator.y > 0 && denominator.y < 0)
      #expect(frac.rules.count == 1)
      let root = try #require(table.formula("sqrt-cube")?.layout[font.key]?["text"])
      #expect(root.boxes.contains { $0.kind == "degree" } && root.boxes.contains { $0.kind == "radical" })
      let sup = try #require(table.formula("sup")?.layout[font.key]?["text"])
      #expect(sup.boxes.first { $0.kind == "sup" }.map { $0.y > 0 } == true)
    }
  }
}
