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

  /// One precision side by side: exactly 3 significant digits, zeros kept, carries handled.
  @Test func significantFigures() {
    let cases: [(Double, String)] = [
      (20.085536923187668, "20.1"), (2.718281828459045, "2.72"), (0.049787068367863944, "0.0498"),
      (0.8789, "0.879"), (1, "1.00"), (0.0021785, "0.00218"), (0.99996, "1.00"), (9.996, "10.0"),
      (2.06e-9, "2.06×10⁻⁹"), (2.7e43, "2.70×10⁴³"), (0, "0"), (-0.5, "\u{2212}0.500"), (123_456, "123456"),
    ]
    for (value, text) in cases { #expect(NumberFormat.significantFigures(value, digits: 3) == text, "\(value)") }
  }

  @Test func shortestDigits() {
    #expect(NumberFormat.shortestDigits(1.702) == ("1702", 0))
    #expect(NumberFormat.shortestDigits(1e7) == ("1", 7))
    #expect(NumberFormat.shortestDigits(0.00025) == ("25", -4))
    #expect(NumberFormat.shortestDigits(1e-7) == ("1", -7))
    #expect(NumberFormat.shortestDigits(2.5e20) == ("25", 20))
    #expect(NumberFormat.decimal(digits: "25", exponent: -4) == "0.00025")
    #expect(NumberFormat.decimal(digits: "1702", exponent: 0) == "1.702")
    #expect(NumberFormat.decimal(digits: "1", exponent: 4) == "10000")
  }
}
