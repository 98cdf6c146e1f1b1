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

  /// Bytes that can begin a stem (`s`, `i`, `p`, `c`, `m`, `g`): the scan tests for an id
  /// only at those, and copies the runs between ids whole.
  static let startsStem: [Bool] = (0...255).map { byte in stems.contains { $0[0] == UInt8(byte) } }

  public static func normalize(_ bytes: [UInt8]) -> [UInt8] {
    bytes.withUnsafeBufferPointer { normalize($0) }
  }

  /// One pass over `bytes`: an id is a stem at a word start (the byte before it, if any, is
  /// not a letter, digit or `_`), an optional `-`, and digits.
  static func normalize(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var mapping: [[UInt8]: Int] = [:]
    var counters = [Int](repeating: 0, count: stems.count)
    var i = 0
    var copied = 0  // bytes[copied..<i] are still to be copied
    let n = bytes.count
    let startsStem = Self.startsStem
    while i < n {
      guard startsStem[Int(bytes[i])], i == 0 || !isWordByte(bytes[i - 1]),
        let (stem, end) = numberedId(in: bytes, at: i)
      else {
        i += 1
        continue
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
      let key = Array(bytes[i..<end])
      let number: Int
      if let known = mapping[key] {
        number = known
      } else {
        number = counters[stem]
        counters[stem] = number + 1
        mapping[key] = number
      }
      out += stems[stem]
      if bytes[i + stems[stem].count] == UInt8(ascii: "-") { out.append(UInt8(ascii: "-")) }
      out += Array(String(number).utf8)
      i = end
      copied = end
    }
    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<n]))
    return out
  }

  /// At `i`, a stem, an optional `-`, then digits: the stem's index and the end of the digits.
  private static func numberedId(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Int, Int)? {
    for k in stems.indices {
      let stem = stems[k]
      guard bytes.count - i > stem.count, bytes[i] == stem[0] else { continue }
      guard UnsafeBufferPointer(rebasing: bytes[i..<i + stem.count]).elementsEqual(stem) else { continue }
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
