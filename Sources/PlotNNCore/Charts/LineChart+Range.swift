extension LineChart {
  /// Fewest samples of a curve's y extent (see ``measuredYData()``).
  public static let minimumExtentSamples = 48

  /// What an automatic y range is made from: the data's visible extent with headroom, which
  /// of its ends came from the data, and each series' visible extent.
  public struct YData: Sendable, Hashable {
    /// The data's visible extent with 5 % headroom, or the given limit at a given end.
    public var range: ClosedRange<Double>
    /// Whether each end came from the data (and may move out to a tick, ``yAxis(length:fontSize:spacing:)``).
    public var automaticLow: Bool
    public var automaticHigh: Bool
    /// The visible y extent of each series with a finite value within the limits.
    public var extents: [ClosedRange<Double>]

    public init(range: ClosedRange<Double>, automaticLow: Bool, automaticHigh: Bool, extents: [ClosedRange<Double>]) {
      self.range = range
      self.automaticLow = automaticLow
      self.automaticHigh = automaticHigh
      self.extents = extents
    }
  }

  /// The y range before ticks are chosen: ``yRange`` when set, else the data's
  /// (``measuredYData()``, or ``yData`` when the builder measured it already).
  public var resolvedYRange: ClosedRange<Double> {
    if let yRange { return yRange }
    return (yData ?? measuredYData()).range
  }

  /// The y data of the chart's series and annotations, sampled.
  ///
  /// The extent is taken over 1024 evenly spaced x plus each cut's one-sided limits (the
  /// breakpoints the sampler makes vertices, ``AdaptiveSampler/cuts(_:from:to:)``, so a
  /// jump's ends count), non-finite values skipped. Only what is **visible** counts: with
  /// ``yMax`` given, a series' extent is cut at yMax, and the automatic lower end gets 5 %
  /// of the visible span as headroom, not of the clipped-away data (`exp` on [−2, 5] with
  /// yMax 10 starts at −0.36, not at −7); likewise for ``yMin``.
  ///
  /// Flat data (a span of at most ``flatUlps`` ulps of its largest |value|, ``isFlat(_:_:)``,
  /// or below 10⁻¹⁰⁰) widens by ±max(1, 5 % of its value), as a single
  /// horizontal line needs some room; the test is relative, so x² on [0, 10⁻⁶] (values up to
  /// 10⁻¹²) is drawn as the parabola it is. Nothing visible: one unit (or 5 %) beside the
  /// given limit, or [−1, 1].
  ///
  /// Bound: the 1025 samples of a curve cost at most half its ``curveWork``; a costlier
  /// function (many long expressions in one chart) gets fewer, evenly spaced, but at
  /// least ``minimumExtentSamples`` (48).
  public func measuredYData() -> YData {
    let (floor, ceiling) = (yMin ?? -.infinity, yMax ?? .infinity)
    var extents: [ClosedRange<Double>] = []
    var lo = Double.infinity
    var hi = -Double.infinity
    // The series and marks of a right axis have their own data (``measuredRightYData()``).
    let right = seriesOnRight
    for (s, onRight) in zip(series, right) where !onRight {
      guard let extent = extent(of: s) else { continue }
      let (a, b) = (Swift.max(extent.lowerBound, floor), Swift.min(extent.upperBound, ceiling))
      guard a <= b else { continue }
      extents.append(a...b)
      lo = Swift.min(lo, a)
      hi = Swift.max(hi, b)
    }
    for note in annotations where !note.onRightAxis && note.y.isFinite && floor <= note.y && note.y <= ceiling {
      lo = Swift.min(lo, note.y)
      hi = Swift.max(hi, note.y)
    }
    let range = Self.headroom(lo, hi, yMin: yMin, yMax: yMax)
    return YData(range: range, automaticLow: yMin == nil, automaticHigh: yMax == nil, extents: extents)
  }

  /// The finite extent of `f` over `x` (nil when it has no finite value), from 1025 samples
  /// or fewer as `work` allows, plus both sides of each cut.
  static func extent(of f: PlotFunction, over x: ClosedRange<Double>, work: Int) -> ClosedRange<Double>? {
    let (a, b) = (x.lowerBound, x.upperBound)
    let n = Swift.min(1024, Swift.max(minimumExtentSamples, work / f.cost / 2 - 1))
    var xs = (0...n).map { EvenSpacing.value($0, of: n, from: a, to: b) }
    for c in AdaptiveSampler.cuts(f, from: a, to: b, maximumWork: work) { xs += [c, c.nextDown, c.nextUp] }
    var lo = Double.infinity
    var hi = -Double.infinity
    for x in xs {
      let y = f(x)
      guard y.isFinite else { continue }
      lo = Swift.min(lo, y)
      hi = Swift.max(hi, y)
    }
    return lo <= hi ? lo...hi : nil
  }

  /// Whether `lo...hi` is too thin to draw as it is (see ``measuredYData()``): at most
  /// ``flatUlps`` units in the last place of its largest |end| wide, or below 10⁻¹⁰⁰.
  ///
  /// Decision: the double's own relative precision decides, not a fixed fraction. A y span
  /// of 1024 ulps (2.3 × 10⁻¹³ of the value) still has a thousand distinct doubles across
  /// the axis, about one per device pixel of a tall plot, so 1 + 10⁻¹⁰·x on [0, 1] (450 000
  /// ulps) is drawn as the line it is, with an offset on the y labels, rather than flat in
  /// a ±1 range (the old 10⁻⁹ rule); what is thinner is rounding noise and drawn flat.
  static func isFlat(_ lo: Double, _ hi: Double) -> Bool {
    !(hi - lo > Swift.max(flatUlps * Swift.max(abs(lo), abs(hi)).ulp, 1e-100))
  }

  /// How many ulps of its largest |end| a y span needs to be drawn as it is: 1024.
  static let flatUlps = 1024.0

  /// The visible extent `lo...hi` (empty when lo > hi) with headroom, within the limits.
  static func headroom(_ lo: Double, _ hi: Double, yMin: Double?, yMax: Double?) -> ClosedRange<Double> {
    if let yMin, let yMax { return yMin...yMax }
    let room = { (v: Double) in Swift.max(1, 0.05 * abs(v)) }
    guard lo <= hi else {
      if let yMin { return yMin...(yMin + room(yMin)) }
      if let yMax { return (yMax - room(yMax))...yMax }
      return -1...1
    }
    var (a, b): (Double, Double)
    if isFlat(lo, hi) {
      // ±max(1, 5 % of the value), so a line at 1e16 still gets a drawable range.
      (a, b) = (lo - room(lo), hi + room(lo))
      if let yMin { (a, b) = (yMin, Swift.max(b, yMin + room(yMin))) }
      if let yMax { (a, b) = (Swift.min(a, yMax - room(yMax)), yMax) }
    } else {
      let pad = 0.05 * (hi - lo)
      (a, b) = (yMin ?? lo - pad, yMax ?? hi + pad)
    }
    return a...b
  }
}
