import Foundation

/// Tick labels for one axis, as rich text: matplotlib's `ScalarFormatter` (offset, order of
/// magnitude, one fixed format per axis), checked against matplotlib by
/// `scripts/tick_reference.py`.
///
/// Source: matplotlib 3.x `lib/matplotlib/ticker.py`, `ScalarFormatter._compute_offset`,
/// `_set_order_of_magnitude`, `_set_format`, `__call__`, `get_offset` and `format_data`, with
/// the rcParams defaults `axes.formatter.useoffset = True`, `offset_threshold = 4`,
/// `limits = (-5, 6)`, `use_mathtext = True`, `axes.unicode_minus = True`:
/// 1. **Offset**: when every tick has one sign and the ticks share their leading digits, the
///    shared part is subtracted (1000000.2 … 1000001 read 0.2 … 1.0 with "+10⁶"), provided it
///    saves at least 4 digits (`offset_threshold`).
/// 2. **Order of magnitude**: when the largest |tick| (with an offset: the span) is below 10⁻⁴
///    or at least 10⁶, its power of ten is divided out (0.2 … 1.0 with "×10⁻⁶").
/// 3. **Format**: every label gets the same decimals, the fewest with which each (offset and
///    scaled) tick is written to within 10⁻³ of the ticks' range's power of ten.
///
/// The offset and the power of ten are written once per axis, in ``offsetText``, which the
/// chart must draw at the end of the axis (matplotlib's place). A chart that draws no such
/// text builds the formatter with `sharedText: false`: then no offset is used (labels are
/// written in full) and the power of ten goes into every label, the same on all
/// (0.5×10⁻⁷, 1.0×10⁻⁷: never 7.5×10⁻⁸ beside 1.0×10⁻⁷), so each label reads right alone.
///
/// Negative numbers use the real minus sign U+2212 (``NumberFormat``), and a value that
/// rounds to zero is written without a sign (never "−0.0").
public struct TickFormatter: Sendable, Hashable {
  /// The value subtracted from every tick before formatting (0 for none).
  public let offset: Double
  /// The power of ten every tick (less the offset) is divided by (0 for none).
  public let order: Int
  /// Decimals of every label, after the offset and the power of ten.
  public let decimals: Int
  /// Whether the offset and power of ten are written once in ``offsetText`` (true) or the
  /// power of ten in every label (false).
  public let sharedText: Bool

  /// The formatter for an axis showing `range` with these `ticks` (non-finite values are
  /// ignored; ticks outside `range` do not count, as matplotlib counts visible ticks only).
  /// Without a range, the ticks' own hull is the range.
  public init(ticks: [Double], range: ClosedRange<Double>? = nil, sharedText: Bool = true) {
    let finite = ticks.filter(\.isFinite)
    let view = range ?? ((finite.min() ?? 0)...(finite.max() ?? 0))
    let visible = finite.filter { view.contains($0) }
    self.sharedText = sharedText
    let wanted = Self.offset(visible)
    let offset = sharedText ? wanted : 0
    self.offset = offset
    // Labels that must read alone are written in full where an offset would be needed.
    let order = !sharedText && wanted != 0 ? 0 : Self.order(visible, view: view, hasOffset: offset != 0)
    self.order = order
    // _set_format: with fewer than two ticks, the ends of the view count for the range.
    let scaled = (finite.count < 2 ? finite + [view.lowerBound, view.upperBound] : finite).map {
      ($0 - offset) / Self.power(order)
    }
    decimals = Self.decimals(scaled, countedFrom: finite.count < 2 ? finite.count : scaled.count)
  }

  /// The label of `value`, e.g. "0.5", "−2", or without shared text "1.5×10" with a
  /// superscript "−7".
  public func label(_ value: Double) -> RichText {
    if let text = NumberFormat.nonFinite(value) { return .plain(text) }
    var scaled = (value - offset) / Self.power(order)
    if abs(scaled) < 1e-8 { scaled = 0 }  // ScalarFormatter.__call__
    let text = NumberFormat.fixed(scaled, decimals: decimals)
    guard !sharedText, order != 0 else { return .plain(text) }
    if scaled == 0 { return .plain("0") }
    return .plain(text + "×10") + RichText.plain(NumberFormat.minus(String(order))).scripted(.superscript)
  }

  /// What is written once at the end of the axis: "×10⁻⁷", "+10⁶", "−1×10⁶", "×10⁻⁹ + 1",
  /// "+1.23456×10²" (matplotlib's `get_offset` with mathtext, spaces around the sign after a
  /// power of ten as mathtext sets a binary operator); nil when there is nothing
  /// to write (no offset, no power of ten, or labels that carry their own).
  public var offsetText: RichText? {
    guard sharedText, offset != 0 || order != 0 else { return nil }
    var text = RichText.empty
    if order != 0 { text = .plain("×") + Self.powerOfTen(order) }
    if offset != 0 {
      // format_data(offset), its sign spaced as a binary operator after the power of ten.
      let data = Self.data(offset)
      if order == 0 {
        text = offset > 0 ? .plain("+") + data : data
      } else {
        text = text + .plain(offset > 0 ? " + " : " \(NumberFormat.minusSign) ") + Self.data(abs(offset))
      }
    }
    return text
  }

