/// Contour lines of a loss over two weights with a gradient-descent path on top, in one
/// or more panels side by side: the figure of section 3.6.3 ("未归一化" vs "归一化").
///
/// Each panel draws iso-lines of its loss computed by ``MarchingSquares`` on a grid of
/// about one node per 2 points (finer for finer `tolerance`), coloured along viridis from
/// low loss (dark) to high, the minimum as a star, and the path as one arrow per step.
///
/// **Equal aspect.** A data unit has the same length across and up in every panel:
/// gradient steps are perpendicular to the contours only in such a picture, and an
/// elongated bowl only looks elongated in it. Section 3.6.4 puts the unnormalised weights
/// in w₁ ∈ [−10, 10], w₂ ∈ [−100, 100]; at equal aspect that box would make a panel ten
/// times taller than wide, and drawn with each axis stretched to the box the 10:1 ellipses
/// would come out as circles and the steps oblique to them, hiding exactly what the figure
/// is about. So the panel keeps its shape and equal aspect, and the *data window* adapts
/// (matplotlib's `set_aspect("equal", adjustable="datalim")`): it frames the region
/// around the path and the minimum and is widened along the shorter side. The
/// unnormalised bowl then shows as what it is, a narrow valley of ellipses ten times
/// longer than wide, and the normalised one as circles.
///
/// The framed region is the bounding box of the path's points whose loss is at most the
/// start's (all of them for a stable run; the far points of a diverging run are left out
/// and clipped) and of a square around the minimum of half-side ½ of its distance to the
/// start (so the inner rings close), grown by 8 % of its larger side on every side.
public struct ContourChart: Chart {
  /// One panel: a loss, its minimum and a descent path.
  public struct Panel: Sendable {
    /// Panel heading, e.g. "未归一化".
    public var title: RichText
    /// A line under the heading; nil for none.
    public var subtitle: RichText?
    /// The loss L(θ₁, θ₂) whose contours are drawn.
    public var loss: @Sendable (Vector2) -> Double
    /// The minimiser, marked with a star; nil for none.
    public var minimum: Vector2?
    /// The descent path, drawn as arrows; nil for none.
    public var path: DescentPath?
    /// Axis names, default θ₁ and θ₂ (an italic θ with the index as a subscript).
    public var xLabel = RichText.italic("θ") + RichText.plain("1").scripted(.subscript)
    public var yLabel = RichText.italic("θ") + RichText.plain("2").scripted(.subscript)

    public init(
      title: RichText, subtitle: RichText? = nil, loss: @escaping @Sendable (Vector2) -> Double, minimum: Vector2?,
      path: DescentPath?
    ) {
      self.title = title
      self.subtitle = subtitle
      self.loss = loss
      self.minimum = minimum
      self.path = path
    }
  }

  public var panels: [Panel]
  /// Overall title; nil for none.
  public var title: RichText?
  /// Contour levels per panel, spread by `spacing` between the minimum loss (the loss at
  /// `minimum`, else the smallest grid value) and the largest value in the window.
  public var levels = 10
  public var spacing: ContourSpacing = .quadratic
  public var style: Style = .light
  /// Text next to the first step of each path; empty for none.
  public var pathLabel = RichText.plain("梯度")
  /// Text next to the minimum; empty for none.
  public var minimumLabel = RichText.plain("最优解")

  public init(panels: [Panel], title: RichText? = nil) {
    self.panels = panels
    self.title = title
  }

  /// Draws the chart on `canvas`, `size` points large; contour polylines are computed on
  /// a grid fine enough for `tolerance` device units (0.1 px at scale 1 gives 2-point cells).
  public func draw(on canvas: Canvas, size: Size, tolerance: Double = 0.1) {
    let layout = ContourChartLayout(chart: self, size: size, canvas: canvas)
    FigureHeading.paintBackground(on: canvas, size: size, style: style)
    for (panel, panelLayout) in zip(panels, layout.panels) {
      ContourPanelPainter(chart: self, panel: panel, layout: panelLayout, canvas: canvas, tolerance: tolerance).paint()
    }
    layout.heading.paint(on: canvas, width: size.width)
  }

  /// The grid cell size in points for a drawing `tolerance`: 2·√(tolerance/0.1), clamped to
  /// [0.5, 4]. Linear interpolation of a quadratic along a cell edge of length h is off by
  /// at most ~h²·(curvature)/8, so halving the tolerance calls for √2 smaller cells.
  static func cellSize(tolerance: Double) -> Double {
    guard tolerance.isFinite, tolerance > 0 else { return 2 }
    return min(max(2 * (tolerance / 0.1).squareRoot(), 0.5), 4)
  }
}
