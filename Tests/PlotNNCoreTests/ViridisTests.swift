import Foundation
import Testing

@testable import PlotNNCore

/// matplotlib's viridis, written by `scripts/viridis_reference.py` from
/// `matplotlib.colormaps["viridis"](t)` (never from plotnn's table): the colour at every entry
/// t = i/255, and at t between entries both matplotlib's own colour and the documented linear
/// interpolation between matplotlib's colours at the two neighbouring entries.
struct ViridisReference: Decodable {
  struct Between: Decodable {
    let t: Double
    let interpolated: [Double]
    let matplotlib: [Double]
  }
  let generator: String
  /// [t, r, g, b]
  let entries: [[Double]]
  let between: [Between]

  static func load() throws -> ViridisReference {
    try ReferenceResource.decode(ViridisReference.self, named: "viridis-reference")
  }

  /// matplotlib's colour at an entry or one of the `between` t within 1e-12 of `t`,
  /// interpolated as documented.
  func color(near t: Double) -> Color? {
    if let e = entries.first(where: { abs($0[0] - t) <= 1e-12 }) { return Color(red: e[1], green: e[2], blue: e[3]) }
    if let b = between.first(where: { abs($0.t - t) <= 1e-12 }) {
      return Color(red: b.interpolated[0], green: b.interpolated[1], blue: b.interpolated[2])
    }
    return nil
  }
}

/// The largest component difference of two colours.
func componentDistance(_ a: Color, _ b: Color) -> Double {
  max(abs(a.red - b.red), abs(a.green - b.green), abs(a.blue - b.blue))
}

@Suite struct ViridisTests {
  private func expectHex(_ c: Color, _ hex: UInt32, _ note: String) {
    let want = Color(hex: hex)
    for (a, b) in [(c.red, want.red), (c.green, want.green), (c.blue, want.blue)] {
      #expect(abs(a - b) <= 1.0 / 255, "\(note): \(c) vs #\(String(hex, radix: 16))")
    }
  }

  /// `matplotlib.colors.to_hex(cm.viridis(t))` is #440154 at 0, #21918c at 0.5 and #fde725 at 1.
  @Test func endpointsAndMidpoint() {
    expectHex(Viridis.color(at: 0), 0x440154, "t = 0")
    expectHex(Viridis.color(at: 0.5), 0x21918c, "t = 0.5")
    expectHex(Viridis.color(at: 1), 0xfde725, "t = 1")
  }

  /// At t = i/255 the colour is matplotlib's entry i. Fails if an entry of the table is wrong
  /// or shifted by one, or if t = i/255 did not land on entry i (p = t·256, say).
  @Test func everyEntryIsMatplotlibs() throws {
    let reference = try ViridisReference.load()
    #expect(reference.generator.contains("matplotlib") && reference.entries.count == 256)
    for e in reference.entries {
      let want = Color(red: e[1], green: e[2], blue: e[3])
      #expect(componentDistance(Viridis.color(at: e[0]), want) <= 1e-12, "t = \(e[0])")
    }
  }

  /// Between entries: the documented linear interpolation of matplotlib's neighbouring
  /// colours, computed by the script. Fails with nearest-entry lookup (matplotlib's own rule,
  /// off by up to 0.0096 here), with interpolation towards the wrong neighbour, or in another
  /// colour space.
  @Test func linearBetweenEntries() throws {
    let reference = try ViridisReference.load()
    #expect(reference.between.count >= 40)
    for b in reference.between {
      let want = Color(red: b.interpolated[0], green: b.interpolated[1], blue: b.interpolated[2])
      #expect(componentDistance(Viridis.color(at: b.t), want) <= 1e-12, "t = \(b.t)")
    }
  }

  /// The doc comment's bound: interpolating differs from matplotlib's nearest-entry lookup by
  /// less than 0.01 per component (half a step of the table).
  @Test func withinTheDocumentedBoundOfMatplotlibsLookup() throws {
    for b in try ViridisReference.load().between {
      let theirs = Color(red: b.matplotlib[0], green: b.matplotlib[1], blue: b.matplotlib[2])
      #expect(componentDistance(Viridis.color(at: b.t), theirs) < 0.01, "t = \(b.t)")
    }
  }

  @Test func clampsOutsideTheUnitInterval() {
    #expect(Viridis.color(at: -3) == Viridis.color(at: 0))
    #expect(Viridis.color(at: 7) == Viridis.color(at: 1))
    #expect(Viridis.color(at: .nan) == Viridis.color(at: 0))
  }
}
