extension LineChart {
  /// Which y axis the derivatives drawn beside their functions (``Series/dashed``) read on.
  public enum DerivativeAxis: String, Sendable, Hashable, CaseIterable {
    /// The functions' axis: one y axis for every curve.
    case left
    /// An axis of their own on the plot's right (matplotlib's `twinx`), with its own range,
    /// nice ticks (``TickLocator``) and name (``LineChart/rightYLabel``).
    case right
    /// Right when the functions' and the derivatives' sizes differ by more than
    /// ``rightAxisFactor``, left otherwise (``resolvedDerivativeAxis``).
    case auto
  }

  /// How many times larger the functions' or the derivatives' largest |y| must be than the
  /// other's for `auto` to give the derivatives the right axis: 8.
  ///
  /// Decision: twinx is for curves of different **sizes** (matplotlib's two-scales example:
  /// an exponential beside a sine), so the rule compares the largest |y| each group shows,
  /// not the spans: a span misreads a step (Leaky ReLU′ spans 0.5 … 1, yet reads well beside
  /// its function) and a constant (the identity's f′ = 1 spans nothing). Beyond a factor of 8
  /// the smaller group shares the axis with under an eighth of its height, about one bin of
  /// matplotlib's 9, and is read off one tick as a flattened strip: softplus on [−10, 10]
  /// (10 beside 1, the book's figure) gets the right axis. Every catalog function on its
  /// default domain is at most 6 (ReLU6 and Hard Sigmoid; ELU, ReLU, the identity 5), and
  /// sigmoid, tanh, ReLU and Leaky ReLU on the chapter's ranges at most 5, so they keep one
  /// axis as before.
  public static let rightAxisFactor = 8.0

  /// `left` or `right` as drawn: ``derivativeAxis`` resolved. `right` needs a derivative
  /// drawn beside its function; `auto` is `left` when a y limit is given (``yRange``,
  /// ``yMin``, ``yMax``: the author chose one range for all) or when either group is all
  /// zero, and otherwise follows ``rightAxisFactor`` on the series' sampled extents.
  public var resolvedDerivativeAxis: DerivativeAxis {
    let beside = series.contains(where: \.dashed) && series.contains { !$0.dashed }
    switch derivativeAxis {
    case .left: return .left
    case .right: return beside ? .right : .left
    case .auto:
      guard beside, yRange == nil, yMin == nil, yMax == nil else { return .left }
      var (functions, derivatives) = (0.0, 0.0)
      for s in series {
        guard let e = extent(of: s) else { continue }
        let size = Swift.max(abs(e.lowerBound), abs(e.upperBound))
        if s.dashed { derivatives = Swift.max(derivatives, size) } else { functions = Swift.max(functions, size) }
      }
      return Self.prefersRightAxis(functions: functions, derivatives: derivatives) ? .right : .left
    }
  }

  /// The `auto` rule on the largest |y| of each group (``rightAxisFactor``).
  static func prefersRightAxis(functions: Double, derivatives: Double) -> Bool {
    guard functions > 0, derivatives > 0, functions.isFinite, derivatives.isFinite else { return false }
    return Swift.max(functions, derivatives) > rightAxisFactor * Swift.min(functions, derivatives)
  }

  /// Which series read on the right axis (none unless ``resolvedDerivativeAxis`` is `right`).
  var seriesOnRight: [Bool] {
    let right = resolvedDerivativeAxis == .right
    return series.map { right && $0.dashed }
  }

  /// The y data of the right axis's series and marks (nil: no right axis), with 5 %
  /// headroom; no y limit applies (they belong to the left axis).
  public func measuredRightYData() -> YData? {
    let right = seriesOnRight
    guard right.contains(true) else { return nil }
    var extents: [ClosedRange<Double>] = []
    for (s, onRight) in zip(series, right) where onRight {
      if let e = extent(of: s) { extents.append(e) }
    }
    let marks = annotations.filter { $0.onRightAxis && $0.y.isFinite }.map(\.y)
    let lo = (extents.map(\.lowerBound) + marks).min() ?? .infinity
    let hi = (extents.map(\.upperBound) + marks).max() ?? -.infinity
    let range = Self.headroom(lo, hi, yMin: nil, yMax: nil)
    return YData(range: range, automaticLow: true, automaticHigh: true, extents: extents)
  }

