extension LineFigure {
  /// The line chart: without `from`/`to` the x range is the hull of the functions' default
  /// domains (a single given end keeps at least one unit of range on its side); without
  /// `ymin`/`ymax` the y range is the data's with 5 % headroom, and with one of them the
  /// other end is the visible data's (``LineChart/measuredYData()``); automatic ends may
  /// move out to a tick (``LineChart/yAxis(length:fontSize:spacing:)``).
  public func chart(_ spec: FigureSpec, catalog: Catalog) throws(FigureSpecError) -> any Chart {
    try lineChart(spec, catalog: catalog)
  }

  /// The x range drawn: `from` and `to`, or the hull of the functions' default domains.
  func xRange(_ bound: [FunctionSource]) throws(FigureSpecError) -> ClosedRange<Double> {
    // Data rows join the domains (``dataXExtent``); one row keeps a unit on each side.
    let rows = dataXExtent.map { $0.lowerBound < $0.upperBound ? $0 : ($0.lowerBound - 1)...($0.upperBound + 1) }
    let domains = bound.map(\.domain) + (rows.map { [$0] } ?? [])
    let low = from ?? min(domains.map(\.lowerBound).min() ?? -5, (to ?? .infinity) - 1)
    let high = to ?? max(domains.map(\.upperBound).max() ?? 5, low + 1)
    try FieldRules.ordered(low, "from", high, "to")
    try FieldRules.drawable(low...high, axis: "x", fields: ("from", "to"))
    return low...high
  }

  /// ``chart(_:catalog:)`` with its concrete type; a chart too dense to draw at the spec's
  /// size is refused here, before anything is laid out or drawn
  /// (``LineChart/checkDrawingWork(size:pixelsPerPoint:)``).
  public func lineChart(_ spec: FigureSpec, catalog: Catalog) throws(FigureSpecError) -> LineChart {
    let chart = try unboundedLineChart(spec, catalog: catalog)
    try chart.checkDrawingWork(size: spec.resolvedSize, pixelsPerPoint: spec.pixelsPerPoint)
    return chart
  }

