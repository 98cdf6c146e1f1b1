import Foundation

extension LineChart {
  /// How many evenly spaced samples of a curve count its values ≤ 0 for the remark of a log
  /// y axis (``applyAxisScales(x:y:)``): 1000.
  public static let droppedSampleCount = 1000

  /// The chart with `x` and `y` as its axes' scales and every data value it holds moved into
  /// their scale space (``AxisScale``): the x range, each series (evaluated as
  /// y ↦ T_y(f(T_x⁻¹(u))), its breakpoints moved with x), the fixed y range or limits, the
  /// marks, the data annotations and given tick values. Series on a right axis keep their
  /// linear y (decision: `--yscale` is the left axis's; a derivative on its own axis reads
  /// linearly, where its sign changes show). Call it once, on a chart in data coordinates.
  ///
  /// What the axes cannot show is left out and said in ``remarks``: a curve's values ≤ 0 on
  /// a log y axis ("tanh: 500 of 1000 samples are ≤ 0 and are not drawn on the log y axis",
  /// counted over ``droppedSampleCount`` samples evenly spaced along the x axis), and marks,
  /// lines, spans, texts and arrows at a value ≤ 0 of a log axis.
  public mutating func applyAxisScales(x: AxisScale, y: AxisScale) {
    xAxisScale = x
    yAxisScale = y
    guard !(x.isLinear && y.isLinear) else { return }
    let right = seriesOnRight
    if let r = x.forward(xRange) { xRange = r }
    let (ulo, uhi) = (xRange.lowerBound, xRange.upperBound)
    for i in series.indices {
      let f = series[i].function
      let ys = right[i] ? AxisScale.linear : y
      if var data = series[i].data {
        // Rows are moved as they are; a row an axis cannot show stays, as NaN, and breaks
        // the line there (``DataPoints/curve(xScale:yScale:)``) rather than bridging it.
        data.x = data.x.map(x.forward)
        data.y = data.y.map(ys.forward)
        let hidden = zip(data.x, data.y).count { !($0.isFinite && $1.isFinite) }
        if hidden > 0 {
          remarks.append(
            "\(series[i].label.plainText): \(hidden) of \(data.x.count) rows are at a value ≤ 0 of a log axis and are not drawn"
          )
        }
        series[i].data = data
        series[i].function = data.function
        continue
      }
      if ys == .log {
        let n = Self.droppedSampleCount
        let dropped = (0..<n).count { k in
          let v = f(x.inverse(EvenSpacing.value(k, of: n - 1, from: ulo, to: uhi)))
          return v.isFinite && v <= 0
        }
        if dropped > 0 {
          remarks.append(
            "\(series[i].label.plainText): \(dropped) of \(n) samples are ≤ 0 and are not drawn on the log y axis")
        }
      }
      series[i].function = PlotFunction(
        breakpoints: f.breakpoints.map(x.forward).filter(\.isFinite), cost: f.cost
      ) { u in ys.forward(f(x.inverse(u))) }
    }
    if let r = yRange { yRange = y.forward(r) }
    yMin = yMin.map(y.forward)
    yMax = yMax.map(y.forward)
    xTicks = xTicks.scaled(by: x)
    yTicks = yTicks.scaled(by: y)
    annotations = annotations.compactMap { note in
      var moved = note
      (moved.x, moved.y) = (x.forward(note.x), note.onRightAxis ? note.y : y.forward(note.y))
      guard moved.x.isFinite, moved.y.isFinite else {
        remarks.append("the mark \"\(note.text.plainText)\" is at a value ≤ 0 of a log axis and is not drawn")
        return nil
      }
      return moved
    }
    dataAnnotations = dataAnnotations.compactMap { note in
      guard let moved = note.scaled(x: x, y: y) else {
        let name = note.label.map { " \"\($0.plainText)\"" } ?? ""
        remarks.append("the annotation\(name) reaches a value ≤ 0 of a log axis and is not drawn")
        return nil
      }
      return moved
    }
  }

  /// The series and marks of the right axis, which keeps linear y, moved into the left
  /// axis's scale space (for a chart too narrow for its right axis, ``oneAxis``).
  mutating func moveRightSeriesIntoYScale() {
    let y = yAxisScale
    guard !y.isLinear else { return }
    for (i, right) in seriesOnRight.enumerated() where right {
      let f = series[i].function
      series[i].function = PlotFunction(breakpoints: f.breakpoints, cost: f.cost) { y.forward(f($0)) }
    }
    annotations = annotations.compactMap { note in
      guard note.onRightAxis else { return note }
      var moved = note
      moved.y = y.forward(note.y)
      return moved.y.isFinite ? moved : nil
    }
  }

  /// The y axis of a non-linear ``yAxisScale`` (``yAxis(length:fontSize:spacing:)`` hands it
  /// over): the range as resolved, except that an automatic log range holding fewer than two
  /// decades widens its automatic ends to the decades around it (as the optimizers' loss
  /// panel does, ``LogScale/decades(containing:_:)``), so the axis reads off two labelled
  /// decades. Ticks from ``AxisScale/labelledTicks(_:length:maxTicks:spacing:)``, starting
  /// at matplotlib's count: `LogLocator`'s `numticks='auto'`, the axis's tick space clipped
  /// to 2 … 9, and `SymmetricalLogLocator`'s 15.
  func scaledYAxis(length: Double, fontSize: Double, spacing: (RichText, RichText) -> Double) -> YAxis {
    var range = resolvedYRange
    let s = yAxisScale
    if yRange == nil, s == .log {
      let data = yData ?? measuredYData()
      let (lo, hi) = (s.inverse(range.lowerBound), s.inverse(range.upperBound))
      if LogTickLocator().majorTicks(from: lo, to: hi).count < 2 {
        let decades = LogScale.decades(containing: lo, hi)
        let low = data.automaticLow ? log10(decades.lowerBound) : range.lowerBound
        let high = data.automaticHigh ? log10(decades.upperBound) : range.upperBound
        range = low...high
      }
    }
    return YAxis(
      range: range,
      ticks: Self.scaledTicks(
        yTicks, scale: s, range: range, length: length, fontSize: fontSize, vertical: true, spacing: spacing))
  }

