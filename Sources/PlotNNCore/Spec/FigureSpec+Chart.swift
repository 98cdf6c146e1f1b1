extension FigureSpec {
  /// Checks the options that do not depend on the functions: numbers finite, size and
  /// scale in range, theme known.
  public func validateOptions() throws(FigureSpecError) {
    for (name, value) in [("from", from), ("to", to), ("ymin", ymin), ("ymax", ymax)] {
      if let value, !value.isFinite { throw .notFinite(option: name, value: value) }
    }
    if let from, let to, from >= to { throw .emptyRange(lowName: "from", low: from, highName: "to", high: to) }
    if let ymin, let ymax, ymin >= ymax { throw .emptyRange(lowName: "ymin", low: ymin, highName: "ymax", high: ymax) }
    guard scale.isFinite, scale > 0 else { throw .scale(scale) }
    let sides = [width, height]
    guard sides.allSatisfy({ $0.isFinite && $0 * scale >= 16 && $0 * scale <= Self.maximumSide }),
      width * height * scale * scale <= Self.maximumPixels
    else {
      throw .size(width: width, height: height, scale: scale)
    }
    guard Theme.named(theme) != nil else { throw .unknownTheme(theme) }
  }

  /// The chart this spec describes, each function a catalog spec or an expression in x
  /// (``Catalog/source(_:)``). Without `from`/`to` the x range is the hull of the
  /// functions' default domains.
  public func lineChart(catalog: Catalog) throws(FigureSpecError) -> LineChart {
    try validateOptions()
    guard !functions.isEmpty else { throw .noFunctions }
    var bound: [FunctionSource] = []
    for text in functions {
      do { bound.append(try catalog.source(text)) } catch {
        switch error {
        case .spec(let e): throw .function(e)
        case .expression(let e): throw .expression(e)
        }
      }
    }
    // Automatic x range: the union of the functions' domains; a single given end keeps
    // at least one unit of range on its side.
    let domains = bound.map(\.domain)
    let low = from ?? min(domains.map(\.lowerBound).min() ?? -5, (to ?? .infinity) - 1)
    let high = to ?? max(domains.map(\.upperBound).max() ?? 5, low + 1)
    guard low < high else { throw .emptyRange(lowName: "from", low: low, highName: "to", high: high) }
    try Self.checkDrawable(low...high, axis: "x", options: "--from/--to")

    var series: [LineChart.Series] = []
    for (i, f) in bound.enumerated() {
      let name = try FigureSpecError.richText(FigureText.legendName(f), field: "functions")
      let (value, derivative) = f.plotFunctions(over: low...high)
      if curves != .derivative { series.append(.init(label: name, function: value, colorIndex: i)) }
      if curves != .function {
        series.append(
          .init(
            label: try FigureSpecError.richText(FigureText.derivativeName(f), field: "functions"), function: derivative,
            colorIndex: i, dashed: true))
      }
    }
    var chart = LineChart(series: series, xRange: low...high)
    chart.style = Style(theme: Theme.named(theme) ?? .light)
    chart.axes = axes
    chart.showGrid = grid
    chart.showLegend = legend
    if curves == .derivative && bound.count == 1 {
      chart.yLabel = try FigureSpecError.richText("<i>y</i> = <i>f</i>′(<i>x</i>)", field: "y label")
    }
    let (titleMarkup, subtitleMarkup) = FigureText.titles(for: bound, curves: curves, userTitle: title)
    chart.title = try titleMarkup.map { markup throws(FigureSpecError) in
      try FigureSpecError.richText(markup, field: "title")
    }
    chart.subtitle = try subtitleMarkup.map { markup throws(FigureSpecError) in
      try FigureSpecError.richText(markup, field: "subtitle")
    }
    if let bad = marks.first(where: { !bound.indices.contains($0.function) }) {
      throw .mark(
        "mark function \(bad.function) is out of range; there are \(bound.count) functions (0 to \(bound.count - 1))")
    }
    chart.annotations = try marks.map { mark throws(FigureSpecError) in
      let f = bound[mark.function]
      let y = mark.derivative ? f.derivative(at: mark.x) : f.value(at: mark.x)
      let colorIndex = mark.function
      let text = try FigureSpecError.richText(FigureText.markLabel(mark.label, value: y), field: "mark label")
      return Annotation(x: mark.x, y: y, text: text, colorIndex: colorIndex)
    }
    // A single given bound keeps the automatic other one, moved if needed to leave one unit.
    let auto = chart.resolvedYRange
    let room = { (v: Double) in max(1, 0.05 * abs(v)) }
    let lo = ymin ?? ymax.map { min(auto.lowerBound, $0 - room($0)) } ?? auto.lowerBound
    let hi = ymax ?? ymin.map { max(auto.upperBound, $0 + room($0)) } ?? auto.upperBound
    guard lo < hi else { throw .emptyRange(lowName: "ymin", low: lo, highName: "ymax", high: hi) }
    try Self.checkDrawable(lo...hi, axis: "y", options: "--ymin/--ymax")
    chart.yRange = lo...hi
    return chart
  }

  /// A range a chart can map onto pixels: its width finite (±1e308 ends would overflow
  /// it), at least 10⁻⁹ of its largest end (narrower, doubles are too coarse to sample a
  /// curve across hundreds of device pixels) and at least 10⁻¹⁰⁰ (so device units per
  /// data unit stay finite, with room for the sampler's arithmetic).
  static func checkDrawable(_ range: ClosedRange<Double>, axis: String, options: String) throws(FigureSpecError) {
    let (lo, hi) = (range.lowerBound, range.upperBound)
    let width = hi - lo
    guard width.isFinite, width >= 1e-9 * max(abs(lo), abs(hi)), width >= 1e-100 else {
      throw .undrawable(axis: axis, low: lo, high: hi, options: options)
    }
  }
}
