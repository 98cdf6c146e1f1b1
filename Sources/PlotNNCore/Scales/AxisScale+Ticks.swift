import Foundation

extension AxisScale {
  /// The major tick values (data values) of a non-linear axis showing scale-space `range`,
  /// at most `maxTicks` of them where the locator takes a count:
  /// - **log**: ``LogTickLocator`` (matplotlib's `LogLocator`, decades 10^k); when fewer than
  ///   two decades lie in the range (a fixed range such as [2, 8]), the linear ticks of the data
  ///   range instead (``TickLocator``), placed logarithmically: matplotlib falls back to
  ///   `AutoLocator` on such a range too, rather than leave an axis with one label.
  /// - **symlog**: ``SymLogTickLocator`` (matplotlib's `SymmetricalLogLocator`); a range
  ///   inside the linear band gets linear ticks.
  /// - **linear**: ``TickLocator``.
  public func majorValues(_ range: ClosedRange<Double>, maxTicks: Int) -> [Double] {
    let (lo, hi) = (inverse(range.lowerBound), inverse(range.upperBound))
    let linear = { TickLocator(maxBins: max(1, maxTicks)).readableTicks(from: lo, to: hi) }
    switch self {
    case .linear: return linear()
    case .log:
      let decades = LogTickLocator(maxTicks: maxTicks).majorTicks(from: lo, to: hi)
      return decades.count >= 2 ? decades : linear()
    case .symlog(let t):
      return SymLogTickLocator(linearThreshold: t, maxTicks: maxTicks).ticks(from: lo, to: hi) ?? linear()
    }
  }

  /// The minor tick values (data values) of scale-space `range`: 2 … 9 × 10^k on a log axis
  /// whose major ticks are decades (``LogTickLocator/minorTicks(from:to:)``, matplotlib's
  /// `subs='auto'`), none otherwise (matplotlib's symlog has none; a linear axis here none).
  public func minorValues(_ range: ClosedRange<Double>, maxTicks: Int) -> [Double] {
    guard self == .log else { return [] }
    let (lo, hi) = (inverse(range.lowerBound), inverse(range.upperBound))
    let locator = LogTickLocator(maxTicks: maxTicks)
    guard locator.majorTicks(from: lo, to: hi).count >= 2 else { return [] }
    return locator.minorTicks(from: lo, to: hi)
  }

  /// The label of a major tick: ±10^k as TeX, `$10^{-3}$`, for a decade (matplotlib's
  /// `LogFormatterSciNotation`, which writes 10⁰ and 10¹ too: `axes.formatter.min_exponent`
  /// is 0), "0" for 0; any other value (the linear fallbacks) by `formatter`.
  ///
  /// Decision: 1 and 10 are written 10⁰ and 10¹ as matplotlib writes them, so every label
  /// of a decade axis has one form.
  static func label(_ v: Double, formatter: TickFormatter) -> RichText {
    if v == 0 { return .plain("0") }
    let k = log10(abs(v)).rounded()
    guard abs(log10(abs(v)) - k) < 1e-10, abs(k) < 400 else { return formatter.label(v) }
    let text = (v < 0 ? "$-10^{" : "$10^{") + String(Int(k)) + "}$"
    return (try? RichText(markup: text)) ?? formatter.label(v)
  }

  /// The labelled minor ticks of a log axis showing scale-space `range` on an axis `length`
  /// long (``LogTickLocator/labelledMinorCoefficients(lo:hi:)`` of its minor ticks, labelled
  /// m × 10^k), with the decades (data values) they go beside; none on another scale.
  func labelledMinorTicks(_ range: ClosedRange<Double>, length: Double) -> (ticks: [AxisTick], decades: [Double]) {
    guard self == .log else { return ([], []) }
    let (lo, hi) = (range.lowerBound, range.upperBound)
    let coefficients = LogTickLocator.labelledMinorCoefficients(lo: lo, hi: hi)
    guard !coefficients.isEmpty else { return ([], []) }
    let decades = LogTickLocator().majorTicks(from: inverse(lo), to: inverse(hi))
    let ticks = minorValues(range, maxTicks: 9).compactMap { v -> AxisTick? in
      let k = Int(floor(log10(v) + 1e-10))
      let m = Int((v / LogTickLocator.power(of: k)).rounded())
      guard coefficients.contains(m),
        let label = try? RichText(markup: LogTickLocator.label(coefficient: m, exponent: k))
      else { return nil }
      let u = forward(v)
      return AxisTick(value: u, position: (u - lo) / (hi - lo) * length, label: label, minor: true)
    }
    return (ticks, decades)
  }

  /// Labelled major ticks for an axis `length` long showing scale-space `range`: positions
  /// along it (from the range's low end, as ``TickLocator/labelledTicks(_:length:bins:sharedText:spacing:)``
  /// gives them) and values **in scale space** (``forward(_:)`` of the data value), so the
  /// chart places them with its linear scale. The count starts at `maxTicks` and is lowered
  /// until every two neighbours are `spacing(a, b)` apart (a symlog axis first drops the
  /// decades inside its linear band); `fits` is false when even two crowd.
  public func labelledTicks(
    _ range: ClosedRange<Double>, length: Double, maxTicks: Int, spacing: (RichText, RichText) -> Double
  ) -> LabelledTicks {
    let (lo, hi) = (range.lowerBound, range.upperBound)
    func labelled(_ values: [Double]) -> (ticks: [AxisTick], crowded: Bool) {
      let formatter = TickFormatter(ticks: values, range: inverse(lo)...inverse(hi), sharedText: false)
      let ticks = values.map { v in
        let u = forward(v)
        return AxisTick(value: u, position: (u - lo) / (hi - lo) * length, label: Self.label(v, formatter: formatter))
      }
      let crowded = zip(ticks, ticks.dropFirst()).contains { a, b in b.position - a.position < spacing(a.label, b.label)
      }
      return (ticks, crowded)
    }
    // No shared offset or power of ten: each label reads alone.
    let none = TickFormatter(ticks: [0, 1], range: 0...1)
    let minors = labelledMinorTicks(range, length: length)
    var n = max(2, maxTicks)
    while true {
      let values = majorValues(range, maxTicks: n)
      var (ticks, crowded) = labelled(values)
      // Decision: a log axis's labelled minor ticks (matplotlib's, on a view of about one
      // decade) are kept only when all of them fit beside the decades; when any two labels
      // crowd, all of them give way first, and the decades alone go on as before.
      if !minors.ticks.isEmpty, values.count >= 2, values.allSatisfy({ minors.decades.contains($0) }) {
        let both = (ticks + minors.ticks).sorted { $0.value < $1.value }
        let bothCrowded = zip(both, both.dropFirst()).contains { a, b in
          b.position - a.position < spacing(a.label, b.label)
        }
        if !bothCrowded { return LabelledTicks(ticks: both, fits: true, formatter: none) }
      }
      // Decision: on a symlog axis the decades inside the linear band (±1 beside 0 at the
      // default linthresh 2) are the first to give way, before the stride grows: they sit a
      // band's length from 0, closer than the decades beyond are to each other.
      if crowded, case .symlog(let t) = self {
        let outside = labelled(values.filter { $0 == 0 || abs($0) >= t })
        if !outside.crowded { (ticks, crowded) = outside }
      }
      if !crowded || n <= 2 { return LabelledTicks(ticks: ticks, fits: !crowded, formatter: none) }
      n -= 1
    }
  }
}
