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
  /// Figure size in points (CSS pixels); nil: the kind's ``FigureKind/defaultSize``.
  public var size: Size?
  /// Raster pixel density: a 640×480 figure at scale 2 is 1280×960 pixels.
  public var scale: Double = 1
  /// Title as Pango-style markup; nil: the kind's automatic title; empty: no title.
  public var title: String?
  public var theme: Theme = .light
  /// The style sheets given (`--style`, `--font`, a manifest's `style:`), stacked: applied
  /// over ``theme``'s colours (``resolvedStyle``).
  public var style = StyleSheet()

  public init(_ figure: some FigureKind) { self.figure = figure }

  /// The kind of ``figure``.
  public var kind: any FigureKind.Type { type(of: figure) }

  /// The size drawn: the given one, else the style's width and aspect applied to the
  /// kind's default (``Style/figureSize(default:)``).
  public var resolvedSize: Size { size ?? resolvedStyle.figureSize(default: kind.defaultSize) }

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
    return try figure.chart(self, catalog: catalog)
  }

  /// Largest side in output pixels (rasters) or points, a guard against absurd allocations.
  public static let maximumSide = 16384.0
  /// Largest raster in pixels: 32 Mpx (8192×4096, or 5792×5792; a 600 dpi print of a
  /// 7 × 5 inch figure is 12.6 Mpx). The drawing surface holds 4 bytes a pixel and the PNG
  /// encoder 3 more, so the largest image stays within the 300 MiB budget (257 MiB measured
  /// at 8192×4096; 64 Mpx took 477 MiB).
  public static let maximumPixels = 33_554_432.0
}
