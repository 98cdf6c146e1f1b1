extension LineChart {
  /// The y range drawn and its labelled ticks.
  public struct YAxis: Sendable, Hashable {
    public var range: ClosedRange<Double>
    public var ticks: LabelledTicks
  }

  /// Most bins the y axis may use to give every curve readable ticks (matplotlib stops at 9).
  public static let maximumCoveringBins = 12
  /// How far past 0 the data must reach, as a fraction of its span, for that side to need a
  /// labelled tick of its own (a dip of 1 % of the span is not a region of its own).
  public static let significantDip = 0.01
  /// The most an end may move out for a tick, as a fraction of the range's span: past that
  /// the empty band would take the data's room (gelu, silu and mish at 200 × 150 have the
  /// step 2, and −2 for a dip to −0.31 left 40 % of the plot empty).
  public static let maximumWidening = 0.25

  /// The y range and its ticks for an axis `length` points long whose labels are `fontSize`
  /// points and at least `spacing(a, b)` apart (offset and power of ten shared, drawn by
  /// the axes: ``LabelledTicks/offsetText``).
  ///
  /// A fixed ``yRange`` gets ``TickLocator/labelledTicks(_:length:bins:sharedText:spacing:)``
  /// with matplotlib's bin count. An automatic range (``YData``) gets two more rules, so that
  /// every region where curves differ has a readable tick:
  /// - **Each curve is read off two ticks**: a series whose extent covers at least 5 % of the
  ///   range must have two labelled ticks within it (2 % of the range of slack at its ends);
  ///   if it has not, more bins are tried, up to ``maximumCoveringBins`` and what the axis
  ///   holds (``TickLocator/labelledTicks(_:length:bins:upTo:covering:sharedText:spacing:)``).
  ///   Softplus with its derivative on [−10, 10] gets the step 1, so f′ ∈ (0, 1) is read
  ///   between 0 and 1, not under the first tick 2.
  /// - **A sign with data gets a tick** (gnuplot's habit of extending an automatic range to the
  ///   next tick, applied only where it is needed): when the data reach past 0 on one side by
  ///   more than ``significantDip`` of their span and no tick lies on that side, that
  ///   automatic end moves out to the next tick beyond the data (at most three times, as the
  ///   step may grow with the range). gelu, silu and mish on [−4, 3] dip to −0.17 … −0.31:
  ///   the range then starts at −0.5, a labelled tick, instead of −0.48 with none below 0.
  ///   An end never moves by more than ``maximumWidening`` of the span, and one given by
  ///   ``yMin``/``yMax`` never moves.
  ///
  /// Ticks given by value or step (``yTicks``) are drawn as given on the range as it is
  /// (``TickChoice/values(in:)``): no bins are fitted and no end moves.
  public func yAxis(length: Double, fontSize: Double, spacing: (RichText, RichText) -> Double) -> YAxis {
    if !yAxisScale.isLinear { return scaledYAxis(length: length, fontSize: fontSize, spacing: spacing) }
    if yTicks != .automatic {
      let range = resolvedYRange
      return YAxis(range: range, ticks: Self.givenTicks(yTicks.values(in: range) ?? [], range: range, length: length))
    }
    let bins = TickLocator.bins(forAxisLength: length, fontSize: fontSize, vertical: true)
    if let yRange {
      return YAxis(
        range: yRange,
        ticks: TickLocator.labelledTicks(yRange, length: length, bins: bins, sharedText: true, spacing: spacing))
    }
    let data = yData ?? measuredYData()
    let most = Swift.min(
      Self.maximumCoveringBins,
      TickLocator.bins(forAxisLength: length, fontSize: fontSize, vertical: true, limit: Self.maximumCoveringBins))
    func ticks(_ range: ClosedRange<Double>) -> LabelledTicks {
      TickLocator.labelledTicks(
        range, length: length, bins: bins, upTo: most, covering: data.extents, sharedText: true, spacing: spacing)
    }
    var axis = YAxis(range: data.range, ticks: ticks(data.range))
    for _ in 0..<3 {
      guard let wider = Self.widened(axis.range, ticks: axis.ticks.ticks.map(\.value), data: data) else { break }
      axis = YAxis(range: wider, ticks: ticks(wider))
    }
    return axis
  }

  /// `range` with each automatic end moved out to the next multiple of the tick step beyond
  /// the data when the data reach past 0 on that side and no tick does; nil when no end moves.
  static func widened(_ range: ClosedRange<Double>, ticks: [Double], data: YData) -> ClosedRange<Double>? {
    guard ticks.count >= 2, let lo = data.extents.map(\.lowerBound).min(),
      let hi = data.extents.map(\.upperBound).max()
    else { return nil }
    let step = ticks[1] - ticks[0]
    let dip = significantDip * (hi - lo)
    var (a, b) = (range.lowerBound, range.upperBound)
    if data.automaticLow, lo < -dip, hi > 0, !ticks.contains(where: { $0 < 0 }) {
      a = Swift.min(a, step * (lo / step).rounded(.down))
    }
    if data.automaticHigh, hi > dip, lo < 0, !ticks.contains(where: { $0 > 0 }) {
      b = Swift.max(b, step * (hi / step).rounded(.up))
    }
    let span = range.upperBound - range.lowerBound
    if range.lowerBound - a > maximumWidening * span { a = range.lowerBound }
    if b - range.upperBound > maximumWidening * span { b = range.upperBound }
    return a == range.lowerBound && b == range.upperBound ? nil : a...b
  }
}
