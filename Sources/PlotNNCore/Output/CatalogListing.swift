import Foundation

/// The catalog as `plotnn list` prints it: an aligned text table, or JSON.
public struct CatalogListing: Sendable {
  public var catalog: Catalog

  public init(_ catalog: Catalog) { self.catalog = catalog }

  struct Entry: Codable {
    struct Param: Codable {
      var name: String
      var aliases: [String]
      var `default`: Double
      var summary: String
    }
    var id: String
    var aliases: [String]
    var name: String
    var parameters: [Param]
    /// Pango markup, as drawn in titles.
    var formula: String
    /// The same formula as plain text.
    var formulaText: String
    /// The formula in TeX math, without `$` (``Activation/tex``).
    var tex: String
    var domain: [Double]
  }

  var entries: [Entry] {
    catalog.activations.map { a in
      Entry(
        id: a.id, aliases: a.aliases, name: a.displayName,
        parameters: a.parameters.map {
          .init(name: $0.name, aliases: $0.aliases, default: $0.defaultValue, summary: $0.summary)
        },
        formula: a.formula, formulaText: Markup.plainText(a.formula), tex: a.tex,
        domain: [a.domain.lowerBound, a.domain.upperBound])
    }
  }

  /// Columns: id, aliases, parameters (name=default), formula.
  public var text: String {
    let rows = entries.map { e in
      [
        e.id, e.aliases.joined(separator: ", "),
        e.parameters.map { "\($0.name)=\($0.default.shortDescription)" }.joined(separator: ", "), e.formulaText,
      ]
    }
    let header = ["ID", "ALIASES", "PARAMETERS", "FORMULA"]
    let widths = (0..<3).map { c in ([header] + rows).map { $0[c].count }.max() ?? 0 }
    return ([header] + rows).map { row in
      (0..<3).map { row[$0].padding(toLength: widths[$0] + 2, withPad: " ", startingAt: 0) }.joined() + row[3]
    }.joined(separator: "\n") + "\n"
  }

  /// A JSON array of entries with sorted keys.
  public var json: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    let data = (try? encoder.encode(entries)) ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// A Markdown table for the README: id, aliases, parameters, formula.
  public var markdown: String {
    var out = "| id | aliases | parameters (defaults) | formula |\n|---|---|---|---|\n"
    for e in entries {
      let params = e.parameters.map { "`\($0.name)=\($0.default.shortDescription)`" }.joined(separator: ", ")
      let aliases = e.aliases.map { "`\($0)`" }.joined(separator: ", ")
      out += "| `\(e.id)` | \(aliases) | \(params) | \(e.formulaText.replacingOccurrences(of: "|", with: "\\|")) |\n"
    }
    return out
  }
}
