import Foundation
import Testing

@testable import PlotNNCore

/// scripts/log_tick_reference.py: matplotlib's LogLocator ticks within [lo, hi].
struct LogTickReference: Decodable {
  struct Case: Decodable, CustomTestStringConvertible {
    var lo: Double
    var hi: Double
    var numticks: Int
    var major: [Double]
    var minor: [Double]
    var testDescription: String { "[\(lo), \(hi)] numticks \(numticks)" }
  }
  var matplotlib: String
  var cases: [Case]
}

struct LogScaleTests {
  /// Ticks equal to 4 ulps relative: matplotlib computes 10^k with NumPy's vectorised power,
  /// which is not correctly rounded (10⁻⁵ comes out as 9.999999999999999e-06), where
  /// Swift's libm `pow` is for these exact decades; both are the same tick.
  static func same(_ a: [Double], _ b: [Double]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= 4 * $1.ulp }
  }

  @Test(arguments: try ReferenceResource.decode(LogTickReference.self, named: "log-tick-reference").cases)
  func ticksMatchMatplotlib(_ c: LogTickReference.Case) {
    let locator = LogTickLocator(maxTicks: c.numticks)
    let major = locator.majorTicks(from: c.lo, to: c.hi)
    #expect(Self.same(major, c.major), "major \(major) vs \(c.major)")
    let minor = locator.minorTicks(from: c.lo, to: c.hi)
    #expect(Self.same(minor, c.minor), "minor \(minor.count) vs \(c.minor.count)")
  }

  @Test func scaleMapsDecadesEvenly() {
    let s = LogScale(domain: 1e-3...1e2, start: 100, end: 0)
    #expect(s(1e-3) == 100)
    #expect(abs(s(1e2)) < 1e-12)
    #expect(abs(s(1e-1) - 60) < 1e-12)
    #expect(abs(s.invert(60) - 0.1) < 1e-15)
    #expect(s(0) > 100 && s(0).isFinite)
    #expect(s(-.nan).isFinite)
  }

  @Test func decadeRangesAndLabels() {
    #expect(LogScale.decades(containing: 0.003, 42) == 1e-3...1e2)
    #expect(LogScale.decades(containing: 1, 1) == 1...10)
    #expect(LogTickLocator.label(exponent: -3) == "$10^{-3}$")
    let text = try? RichText(markup: LogTickLocator.label(exponent: -3))
    #expect(text != nil)
  }
}
