import Foundation
import Testing

@testable import PlotNNCore

@Suite struct NumberFormatTests {
  @Test func everyMinusIsTheMinusSign() {
    #expect(NumberFormat.significant(-0.5, digits: 4) == "\u{2212}0.5")
    #expect(NumberFormat.significant(1e-5, digits: 4) == "1e\u{2212}05")
    #expect(NumberFormat.fixed(-2.25, decimals: 1) == "\u{2212}2.2")
    #expect(NumberFormat.shortest(-1e-10) == "\u{2212}1e\u{2212}10")
    #expect(NumberFormat.nonFinite(-.infinity) == "\u{2212}∞" && NumberFormat.nonFinite(1) == nil)
  }

  @Test func noNegativeZero() {
    #expect(NumberFormat.fixed(-0.0, decimals: 2) == "0.00")
    #expect(NumberFormat.fixed(-0.004, decimals: 2) == "0.00")
    #expect(NumberFormat.fixed(-0.006, decimals: 2) == "\u{2212}0.01")
  }

  /// C's %g: four significant digits, trailing zeros dropped.
  @Test func significantDigits() {
    #expect(NumberFormat.significant(0.25, digits: 4) == "0.25")
    #expect(NumberFormat.significant(1 / (1 + exp(-2.0)), digits: 4) == "0.8808")
    #expect(NumberFormat.significant(123456, digits: 4) == "1.235e+05")
  }
}
