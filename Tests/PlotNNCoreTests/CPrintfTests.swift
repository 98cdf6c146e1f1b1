import Foundation
import Testing

@testable import PlotNNCore

/// ``CPrintf`` must write what Foundation's `String(format:)` writes for the same format (it
/// replaced it for speed; figures' bytes depend on every digit): compared over values where
/// printf is delicate (ties, negative zero, huge and tiny magnitudes, long precisions).
struct CPrintfTests {
  static let values: [Double] = {
    var values: [Double] = [
      0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1.005, 2.675, 1e-5, -1e-5, 9.9999, 0.99995, 123_456.5, 1e15, 1e16,
      1e22, 1e300, -1e300, .leastNonzeroMagnitude, 2.2250738585072014e-308, .pi, -.pi, 1.0 / 3, 2.0 / 3, 0.1, 0.2, 0.3,
      1e6 - 0.5,
    ]
    var state: UInt64 = 12_345
    for _ in 0..<300 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let mantissa = Double(state >> 11) / Double(1 << 53) * 10 - 5
      let exponent = Int(state % 41) - 20
      values.append(mantissa * pow(10, Double(exponent)))
    }
    return values
  }()

  @Test(arguments: [CPrintf.Conversion.fixed, .exponent, .general])
  func writesWhatStringFormatWrites(conversion: CPrintf.Conversion) {
    for value in Self.values {
      for precision in [0, 1, 2, 3, 6, 10, 17] {
        let expected = String(format: "%.\(precision)\(conversion.rawValue)", value)
        #expect(CPrintf.format(value, conversion, precision: precision) == expected, "\(value) at \(precision)")
      }
    }
  }

  @Test func longOutputIsComplete() {
    // %f of 1e300 is 301 digits and more: past the first buffer.
    let expected = String(format: "%.3f", 1e300)
    #expect(expected.count > 300)
    #expect(CPrintf.format(1e300, .fixed, precision: 3) == expected)
  }

  @Test func minusSignReplacesEveryHyphen() {
    #expect(NumberFormat.minus("-1e-05") == "\u{2212}1e\u{2212}05")
    #expect(NumberFormat.minus("2.5") == "2.5")
    #expect(NumberFormat.minus("") == "")
  }
}
