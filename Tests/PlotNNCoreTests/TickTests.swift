import Foundation
import Testing

@testable import PlotNNCore

/// Reference ticks written by `scripts/tick_reference.py` from matplotlib's own
/// `MaxNLocator(nbins, steps=[1, 2, 2.5, 5, 10]).tick_values(lo, hi)`, keeping the ticks t
/// with lo − 1e-10·(hi − lo) ≤ t ≤ hi + 1e-10·(hi − lo), the rule `ticks(from:to:)` uses.
/// Each case also holds what matplotlib's `ScalarFormatter(useMathText=True)` makes of those
/// ticks on the view [lo, hi] (offset, order of magnitude, decimals, labels, offset text).
/// `python3 scripts/tick_reference.py --check` verifies that the file is the script's output
/// (every named range of its `fixed_cases()` included); the tests below run every case.
struct TickReference: Decodable {
  struct Case: Decodable, CustomStringConvertible {
    let lo: Double
    let hi: Double
    let nbins: Int
    let ticks: [Double]
    /// matplotlib's `ScalarFormatter(useMathText=True)` on these ticks (absent for lo = hi).
    let scalar: Scalar?
    var description: String { "(\(lo), \(hi)) nbins \(nbins)" }
  }
  struct Scalar: Decodable {
    let offset: Double
    let order: Int
    let decimals: Int
    let labels: [String]
    /// `get_offset()` as mathtext, e.g. `$\times\mathdefault{10^{−7}}\mathdefault{+1}$`.
    let offsetText: String
  }
  let generator: String
  let cases: [Case]

  static func load() throws -> TickReference {
    try ReferenceResource.decode(TickReference.self, named: "tick-reference")
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
  /// ``TickLocator/readableTicks(from:to:)``: whole steps preferred over 2.5×10ᵏ, our one
  /// deliberate difference from matplotlib, tested as a rule.
  @Suite struct WholeSteps {
    @Test func theIssuesRanges() {
      #expect(TickLocator().readableTicks(from: -10, to: 10) == [-10, -5, 0, 5, 10])
      #expect(TickLocator().readableTicks(from: -1.1, to: 1.1) == [-1, -0.5, 0, 0.5, 1])
      #expect(TickLocator().readableTicks(from: 0, to: 20) == [0, 5, 10, 15, 20])
      #expect(TickLocator().readableTicks(from: 0, to: 0.22) == [0, 0.05, 0.1, 0.15, 0.2])
      // Too short for four ticks of 5: matplotlib's 2.5 stays.
      #expect(TickLocator(maxBins: 4).readableTicks(from: 0, to: 10) == [0, 2.5, 5, 7.5, 10])
      // No 2.5 involved: matplotlib's ticks.
      #expect(TickLocator().readableTicks(from: -4, to: 3) == [-4, -3, -2, -1, 0, 1, 2, 3])
    }

    /// On every reference case: matplotlib's ticks unless its step is 2.5×10ᵏ; then either
    /// those, or ticks 5×10ᵏ apart, at least four, covering the range the same way.
    @Test func sameAsMatplotlibExceptQuarterSteps() throws {
      for reference in try TickReference.load().cases {
        let locator = TickLocator(maxBins: reference.nbins)
        let ours = locator.readableTicks(from: reference.lo, to: reference.hi)
        let theirs = locator.ticks(from: reference.lo, to: reference.hi)
        guard theirs.count >= 2 else {
          #expect(ours == theirs, "\(reference)")
          continue
        }
        let step = theirs[1] - theirs[0]
        let mantissa = step / pow(10, log10(step).rounded(.down))
        if abs(mantissa - 2.5) > 1e-6 {
          #expect(ours == theirs, "\(reference): \(ours) vs \(theirs)")
          continue
        }
        guard ours != theirs else { continue }
        #expect(ours.count >= 4, "\(reference): \(ours)")
        let span = reference.hi - reference.lo
        for (a, b) in zip(ours, ours.dropFirst()) {
          #expect(abs((b - a) - 2 * step) <= 1e-9 * max(span, abs(b)), "\(reference): \(ours)")
        }
        // Every multiple of the coarser step inside the range is there.
        #expect(theirs.filter { t in ours.contains { abs($0 - t) <= 1e-9 * max(span, abs(t)) } }.count == ours.count)
      }
    }
  }
}

extension TickTests {
  @Suite struct Formatter {
    private func labels(_ ticks: [Double], shared: Bool = true) -> [String] {
      let formatter = TickFormatter(ticks: ticks, sharedText: shared)
      return ticks.map { formatter.label($0).markup }
    }

