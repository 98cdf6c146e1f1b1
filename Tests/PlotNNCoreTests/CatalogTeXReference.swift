import Foundation

/// `catalog-tex-reference.json`, written by `scripts/math_reference/math_reference.py`: the
/// TeX of each catalog function and of some hand-written bindings, with whether LuaLaTeX
/// (unicode-math, Latin Modern Math and DejaVu Math TeX Gyre) compiled it.
struct CatalogTeXReference: Decodable {
  struct Box: Decodable {
    var width: Double
    var height: Double
    var depth: Double
  }
  struct Entry: Decodable {
    var tex: String
    var compiled: Bool
    /// The whole formula in display style, by font key.
    var display: [String: Box]?
  }
  struct Function: Decodable {
    var id: String
    var tex: String
    var compiled: Bool
  }
  struct Binding: Decodable {
    var spec: String
    var tex: String
    var compiled: Bool
  }

  var generator: String
  var functions: [Function]
  var bindings: [Binding]
  var softmax: Entry

  static func load() throws -> CatalogTeXReference {
    try ReferenceResource.decode(CatalogTeXReference.self, named: "catalog-tex-reference")
  }
}
