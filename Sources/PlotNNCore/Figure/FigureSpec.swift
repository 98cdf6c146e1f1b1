/// One figure, whatever its source (command-line flags, a manifest entry, a Swift program):
/// the options every figure shares, and one kind's typed options (DESIGN.md, "Layers").
///
/// ```swift
/// var spec = FigureSpec(LineFigure(functions: ["relu"]))
/// spec.title = "ReLU"
/// let chart = try spec.chart(catalog: .standard)   // validates first
/// ```
/// Nil means "automatic": the kind's default size, the kind's own title.
public struct FigureSpec: Sendable {
  /// The kind and its options (``LineFigure``, ``SoftmaxFigure``, …).
  public var figure: any FigureKind
  /// Figure size, each side in its unit (`640x480` CSS pixels, `3.25inx2.5in`); nil: the
  /// kind's ``FigureKind/defaultSize``, or ``width`` with the kind's aspect ratio.
  public var size: FigureSize?
  /// The width alone, the height following from the kind's ``FigureKind/aspectRatio``
  /// (`--width 3.25in`); set ``size`` or this, not both.
  public var width: Length?
  /// The height alone, the width following from the aspect ratio as for ``width``
  /// (`--height 2in`); with ``width``, the two sides as given. Not with ``size``.
  public var height: Length?
  /// Resolution of raster output in pixels an inch, written into the PNG: 96 (the CSS
  /// pixel), so `640x480` is 640 × 480 pixels. Vector output has no pixels and ignores it.
  public var dpi: Double = 96
  /// Raster pixel density on top of ``dpi`` (2 for high-DPI screens): a 640×480 figure at
  /// scale 2 is 1280×960 pixels, and its PNG records 192 dpi.
  public var scale: Double = 1
  /// Title as Pango-style markup; nil: the kind's automatic title; empty: no title.
  public var title: String?
  public var theme: Theme = .light
  /// The style sheets given (`--style`, `--font`, a manifest's `style:`), stacked: applied
  /// over ``theme``'s colours (``resolvedStyle``).
  public var style = StyleSheet()
  /// Frames, speed, loop and hold of the animated formats (`.gif`, `.anim.svg`); used only by
  /// figures whose chart is an ``AnimatableChart``.
  public var animation = Animation()

  public init(_ figure: some FigureKind) { self.figure = figure }

  /// The kind of ``figure``.
  public var kind: any FigureKind.Type { type(of: figure) }

  /// The canvas size in points: the given size, else the given width and height, else
  /// the one side given with the other from the style's or the kind's aspect ratio, else
  /// the style's width and aspect applied to the kind's default (``Style/figureSize(default:)``).
  public var resolvedSize: Size {
    if let size { return size.points }
    let style = resolvedStyle
    let aspect = style.aspect ?? kind.aspectRatio
    switch (width, height) {
    case (let w?, let h?): return Size(width: w.points, height: h.points)
    case (let w?, nil): return Size(width: w.points, height: w.points / aspect)
    case (nil, let h?): return Size(width: h.points * aspect, height: h.points)
    case (nil, nil): return style.figureSize(default: kind.defaultSize.points)
    }
  }

  /// Device pixels a point on raster output: ``dpi`` / 72 × ``scale`` (4/3 by default, a
  /// CSS pixel a pixel). What ``RenderBackend/render(_:size:scale:formats:)`` takes as `scale`.
  public var pixelsPerPoint: Double { dpi / 72 * scale }

  /// The style charts draw with: ``theme``'s, then ``style`` applied.
  public var resolvedStyle: Style { style.style(theme: theme) }

  /// The options of kind `K`, when the figure is one.
  public func options<K: FigureKind>(as kind: K.Type) -> K? { figure as? K }

  /// Every rule about this figure, common options first, then the kind's.
  public func validate(catalog: Catalog) throws(FigureSpecError) {
    try validateCommon()
    try figure.validate(self, catalog: catalog)
  }

  /// The chart of this figure, after ``validate(catalog:)``.
  public func chart(catalog: Catalog) throws(FigureSpecError) -> any Chart {
    try validate(catalog: catalog)
    return applyingAnimation(to: try figure.chart(self, catalog: catalog))
  }

  /// Largest side in points (227 in, 5.8 m: no layout is meant for more) and, separately,
  /// in device pixels at ``dpi`` and ``scale``: a guard against absurd allocations.
  public static let maximumSide = 16384.0
  /// Smallest side in points (1/72 in): below it no coordinate means anything. The pixel
  /// bound (``minimumPixels``) is the one a real figure meets first.
  public static let minimumSide = 1.0
  /// Smallest side in device pixels at ``dpi`` and ``scale``: 16, a favicon.
  public static let minimumPixels = 16.0
  /// Largest raster in pixels: 32 Mpx (8192×4096, or 5792×5792; a 600 dpi print of a
  /// 7 × 5 inch figure is 12.6 Mpx). The drawing surface holds 4 bytes a pixel and the PNG
  /// encoder 3 more, so the largest image stays within the 300 MiB budget (257 MiB measured
  /// at 8192×4096; 64 Mpx took 477 MiB).
  public static let maximumPixels = 33_554_432.0
}
