extension LineFigure {
  /// The line chart: without `from`/`to` the x range is the hull of the functions' default
  /// domains (a single given end keeps at least one unit of range on its side); without
  /// `ymin`/`ymax` the y range is the data's with 5 % headroom, and with one of them the
  /// other end is the visible data's (``LineChart/measuredYData()``); automatic ends may
  /// move out to a tick (``LineChart/yAxis(length:fontSize:spacing:)``).
  public func chart(_ spec: FigureSpec, catalog: Catalog) throws(FigureSpecError) -> any Chart {
    try lineChart(spec, catalog: catalog)
  }

  /// ``chart(_:catalog:)`` with its concrete type.
  public func lineChart(_ spec: FigureSpec, catalog: Catalog) throws(FigureSpecError) -> LineChart {
    let bound = try bind(catalog)
    let domains = bound.map(\.domain)
    let low = from ?? min(domains.map(\.lowerBound).min() ?? -5, (to ?? .infinity) - 1)
    let high = to ?? max(domains.map(\.upperBound).max() ?? 5, low + 1)
    try FieldRules.ordered(low, "from", high, "to")
    try FieldRules.drawable(low...high, axis: "x", fields: ("from", "to"))

    var series: [LineChart.Series] = []
    for (i, f) in bound.enumerated() {
      // The breakpoint searches share one bound (4,000,000 nodes evaluated) per figure.
      let searchWork = MathExpression.breakpointWork / max(1, bound.count)
      let (value, derivative) = f.plotFunctions(over: low...high, breakpointWork: searchWork)
      if curves != .derivative {
        let label = try FigureText.richText(FigureText.legendName(f), field: "functions")
        series.append(.init(label: label, function: value, colorIndex: i))
      }
      if curves != .function {
        let label = try FigureText.richText(FigureText.derivativeName(f), field: "functions")
        // Dashed only beside its function: a derivative drawn alone is the figure's curve.
        series.append(.init(label: label, function: derivative, colorIndex: i, dashed: curves == .both))
      }
    }
    var chart = LineChart(series: series, xRange: low...high)
    chart.style = spec.resolvedStyle
    chart.axes = axes ?? chart.style.axes
    chart.showGrid = grid ?? chart.style.showGrid
    chart.showLegend = legend
    if curves == .derivative && bound.count == 1 {
      chart.yLabel = try FigureText.richText("<i>y</i> = <i>f</i>′(<i>x</i>)", field: "curves")
    }
    let (title, subtitle) = FigureText.titles(for: bound, curves: curves, userTitle: spec.title)
    chart.title = try title.map { text throws(FigureSpecError) in try FigureText.richText(text, field: "title") }
    chart.subtitle = try subtitle.map { text throws(FigureSpecError) in try FigureText.richText(text, field: "title") }
    chart.annotations = try marks.map { mark throws(FigureSpecError) in
      let f = bound[mark.function]
      let y = mark.derivative ? f.derivative(at: mark.x) : f.value(at: mark.x)
      let text = try FigureText.richText(FigureText.markLabel(mark.label, value: y), field: "marks")
      return Annotation(x: mark.x, y: y, text: text, colorIndex: mark.function)
    }
    // Both bounds given: a fixed range. One: the other from the data visible within it
    // (``LineChart/measuredYData()``), measured once here and kept with the chart.
    if let ymin, let ymax {
      try FieldRules.drawable(ymin...ymax, axis: "y", fields: ("ymin", "ymax"))
      chart.yRange = ymin...ymax
      return chart
    }
    (chart.yMin, chart.yMax) = (ymin, ymax)
    let data = chart.measuredYData()
    let (lo, hi) = (data.range.lowerBound, data.range.upperBound)
    try FieldRules.ordered(lo, "ymin", hi, "ymax")
    try FieldRules.drawable(lo...hi, axis: "y", fields: ("ymin", "ymax"))
    chart.yData = data
    return chart
  }
}
