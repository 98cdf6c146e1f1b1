/// A chart of one or more real functions over one x range: the figure of `plotnn relu`.
///
/// A value: build it, then ``draw(on:size:tolerance:)`` on any ``Canvas``. The chart
/// never knows the output format.
public struct LineChart: Sendable {
  /// One curve and how it is drawn.
  public struct Series: Sendable {
    /// Legend text.
    public var label: RichText
    public var function: PlotFunction
    /// Index into the style's palette; a function and its derivative share it.
    public var colorIndex: Int
    /// Derivatives are dashed in the hue of their function.
    public var dashed: Bool

    public init(label: RichText, function: PlotFunction, colorIndex: Int, dashed: Bool = false) {
      self.label = label
      self.function = function
      self.colorIndex = colorIndex
      self.dashed = dashed
    }
  }

  /// Where the axes are drawn.
  public enum AxesStyle: String, Sendable, CaseIterable {
    /// Through the origin with arrowheads, as textbooks draw them (the default).
    case origin
    /// A frame around the plot with ticks outside, as matplotlib draws it.
    case box
  }

  public var series: [Series]
  public var xRange: ClosedRange<Double>
  /// A fixed y range; nil: from the data, with 5 % headroom on each side (matplotlib's
  /// default margins), within ``yMin`` and ``yMax`` when given (``resolvedYRange``).
  public var yRange: ClosedRange<Double>?
  /// One fixed end of an otherwise automatic y range (ignored when ``yRange`` is set).
  public var yMin: Double?
  public var yMax: Double?
  /// The measured y data (``measuredYData()``), when the builder already has it: the chart
  /// then does not sample its curves a second time for the y range.
  public var yData: YData?
  /// Title and subtitle; nil for none.
  public var title: RichText?
  public var subtitle: RichText?
  public var axes: AxesStyle = .origin
  public var showGrid = true
  /// The legend is drawn when there are two or more series (one series is named by the title).
  public var showLegend = true
  public var style: Style = .light
  public var xLabel = RichText.italic("x")
  public var yLabel = RichText.italic("y")
  /// Labelled points, such as σ′(0) = 0.25.
  public var annotations: [Annotation] = []
  /// Evaluation work the chart's curves may spend in all, in units of
  /// ``PlotFunction/cost``: 6,000,000, shared evenly by the series (each curve's sampler
  /// gets ``curveWork``, its y extent at most half of that; see ``resolvedYRange`` and
  /// ``AdaptiveSampler/maximumWork``). A figure of 64 expressions of 1000 characters with
  /// their derivatives then still draws in about a second.
  public var maximumWork = Self.defaultMaximumWork

  /// The default ``maximumWork``.
  public static let defaultMaximumWork = 6_000_000

  /// Each curve's share of ``maximumWork``.
  public var curveWork: Int { max(0, maximumWork) / max(1, series.count) }

  public init(series: [Series], xRange: ClosedRange<Double>, yRange: ClosedRange<Double>? = nil) {
    self.series = series
    self.xRange = xRange
    self.yRange = yRange
  }
}

/// A labelled point on a chart.
public struct Annotation: Sendable, Hashable {
  public var x: Double
  public var y: Double
  public var text: RichText
  /// Index into the palette for the marker.
  public var colorIndex: Int

  public init(x: Double, y: Double, text: RichText, colorIndex: Int = 0) {
    self.x = x
    self.y = y
    self.text = text
    self.colorIndex = colorIndex
  }
}
