import Foundation

extension ColorScale {
  /// Labelled ticks, in data values, for a colour bar `length` points long over `range`;
  /// `position` is the distance from the bar's low end, `fraction(value)·length`.
  ///
  /// - Linear: ``TickLocator/labelledTicks(_:length:bins:spacing:)`` with labels at least
  ///   `lineHeight` + 4 apart, as every linear axis.
  /// - Square root: ticks stay round data values (the bar reads in the unit of the z axis,
  ///   as matplotlib's `PowerNorm` colour bar does), placed at their √ positions, so they
  ///   crowd towards the top and spread at the bottom. Let the gap be
  ///   g = max(lineHeight + 4, length/(bins + 1)), about the spacing of a linear bar.
  ///   1. Base ticks: ``TickLocator`` with the bin count lowered from `bins` until every two
  ///      neighbours are at least g apart on the bar (step s); if even one bin crowds, its
  ///      ticks thinned from the top down to those g apart.
  ///   2. Below the lowest base tick above lo, where the √ scale stretches the low end, multiples of
  ///      s/2, then s/5, then s/10 are added (coarser first, each series from the top
  ///      down) wherever one is at least g from every tick kept so far: 10, 25, 50, 100, 150
  ///      for the 3.6.4 loss on a 380-point bar, where a linear locator gives 25, 50, … 175
  ///      crowded at the top and nothing below 25.
  ///   Labels share one format (``TickFormatter``).
  func ticks(_ range: ClosedRange<Double>, length: Double, bins: Int, lineHeight: Double) -> [AxisTick] {
    let (lo, hi) = (range.lowerBound, range.upperBound)
    guard self == .squareRoot, hi > lo, length > 0 else {
      return TickLocator.labelledTicks(range, length: length, bins: bins) { _, _ in lineHeight + 4 }.ticks
    }
    let position = { (v: Double) in fraction(v, over: range) * length }
    let gap = max(lineHeight + 4, length / Double(max(bins, 1) + 1))
    let apart = { (values: [Double]) in
      zip(values, values.dropFirst()).allSatisfy { position($1) - position($0) >= gap }
    }
    var n = max(bins, 1)
    var base = TickLocator(maxBins: n).ticks(from: lo, to: hi)
    while n > 1 && !apart(base) {
      n -= 1
      base = TickLocator(maxBins: n).ticks(from: lo, to: hi)
    }
    // The locator's step (a nice number) before any thinning; on a bar too short even for
    // one bin, the base ticks are thinned from the top down to those g apart.
    let step = base.count >= 2 ? base[1] - base[0] : pow(10, (log10(hi - lo)).rounded(.down))
    if !apart(base) {
      var thinned: [Double] = []
      for v in base.reversed() where thinned.allSatisfy({ position($0) - position(v) >= gap }) { thinned.append(v) }
      base = thinned.reversed()
    }
    var kept = base
    if let first = base.first(where: { $0 > lo }) {
      for divisor in [2.0, 5, 10] {
        // The multiples m·(s/divisor) from lo up to (not including) the lowest base tick
        // above lo, from the top down (that tick is m = divisor·first/s; at most `divisor`
        // of them lie within a step below it, and it is within a step of lo).
        let fine = step / divisor
        let top = (first / fine).rounded() - 1
        for m in stride(from: top, to: top - divisor, by: -1) {
          let v = Self.rounded(m * fine, step: fine)
          guard v >= lo else { break }
          if !kept.contains(where: { abs(position($0) - position(v)) < gap }) { kept.append(v) }
        }
      }
    }
    kept.sort()
    let formatter = TickFormatter(ticks: kept)
    return kept.map { AxisTick(value: $0, position: position($0), label: formatter.label($0)) }
  }

  /// `v` rounded to the decimals of `step` (a decimal round trip, so 0.1·3 is 0.3).
  private static func rounded(_ v: Double, step: Double) -> Double {
    let decimals = max(0, Int(clamping: -log10(step), to: 0...17, rounding: .up))
    let scale = pow(10, Double(decimals))
    let r = (v * scale).rounded() / scale
    return r == 0 ? 0 : r
  }
}
