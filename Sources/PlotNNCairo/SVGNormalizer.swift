/// Makes Cairo's SVG output independent of what else the process rendered.
///
/// Cairo names SVG surfaces and patterns by a process-wide counter (`surface6`, `image3`,
/// ...), so the second figure a process writes differs from the first. Renumbering each
/// such id in order of first appearance gives the same bytes for the same figure, in one
/// process or many, with any `--jobs`.
///
/// A byte scan rather than a regular expression: Foundation's ICU regex took more time
/// than drawing the figure (measured with perf on the chapter set).
public enum SVGNormalizer {
  /// Id stems Cairo numbers; `glyph` ids continue `glyph0-1`, renumbered on the first number.
  static let stems: [[UInt8]] = ["surface", "image", "source", "pattern", "clip", "mask", "glyph"].map {
    Array($0.utf8)
  }

  public static func normalize(_ bytes: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var mapping: [[UInt8]: Int] = [:]
    var counters: [Int: Int] = [:]
    var i = 0
    let n = bytes.count
    while i < n {
      if i == 0 || !isWordByte(bytes[i - 1]), let (stem, end) = numberedId(in: bytes, at: i) {
        let key = Array(bytes[i..<end])
        let number: Int
        if let known = mapping[key] {
          number = known
        } else {
          number = counters[stem, default: 0]
          counters[stem] = number + 1
          mapping[key] = number
        }
        out += stems[stem]
        if bytes[i + stems[stem].count] == UInt8(ascii: "-") { out.append(UInt8(ascii: "-")) }
        out += Array(String(number).utf8)
        i = end
      } else {
        out.append(bytes[i])
        i += 1
      }
    }
    return out
  }

  /// At `i`, a stem, an optional `-`, then digits: the stem's index and the end of the digits.
  private static func numberedId(in bytes: [UInt8], at i: Int) -> (Int, Int)? {
    for (k, stem) in stems.enumerated() where bytes.count - i > stem.count && bytes[i] == stem[0] {
      guard bytes[i..<i + stem.count].elementsEqual(stem) else { continue }
      var j = i + stem.count
      if j < bytes.count, bytes[j] == UInt8(ascii: "-") { j += 1 }
      let digits = j
      while j < bytes.count, isDigit(bytes[j]) { j += 1 }
      if j > digits { return (k, j) }
    }
    return nil
  }

  private static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

  private static func isWordByte(_ b: UInt8) -> Bool {
    isDigit(b) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == UInt8(ascii: "_")
  }
}
