#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// C's printf conversion of one number, `%.{precision}f` and its kin, straight from the C
/// library in the "C" numeric locale: the digits `String(format:)` writes, without its cost.
///
/// Why not `String(format:)`: Foundation parses the format, boxes the argument and builds
/// an NSString for every call; tick labels, tick rounding and contour levels format
/// thousands of numbers a batch, which made `String(format:)` about a tenth of a line
/// figure's instructions (callgrind). `snprintf` is the same conversion underneath (glibc's
/// exact decimal expansion, rounding half to even on the binary value), so the text is
/// the same byte for byte (CPrintfTests compares the two). The C locale is set for the call
/// (`uselocale`, per thread), so the decimal separator is "." whatever the process locale.
enum CPrintf {
  /// `value` as `%.{precision}{conversion}`: conversion one of `f`, `e`, `g`.
  static func format(_ value: Double, _ conversion: Conversion, precision: Int) -> String {
    let format = "%.*" + conversion.rawValue
    let precision = Int32(clamping: max(precision, 0))
    return inCLocale {
      var buffer = [CChar](repeating: 0, count: 64)
      let needed = withVaList([precision, value]) { vsnprintf(&buffer, buffer.count, format, $0) }
      if needed >= buffer.count {
        // %f of a large number, or a long precision: once more with room for it all.
        buffer = [CChar](repeating: 0, count: Int(needed) + 1)
        _ = withVaList([precision, value]) { vsnprintf(&buffer, buffer.count, format, $0) }
      }
      return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
  }

  enum Conversion: String {
    case fixed = "f"
    case exponent = "e"
    case general = "g"
  }

  /// `body` run with the "C" locale as the thread's locale.
  private static func inCLocale<T>(_ body: () -> T) -> T {
    guard let c = newlocale(LC_NUMERIC_MASK, "C", nil) else { return body() }
    let previous = uselocale(c)
    defer {
      uselocale(previous)
      freelocale(c)
    }
    return body()
  }
}
