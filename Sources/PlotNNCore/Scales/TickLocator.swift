import Foundation

/// Nice, evenly spaced tick positions for a linear axis, after matplotlib's `MaxNLocator`.
///
/// Source: matplotlib 3.x `lib/matplotlib/ticker.py` (`MaxNLocator.tick_values`,
/// `MaxNLocator._raw_ticks`, `MaxNLocator._staircase`, `scale_range`, `_Edge_integer`) and
/// `lib/matplotlib/transforms.py` (`_nonsingular`, `_interval_contains_close`), checked
/// against matplotlib 3.11 by `scripts/tick_reference.py`. With the defaults this is what
/// matplotlib's `AutoLocator` does (steps `[1, 2, 2.5, 5, 10]`, at most 9 bins).
///
/// How it follows `MaxNLocator`, step by step:
/// 1. `[lo, hi]` is made non-singular as `tick_values` does (`expander = 1e-13`,
///    `tiny = 1e-14`): a range too short for its magnitude is widened by 1e-13·|end|.
/// 2. `scale_range`: scale = 10^⌊log₁₀(span / bins)⌋; when the midpoint lies more than 100
///    spans from zero, ticks are computed relative to offset = ±10^⌊log₁₀|midpoint|⌋.
/// 3. The candidate steps are the staircase `0.1·steps[..<last] + steps + [10·steps[1]]`,
///    times the scale. The first one ≥ span / bins is tried; if fewer than `minTicks` ticks
///    fall inside the range, the next smaller step is tried, and so on (`min_n_ticks`).
/// 4. Ticks are k·step + ⌊lo / step⌋·step for the k from `_Edge_integer.le` to `.ge`, whose
///    tolerance treats an edge within float noise of a multiple as that multiple.
/// Floor division and divmod reproduce Python's float semantics (fmod based, as NumPy's),
/// which differ from `floor(a / b)` at the edges (`1 // 0.1 == 9`). Only the default
/// `axes.autolimit_mode = 'data'` is followed (no `round_numbers` widening); `integer`,
/// `symmetric` and `prune` are not offered.
///
/// Two deliberate differences in what is returned:
/// - Only ticks inside `[lo, hi]` are returned (`tick_values` returns one beyond each end),
///   with the test matplotlib's Axis uses before drawing a tick: `t` is kept when
///   `lo − 1e-10·(hi − lo) ≤ t ≤ hi + 1e-10·(hi − lo)`, so an end that is a tick is kept.
/// - Each tick is rounded to the step's number of decimals (a decimal round trip), so a
///   tick that is mathematically 0.3 is the double nearest 0.3, never 0.30000000000000004,
///   and never −0. matplotlib returns the float noise.
public struct TickLocator: Sendable, Hashable {
  /// The largest number of intervals between ticks (matplotlib's `nbins`), at least 1.
  public let maxBins: Int
  /// Acceptable step mantissas, increasing within [1, 10], starting with 1 and ending with 10.
  public let steps: [Double]
  /// Smaller steps are tried until at least this many ticks lie inside the range (`min_n_ticks`).
  public let minTicks: Int

  /// A locator with at most `maxBins` intervals, steps that are a power of ten times one of
  /// `steps`, and at least `minTicks` ticks where the steps allow.
  ///
  /// As matplotlib's `_validate_steps`, 1 and 10 are added to `steps` when missing; where
  /// matplotlib raises for values outside [1, 10], those are dropped instead, and the rest
  /// are sorted. `maxBins` and `minTicks` below 1 count as 1.
  public init(maxBins: Int = 9, steps: [Double] = [1, 2, 2.5, 5, 10], minTicks: Int = 2) {
    var valid = Array(Set(steps.filter { $0 >= 1 && $0 <= 10 })).sorted()
    if valid.first != 1 { valid.insert(1, at: 0) }
    if valid.last != 10 { valid.append(10) }
    self.maxBins = max(1, maxBins)
    self.steps = valid
    self.minTicks = max(1, minTicks)
  }

