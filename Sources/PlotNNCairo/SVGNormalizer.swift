import Foundation

/// Makes Cairo's SVG output independent of what else the process rendered.
///
/// Cairo names SVG surfaces and patterns by a process-wide counter (`surface6`, `image3`,
/// ...), so the second figure a process writes differs from the first. Renumbering each
/// such id in order of first appearance gives the same bytes for the same figure, in one
/// process or many, with any `--jobs`.
public enum SVGNormalizer {
  public static func normalize(_ bytes: [UInt8]) -> [UInt8] {
    let text = String(decoding: bytes, as: UTF8.self)
    guard let regex = try? NSRegularExpression(pattern: "\\b(surface|image|source-|pattern|clip|mask|glyph-?)(\\d+)")
    else { return bytes }
    var mapping: [String: Int] = [:]
    var counters: [String: Int] = [:]
    var out = ""
    var last = text.startIndex
    let ns = text as NSString
    for match in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
      guard let whole = Range(match.range, in: text), let prefixRange = Range(match.range(at: 1), in: text) else {
        continue
      }
      let prefix = String(text[prefixRange])
      let key = String(text[whole])
      let number: Int
      if let known = mapping[key] {
        number = known
      } else {
        number = counters[prefix, default: 0]
        counters[prefix] = number + 1
        mapping[key] = number
      }
      out += text[last..<whole.lowerBound]
      out += "\(prefix)\(number)"
      last = whole.upperBound
    }
    out += text[last...]
    return Array(out.utf8)
  }
}
