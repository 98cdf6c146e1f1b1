import Foundation
import PlotNNCore
import Testing

@testable import PlotNNCairo

/// plotnn's formula boxes against LuaLaTeX's (`Tests/PlotNNCoreTests/Resources/math-reference.json`,
/// written once by the mathref helper's `scripts/math_reference/math_reference.py`: unicode-math
/// at 10 pt in Latin Modern Math and DejaVu Math TeX Gyre, every formula of chapter 3 and 71
/// constructs, in text and display style).
///
/// The reference sets `\text`, `\mathrm`, `\operatorname` and the function names in the math
/// font (its `mathrm=sym` decision), so the layout here runs without a text font (the
/// metrics' `measureText` is nil) and takes those letters from the math font too.
/// Tolerance: 0.05 pt on the width, height and depth of the whole formula, except the
/// deviations listed in ``known`` with the bound each stays within and why.
@Suite struct MathReferenceComparisonTests {
  struct Reference: Decodable {
    struct Formula: Decodable {
      let id: String
      let tex: String
      let layout: [String: [String: Box]]
    }
    struct Box: Decodable {
      let width: Double
      let height: Double
      let depth: Double
    }
    let formulas: [Formula]
  }

  /// Formulas known to differ by more than the tolerance, with the largest difference
  /// allowed (pt) and the reason, measured on this machine.
  static let known: [String: (bound: Double, reason: String)] = [
    "overbrace": (
      1.6,
      "⏞ in Latin Modern: LuaTeX takes the 35.0 pt variant for a 38.5 pt body (plotnn the next, 40.1 pt); in DejaVu"
        + " the brace sits 0.38 pt higher than LuaTeX's (not yet explained)"
    ),
    "underbrace": (1.4, "⏟ in Latin Modern: the label 1.38 pt lower than LuaTeX's (not yet explained); DejaVu 0.18 pt"),
    "xrightarrow": (0.3, "\\xrightarrow{f} in Latin Modern: 0.25 pt wider than LuaTeX's (not yet explained)"),
    "substack": (
      1.8, "\\substack rows: amsmath's \\subarray baselineskip from the script font's parameters, here a strut"
    ),
    "big-sizes": (1.2, "\\big: LuaLaTeX picks the next larger variant for the smallest size"),
    "big-bars": (0.9, "\\big…\\Bigg bars: as big-sizes"),
    "operatorname": (1.1, "operator names from the math font: LuaTeX adds each letter's italic correction"),
    "alphabets": (
      1.0,
      "\\mathit and \\mathrm letters from the math font: italic corrections between letters; \\boldsymbol as in"
        + " MathTextFontComparisonTests"
    ),
    "named-functions": (0.55, "as operatorname"), "underset": (0.35, "as operatorname (\\arg\\max)"),
    "argmax": (0.35, "as operatorname"), "max-sub": (0.2, "as operatorname"), "ch3-03": (0.2, "as operatorname"),
    "ch3-02": (0.25, "as operatorname (\\tanh)"), "ch3-18": (0.25, "as operatorname"),
    "ch3-20": (0.25, "as operatorname"), "ch3-38": (0.3, "as operatorname (\\min, \\max)"),
    "ch3-65": (0.2, "as operatorname (\\exp)"), "ch3-70": (0.2, "as operatorname (\\exp)"),
    "ch3-52": (0.55, "\\hat{x}_i: LuaTeX attaches the subscript to the accented character"),
    "aligned": (0.55, "aligned rows: TeX's \\lineskip between tall rows, here struts and \\jot"),
    "mathbb": (0.2, "\\mathbb{E}[X]: kerning between the double-struck letter and the bracket"),
    "ch3-04": (0.07, "[ after nothing: a 0.06 pt italic correction difference"), "ch3-32": (0.07, "as ch3-04"),
    "ch3-34": (0.07, "as ch3-04"), "ch3-35": (0.07, "as ch3-04"), "ch3-69": (0.07, "as ch3-04"),
    "lim": (0.07, "\\lim from the math font: as operatorname"), "inter-atom": (0.07, "as operatorname (\\sin)"),
  ]

  static func reference() throws -> Reference {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../PlotNNCoreTests/Resources/math-reference.json")
    return try JSONDecoder().decode(Reference.self, from: Data(contentsOf: file))
  }

  @Test(arguments: [("latin-modern", "Latin Modern Math"), ("dejavu", "DejaVu Math TeX Gyre")])
  func boxesMatchLuaLaTeX(key: String, family: String) throws {
    let reference = try Self.reference()
    #expect(reference.formulas.count >= 142)
    try MathCairoTests.withFont(family) { font in
      var compared = 0
      for formula in reference.formulas {
        let atoms = try MathParser.parse(formula.tex)
        for (name, level) in [("text", MathStyle.Level.text), ("display", .display)] {
          guard let r = formula.layout[key]?[name] else { continue }
          let box = MathLayout(font: font, size: 10).layout(atoms, style: MathStyle(level))
          let difference = max(abs(box.width - r.width), abs(box.height - r.height), abs(box.depth - r.depth))
          let bound = Self.known[formula.id]?.bound ?? 0.05
          #expect(
            difference <= bound,
            "\(formula.id) \(name) \(family): width \(box.width)/\(r.width), height \(box.height)/\(r.height), depth \(box.depth)/\(r.depth): \(formula.tex)"
          )
          compared += 1
        }
      }
      #expect(compared >= 280)
    }
  }
}