  /// The number of bins matplotlib chooses for `nbins='auto'` on an axis `points` long
  /// whose tick labels are `fontSize` points: `XAxis.get_tick_space` is
  /// ⌊length / (3·fontSize)⌋ (tick text at most 3:1 wide), `YAxis.get_tick_space` is
  /// ⌊length / (2·fontSize)⌋; `_raw_ticks` clips that to [1, 9] (1 = max(1, min_n_ticks − 1)
  /// with the default min_n_ticks = 2). A font size ≤ 0 gives 9, as matplotlib's 2³¹ − 1
  /// clipped. `limit` replaces matplotlib's 9 (the tick space an axis has for more ticks).
  public static func bins(forAxisLength points: Double, fontSize: Double, vertical: Bool, limit: Int = 9) -> Int {
    let limit = max(limit, 1)
    let size = fontSize * (vertical ? 2 : 3)
    guard size > 0 else { return limit }
    let space = (points / size).rounded(.down)
    if space >= Double(limit) { return limit }
    if !(space >= 1) { return 1 }  // also NaN
    return Int(space)
  }

  /// The ticks within `[lo, hi]` (either order), increasing; empty when an end is not finite
  /// or the span overflows. See the type's documentation for the algorithm and tolerance.
  public func ticks(from lo: Double, to hi: Double) -> [Double] {
    chosenTicks(from: lo, to: hi).ticks
  }

  /// ``ticks(from:to:)`` and the mantissa of the step chosen (1, 2, 2.5, 5 or 10 with the
  /// default steps; nil when there are no ticks).
  func chosenTicks(from lo: Double, to hi: Double) -> (ticks: [Double], mantissa: Double?) {
    let (a, b) = lo <= hi ? (lo, hi) : (hi, lo)
    guard a.isFinite, b.isFinite, (b - a).isFinite else { return ([], nil) }
    let (vmin, vmax) = Self.nonsingular(a, b, expander: 1e-13, tiny: 1e-14)
    let raw = rawTicks(vmin, vmax)
    let slop = (b - a) * 1e-10  // transforms._interval_contains_close, rtol = 1e-10
    let ticks = raw.ticks.filter { $0 >= a - slop && $0 <= b + slop }.map {
      Self.clean($0, decimals: raw.decimals)
    }
    return (ticks, raw.mantissa)
  }

  /// `_staircase`: the extended list of steps within which the needed step is found.
  var staircase: [Double] {
    steps.dropLast().map { 0.1 * $0 } + steps + [10 * steps[1]]
  }

  /// `MaxNLocator._raw_ticks` in 'data' autolimit mode: the ticks covering `[vmin, vmax]`
  /// (one beyond each end), the number of decimals of the step chosen and its mantissa.
  func rawTicks(_ vmin: Double, _ vmax: Double) -> (ticks: [Double], decimals: Int, mantissa: Double) {
    let nbins = Double(maxBins)
    let (scale, exponent, offset) = Self.scaleRange(vmin, vmax, bins: nbins)
    let lo = vmin - offset
    let hi = vmax - offset
    let bases = staircase
    let candidates = bases.map { $0 * scale }
    let rawStep = (hi - lo) / nbins
    let first = candidates.firstIndex { $0 >= rawStep } ?? candidates.count - 1
    var ticks: [Double] = []
    var chosen = first
    for index in stride(from: first, through: 0, by: -1) {
      chosen = index
      let step = candidates[index]
      let bestMin = Self.floorDivide(lo, step) * step
      let edge = EdgeInteger(step: step, offset: abs(offset))
      let low = edge.le(lo - bestMin)
      let high = edge.ge(hi - bestMin)
      ticks = []
      var k = low
      while k <= high && ticks.count < 10_000 {  // bounded: spans are ≤ ~bins + 2 steps
        ticks.append(k * step + bestMin)
        k += 1
      }
      if ticks.count(where: { $0 >= lo && $0 <= hi }) >= minTicks { break }
    }
    let base = bases[chosen]
    let mantissa = base < 1 ? base * 10 : base > 10 ? base / 10 : base
    return (ticks.map { $0 + offset }, Self.decimals(of: base) - exponent, mantissa)
  }

  /// `scale_range(vmin, vmax, n)`: 10^⌊log₁₀(span / n)⌋ (with its exponent), and an offset of
  /// ±10^⌊log₁₀|mean|⌋ when |mean| / span ≥ 100, else 0.
  static func scaleRange(_ vmin: Double, _ vmax: Double, bins n: Double)
    -> (scale: Double, exponent: Int, offset: Double)
  {
    let span = abs(vmax - vmin)
    let mean = (vmax + vmin) / 2
    var offset = 0.0
    if !(abs(mean) / span < 100) {
      offset = copysign(pow(10, floorDivide(log10(abs(mean)), 1)), mean)
    }
    let exponent = floorDivide(log10(span / n), 1)
    guard exponent.isFinite else { return (1, 0, offset) }
    return (pow(10, exponent), Int(exponent), offset)
  }

