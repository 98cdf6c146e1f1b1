import Testing

@testable import PlotNNCore

/// viridis against matplotlib's published values: `matplotlib.colors.to_hex(cm.viridis(t))`
/// is #440154 at 0, #21918c at 0.5 and #fde725 at 1.
@Suite struct ViridisTests {
  private func expectHex(_ c: Color, _ hex: UInt32, _ note: String) {
    let want = Color(hex: hex)
    for (a, b) in [(c.red, want.red), (c.green, want.green), (c.blue, want.blue)] {
      #expect(abs(a - b) <= 1.0 / 255, "\(note): \(c) vs #\(String(hex, radix: 16))")
    }
  }

  @Test func endpointsAndMidpoint() {
    expectHex(Viridis.color(at: 0), 0x440154, "t = 0")
    expectHex(Viridis.color(at: 0.5), 0x21918c, "t = 0.5")
    expectHex(Viridis.color(at: 1), 0xfde725, "t = 1")
  }

  @Test func tableHas256Entries() {
    #expect(Viridis.data.count == 3 * Viridis.count)
    #expect(Viridis.data.allSatisfy { $0 >= 0 && $0 <= 1 })
  }

  @Test func exactAtEntriesAndLinearBetween() {
    let d = Viridis.data
    let at10 = Viridis.color(at: 10.0 / 255)
    #expect(abs(at10.green - d[31]) < 1e-12)
    let between = Viridis.color(at: 10.5 / 255)
    #expect(abs(between.green - (d[31] + d[34]) / 2) < 1e-12)
  }

  @Test func clampsOutsideTheUnitInterval() {
    #expect(Viridis.color(at: -3) == Viridis.color(at: 0))
    #expect(Viridis.color(at: 7) == Viridis.color(at: 1))
    #expect(Viridis.color(at: .nan) == Viridis.color(at: 0))
  }
}
