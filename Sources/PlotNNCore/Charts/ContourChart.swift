/// Contour lines of a loss over two weights with a gradient-descent path on top, in one
/// or more panels side by side: the figure of section 3.6.3 ("未归一化" vs "归一化").
///
/// Each panel draws iso-lines of its loss computed by ``MarchingSquares`` on a grid of
/// about one node per 2 points (finer for finer `tolerance`), coloured along the part of
/// viridis that keeps 3:1 contrast with the background, low loss dark (``ContourColors``),
/// the path as a polyline with dots at the iterates and arrowheads where they read
/// (``DescentPathGeometry``), the start as an open circle and the minimum as a star.
///
/// **Equal aspect.** A data unit has the same length across and up in every panel:
/// gradient steps are perpendicular to the contours only in such a picture, and an
/// elongated bowl only looks elongated in it. Drawn with each axis stretched to its own
/// range, 3:1 ellipses would come out as circles and the steps oblique to them, hiding
/// exactly what the figure is about. So the panel keeps its shape and equal aspect, and the
/// *data window* adapts (matplotlib's `set_aspect("equal", adjustable="datalim")`): it
/// frames the panel's region and is widened along the shorter side.
///
/// **Closed contours.** A panel with a ``Panel/region`` and an ``Panel/outerLevel`` (the
/// descent figure: the bounding box of the ellipse {L ≤ L(start)} and L(start)) frames that
/// region grown by 8 % of its larger side on every side, and draws its levels up to the
/// outer one: every contour is a closed loop inside the window, the outermost through the
/// start. (Framing the path alone, as before, cut the κ = 100 ellipses into open stripes.)
/// Without them the region is the bounding box of the path's points whose loss is at most
/// the start's and of a square around the minimum of half-side ½ of its distance to the
/// start, grown the same way, and the levels rise to the largest loss in the window.
public struct ContourChart: Chart {
  /// One panel: a loss, its minimum and a descent path.
  public struct Panel: Sendable {
    /// Panel heading, e.g. "未归一化".
    public var title: RichText
    /// A line under the heading; nil for none.
    public var subtitle: RichText?
    /// Shorter forms of `subtitle`, tried in order when it is wider than the panel; the
    /// last is kept even if it does not fit either.
    public var shorterSubtitles: [RichText] = []
    /// The loss L(θ₁, θ₂) whose contours are drawn.
    public var loss: @Sendable (Vector2) -> Double
    /// The minimiser, marked with a star; nil for none.
    public var minimum: Vector2?
    /// The descent path, drawn as a polyline with dots at the iterates; nil for none.
    public var path: DescentPath?
    /// The data region the panel must show; nil: framed around the path and the minimum
    /// (see ``ContourChart``). The descent figure passes the bounding box of the sublevel
    /// set {L ≤ L(start)}, so every contour up to the start's is a closed loop in the window.
    public var region: (x: ClosedRange<Double>, y: ClosedRange<Double>)?
    /// The loss of the outermost contour; nil: levels spread up to the largest loss in the
    /// window. The descent figure passes L(start), so the start sits on the outer contour
    /// and no contour is cut open by the frame.
    public var outerLevel: Double?
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
  /// A line under the title, e.g. the learning rate both panels share; nil for none.
  public var subtitle: RichText?
  /// Shorter forms of `subtitle`, tried in order when it is wider than the figure; when
  /// none fits, the subtitle is left out.
  public var shorterSubtitles: [RichText] = []
  /// Contour levels per panel, spread by `spacing` from the minimum loss (the loss at
  /// `minimum`, else the smallest grid value) up to the panel's `outerLevel`, the last level
  /// on it (``ContourSpacing/levels(from:through:count:)``), else strictly below the largest
  /// value in the window.
  public var levels = 10
  public var spacing: ContourSpacing = .quadratic
  public var style: Style = .light
  /// The path's name, set beside its start where it crosses no contour if it can; empty
  /// for none.
  public var pathLabel = RichText.plain("梯度下降路径")
  /// Text next to the minimum; empty for none.
  public var minimumLabel = RichText.plain("最优解")
  /// Draw the paths only up to this iterate (an animation's frame, ``AnimatableChart``);
  /// nil: whole. Layout and labels are those of the whole paths either way.
  public var pathSteps: Int?
  /// The layout, contours and labels every frame shares
  /// (``AnimatableChart/preparedForFrames(size:tolerance:canvas:)``).
  var frameWork: FrameWork<ContourChart.SharedWork>?
  /// The timing of the animated formats.
  public var animation = Animation()

  public init(panels: [Panel], title: RichText? = nil) {
    self.panels = panels
    self.title = title
  }

  /// Draws the chart on `canvas`, `size` points large; contour polylines are computed on
  /// a grid fine enough for `tolerance` device units (0.1 px at scale 1 gives 2-point cells).
  /// Returns the texts left out for room (``ContourChartLayout/Omission`` gives the order).
  @discardableResult
  public func draw(on canvas: Canvas, size: Size, tolerance: Double = 0.1) -> LayoutNotes {
    let shared = frameWork?.work(size: size, tolerance: tolerance)
    let layout = shared?.layout ?? ContourChartLayout(chart: self, size: size, canvas: canvas)
    FigureHeading.paintBackground(on: canvas, size: size, style: style)
    var notes = layout.notes
    for (k, (panel, panelLayout)) in zip(panels, layout.panels).enumerated() {
      notes.merge(
        ContourPanelPainter(chart: self, panel: panel, layout: panelLayout, canvas: canvas, tolerance: tolerance)
          .paint(shared?.panels[k]))
    }
    layout.heading.paint(on: canvas, width: size.width)
    return notes
  }

  /// The grid cell size in points for a drawing `tolerance`: 2·√(tolerance/0.1), clamped to
  /// [0.5, 4]. Linear interpolation of a quadratic along a cell edge of length h is off by
  /// at most ~h²·(curvature)/8, so halving the tolerance calls for √2 smaller cells.
  static func cellSize(tolerance: Double) -> Double {
    guard tolerance.isFinite, tolerance > 0 else { return 2 }
    return min(max(2 * (tolerance / 0.1).squareRoot(), 0.5), 4)
  }
}