  /// Labelled ticks of a non-linear axis: given values (already in scale space) as given,
  /// else ``AxisScale/labelledTicks(_:length:maxTicks:spacing:)``.
  static func scaledTicks(
    _ choice: TickChoice, scale: AxisScale, range: ClosedRange<Double>, length: Double, fontSize: Double,
    vertical: Bool, spacing: (RichText, RichText) -> Double
  ) -> LabelledTicks {
    let (lo, hi) = (range.lowerBound, range.upperBound)
    if let given = choice.values(in: range) {
      let data = given.map(scale.inverse)
      let formatter = TickFormatter(ticks: data, range: scale.inverse(lo)...scale.inverse(hi), sharedText: false)
      let ticks = zip(given, data).map { u, v in
        AxisTick(value: u, position: (u - lo) / (hi - lo) * length, label: AxisScale.label(v, formatter: formatter))
      }
      return LabelledTicks(ticks: ticks, fits: true, formatter: TickFormatter(ticks: [0, 1], range: 0...1))
    }
    let most: Int
    if case .symlog = scale {
      most = 15
    } else {
      most = min(9, max(2, TickLocator.bins(forAxisLength: length, fontSize: fontSize, vertical: vertical)))
    }
    return scale.labelledTicks(range, length: length, maxTicks: most, spacing: spacing)
  }

  /// The x axis's labelled ticks on an axis `length` long: the linear rules for a linear axis
  /// (given values, or ``TickLocator`` with `bins`), ``scaledTicks`` otherwise.
  func xAxisTicks(length: Double, bins: Int, fontSize: Double, spacing: @escaping (RichText, RichText) -> Double)
    -> LabelledTicks
  {
    let range = xRange
    guard xAxisScale.isLinear else {
      return Self.scaledTicks(
        xTicks, scale: xAxisScale, range: range, length: length, fontSize: fontSize, vertical: false, spacing: spacing)
    }
    if let given = xTicks.values(in: range) { return Self.givenTicks(given, range: range, length: length) }
    return TickLocator.labelledTicks(range, length: length, bins: bins, sharedText: true, spacing: spacing)
  }

  /// Every tick a non-linear x axis `length` long may end up with, whatever count its labels
  /// leave (the layout keeps half of each end label on the canvas).
  func scaledXEdgeTicks(length: Double) -> [AxisTick] {
    if xTicks != .automatic {
      return Self.scaledTicks(
        xTicks, scale: xAxisScale, range: xRange, length: length, fontSize: 0, vertical: false, spacing: { _, _ in 0 }
      ).ticks
    }
    return (2...15).flatMap { xAxisScale.labelledTicks(xRange, length: length, maxTicks: $0) { _, _ in 0 }.ticks }
  }

  /// Minor tick values (scale space) of an axis with `scale` showing `range` on `length`
  /// points (``AxisScale/minorValues(_:maxTicks:)``); none for automatic ticks given by value.
  static func minorTicks(_ scale: AxisScale, choice: TickChoice, range: ClosedRange<Double>) -> [Double] {
    guard choice == .automatic else { return [] }
    return scale.minorValues(range, maxTicks: 9).map(scale.forward)
  }
}

extension LineChart.TickChoice {
  /// Given values moved into `scale`'s space (those without a place dropped); a step stays
  /// (``LineFigure`` refuses a step on a non-linear axis).
  func scaled(by scale: AxisScale) -> Self {
    guard case .values(let given) = self, !scale.isLinear else { return self }
    return .values(given.map(scale.forward).filter(\.isFinite))
  }
}

extension DataAnnotation {
  /// The annotation in the scale space of `x` and `y`; nil when a value it needs has no
  /// place there (≤ 0 on a log axis).
  func scaled(x: AxisScale, y: AxisScale) -> DataAnnotation? {
    func finite(_ values: Double...) -> Bool { values.allSatisfy(\.isFinite) }
    var moved = self
    switch shape {
    case .horizontalLine(let v):
      guard finite(y.forward(v)) else { return nil }
      moved.shape = .horizontalLine(y.forward(v))
    case .verticalLine(let v):
      guard finite(x.forward(v)) else { return nil }
      moved.shape = .verticalLine(x.forward(v))
    case .xSpan(let r):
      guard let s = x.forward(r) else { return nil }
      moved.shape = .xSpan(s)
    case .ySpan(let r):
      guard let s = y.forward(r) else { return nil }
      moved.shape = .ySpan(s)
    case .text(let px, let py):
      guard finite(x.forward(px), y.forward(py)) else { return nil }
      moved.shape = .text(x: x.forward(px), y: y.forward(py))
    case .arrow(let a, let b):
      let (p, q) = (Point(x.forward(a.x), y.forward(a.y)), Point(x.forward(b.x), y.forward(b.y)))
      guard finite(p.x, p.y, q.x, q.y) else { return nil }
      moved.shape = .arrow(from: p, to: q)
    case .betweenCurves: break
    case .betweenCurveAndLine(let i, let v):
      guard finite(y.forward(v)) else { return nil }
      moved.shape = .betweenCurveAndLine(i, y: y.forward(v))
    }
    return moved
  }
}
