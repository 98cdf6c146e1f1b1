import Foundation
import Testing

@testable import PlotNNCore

/// `Resources/color-scale-reference.json`, written by `scripts/color_scale_reference.py`
/// from matplotlib's `PowerNorm(gamma=0.5)` and `Normalize` (never from plotnn's code): the
/// colour-map position of a few values over two ranges, and the viridis colour there in
/// plotnn's documented interpolation between matplotlib's entries.
private struct ColorScaleReference: Decodable {
  struct Sample: Decodable {
    let value: Double
    let t: Double
    let linear: Double
    let rgb: [Double]
  }
  struct Range: Decodable {
    let vmin: Double
    let vmax: Double
    let samples: [Sample]
  }
  let generator: String
  let ranges: [Range]

  static func load() throws -> ColorScaleReference {
    try ReferenceResource.decode(ColorScaleReference.self, named: "color-scale-reference")
  }
}

@Suite struct ColorScaleTests {
  /// t = ((v − lo)/(hi − lo))^½ is matplotlib's PowerNorm(0.5), clamped at the ends; the
  /// linear scale is Normalize; the colour at t is the reference's.
  @Test func squareRootIsMatplotlibsPowerNorm() throws {
    let reference = try ColorScaleReference.load()
    #expect(reference.ranges.count == 2)
    for range in reference.ranges {
      let r = range.vmin...range.vmax
      for s in range.samples {
        #expect(abs(ColorScale.squareRoot.fraction(s.value, over: r) - s.t) <= 1e-12, "\(s.value) over \(r)")
        #expect(abs(ColorScale.linear.fraction(s.value, over: r) - s.linear) <= 1e-12, "\(s.value) over \(r)")
        let c = Viridis.color(at: ColorScale.squareRoot.fraction(s.value, over: r))
        #expect(componentDistance(c, Color(red: s.rgb[0], green: s.rgb[1], blue: s.rgb[2])) <= 1e-12, "\(s.value)")
        if s.value >= range.vmin && s.value <= range.vmax {
          let back = ColorScale.squareRoot.value(atFraction: s.t, over: r)
          #expect(abs(back - s.value) <= 1e-12 * max(1, abs(s.value)), "\(s.value) round trip \(back)")
        }
      }
    }
  }

  /// The quads of the plane z = x over [0, 100] × [0, 1] with 4 quads along x have mean
  /// heights 12.5, 37.5, 62.5 and 87.5 and the z range [0, 100]; unshaded on the √ scale
  /// they are filled with the reference colours of those heights.
  @Test func quadsAreFilledOnTheSquareRootScale() throws {
    let reference = try ColorScaleReference.load()
    let range = try #require(reference.ranges.first { $0.vmin == 0 && $0.vmax == 100 })
    var chart = SurfaceChart(
      function: { x, _ in x }, xRange: 0...100, yRange: 0...1, azimuth: -60, elevation: 30, resolution: 4)
    chart.colorScale = .squareRoot
    chart.shading = 0
    chart.showColorBar = false
    let canvas = RecordingCanvas()
    chart.draw(on: canvas, size: Size(width: 400, height: 300))
    let fills = Set(
      canvas.commands.compactMap { c -> Color? in if case .fill(_, let color) = c { color } else { nil } })
    for height in [12.5, 37.5, 62.5, 87.5] {
      let s = try #require(range.samples.first { $0.value == height })
      let want = Color(red: s.rgb[0], green: s.rgb[1], blue: s.rgb[2])
      #expect(fills.contains { componentDistance($0, want) <= 1e-12 }, "height \(height)")
    }
    // The linear scale would put 12.5 at t = 0.125; √ puts it at ≈ 0.354.
    let low = try #require(range.samples.first { $0.value == 12.5 })
    #expect(low.t > 2.8 * low.linear)
  }

  /// The √ bar's ticks, worked by hand from the documented rules for a 380-point bar over
  /// [0.25, 196] with 9 bins and 13.2-point lines (gap g = max(17.2, 380/10) = 38): 25, 50 …
  /// 175 crowd at the top (75 and 100 are 36.4 apart), and so do the 7- and 8-bin ticks;
  /// 7 bins give step 50: 50, 100, 150 at 191.6, 271.2, 332.3. Below 50: 25 (s/2) at 135.8
  /// is kept; of the s/5 multiples 40, 30, 20 are within g of a kept tick and 10 (84.7) is
  /// kept; no s/10 multiple is 38 from all of them (5 is at 59.5).
  @Test func squareRootBarTicksAreRoundAndApart() {
    let ticks = ColorScale.squareRoot.ticks(0.25...196, length: 380, bins: 9, lineHeight: 13.2)
    #expect(ticks.map(\.value) == [10, 25, 50, 100, 150])
    #expect(ticks.map(\.label.plainText) == ["10", "25", "50", "100", "150"])
    for t in ticks {
      #expect(abs(t.position - ((t.value - 0.25) / 195.75).squareRoot() * 380) <= 1e-9)
    }
    #expect(zip(ticks, ticks.dropFirst()).allSatisfy { $1.position - $0.position >= 38 })
    // The linear bar keeps the locator's ticks: matplotlib's step 25 for 9 bins, made the
    // whole step 50 (``TickLocator/readableTicks(from:to:)``: 0, 50, 100, 150 are 4 ticks).
    let linear = ColorScale.linear.ticks(0...190, length: 380, bins: 9, lineHeight: 13.2)
    #expect(linear.map(\.value) == [0, 50, 100, 150])
  }

  /// A bar too short for even one bin keeps round ticks (never the range's span as a step).
  @Test func shortSquareRootBarKeepsRoundTicks() {
    let ticks = ColorScale.squareRoot.ticks(0.06...191.9, length: 60, bins: 2, lineHeight: 13.2)
    #expect(!ticks.isEmpty)
    // Each a round number: at most two significant digits (5, 50, 150; not 19.18).
    for t in ticks {
      let scaled = t.value / pow(10, (log10(t.value)).rounded(.down) - 1)
      #expect(abs(scaled - scaled.rounded()) < 1e-9, "\(t.value)")
    }
    #expect(zip(ticks, ticks.dropFirst()).allSatisfy { $1.position - $0.position >= 20 })
  }
}