  /// The right axis's range and labelled ticks for an axis `length` long beside a left axis
  /// showing `left` (nil: no right axis): ``TickLocator`` on the right data's range, with
  /// the rule that each curve is read off two ticks (``yAxis(length:fontSize:spacing:)``).
  ///
  /// Decision: with origin-style axes the x axis is drawn at y = 0 and must read 0 on both
  /// axes, so when the left range holds 0 the right range grows until its 0 sits at the
  /// height of the left one (``zeroAligned(_:to:)``); box-style axes keep the right range as measured,
  /// as matplotlib's twinx does.
  func rightYAxis(length: Double, fontSize: Double, left: ClosedRange<Double>, spacing: (RichText, RichText) -> Double)
    -> YAxis?
  {
    guard let data = rightYData ?? measuredRightYData() else { return nil }
    var range = data.range
    // A log left axis has no 0 to align with (the x axis lies on the frame's bottom).
    if axes == .origin, yAxisScale.hasZero, let aligned = Self.zeroAligned(range, to: left) { range = aligned }
    let bins = TickLocator.bins(forAxisLength: length, fontSize: fontSize, vertical: true)
    let most = Swift.min(
      Self.maximumCoveringBins,
      TickLocator.bins(forAxisLength: length, fontSize: fontSize, vertical: true, limit: Self.maximumCoveringBins))
    let ticks = TickLocator.labelledTicks(
      range, length: length, bins: bins, upTo: most, covering: data.extents, sharedText: true, spacing: spacing)
    return YAxis(range: range, ticks: ticks)
  }

  /// `range` widened to hold 0 at the same fraction of it as of `left` (nil when `left`
  /// lacks 0 or no widening can put it there, e.g. `left` starting at 0 and `range`
  /// reaching below it). A range wholly above or below 0 is widened to 0 first: Leaky
  /// ReLU′ ∈ {0.5, 1} reads 0 where the x axis is, not 0.5.
  static func zeroAligned(_ range: ClosedRange<Double>, to left: ClosedRange<Double>) -> ClosedRange<Double>? {
    let (a, b) = (left.lowerBound, left.upperBound)
    let (c, d) = (Swift.min(range.lowerBound, 0), Swift.max(range.upperBound, 0))
    guard a <= 0, 0 <= b, a < b, c < d else { return nil }
    let t = -a / (b - a)
    if t == 0 { return c == 0 ? c...d : nil }
    if t == 1 { return d == 0 ? c...d : nil }
    let span = Swift.max(-c / t, d / (1 - t))
    return (-t * span)...((1 - t) * span)
  }

  /// The left axis's name beside a right one when none is given: *f*(*x*), the functions'
  /// axis beside the derivatives' *f*′(*x*) (``rightYLabel``).
  public static let functionYLabel = RichText.italic("f") + .plain("(") + .italic("x") + .plain(")")

  /// Length of the line sample drawn before the right axis's name for each of its curves,
  /// and the gap after it.
  static let rightNameSwatch = (length: 16.0, gap: 4.0)

  /// The right axis's name block along the axis: one line sample per curve reading on it,
  /// then the name (its length in points; the strip is the name's height wide).
  ///
  /// Decision: the name is keyed by the curves' own line, as a legend entry turned a quarter,
  /// not by colour: a derivative shares its function's hue (tinted, ``Style/derivativeTint``)
  /// and print styles are grey, so a coloured name would key nothing; the dashed sample does,
  /// in every style, theme and language, and costs the legend no width (a legend entry
  /// "(right axis)" wrapped the strip to two rows at 320 × 240 and took the plot's ticks).
  func rightNameLength(on canvas: Canvas, curves: Int) -> Double {
    let swatches = Double(curves) * (Self.rightNameSwatch.length + Self.rightNameSwatch.gap)
    return swatches + canvas.measure(rightYLabel, style: style.axisName).width
  }

  /// This chart with every curve on the left axis: what a figure too narrow for a right axis
  /// draws (``LineChartLayout/rightCramped``), its y data measured again for all curves.
  var oneAxis: LineChart {
    var one = self
    // The right axis read linearly; on the left they take its scale (``applyAxisScales(x:y:)``).
    one.moveRightSeriesIntoYScale()
    one.derivativeAxis = .left
    one.rightYData = nil
    one.yData = nil
    for i in one.annotations.indices { one.annotations[i].onRightAxis = false }
    if one.yLabel == Self.functionYLabel { one.yLabel = .italic("y") }
    return one
  }
}
