/// A 3-D surface z = f(x, y) over a rectangle, shaded with viridis, with a 3-D axis box, a
/// colour bar and an optional descent path on the surface: the figure of section 3.6.4
/// (the loss of an unnormalised model over two weights), drawn as matplotlib's
/// `ax.plot_surface(X, Y, Z, cmap='viridis')` with `ax.view_init(elev, azim)` would be.
///
/// Conventions (details on the types named):
/// - View: orthographic, after mplot3d (``Projection``), data normalised into a box of
///   ``boxAspect``; the box is scaled to the largest size at which it, its tick labels and
///   axis names fit beside the title and colour bar. An azimuth or elevation left nil is
///   chosen by what the view shows (``ViewChoice``): the whole path and the marks on the
///   visible part of the surface, seen as face-on as possible.
/// - Quads: a `resolution × resolution` grid (``SurfaceMesh``); each quad is filled with the
///   viridis colour of the mean of its four corner heights, mapped over the z range (the
///   range of the finite heights, which the z axis and the colour bar also show; matplotlib
///   normalises over the quad means instead) by ``colorScale``, then darkened by
///   ``shading``; mesh lines after ``edges``.
/// - Depth order: painter's algorithm on the quads' centroid depths, farthest first, as
///   matplotlib's `Poly3DCollection` with `zsort='average'`. Known limits: the order is per
///   quad, not per pixel, so two quads that overlap on screen with close centroids but
///   crossing depths (folds seen edge-on, grazing views near elevation 0, surfaces that cut
///   through themselves) can be drawn in the wrong order; for a height field viewed from
///   above with a fine grid this does not happen visibly.
/// - Path: lifted onto the true surface, z = f(w), and drawn after every quad, so the flat
///   quads (chords, above a convex bowl's true surface) cannot swallow it; the parts a
///   nearer part of the surface hides (found by testing each path sample against the quads
///   in front of it) are drawn dashed and thinner (``hiddenPath``), as hidden lines in
///   technical drawings. Start: open circle; end: filled circle; ``minimum``: a star (as the
///   3.6.3 contour figure marks it); each labelled when its label is set
///   (``SurfaceMarkLabels``).
public struct SurfaceChart: Chart {
  /// Lines between the quads.
  public enum EdgeStyle: String, Sendable, CaseIterable {
    /// No visible mesh lines (each quad's outline is stroked in its own colour, which closes
    /// the hairline seams antialiasing leaves between filled neighbours).
    case none
    /// Thin outlines of every quad in its colour darkened to 80 %.
    case darker
    /// Seams as ``none``, and every ``SurfaceChart/meshLineSpacing``-th grid line drawn
    /// 0.6 points wide in the quad's colour darkened to 62 %: a wireframe coarse enough to
    /// count (10 lines each way at the default 40 quads, at round values: w₁ every 2,
    /// w₂ every 20 on the 3.6.4 ranges), fine enough that the bowl's curvature reads in
    /// the bending of the lines, as the book's figure shows it. Each quad strokes its own
    /// share of the lines right after its fill, so nearer quads hide them as they hide the
    /// quads.
    case lines
  }

  /// How parts of the path hidden behind the surface are drawn.
  public enum HiddenPathStyle: String, Sendable, CaseIterable {
    /// Dashed and thinner (the default).
    case dashed
    /// Not drawn.
    case omitted
    /// Drawn as the visible parts are (as if the surface were transparent to it).
    case solid
  }

  /// A further path on the surface in a colour and dash of its own (the optimizers figure's
  /// one path per optimizer, ``OptimizersChart``), lifted and split into seen and hidden runs
  /// as ``path`` is. Decision: its seen runs are drawn in its own look on a thin halo of the
  /// background (the surface under it is multicoloured), its hidden runs thinner, at 75 %
  /// opacity and finely dashed, whatever its own dash (so a dashed trace's hidden part still reads
  /// as hidden); its last iterate gets a dot in its colour, as in the 2-D view; no labels.
  public struct Trace: Sendable {
    public var points: [(Double, Double)]
    public var color: Color
    public var dash: [Double]
    /// Draw only up to this iterate (an animation's frame); nil: whole.
    public var steps: Int?

    public init(points: [(Double, Double)], color: Color, dash: [Double] = [], steps: Int? = nil) {
      self.points = points
      self.color = color
      self.dash = dash
      self.steps = steps
    }
  }

