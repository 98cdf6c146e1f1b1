import Foundation
import Testing

@testable import PlotNNCore

/// Reference ticks written by `scripts/tick_reference.py` from matplotlib's own
/// `MaxNLocator(nbins, steps=[1, 2, 2.5, 5, 10]).tick_values(lo, hi)`, keeping the ticks t
/// with lo − 1e-10·(hi − lo) ≤ t ≤ hi + 1e-10·(hi − lo), the rule `ticks(from:to:)` uses.
/// `python3 scripts/tick_reference.py --check` verifies that the file is the script's output
/// (every named range of its `fixed_cases()` included); the tests below run every case.
struct TickReference: Decodable {
  struct Case: Decodable, CustomStringConvertible {
    let lo: Double
    let hi: Double
    let nbins: Int
    let ticks: [Double]
    var description: String { "(\(lo), \(hi)) nbins \(nbins)" }
  }
  let generator: String
  let cases: [Case]

  static func load() throws -> TickReference {
    let url = try #require(
      Bundle.module.url(
        forResource: "tick-reference", withExtension: "json", subdirectory: "Resources"))
    return try JSONDecoder().decode(TickReference.self, from: Data(contentsOf: url))
  }
}

/// `value` printed with `decimals` places and read back.
private func roundTrip(_ value: Double, _ decimals: Int) -> Double? {
  Double(String(format: "%.*f", Int32(decimals), value))
}

@Suite struct TickTests {
  @Test func ticksMatchMatplotlib() throws {
    for reference in try TickReference.load().cases {
      let ticks = TickLocator(maxBins: reference.nbins).ticks(from: reference.lo, to: reference.hi)
      try #require(
        ticks.count == reference.ticks.count, "\(reference): \(ticks) vs \(reference.ticks)")
      // matplotlib's ticks carry float noise (0.30000000000000004) and ours do not; the
      // tolerance is relative to the larger of the two values and the span (for ticks at 0).
      let span = reference.hi - reference.lo
      for (ours, theirs) in zip(ticks, reference.ticks) {
        let tolerance = 1e-12 * max(abs(ours), abs(theirs), span)
        #expect(abs(ours - theirs) <= tolerance, "\(reference): \(ours) vs \(theirs)")
      }
    }
  }

  @Test func ticksAreCleanDecimals() throws {
    for reference in try TickReference.load().cases {
      let ticks = TickLocator(maxBins: reference.nbins).ticks(from: reference.lo, to: reference.hi)
      // The fewest decimals that reach every tick within noise, then: exactly.
      let span = reference.hi - reference.lo
      let tolerance = 1e-9 * (span > 0 ? span : ticks.map(abs).max() ?? 1)
      let decimals = (0...330).first { d in
        ticks.allSatisfy { abs((roundTrip($0, d) ?? .nan) - $0) <= tolerance }
      }
      let places = try #require(decimals, "\(reference)")
      for tick in ticks {
        #expect(roundTrip(tick, places) == tick, "\(reference): \(tick) at \(places) decimals")
        #expect(!(tick == 0 && tick.sign == .minus), "\(reference): −0")
      }
    }
  }

  @Test func aTickThatIsMathematicallyDecimalIsTheNearestDouble() {
    let ticks = TickLocator().ticks(from: 0, to: 0.7)
    #expect(ticks == [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7])
    #expect(TickLocator().ticks(from: -0.3, to: 0.3) == [-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3])
    #expect(
      TickLocator().ticks(from: -1, to: -0.2) == [
        -1, -0.9, -0.8, -0.7, -0.6, -0.5, -0.4, -0.3, -0.2,
      ])
  }

  @Test func endsInEitherOrderAndDegenerateInput() {
    #expect(TickLocator().ticks(from: 10, to: -10) == TickLocator().ticks(from: -10, to: 10))
    #expect(TickLocator().ticks(from: 5, to: 5) == [5])
    #expect(TickLocator().ticks(from: 0, to: .infinity).isEmpty)
    #expect(TickLocator().ticks(from: .nan, to: 1).isEmpty)
    #expect(
      TickLocator().ticks(from: -Double.greatestFiniteMagnitude, to: .greatestFiniteMagnitude)
        .isEmpty)
  }

  @Test func pythonFloorDivision() {
    // Python: 1 // 0.1 == 9.0, divmod(1, 0.1) == (9.0, 0.09999999999999995); -7 // 2 == -4
    #expect(TickLocator.floorDivide(1, 0.1) == 9)
    #expect(TickLocator.divmod(1, 0.1).remainder == 0.09999999999999995)
    #expect(TickLocator.floorDivide(-7, 2) == -4)
    #expect(TickLocator.divmod(-7, 2).remainder == 1)
  }

  @Test func stepsAreValidatedLikeMatplotlib() {
    #expect(TickLocator(steps: [2, 5]).steps == [1, 2, 5, 10])
    #expect(TickLocator(steps: [5, 2.5, 12, .nan]).steps == [1, 2.5, 5, 10])
    #expect(TickLocator().staircase == [0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20])
  }

  /// matplotlib 3.11 `get_tick_space()` for default Axes (10 pt labels) in figures of
  /// 6.4×4.8, 2.5×2, 3×1.2 and 1×0.4 inches: x 11, 13 / 4, 5 / 5, 3 / 1, 1 before the
  /// clip to [1, 9]; e.g. 139.5 pt / (3·10 pt) = 4.65 → 4, 110.88 pt / (2·10 pt) = 5.54 → 5.
  @Test func autoBins() {
    #expect(TickLocator.bins(forAxisLength: 357.12, fontSize: 10, vertical: false) == 9)
    #expect(TickLocator.bins(forAxisLength: 266.112, fontSize: 10, vertical: true) == 9)
    #expect(TickLocator.bins(forAxisLength: 139.5, fontSize: 10, vertical: false) == 4)
    #expect(TickLocator.bins(forAxisLength: 110.88, fontSize: 10, vertical: true) == 5)
    #expect(TickLocator.bins(forAxisLength: 167.4, fontSize: 10, vertical: false) == 5)
    #expect(TickLocator.bins(forAxisLength: 66.528, fontSize: 10, vertical: true) == 3)
    #expect(TickLocator.bins(forAxisLength: 55.8, fontSize: 10, vertical: false) == 1)
    #expect(TickLocator.bins(forAxisLength: 90, fontSize: 10, vertical: false) == 3)  // exactly 3
    #expect(TickLocator.bins(forAxisLength: 20, fontSize: 10, vertical: false) == 1)  // 0 → 1
    #expect(TickLocator.bins(forAxisLength: 200, fontSize: 12, vertical: true) == 8)  // 8.33
    #expect(TickLocator.bins(forAxisLength: 200, fontSize: 0, vertical: true) == 9)
    #expect(TickLocator.bins(forAxisLength: .nan, fontSize: 10, vertical: true) == 1)
  }
}