  /// `transforms._nonsingular` for finite, ordered ends.
  static func nonsingular(_ vmin: Double, _ vmax: Double, expander: Double, tiny: Double)
    -> (Double, Double)
  {
    let maxAbs = max(abs(vmin), abs(vmax))
    if maxAbs < (1e6 / tiny) * Double.leastNormalMagnitude { return (-expander, expander) }
    if vmax - vmin <= maxAbs * tiny {
      if vmin == 0 && vmax == 0 { return (-expander, expander) }
      return (vmin - expander * abs(vmin), vmax + expander * abs(vmax))
    }
    return (vmin, vmax)
  }

  /// Python's (and NumPy's) float `divmod(a, b)`: the remainder takes the sign of `b`, and
  /// the quotient is the integer nearest `(a − remainder) / b`.
  static func divmod(_ a: Double, _ b: Double) -> (quotient: Double, remainder: Double) {
    var mod = a.truncatingRemainder(dividingBy: b)  // C fmod
    var div = (a - mod) / b
    if mod != 0 {
      if (b < 0) != (mod < 0) {
        mod += b
        div -= 1
      }
    } else {
      mod = copysign(0, b)
    }
    guard div != 0 else { return (copysign(0, a / b), mod) }
    var floorDiv = div.rounded(.down)
    if div - floorDiv > 0.5 { floorDiv += 1 }
    return (floorDiv, mod)
  }

  /// Python's float `a // b`.
  static func floorDivide(_ a: Double, _ b: Double) -> Double { divmod(a, b).quotient }

  /// The number of decimals of a staircase step (0.25 → 2, 2.5 → 1, 20 → 0), at most 15.
  static func decimals(of base: Double) -> Int {
    var scaled = base
    for places in 0..<15 {
      if abs(scaled - scaled.rounded()) <= 1e-9 * scaled { return places }
      scaled *= 10
    }
    return 15
  }

  /// `value` rounded to `decimals` places (negative: to a multiple of 10^−decimals) through
  /// decimal text, so it is the double nearest the decimal it stands for; −0 becomes 0.
  static func clean(_ value: Double, decimals: Int) -> Double {
    let rounded: Double?
    if decimals >= 0 {
      rounded = Double(CPrintf.format(value, .fixed, precision: decimals))
    } else if decimals >= -22 {
      // 10^m is exact for m ≤ 22, so n·10^m is the double nearest the decimal n·10^m.
      var power = 1.0
      for _ in 0 ..< -decimals { power *= 10 }
      rounded = (value / power).rounded() * power
    } else if value == 0 {
      rounded = 0
    } else {
      let digits = Int(log10(abs(value)).rounded(.down)) + decimals + 1
      rounded = Double(CPrintf.format(value, .exponent, precision: max(0, digits)))
    }
    return (rounded ?? value) + 0.0  // + 0.0 turns −0 into 0
  }
}

extension TickLocator {
  /// `_Edge_integer` from matplotlib's ticker.py: the integer multiples of `step` at the edges
  /// of a range, allowing more slop when the offset is large compared to the step.
  struct EdgeInteger {
    let step: Double
    /// |offset|
    let offset: Double

    func closeTo(_ ms: Double, _ edge: Double) -> Bool {
      var tolerance = 1e-10
      if offset > 0 {
        let digits = log10(offset / step)
        tolerance = min(0.4999, max(1e-10, pow(10, digits - 12)))
      }
      return abs(ms - edge) < tolerance
    }

    /// The largest n with n·step ≤ x.
    func le(_ x: Double) -> Double {
      let (d, m) = TickLocator.divmod(x, step)
      return closeTo(m / step, 1) ? d + 1 : d
    }

    /// The smallest n with n·step ≥ x.
    func ge(_ x: Double) -> Double {
      let (d, m) = TickLocator.divmod(x, step)
      return closeTo(m / step, 0) ? d : d + 1
    }
  }
}