    /// Every reference case, against matplotlib's ScalarFormatter run on its own ticks:
    /// the same offset, power of ten, decimals, labels and offset text.
    @Test func matchesMatplotlibsScalarFormatter() throws {
      for reference in try TickReference.load().cases {
        guard let scalar = reference.scalar else { continue }
        let ticks = TickLocator(maxBins: reference.nbins).ticks(from: reference.lo, to: reference.hi)
        let formatter = TickFormatter(ticks: ticks, range: reference.lo...reference.hi)
        let tolerance = 1e-12 * max(abs(scalar.offset), 1e-300)
        #expect(abs(formatter.offset - scalar.offset) <= tolerance, "\(reference): offset \(formatter.offset)")
        #expect(formatter.order == scalar.order, "\(reference): order \(formatter.order)")
        #expect(formatter.decimals == scalar.decimals, "\(reference): decimals \(formatter.decimals)")
        #expect(ticks.map { formatter.label($0).markup } == scalar.labels, "\(reference)")
        #expect(
          (formatter.offsetText?.markup ?? "").replacingOccurrences(of: " ", with: "") == markup(scalar.offsetText),
          "\(reference): \(String(describing: formatter.offsetText?.markup)) vs \(scalar.offsetText)")
      }
    }

    /// matplotlib's mathtext offset text as our markup: `\times` → ×, `10^{n}` → 10<sup>n</sup>.
    private func markup(_ mathtext: String) -> String {
      var text = mathtext.replacingOccurrences(of: "$", with: "")
      text = text.replacingOccurrences(of: "\\times", with: "×").replacingOccurrences(of: " ", with: "")
      text = text.replacingOccurrences(of: "\\mathdefault{", with: "")
      while let range = text.range(of: "^{") {
        guard let close = text[range.upperBound...].firstIndex(of: "}") else { break }
        text.replaceSubrange(close...close, with: "</sup>")
        text.replaceSubrange(range, with: "<sup>")
      }
      return text.replacingOccurrences(of: "}", with: "")
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

    /// The issue's axes: an offset for 10⁶ … 10⁶ + 1, a shared power of ten for 10⁻⁷.
    @Test func offsetAndSharedPowerOfTen() {
      let million = TickFormatter(ticks: [1e6, 1e6 + 0.5, 1e6 + 1])
      #expect([1e6, 1e6 + 0.5, 1e6 + 1].map { million.label($0).markup } == ["0.0", "0.5", "1.0"])
      #expect(million.offsetText?.markup == "+10<sup>6</sup>")
      let small = [-5e-7, -2.5e-7, 0, 2.5e-7, 5e-7]
      #expect(labels(small) == ["\u{2212}5.0", "\u{2212}2.5", "0.0", "2.5", "5.0"])
      #expect(TickFormatter(ticks: small).offsetText?.markup == "×10<sup>\u{2212}7</sup>")
      let both = TickFormatter(ticks: [1, 1 + 5e-10, 1 + 1e-9])
      #expect(both.offsetText?.markup == "×10<sup>\u{2212}9</sup> + 1")
      #expect(TickFormatter(ticks: [0, 0.5, 1]).offsetText == nil)
    }

    /// Without shared text (a chart that draws no offset text): no offset, and the same power
    /// of ten in every label, never 7.5×10⁻⁸ beside 1.0×10⁻⁷.
    @Test func selfContainedLabelsShareOnePowerOfTen() {
      #expect(
        labels([0, 2.5e-8, 5e-8, 7.5e-8, 1e-7], shared: false) == [
          "0", "0.25×10<sup>\u{2212}7</sup>", "0.50×10<sup>\u{2212}7</sup>", "0.75×10<sup>\u{2212}7</sup>",
          "1.00×10<sup>\u{2212}7</sup>",
        ])
      #expect(labels([1e6, 1e6 + 0.5, 1e6 + 1], shared: false) == ["1000000.0", "1000000.5", "1000001.0"])
      #expect(TickFormatter(ticks: [0, 1e-7], sharedText: false).offsetText == nil)
    }

    /// On every reference range: one decimal count per axis, U+2212 minus only, no "−0".
    @Test func labelsOfReferenceTicks() throws {
      for reference in try TickReference.load().cases {
        let ticks = TickLocator(maxBins: reference.nbins).readableTicks(from: reference.lo, to: reference.hi)
        for shared in [true, false] {
          let formatter = TickFormatter(ticks: ticks, range: reference.lo...reference.hi, sharedText: shared)
          let texts = ticks.map { formatter.label($0).plainText }
          #expect(Set(texts).count == texts.count, "\(reference): \(texts)")
          for text in texts {
            #expect(!text.contains("-"), "\(reference): \(text)")
            let mantissa = text.split(separator: "×").first.map(String.init) ?? text
            if mantissa.hasPrefix("\u{2212}") {
              #expect(Double(mantissa.replacingOccurrences(of: "\u{2212}", with: "-")) != 0, "\(text)")
            }
            let decimals = mantissa.split(separator: ".").dropFirst().first?.count ?? 0
            #expect(decimals == formatter.decimals || mantissa == "0", "\(reference): \(texts)")
          }
        }
      }
    }
  }
}
