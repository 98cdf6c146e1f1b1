import Foundation

/// `math-reference.json`, written by `scripts/math_reference/math_reference.py`: LuaLaTeX's
/// layout (unicode-math, 10 pt) of the chapter's formulas and of the constructs, in
/// Latin Modern Math and DejaVu Math TeX Gyre, text and display style. Lengths in points;
/// x runs right from the formula's left edge, y up from its baseline (see the file's
/// `coordinates`). The layout tests compare plotnn's boxes with these.
struct MathReference: Decodable {
  /// A box LuaTeX's math engine built: `kind` is its math subtype (numerator, denominator,
  /// sup, sub, degree, radical, accent, fraction, limits, vdelimiter …); `y` its baseline.
  struct Box: Decodable {
    var kind: String
    var list: String
    var x: Double
    var y: Double
    var width: Double
    var height: Double
    var depth: Double
  }
  /// A rule (fraction bar, radical overbar, array rule); `in` is the box kind it lies in.
  struct Rule: Decodable {
    var kind: String
    var `in`: String
    var x: Double
    var y: Double
    var width: Double
    var height: Double
    var depth: Double
  }
  /// A glyph: the code point LuaTeX set (private use for a size variant or assembly
  /// part), its glyph index in the font, its baseline origin and its font size.
  struct Glyph: Decodable {
    var char: Int
    var index: Int
    var x: Double
    var y: Double
    var width: Double
    var height: Double
    var depth: Double
    var size: Double
  }
  /// One formula in one font and style.
  struct Layout: Decodable {
    var width: Double
    var height: Double
    var depth: Double
    var boxes: [Box]
    var rules: [Rule]
    var glyphs: [Glyph]
  }
  struct Formula: Decodable {
    var id: String
    /// `chapter3.txt` or `construct`.
    var source: String
    /// The TeX as plotnn receives it (the book's text for the chapter).
    var tex: String
    /// The TeX given to LaTeX, when it differs (`\text{Batch\_Size}`).
    var latex: String?
    var lines: [Int]?
    /// `text` for `$…$`, `display` for `$$…$$` in the book.
    var bookStyle: String?
    /// Layout by font key (`latin-modern`, `dejavu`), then by style (`text`, `display`).
    var layout: [String: [String: Layout]]

    enum CodingKeys: String, CodingKey {
      case id, source, tex, latex, lines, layout
      case bookStyle = "book_style"
    }
  }
  struct Font: Decodable {
    var key: String
    var family: String
    var file: String
  }

  var generator: String
  var units: String
  var fonts: [Font]
  var decisions: [String]
  var formulas: [Formula]

  static func load() throws -> MathReference {
    try ReferenceResource.decode(MathReference.self, named: "math-reference")
  }

  /// The formula with this id.
  func formula(_ id: String) -> Formula? { formulas.first { $0.id == id } }
}