extension TickTests {
  @Suite struct Formatter {
    private func labels(_ ticks: [Double]) -> [String] {
      let formatter = TickFormatter(ticks: ticks)
      return ticks.map { formatter.label($0).markup }
    }

    @Test func sameDecimalsOnOneAxis() {
      #expect(labels([0, 0.5, 1]) == ["0.0", "0.5", "1.0"])
      #expect(labels([0, 0.25, 0.5, 0.75, 1]) == ["0.00", "0.25", "0.50", "0.75", "1.00"])
      #expect(labels([0, 2, 4, 6]) == ["0", "2", "4", "6"])
      #expect(labels([0, 20_000, 40_000]) == ["0", "20000", "40000"])
      #expect(labels([0, 0.0001]) == ["0.0000", "0.0001"])
      #expect(labels([0.1, 0.2, 0.30000000000000004]) == ["0.1", "0.2", "0.3"])
    }

    @Test func realMinusAndNoNegativeZero() {
      #expect(labels([-10, -5, 0, 5, 10]) == ["\u{2212}10", "\u{2212}5", "0", "5", "10"])
      #expect(labels([-1, -0.5, 0]) == ["\u{2212}1.0", "\u{2212}0.5", "0.0"])
      let formatter = TickFormatter(ticks: [0, 0.5, 1])
      #expect(formatter.label(-0.0) == .plain("0.0"))
      #expect(formatter.label(-1e-20) == .plain("0.0"))
      #expect(formatter.label(-0.04) == .plain("0.0"))
    }

    @Test func scientificNotation() {
      #expect(
        labels([0, 2e5, 4e5, 1e6]) == [
          "0", "2×10<sup>5</sup>", "4×10<sup>5</sup>", "1×10<sup>6</sup>",
        ])
      #expect(
        labels([0, 2.5e5, 5e5, 1e6]) == [
          "0", "2.5×10<sup>5</sup>", "5.0×10<sup>5</sup>", "1.0×10<sup>6</sup>",
        ])
      #expect(
        labels([1e-6, 1.5e-6, 2e-6]) == [
          "1.0×10<sup>\u{2212}6</sup>", "1.5×10<sup>\u{2212}6</sup>", "2.0×10<sup>\u{2212}6</sup>",
        ])
      #expect(labels([-1e6, 0, 1e6]) == ["\u{2212}1×10<sup>6</sup>", "0", "1×10<sup>6</sup>"])
      #expect(labels([0, 1e5]) == ["0", "1×10<sup>5</sup>"])
      #expect(labels([0, 5e-5]) == ["0", "5×10<sup>\u{2212}5</sup>"])
    }

    /// On every reference range: one decimal count per axis, U+2212 minus only, no "−0".
    @Test func labelsOfReferenceTicks() throws {
      for reference in try TickReference.load().cases {
        let ticks = TickLocator(maxBins: reference.nbins).ticks(
          from: reference.lo, to: reference.hi)
        let formatter = TickFormatter(ticks: ticks)
        let texts = ticks.map { formatter.label($0).plainText }
        #expect(Set(texts).count == texts.count, "\(reference): \(texts)")
        for text in texts {
          #expect(!text.contains("-"), "\(reference): \(text)")
          if text.hasPrefix("\u{2212}") {
            #expect(Double(text.replacingOccurrences(of: "\u{2212}", with: "-")) != 0, "\(text)")
          }
          if !formatter.scientific {
            let decimals = text.split(separator: ".").dropFirst().first?.count ?? 0
            #expect(decimals == formatter.decimals, "\(reference): \(texts)")
          }
        }
      }
    }
  }
}