  /// `_compute_offset`: the shared leading digits of the ticks, or 0 when the ticks are fewer
  /// than two distinct values, straddle 0, or the offset would save fewer than 4 digits.
  static func offset(_ locs: [Double]) -> Double {
    guard let lmin = locs.min(), let lmax = locs.max(), lmin != lmax, !(lmin <= 0 && 0 <= lmax) else { return 0 }
    let (absMin, absMax) = (min(abs(lmin), abs(lmax)), max(abs(lmin), abs(lmax)))
    let sign = lmin < 0 ? -1.0 : 1.0
    let ommMax = log10(absMax).rounded(.up)
    let floorDiv = { (a: Double, oom: Double) in TickLocator.floorDivide(a, pow(10, oom)) }
    // The smallest power of ten at which |min| and |max| agree, and (straddling a large
    // power of ten) at which they are at most one apart. Bounded: doubles span ~650 decades.
    func first(_ differ: (Double) -> Bool) -> Double {
      var oom = ommMax
      for _ in 0..<700 where !differ(oom) { oom -= 1 }
      return oom + 1
    }
    var oom = first { floorDiv(absMin, $0) != floorDiv(absMax, $0) }
    if (absMax - absMin) / pow(10, oom) <= 1e-2 {
      oom = first { floorDiv(absMax, $0) - floorDiv(absMin, $0) > 1 }
    }
    let leading = floorDiv(absMax, oom)
    return leading >= 1000 ? sign * leading * pow(10, oom) : 0  // 10^(offset_threshold − 1)
  }

  /// `_set_order_of_magnitude`: the power of ten of the largest |tick| (with an offset: of the
  /// view's span) when it is ≤ −5 or ≥ 6, else 0.
  static func order(_ locs: [Double], view: ClosedRange<Double>, hasOffset: Bool) -> Int {
    guard !locs.isEmpty else { return 0 }
    let value = hasOffset ? view.upperBound - view.lowerBound : locs.map(abs).max() ?? 0
    guard value > 0, value.isFinite else { return 0 }
    let oom = Int(log10(value).rounded(.down))
    return oom <= -5 || oom >= 6 ? oom : 0
  }

  /// `_set_format`: the fewest decimals (from a first guess of 3 − ⌊log₁₀ range⌋) with which
  /// every one of the first `count` values is within 10⁻³·10^⌊log₁₀ range⌋ of its rounding;
  /// `values` may hold two more (the view's ends) that count for the range only.
  static func decimals(_ values: [Double], countedFrom count: Int) -> Int {
    var range = (values.max() ?? 0) - (values.min() ?? 0)
    if range == 0 { range = values.map(abs).max() ?? 0 }
    if range == 0 || !range.isFinite { range = 1 }
    let counted = values.prefix(count)
    let rangeOOM = Int(log10(range).rounded(.down))
    var places = max(0, 3 - rangeOOM)
    let threshold = 1e-3 * pow(10, Double(rangeOOM))
    while places >= 0 {
      let scale = pow(10, Double(places))
      let error = counted.map { abs($0 - ($0 * scale).rounded(.toNearestOrEven) / scale) }.max() ?? 0
      guard error < threshold else { break }
      places -= 1
    }
    return min(places + 1, 340)
  }

  /// 10 with `exponent` as a superscript.
  static func powerOfTen(_ exponent: Int) -> RichText {
    .plain("10") + RichText.plain(NumberFormat.minus(String(exponent))).scripted(.superscript)
  }

  /// `format_data` with mathtext: "10⁶" for a power of ten, "1.23456×10²", "−1×10⁶" (only a
  /// significand of exactly 1 is dropped), a plain significand when the exponent is 0.
  ///
  /// Decision: matplotlib keeps 10 decimals of the significand, which cuts an offset that
  /// needs more (1.000000000001 for a y span of 10⁻¹² around 1 read "+1", and every label
  /// with it was wrong by the span). Such a value gets the fewest decimals, up to 16, that
  /// give it back to within 4 ulps (its arithmetic noise), written in the shortest form.
  static func data(_ value: Double) -> RichText {
    let e = Int(log10(abs(value)).rounded(.down))
    let exact = value / pow(10, Double(e))
    var s = (exact * 1e10).rounded() / 1e10
    var extended = false
    if abs(s - exact) > 4 * exact.ulp {
      for places in 11...16 {
        s = Double(CPrintf.format(exact, .fixed, precision: places)) ?? exact
        if abs(s - exact) <= 4 * exact.ulp { break }
      }
      extended = true
    }
    let significand = NumberFormat.minus(
      s == s.rounded()
        ? CPrintf.format(s, .fixed, precision: 0) : extended ? "\(s)" : CPrintf.format(s, .general, precision: 10))
    if e == 0 { return .plain(significand) }
    return s == 1 ? powerOfTen(e) : .plain(significand + "×") + powerOfTen(e)
  }

  /// 10^`order` as matplotlib computes it (`10. ** n`).
  static func power(_ order: Int) -> Double { pow(10, Double(order)) }
}
