extension LineChart {
  /// How one series is drawn, everything resolved: its own ``Series/look`` first, then the
  /// look it inherits from its function (the colour tinted as the style tints a
  /// derivative's, toward the foreground), then the style
  /// (``Style/seriesLine(index:derivative:)``, ``Style/curveWidth``).
  struct CurveStroke: Hashable {
    let color: Color
    let width: Double
    /// Dash lengths in points as drawn with ``cap`` (empty: solid).
    let dash: [Double]
    let cap: StrokeStyle.Cap
    let marker: CurveMarker
    /// Drawn filled with the background: a derivative's marker taken from its function.
    let markerOpen: Bool
    /// Where along the curve the first marker sits, as a fraction of the spacing.
    let markerPhase: Double

    /// The curve's stroke.
    var curve: StrokeStyle { StrokeStyle(color: color, width: width, dash: dash, cap: cap, join: .round) }

    /// The legend swatch's stroke: butt caps, a round-capped pattern's dashes lengthened by
    /// a width so the short line looks like the curve (``SeriesLine/buttDash(width:)``).
    var swatch: StrokeStyle {
      let dash = cap == .round ? SeriesLine(color: color, dash: dash).buttDash(width: width) : dash
      return StrokeStyle(color: color, width: width, dash: dash, cap: .butt, join: .round)
    }

    /// The marker's width (``CurveMarker/size(lineWidth:)``).
    var markerSize: Double { CurveMarker.size(lineWidth: width) }
  }

  /// The resolved look of `series` (see ``CurveStroke``; ``CurveLook`` for dash units).
  /// A curve drawn `over` an earlier one it coincides with
  /// (``LineChartLayout/coincidentCurves(halfWidth:)``) takes the overlay dash
  /// (``Style/dash(over:derivative:)``) unless its dash was given.
  func stroke(of series: Series, over: Bool = false) -> CurveStroke {
    let line = style.seriesLine(index: series.colorIndex, derivative: series.dashed)
    let own = series.look
    let inherited = series.inherited
    let width = own.width ?? inherited.width ?? style.curveWidth
    let color: Color
    if let given = own.color {
      color = given
    } else if let given = inherited.color {
      color = series.dashed ? given.mixed(with: style.foreground, by: style.derivativeTint) : given
    } else {
      color = line.color
    }
    // A derivative beside its function keeps the style's derivative pattern unless given its own.
    let given = own.dash ?? (series.dashed ? nil : inherited.dash)
    let (dash, cap): ([Double], StrokeStyle.Cap) =
      if let given, !given.isEmpty {
        (given.map { $0 * width }, .butt)
      } else if given != nil {
        ([], .round)
      } else {
        (over ? style.dash(over: line.dash, derivative: series.dashed) : line.dash, .round)
      }
    let marker = own.marker ?? inherited.marker ?? .none
    let open = series.dashed && own.marker == nil && inherited.marker != nil
    return CurveStroke(
      color: color, width: width, dash: dash, cap: cap, marker: marker, markerOpen: open,
      markerPhase: (0.5 + 0.382 * Double(abs(series.colorIndex)) + (open ? 0.5 : 0)).truncatingRemainder(dividingBy: 1))
  }

  /// The widest line among the series (the style's width when none is wider): what every
  /// text keeps clear of, and how far past the plot curves are sampled.
  var widestCurve: Double {
    series.map { stroke(of: $0).width }.max().map { Swift.max($0, style.curveWidth) } ?? style.curveWidth
  }

  /// Whether a legend is drawn: asked for, with two or more series, or with one when its
  /// place was given by name (``LegendPlacement``).
  var showsLegend: Bool {
    guard showLegend, legendPlacement != .none, !series.isEmpty else { return false }
    return series.count >= 2 || legendPlacement != .auto
  }
}
