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
    /// This curve's own look, as given; what it leaves open comes from ``inherited``, then
    /// from the style (``LineChart/stroke(of:)``).
    public var look: CurveLook
    /// The look of the function a derivative is drawn beside (``dashed``): its colour is
    /// tinted, its width and marker kept, its dash replaced by the style's derivative
    /// pattern, so f′ keeps f's look and still reads as f′.
    public var inherited: CurveLook
    /// The rows of a data series, drawn as given (``LineChart/DataPoints``); nil: a function.
    public var data: DataPoints?

    public init(
      label: RichText, function: PlotFunction, colorIndex: Int, dashed: Bool = false, look: CurveLook = CurveLook(),
      inherited: CurveLook = CurveLook()
    ) {
      self.label = label
      self.function = function
      self.colorIndex = colorIndex
      self.dashed = dashed
      self.look = look
      self.inherited = inherited
    }
  }

  /// Where the legend goes.
  ///
  /// Decision: an inside corner asked for by name is honoured even where it covers data, as
  /// matplotlib honours `loc="upper left"` (its box is translucent, so the curves still show
  /// through); it only moves along the plot's edge, off the tick labels and axis names,
  /// and goes to the strip above the plot when no place inside holds it. `auto` keeps the
  /// promise of never covering data; the two outside places reserve room of their own.
  public enum LegendPlacement: String, Sendable, Hashable, CaseIterable {
    /// The first free place of matplotlib's `best` order, else a strip above the plot;
    /// shown for two or more curves.
    case auto
    case upperLeft = "upper-left"
    case upperRight = "upper-right"
    case lowerLeft = "lower-left"
    case lowerRight = "lower-right"
    /// A column right of the plot, its top level with the plot's.
    case outsideRight = "outside-right"
    /// Rows under the x axis and its labels.
    case outsideBottom = "outside-bottom"
    case none
  }

  /// How an axis's ticks are chosen.
  public enum TickChoice: Sendable, Hashable {
    /// MaxNLocator's nice numbers (``TickLocator``), fitted to the axis.
    case automatic
    /// Ticks at these values (those inside the range drawn).
    case values([Double])
    /// Ticks at the multiples of this step inside the range.
    case step(Double)
  }

  /// The plot's shape.
  public enum Aspect: String, Sendable, Hashable, CaseIterable {
    /// The plot fills the room the texts leave.
    case auto
    /// One unit of x is as long as one unit of y (the left axis's): the plot shrinks to that
    /// shape, centred in its room (``LineChartLayout/equalAspect(_:x:y:)``), so a circle is
    /// drawn round and a slope of 1 at 45°.
    case equal
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
  /// Where the legend goes; a place given by name shows the legend even for one series.
  public var legendPlacement = LegendPlacement.auto
  /// How each axis's ticks are chosen.
  public var xTicks = TickChoice.automatic
  public var yTicks = TickChoice.automatic
  public var style: Style = .light
  public var xLabel = RichText.italic("x")
  public var yLabel = RichText.italic("y")
  /// Labelled points, such as σ′(0) = 0.25.
  public var annotations: [Annotation] = []
  /// Reference lines, shaded spans, texts and arrows in data coordinates.
  public var dataAnnotations: [DataAnnotation] = []
  /// Evaluation work the chart's curves may spend in all, in units of
  /// ``PlotFunction/cost``: 6,000,000, shared evenly by the series (each curve's sampler
  /// gets ``curveWork``, its y extent at most half of that; see ``resolvedYRange`` and
  /// ``AdaptiveSampler/maximumWork``). A figure of 64 expressions of 1000 characters with
  /// their derivatives then still draws in about a second.
  public var maximumWork = Self.defaultMaximumWork
  /// Room the layout keeps at least between each canvas edge and the plot: what a
  /// ``PanelsChart`` grows so that the plots of a row share top and bottom and those of a
  /// column left and right (matplotlib's constrained layout). Zero: the chart's own margins.
  public var minimumMargins = Margins()
  /// Whether each axis writes its tick labels: a panel sharing an axis with its neighbours
  /// leaves them to the panel at the row's left or the column's bottom (matplotlib's
  /// `sharex`/`sharey` with inner labels hidden). The ticks and grid stay.
  public var showsXTickLabels = true
  public var showsYTickLabels = true
  /// How the plot's sides relate to the ranges (``Aspect``).
  public var aspect = Aspect.auto
  /// Which y axis the derivatives drawn beside their functions read on
  /// (``DerivativeAxis``; `auto`: ``resolvedDerivativeAxis``).
  public var derivativeAxis = DerivativeAxis.auto
  /// The right axis's name, beside it turned a quarter (``DerivativeAxis/right``).
  public var rightYLabel = RichText.italic("f") + .plain("′(") + .italic("x") + .plain(")")
  /// The measured data of the right axis (``measuredRightYData()``), when the builder has it.
  public var rightYData: YData?
  /// How each axis maps its data (``AxisScale``; linear by default). On a non-linear axis
  /// the chart's ranges, curves and notes are in that axis's scale space
  /// (``applyAxisScales(x:y:)`` puts them there); only its ticks read data values.
  public var xAxisScale = AxisScale.linear
  public var yAxisScale = AxisScale.linear
  /// Sentences for the command line about data an axis cannot show, such as values ≤ 0 on a
  /// log axis (``LayoutNotes/remarks``).
  public var remarks: [String] = []

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
  /// Whether ``y`` reads on the right axis (a mark on a derivative drawn there).
  public var onRightAxis = false

  public init(x: Double, y: Double, text: RichText, colorIndex: Int = 0) {
    self.x = x
    self.y = y
    self.text = text
    self.colorIndex = colorIndex
  }
}
