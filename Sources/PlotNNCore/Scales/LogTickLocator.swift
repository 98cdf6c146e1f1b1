import Foundation

/// Ticks for a base-10 log axis, after matplotlib's `LogLocator` (3.11,
/// `lib/matplotlib/ticker.py`, `LogLocator.tick_values`; checked against it by
/// scripts/log_tick_reference.py):
///
/// - **Major** (`subs=(1.0,)`): decades 10^k. With e_min = ⌈log lo⌉, e_max = ⌊log hi⌋ and
///   n = e_max − e_min + 1 decades available, at most `maxTicks` (matplotlib's n_request)
///   of them: stride s = ⌊n/(maxTicks + 1)⌋ + 1, the tick count r = ⌈n/s⌉ (or maxTicks),
///   then the largest stride that still gives r ticks, offset so ticks fall on multiples
///   of the stride when that fits (so 10⁰ is a tick whenever it can be).
/// - **Minor** (`subs='auto'`): 2·10^k … 9·10^k when the major stride is one decade and
///   fewer than 10 decades are shown; none otherwise.
///
/// Only ticks within [lo, hi] are returned (matplotlib's Axis keeps those, with a relative
/// tolerance of 1e-10 of the log range). Ranges under a decade, where matplotlib switches
/// to linear ticks, are not this locator's: ``LogScale/decades(containing:_:)`` widens a
/// range to whole decades first.
public struct LogTickLocator: Sendable, Hashable {
  /// The most major ticks (matplotlib's numticks; 9 without an axis).
  public var maxTicks: Int

  public init(maxTicks: Int = 9) { self.maxTicks = max(2, maxTicks) }

  /// The exponents k of the major ticks 10^k, and the stride between them in decades.
  public func majorExponents(from lo: Double, to hi: Double) -> (exponents: [Int], stride: Int) {
    guard lo > 0, hi > lo, lo.isFinite, hi.isFinite else { return ([], 1) }
    let efmin = log10(lo), efmax = log10(hi)
    let emin = Int(ceil(efmin)), emax = Int(floor(efmax))
    let available = emax - emin + 1
    var request = maxTicks
    var stride = available / (request + 1) + 1
    let count = (available + stride - 1) / stride
    if count <= request { request = count }
    var decades: [Int]
    if request <= 0 {
      decades = [emin - 1, emax + 1]
      stride = 2 + emax - emin
    } else if request == 1 {
      let mid = Int(((efmin + efmax) / 2).rounded(.toNearestOrEven))
      stride = max(mid - (emin - 1), (emax + 1) - mid)
      decades = [mid - stride, mid, mid + stride]
    } else {
      stride = (available - 1) / (request - 1)
      if Double(stride) < Double(available) / Double(request) { stride = available / request }
      let olo = max(available - stride * request, 0)
      let ohi = min(available - stride * (request - 1), stride)
      var offset = ((-emin) % stride + stride) % stride
      if !(olo <= offset && offset < ohi) { offset = olo }
      decades = Array(Swift.stride(from: emin + offset - stride, to: emax + stride + 1, by: stride))
    }
    let tolerance = 1e-10 * (efmax - efmin)
    return (decades.filter { Double($0) >= efmin - tolerance && Double($0) <= efmax + tolerance }, stride)
  }

  /// The major tick values 10^k within [lo, hi].
  public func majorTicks(from lo: Double, to hi: Double) -> [Double] {
    majorExponents(from: lo, to: hi).exponents.map { Self.power(of: $0) }
  }

  /// The minor tick values m·10^k (m = 2 … 9) within [lo, hi]; none when the major ticks
  /// skip decades or 10 or more decades are available.
  public func minorTicks(from lo: Double, to hi: Double) -> [Double] {
    guard lo > 0, hi > lo, lo.isFinite, hi.isFinite else { return [] }
    let emin = Int(ceil(log10(lo))), emax = Int(floor(log10(hi)))
    let available = emax - emin + 1
    guard available < 10 else { return [] }
    let stride = majorExponents(from: lo, to: hi).stride
    guard stride == 1 || available <= 1 else { return [] }
    var ticks: [Double] = []
    for k in (emin - 1)...emax {
      for m in 2...9 {
        let v = Double(m) * Self.power(of: k)
        if v >= lo * (1 - 1e-12), v <= hi * (1 + 1e-12) { ticks.append(v) }
      }
    }
    return ticks
  }

  /// The coefficients m of the minor ticks m·10^k that are labelled on a view of scale-space
  /// (log₁₀) ends `lo`, `hi`, after matplotlib's `LogFormatter.set_locs` (3.11, its default
  /// `minor_thresholds=(1, 0.4)`; checked by scripts/log_label_reference.py): none when more
  /// than one decade tick is in view, 2, 3, 4 and 6 when the view is more than 0.4 decades
  /// long, all of 2 … 9 otherwise.
  ///
  /// Decision: the decade ticks in view are counted in (lo, hi]: a decade at the low end is
  /// not counted, one at the high end is. matplotlib counts floor(log hi) − floor(nextafter(log lo)),
  /// whose answer for a view starting at a decade depends on how log(10^k)/log(10) rounds:
  /// [0.1, 1] counts one and labels its minor ticks, [1, 10] counts two and does not. Here
  /// every one-decade view reads as matplotlib's [0.1, 1] does.
  public static func labelledMinorCoefficients(lo: Double, hi: Double) -> [Int] {
    let tolerance = 1e-10
    let decadeTicks = Int(floor(hi + tolerance)) - Int(floor(lo + tolerance))
    if decadeTicks > 1 { return [] }
    return hi - lo > 0.4 ? [2, 3, 4, 6] : Array(2...9)
  }

  /// The label of a minor tick m·10^k as TeX, `$2\times10^{-1}$` (matplotlib's
  /// `LogFormatterSciNotation` writes `$\mathdefault{2\times10^{-1}}$`).
  public static func label(coefficient m: Int, exponent k: Int) -> String { "$\(m)\\times10^{\(k)}$" }

  /// 10^k as numpy computes `10.0 ** k` (pow, exact for the decades a double holds).
  static func power(of k: Int) -> Double { pow(10, Double(k)) }

  /// The label of 10^k as TeX, `$10^{-3}$` (matplotlib's `LogFormatterSciNotation`
  /// writes `$\mathdefault{10^{-3}}$`); 10⁰ and 10¹ too, as matplotlib does for decades.
  public static func label(exponent k: Int) -> String { "$10^{\(k)}$" }
}
