import CNumberText

/// C's printf conversion of one number, `%.{precision}f` and its kin, straight from the C
/// library in the "C" numeric locale: the digits `String(format:)` writes, without its cost.
///
/// Why not `String(format:)`: Foundation parses the format, boxes the argument and builds
/// an NSString for every call; tick labels, tick rounding and contour levels format
/// thousands of numbers a batch, which made `String(format:)` about a tenth of a line
/// figure's instructions (callgrind). `snprintf` is the same conversion underneath (glibc's
/// exact decimal expansion, rounding half to even on the binary value), so the text is
/// the same byte for byte (CPrintfTests compares the two). It is called from C
/// (`plotnn_number_text`, CNumberText), in the C locale for the call, so the decimal
/// separator is "." whatever the process locale.
enum CPrintf {
  /// `value` as `%.{precision}{conversion}`: conversion one of `f`, `e`, `g`.
  static func format(_ value: Double, _ conversion: Conversion, precision: Int) -> String {
    let precision = Int32(clamping: max(precision, 0))
    let letter = conversion.letter
    return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buffer in
      guard let start = buffer.baseAddress else { return "" }
      let needed = plotnn_number_text(start, 64, letter, precision, value)
      guard needed >= 64 else { return String(cString: start) }
      // %f of a large number, or a long precision: once more with room for it all.
      var long = [CChar](repeating: 0, count: Int(needed) + 1)
      _ = plotnn_number_text(&long, long.count, letter, precision, value)
      return String(decoding: long.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
  }

  enum Conversion: String {
    case fixed = "f"
    case exponent = "e"
    case general = "g"

    /// The conversion's letter as a C `char`.
    var letter: CChar { CChar(bitPattern: rawValue.utf8.first ?? UInt8(ascii: "g")) }
  }
}