  /// The line chart of the spec, whatever its drawing would cost.
  func unboundedLineChart(_ spec: FigureSpec, catalog: Catalog) throws(FigureSpecError) -> LineChart {
    let bound = try bind(catalog)
    let range = try xRange(bound)
    let (low, high) = (range.lowerBound, range.upperBound)

    var series: [LineChart.Series] = []
    for (i, f) in bound.enumerated() {
      // The breakpoint searches share one bound (4,000,000 nodes evaluated) per figure.
      let searchWork = MathExpression.breakpointWork / max(1, bound.count)
      let (value, first) = f.plotFunctions(over: low...high, breakpointWork: searchWork)
      let look = look(i)
      let orders = drawnOrders
      let beside = orders.contains(0)
      for n in orders {
        if n == 0 {
          let label = try FigureText.richText(look.label ?? FigureText.legendName(f), field: "labels")
          series.append(.init(label: label, function: value, colorIndex: i, look: look.curve))
          continue
        }
        let derivative = Self.derivativeFunction(
          f, order: n, first: first, over: low...high, breakpointWork: searchWork)
        let primes = FigureText.primes(n)
        let given = n == 1 || orders.count == 1 ? look.derivativeLabel : nil
        let name = given ?? look.label.map { $0 + primes } ?? FigureText.derivativeName(f, order: n)
        let label = try FigureText.richText(name, field: "labels")
        var own = look.derivative
        if own.dash == nil && (beside || orders.count > 1) { own.dash = Self.derivativeDash(order: n) }
        // Dashed only beside its function: a derivative drawn alone is the figure's curve,
        // and takes the function's look as it is.
        series.append(
          beside
            ? .init(
              label: label, function: derivative, colorIndex: i, dashed: true, look: own, inherited: look.curve)
            : .init(label: label, function: derivative, colorIndex: i, look: own.over(look.curve)))
      }
    }
    series += try dataSeries(firstColor: bound.count)
    var chart = LineChart(series: series, xRange: low...high)
    chart.style = spec.resolvedStyle
    chart.axes = axes ?? chart.style.axes
    chart.showGrid = grid ?? chart.style.showGrid
    chart.aspect = aspect
    chart.legendPlacement = legend ?? chart.style.legendPlacement
    // `auto` is decided once here, on the curves as sampled for their extents; a given y
    // limit is one range for every curve (``LineChart/resolvedDerivativeAxis``).
    // A log or symlog y axis keeps `auto` on the left: one axis reads both by their decades.
    chart.derivativeAxis =
      derivativeAxis == .auto && (ymin != nil || ymax != nil || yscale != .linear) ? .left : derivativeAxis
    chart.derivativeAxis = chart.resolvedDerivativeAxis
    let rightAxis = chart.derivativeAxis == .right
    if rightAxis { chart.yLabel = LineChart.functionYLabel }
    if let n = drawnOrders.first, n > 0, drawnOrders.count == 1, bound.count == 1 {
      // f″ and beyond in TeX: the math font spaces its primes after the italic f, where
      // the text font's ″ and ‴ crowd into f's hook and read as one prime (looked at, 640x480).
      let name =
        n == 1 ? "<i>y</i> = <i>f</i>′(<i>x</i>)" : "$y = f" + String(repeating: "'", count: n) + "(x)$"
      chart.yLabel = try FigureText.richText(name, field: "curves")
    }
    if bound.isEmpty { try nameAxesFromData(&chart) }
    if let xlabel { chart.xLabel = try FigureText.richText(xlabel, field: "xlabel") }
    if let ylabel { chart.yLabel = try FigureText.richText(ylabel, field: "ylabel") }
    chart.xTicks = Self.tickChoice(values: xticks, step: xtickStep)
    chart.yTicks = Self.tickChoice(values: yticks, step: ytickStep)
    let (title, automaticSubtitle) = FigureText.titles(
      for: bound, curves: titleCurves, order: drawnOrders.first(where: { $0 > 0 }) ?? order, userTitle: spec.title,
      several: drawsSeveralOrders)
    let subtitle = self.subtitle.map { $0.isEmpty ? nil : $0 } ?? automaticSubtitle
    chart.title = try title.map { text throws(FigureSpecError) in try FigureText.richText(text, field: "title") }
    chart.subtitle = try subtitle.map { text throws(FigureSpecError) in
      try FigureText.richText(text, field: self.subtitle == nil ? "title" : "subtitle")
    }
    chart.annotations = try marks.map { mark throws(FigureSpecError) in
      let f = bound[mark.function]
      let y = mark.derivative ? f.derivative(at: mark.x) : f.value(at: mark.x)
      let text = try FigureText.richText(FigureText.markLabel(mark.label, value: y), field: "marks")
      var note = PlotNNCore.Annotation(x: mark.x, y: y, text: text, colorIndex: mark.function)
      note.onRightAxis = rightAxis && mark.derivative
      return note
    }
    chart.dataAnnotations = try annotations.map { note throws(FigureSpecError) in
      try note.dataAnnotation(series: seriesIndex(of:))
    }
    chart.applyAxisScales(x: xAxisScale, y: yAxisScale)
    if rightAxis { chart.rightYData = chart.measuredRightYData() }
    let (ymin, ymax) = (ymin.map(yAxisScale.forward), ymax.map(yAxisScale.forward))
    // Both bounds given: a fixed range. One: the other from the data visible within it
    // (``LineChart/measuredYData()``), measured once here and kept with the chart.
    if let ymin, let ymax {
      try FieldRules.drawable(ymin...ymax, axis: "y", fields: ("ymin", "ymax"))
      chart.yRange = ymin...ymax
      try Self.checkTickCount(chart.yTicks, range: ymin...ymax, field: "ytick-step")
      return chart
    }
    (chart.yMin, chart.yMax) = (ymin, ymax)
    let data = chart.measuredYData()
    let (lo, hi) = (data.range.lowerBound, data.range.upperBound)
    try FieldRules.ordered(lo, "ymin", hi, "ymax")
    try FieldRules.drawable(lo...hi, axis: "y", fields: ("ymin", "ymax"))
    chart.yData = data
    try Self.checkTickCount(chart.yTicks, range: data.range, field: "ytick-step")
    return chart
  }
}
