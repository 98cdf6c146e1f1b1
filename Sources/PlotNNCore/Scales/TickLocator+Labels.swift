/// The labelled ticks of one axis: what ``TickLocator/labelledTicks(_:length:bins:sharedText:spacing:)``
/// chose, with the formatter that wrote the labels.
public struct LabelledTicks: Sendable, Hashable {
  public var ticks: [AxisTick]
  /// False when even one bin was too crowded (the one-bin ticks are returned then).
  public var fits: Bool
  public var formatter: TickFormatter

  /// The offset and power of ten to write once at the end of the axis ("×10⁻⁷", "+10⁶"), or
  /// nil (``TickFormatter/offsetText``).
  public var offsetText: RichText? { formatter.offsetText }
}

extension TickLocator {
  /// The least number of ticks ``readableTicks(from:to:)`` keeps when it coarsens a step.
  public static let minimumCoarsenedTicks = 4

  /// The ticks plotnn draws: ``ticks(from:to:)`` with one deliberate difference from
  /// matplotlib, **whole steps preferred**. When MaxNLocator chooses a step of 2.5×10ᵏ (one
  /// more decimal in every label than its neighbours: −7.5, 0.25), the step 5×10ᵏ is taken
  /// instead if it still leaves at least ``minimumCoarsenedTicks`` ticks in the range:
  /// [−10, 10] reads −10, −5, 0, 5, 10 (matplotlib: −10.0, −7.5, …, 10.0) and [−1.1, 1.1]
  /// reads −1, −0.5, 0, 0.5, 1. A range too short for that keeps matplotlib's ticks
  /// ([0, 10] with 4 bins: 0, 2.5, 5, 7.5, 10, as 5 would leave three).
  public func readableTicks(from lo: Double, to hi: Double) -> [Double] {
    let chosen = chosenTicks(from: lo, to: hi)
    guard let mantissa = chosen.mantissa, abs(mantissa - 2.5) < 1e-9 else { return chosen.ticks }
    let whole = TickLocator(maxBins: maxBins, steps: steps.filter { abs($0 - 2.5) > 1e-9 }, minTicks: minTicks)
    let coarser = whole.chosenTicks(from: lo, to: hi)
    guard let m = coarser.mantissa, abs(m - 5) < 1e-9, coarser.ticks.count >= Self.minimumCoarsenedTicks else {
      return chosen.ticks
    }
    return coarser.ticks
  }

  /// Labelled ticks for `range` on an axis `length` device units long that do not crowd:
  /// starting from `bins` bins (matplotlib's 'auto' count for the axis, say), the bin
  /// count is lowered until every two adjacent labels are at least `spacing(a, b)` device
  /// units apart along the axis. `fits` is false when even one bin is too crowded; the
  /// one-bin ticks are returned then, for callers that draw them anyway. Positions come
  /// from ``readableTicks(from:to:)``, labels from one ``TickFormatter`` per axis; a chart
  /// that draws the formatter's ``LabelledTicks/offsetText`` passes `sharedText: true`.
  ///
  /// Every chart's axes use this: line charts, contour panels, the colour bar and the
  /// projected edges of the 3-D box (each with its own spacing rule).
  public static func labelledTicks(
    _ range: ClosedRange<Double>, length: Double, bins: Int, sharedText: Bool = false,
    spacing: (RichText, RichText) -> Double
  ) -> LabelledTicks {
    let (lo, hi) = (range.lowerBound, range.upperBound)
    var n = max(bins, 1)
    while true {
      let choice = labelled(range, length: length, bins: n, sharedText: sharedText)
      let ticks = choice.ticks
      let crowded = zip(ticks, ticks.dropFirst()).contains { a, b in
        (b.value - a.value) / (hi - lo) * length < spacing(a.label, b.label)
      }
      if !crowded || n <= 1 { return LabelledTicks(ticks: ticks, fits: !crowded, formatter: choice.formatter) }
      n -= 1
    }
  }

  /// ``labelledTicks(_:length:bins:sharedText:spacing:)`` such that each of `regions` at
  /// least 5 % of the range long holds two labelled ticks (within 2 % of the range of its
  /// ends): when the ticks of `bins` bins do not, bins are added one at a time, up to `most`,
  /// and the first fitting set that covers every region is taken; if none does, the ticks of
  /// `bins` bins. Line charts pass each curve's y extent, so that every curve can be read.
  public static func labelledTicks(
    _ range: ClosedRange<Double>, length: Double, bins: Int, upTo most: Int, covering regions: [ClosedRange<Double>],
    sharedText: Bool = false, spacing: (RichText, RichText) -> Double
  ) -> LabelledTicks {
    let first = labelledTicks(range, length: length, bins: bins, sharedText: sharedText, spacing: spacing)
    let span = range.upperBound - range.lowerBound
    let significant = regions.filter { $0.upperBound - $0.lowerBound >= 0.05 * span }
    let covers = { (choice: LabelledTicks) in
      significant.allSatisfy { region in
        choice.ticks.count {
          $0.value >= region.lowerBound - 0.02 * span && $0.value <= region.upperBound + 0.02 * span
        } >= 2
      }
    }
    guard !covers(first), bins < most else { return first }
    for n in (bins + 1)...most {
      let choice = labelledTicks(range, length: length, bins: n, sharedText: sharedText, spacing: spacing)
      if choice.fits && covers(choice) { return choice }
    }
    return first
  }

  /// The ticks of `bins` bins on `range`, labelled (positions along an axis `length` long).
  static func labelled(_ range: ClosedRange<Double>, length: Double, bins: Int, sharedText: Bool) -> (
    ticks: [AxisTick], formatter: TickFormatter
  ) {
    let (lo, hi) = (range.lowerBound, range.upperBound)
    let values = TickLocator(maxBins: bins).readableTicks(from: lo, to: hi)
    let formatter = TickFormatter(ticks: values, range: range, sharedText: sharedText)
    let ticks = values.map {
      AxisTick(value: $0, position: ($0 - lo) / (hi - lo) * length, label: formatter.label($0))
    }
    return (ticks, formatter)
  }
}