  public var function: @Sendable (Double, Double) -> Double
  public var xRange: ClosedRange<Double>
  public var yRange: ClosedRange<Double>
  /// The descent path as (x, y) points, drawn on the surface; points outside the ranges are
  /// clamped into them.
  public var path: [(Double, Double)]
  /// Degrees, as matplotlib's `azim` (counter-clockwise about z from +x); nil: chosen
  /// (``ViewChoice``).
  public var azimuth: Double?
  /// Degrees, as matplotlib's `elev`, clamped to [−90, 90]; nil: chosen (``ViewChoice``).
  ///
  /// A fixed default view cannot serve every path: the old one (45°, −110°), close to the
  /// book's, put the first leg of the 3.6.4 "L" on the near rim, seen edge-on and partly
  /// hidden; from the side of the box opposite the start the whole "L" lies on the far
  /// wall, facing the viewer.
  public var elevation: Double?
  /// A point (x, y) marked with a star on the surface (the minimum of a loss); nil for none.
  /// Not drawn outside the ranges.
  public var minimum: (Double, Double)?
  /// Further paths, drawn after the quads and before ``path``, the first trace on top.
  public var traces: [Trace] = []
  /// Whether the traces' common start (the first trace's first point) is marked with an open
  /// circle in the foreground colour, as the 2-D optimizers view marks it.
  public var marksTraceStart = true
  /// Further minimisers starred as ``minimum`` is, without labels (Himmelblau's four).
  public var extraMinima: [(Double, Double)] = []
  /// Width of the traces' seen runs (points); nil: the style's curve width.
  public var traceWidth: Double?
  /// Points of the path marked with a dot and labelled: `step` indexes ``path`` (0 and the
  /// last index are the start and end, which have their own labels, and are ignored here).
  public var stepMarks: [(step: Int, label: RichText)] = []
  /// Labels of the start, the end and the minimum; nil for none.
  public var startLabel: RichText?
  public var endLabel: RichText?
  public var minimumLabel: RichText?
  /// Quads along each axis (1…400).
  public var resolution: Int
  /// Title; nil for none.
  public var title: RichText?
  /// Axis names.
  public var xLabel = RichText.italic("w") + RichText.plain("1").scripted(.subscript)
  public var yLabel = RichText.italic("w") + RichText.plain("2").scripted(.subscript)
  public var zLabel = RichText.plain("loss")
  /// The colour bar's label; nil for none: the z axis already names the quantity, and the
  /// bar's ticks are in its unit.
  public var colorBarLabel: RichText?
  /// How heights map to colours (and the colour bar's ticks to its height).
  public var colorScale: ColorScale = .linear
  public var style: Style = .light
  public var showColorBar: Bool
  /// Strength k in [0, 1] of Lambert shading: each colour is multiplied by
  /// 1 − k + k·max(0, n·l), n the quad's unit normal in box coordinates (turned towards the
  /// viewer) and l a light from the viewer's upper left, l ∝ −0.4·u + 0.7·v + 0.6·w in the
  /// screen axes of ``Projection`` (a headlight, so every view is lit alike). 0 gives pure
  /// viridis, as matplotlib draws a surface with a colormap.
  public var shading = 0.3
  public var edges: EdgeStyle = .lines
  /// Quads between two mesh lines with ``EdgeStyle/lines`` (at least 1).
  public var meshLineSpacing = 4
  public var hiddenPath: HiddenPathStyle = .dashed
  /// Draw the path only up to this iterate (an animation's frame, ``AnimatableChart``); nil:
  /// whole. The view, the marks and the labels are those of the whole path either way.
  public var pathSteps: Int?
  /// The layout every frame shares (``AnimatableChart/preparedForFrames(size:tolerance:canvas:)``).
  var frameLayout: FrameWork<SurfaceChartLayout>?
  /// The timing of the animated formats.
  public var animation = Animation()
  /// Side lengths of the normalised box, matplotlib's `set_box_aspect` (default (4, 4, 3)).
  public var boxAspect = Vector3(4, 4, 3)

  /// A surface chart of `function` over `xRange × yRange` with `path` on it, seen from
  /// `azimuth` and `elevation` (degrees).
  public init(
    function: @escaping @Sendable (Double, Double) -> Double, xRange: ClosedRange<Double>,
    yRange: ClosedRange<Double>, path: [(Double, Double)] = [], azimuth: Double? = nil, elevation: Double? = nil,
    resolution: Int = 40, title: RichText? = nil, showColorBar: Bool = true
  ) {
    self.function = function
    self.xRange = xRange
    self.yRange = yRange
    self.path = path
    self.azimuth = azimuth
    self.elevation = elevation
    self.resolution = resolution
    self.title = title
    self.showColorBar = showColorBar
  }

  /// Draws the chart on `canvas`, `size` points large (`tolerance` is unused: quads are
  /// straight-edged and the path is sampled finer than a grid cell). With a range whose ends
  /// are not finite only the background is drawn.
  /// Returns the texts left out for room (``SurfaceChartLayout/notes``).
  @discardableResult
  public func draw(on canvas: Canvas, size: Size, tolerance: Double = 0.1) -> LayoutNotes {
    let ends = [xRange.lowerBound, xRange.upperBound, yRange.lowerBound, yRange.upperBound]
    guard ends.allSatisfy(\.isFinite), (xRange.upperBound - xRange.lowerBound).isFinite,
      (yRange.upperBound - yRange.lowerBound).isFinite
    else {
      FigureHeading.paintBackground(on: canvas, size: size, style: style)
      return LayoutNotes()
    }
    let layout =
      frameLayout?.work(size: size, tolerance: tolerance) ?? SurfaceChartLayout(chart: self, size: size, canvas: canvas)
    SurfaceChartPainter(chart: self, layout: layout, canvas: canvas).paint()
    return layout.notes
  }
}
