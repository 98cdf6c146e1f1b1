import Foundation
import Testing

@testable import PlotNNCore

/// Issue 9, defect 6: the double's relative precision, not a fixed fraction, decides whether
/// a y span is drawn as it is, and the labels of such a thin span read the right numbers.
@Suite struct FlatRangeTests {
  /// 1 + c·x on [0, 1] for c down to 10⁻¹²: the automatic y range frames the data (within
  /// its 5 % headroom and a tick), never the ±1 of a flat line.
  @Test(arguments: [1e-6, 1e-9, 1e-10, 1e-11, 1e-12])
  func aThinLineIsDrawnAsTheLineItIs(_ c: Double) throws {
    var figure = LineFigure(functions: ["1+\(c)*x"])
    (figure.from, figure.to) = (0, 1)
    let chart = try figure.testChart()
    let range = chart.resolvedYRange
    #expect(range.lowerBound <= 1 && range.upperBound >= 1 + c, "\(range)")
    #expect(range.upperBound - range.lowerBound <= 3 * c, "\(c): \(range) is not the data's")
  }

  /// Below 1024 ulps (about 2.3 × 10⁻¹³ of the value) a span is rounding noise: flat.
  @Test func aSpanOfAFewUlpsIsFlat() {
    #expect(LineChart.isFlat(1, 1 + 100 * 1.0.ulp))
    #expect(!LineChart.isFlat(1, 1 + 4096 * 1.0.ulp))
    #expect(!LineChart.isFlat(1e300, 1e300 + 1e290))
    #expect(LineChart.isFlat(0, 1e-101))
  }

  /// The offset text reads its offset back: each label of the ticks of [1, 1 + c], read
  /// as label × 10^order + offset from the *texts*, is its tick to within a thousandth of
  /// the step (the old 10-decimal offset read "+1" for 1.000000000001, a whole span off).
  @Test(arguments: [1e-9, 1e-10, 1e-12, 3e-13])
  func labelsWithTheirOffsetReadTheTicks(_ c: Double) throws {
    let ticks = TickLocator.labelledTicks(1...(1 + c), length: 1000, bins: 9, sharedText: true) { _, _ in 0 }
    let formatter = ticks.formatter
    let offset = try #require(formatter.offset == 0 ? 0 : Double(TickFormatter.data(formatter.offset).plainText))
    let step = try #require(ticks.ticks.count >= 2 ? ticks.ticks[1].value - ticks.ticks[0].value : nil)
    for tick in ticks.ticks {
      let text = tick.label.plainText.replacingOccurrences(of: "\u{2212}", with: "-")
      let label = try #require(Double(text), "\(c): label \(text)")
      let read = label * pow(10, Double(formatter.order)) + offset
      // A thousandth of the step, or the 4 ulps of arithmetic in reading the labels back.
      let tolerance = max(1e-3 * step, 4 * tick.value.ulp)
      #expect(abs(read - tick.value) <= tolerance, "\(c): \(text) reads \(read) for \(tick.value)")
    }
  }
}
