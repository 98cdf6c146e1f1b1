import CCairo
import Foundation
import PlotNNCore
import Testing

@testable import PlotNNCairo

/// plotnn's formula boxes, as a figure sets them (text in the style's text font), against
/// LuaLaTeX's with unicode-math's default convention
/// (`Tests/PlotNNCoreTests/Resources/math-text-font-reference.json`, written by
/// `scripts/math_reference/math_reference.py`): `\text`, `\mathrm`, `\mathit`, `\mathbf`,
/// `\mathtt` and the operator names in the text font paired with the math font (Latin
/// Modern Roman 10 with Latin Modern Math, DejaVu Sans with DejaVu Math TeX Gyre), the
/// rest from the math font. This is the convention plotnn draws with; the main table
/// (``MathReferenceComparisonTests``) checks the math-font path the core falls back to.
///
/// Tolerance: 0.05 pt on the width, height and depth of the whole formula at 10 pt, except
/// the deviations in ``known``, each with its bound and reason.
@Suite struct MathTextFontComparisonTests {
  struct Reference: Decodable {
    struct Formula: Decodable {
      let id: String
      let tex: String
      let layout: [String: [String: MathReferenceComparisonTests.Reference.Box]]
    }
    let formulas: [Formula]
  }

  /// Differences beyond the tolerance, with the largest allowed (pt) and why.
  /// Measured on this machine; the same layout differences as the math-font table's, less
  /// the operator-name and italic-correction ones, which came from setting names in the
  /// math font and vanish in the text font.
  static let known: [String: (bound: Double, reason: String)] = [
    "overbrace": (
      1.6,
      "⏞ in Latin Modern: LuaTeX takes the 35.0 pt variant for a 38.5 pt body (plotnn the next, 40.1 pt); in DejaVu"
        + " the brace sits 0.38 pt higher than LuaTeX's (not yet explained)"
    ),
    "underbrace": (1.4, "⏟ in Latin Modern: the label 1.38 pt lower than LuaTeX's (not yet explained); DejaVu 0.18 pt"),
    "xrightarrow": (0.3, "\\xrightarrow{f} in Latin Modern: 0.25 pt wider than LuaTeX's (not yet explained)"),
    "substack": (
      1.8,
      "\\substack rows: amsmath's \\subarray (\\baselineskip and \\lineskip from legacy font"
        + " parameters) puts LuaLaTeX's row baselines 6.02 pt (Latin Modern) and 6.66 pt (DejaVu) apart here;"
        + " plotnn's rows keep 0.75 of the script size between ink"
    ),
    "big-sizes": (
      1.2, "\\big…\\Bigg in DejaVu Math: LuaLaTeX takes a smaller variant for \\big than amsmath's size asks"
    ),
    "big-bars": (0.9, "as big-sizes"),
    "alphabets": (
      0.9,
      "\\boldsymbol{\\theta}: unicode-math has no bold math version, so LuaLaTeX sets plain 𝜃 (U+1D703);"
        + " plotnn sets the bold italic 𝜽 (U+1D73D) the author asks for (a decision, not a fault)"
    ),
    "ch3-52": (0.55, "\\hat{x}_i: LuaTeX attaches the subscript to the accented character"),
    "aligned": (0.55, "aligned rows in DejaVu Math: TeX's \\lineskip between tall rows, here struts and \\jot"),
    "mathbb": (0.2, "\\mathbb{E}[X]: kerning between the double-struck letter and the bracket"),
    "ch3-04": (0.07, "[ after nothing in Latin Modern: a 0.06 pt italic correction difference"),
    "ch3-32": (0.07, "as ch3-04"), "ch3-34": (0.07, "as ch3-04"), "ch3-35": (0.07, "as ch3-04"),
    "ch3-69": (0.07, "as ch3-04"),
  ]

  static func reference() throws -> Reference {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../PlotNNCoreTests/Resources/math-text-font-reference.json")
    return try JSONDecoder().decode(Reference.self, from: Data(contentsOf: file))
  }

  /// A canvas whose font map pins `fonts`, for measuring formulas as a figure would.
  static func withCanvas(_ fonts: FontFamilies, _ body: (CairoCanvas) throws -> Void) throws {
    guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 8, 8), let cr = cairo_create(surface) else {
      throw RenderError.cairo("test surface")
    }
    defer {
      cairo_destroy(cr)
      cairo_surface_destroy(surface)
    }
    let map = try #require(try PinnedFonts.makeFontMap(for: fonts, catalog: FontCatalog.system))
    defer { g_object_unref(UnsafeMutableRawPointer(map)) }
    try body(try CairoCanvas(context: cr, fontMap: map))
  }

  static let pairs: [(key: String, fonts: FontFamilies)] = [
    (
      "latin-modern",
      FontFamilies(text: "Latin Modern Roman", math: "Latin Modern Math", monospace: "Latin Modern Mono")
    ),
    ("dejavu", FontFamilies(text: "DejaVu Sans", math: "DejaVu Math TeX Gyre", monospace: "DejaVu Sans Mono")),
  ]

  @Test(arguments: [0, 1])
  func boxesMatchLuaLaTeXWithTextFonts(pair: Int) throws {
    let (key, fonts) = Self.pairs[pair]
    let reference = try Self.reference()
    #expect(reference.formulas.count >= 142)
    try Self.withCanvas(fonts) { canvas in
      let style = TextStyle(
        size: 10, color: .black, families: fonts.running, monospaceFamilies: fonts.fixed, mathFamily: fonts.math)
      var compared = 0
      for formula in reference.formulas {
        for (name, display) in [("text", false), ("display", true)] {
          guard let r = formula.layout[key]?[name] else { continue }
          let (pieces, _) = canvas.mixedPieces(RichText(nodes: [.math(formula.tex, display: display)]), style: style)
          guard pieces.count == 1, case .math(let box) = pieces[0] else {
            Issue.record("\(formula.id): not set as one formula")
            continue
          }
          let difference = max(abs(box.width - r.width), abs(box.height - r.height), abs(box.depth - r.depth))
          let bound = Self.known[formula.id]?.bound ?? 0.05
          #expect(
            difference <= bound,
            "\(formula.id) \(name) \(key): width \(box.width)/\(r.width), height \(box.height)/\(r.height), depth \(box.depth)/\(r.depth): \(formula.tex)"
          )
          compared += 1
        }
      }
      #expect(compared >= 280)
    }
  }
}
