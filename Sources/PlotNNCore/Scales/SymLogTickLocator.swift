import Foundation

/// Ticks for a symmetric log axis (``AxisScale/symlog(linearThreshold:)``), after
/// matplotlib's `SymmetricalLogLocator.tick_values` (3.11, `lib/matplotlib/ticker.py`, base
/// 10, `subs=[1]`; checked against it by scripts/symlog_tick_reference.py):
///
/// - the range is split into a negative log part (below −t), the linear band (|v| ≤ t) and
///   a positive log part (above t); each log part has decades ±10^k for k from
///   ⌊ln a / ln 10⌋ to ⌈ln b / ln 10⌉ − 1 over its |ends| a … b + 1, the band the single tick 0;
/// - stride s = max(⌊count / (maxTicks − 1)⌋, 1) over the decades (and 0) of both parts;
/// - only ticks within the range are returned, with matplotlib's Axis's tolerance of 1e-10
///   of the range in scale space.
///
/// matplotlib's symlog axis has no minor ticks of its own (its minor locator has `subs=[1]`,
/// the majors again), so neither does this one. When the whole range lies inside the linear
/// band matplotlib ticks just (lo, 0, hi); ``AxisScale`` gives that axis linear ticks instead
/// (``AxisScale/majorValues(_:maxTicks:)``), since it is linear there.
public struct SymLogTickLocator: Sendable, Hashable {
  /// matplotlib's `linthresh`.
  public var linearThreshold: Double
  /// matplotlib's `numticks`: 15 by default.
  public var maxTicks: Int

  public init(linearThreshold: Double, maxTicks: Int = 15) {
    self.linearThreshold = linearThreshold
    self.maxTicks = max(2, maxTicks)
  }

  /// The tick values from `tick_values(lo, hi)`, before any filtering to the range; nil when
  /// the range lies inside the linear band (matplotlib's "simple" mode).
  public func rawTicks(from lo: Double, to hi: Double) -> [Double]? {
    let t = linearThreshold
    let (vmin, vmax) = lo <= hi ? (lo, hi) : (hi, lo)
    guard vmin.isFinite, vmax.isFinite else { return [] }
    if -t <= vmin && vmax <= t { return nil }
    let hasA = vmin < -t
    let hasC = vmax > t
    let hasB = (hasA && vmax > -t) || (hasC && vmin < t)
    func logRange(_ a: Double, _ b: Double) -> (Double, Double) {
      ((Foundation.log(a) / Foundation.log(10)).rounded(.down), (Foundation.log(b) / Foundation.log(10)).rounded(.up))
    }
    var (aLo, aHi, cLo, cHi) = (0.0, 0.0, 0.0, 0.0)
    if hasA { (aLo, aHi) = logRange(abs(min(-t, vmax)), abs(vmin) + 1) }
    if hasC { (cLo, cHi) = logRange(max(t, vmin), vmax + 1) }
    var total = (aHi - aLo) + (cHi - cLo)
    if hasB { total += 1 }
    let stride = max((total / Double(maxTicks - 1)).rounded(.down), 1)
    func exponents(_ from: Double, _ to: Double) -> [Double] {
      var ks: [Double] = []
      var k = from
      while k < to && ks.count < 4096 {
        ks.append(k)
        k += stride
      }
      return ks
    }
    var ticks: [Double] = []
    if hasA { ticks += exponents(aLo, aHi).reversed().map { -pow(10, $0) } }
    if hasB { ticks.append(0) }
    if hasC { ticks += exponents(cLo, cHi).map { pow(10, $0) } }
    return ticks
  }

  /// The ticks within [lo, hi] (tolerance as the type says); nil in the linear band.
  public func ticks(from lo: Double, to hi: Double) -> [Double]? {
    guard let raw = rawTicks(from: lo, to: hi) else { return nil }
    let scale = AxisScale.symlog(linearThreshold: linearThreshold)
    let (a, b) = (scale.forward(min(lo, hi)), scale.forward(max(lo, hi)))
    let slop = 1e-10 * (b - a)
    return raw.filter {
      let u = scale.forward($0)
      return u >= a - slop && u <= b + slop
    }
  }
}
