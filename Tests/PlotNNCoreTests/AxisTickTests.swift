import Testing

@testable import PlotNNCore

@Suite struct AxisTickTests {
  /// Ticks come back at their distance from the range's low end; placing them on a scale
  /// moves them to device coordinates (a flipped y scale puts the low end at the bottom).
  @Test func positionsAlongTheAxisThenOnTheDevice() {
    let choice = TickLocator.labelledTicks(-10...10, length: 200, bins: 4) { _, _ in 0 }
    let ticks = choice.ticks
    #expect(choice.fits && choice.offsetText == nil)
    #expect(ticks.map(\.value) == [-10, -5, 0, 5, 10])
    #expect(ticks.map(\.position) == [0, 50, 100, 150, 200])
    #expect(ticks.map(\.label.plainText) == ["\u{2212}10", "\u{2212}5", "0", "5", "10"])
    let y = LinearScale(domain: -10...10, start: 300, end: 100)
    #expect(ticks.map { $0.placed(by: y).position } == [300, 250, 200, 150, 100])
  }
}
