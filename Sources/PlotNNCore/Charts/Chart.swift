/// Anything that draws itself as one figure on a ``Canvas``.
public protocol Chart: Sendable {
  /// Draws the figure, `size` points large; curves within `tolerance` device units. Returns
  /// what was left out for lack of room (``LayoutNotes``), for the caller to report.
  @discardableResult
  func draw(on canvas: Canvas, size: Size, tolerance: Double) -> LayoutNotes
  /// The whole title as plain text, for a file's title metadata (SVG `<title>`, PDF Title):
  /// kept whole there even when the drawn title had to be elided to fit.
  var documentTitle: String? { get }
  /// The font families the chart's text is set in: what a renderer must have installed
  /// (PlotNNCairo pins them).
  var fontFamilies: FontFamilies { get }
}

extension Chart {
  public var documentTitle: String? { nil }
  public var fontFamilies: FontFamilies { .standard }
}

extension LineChart: Chart {
  public var documentTitle: String? { title?.plainText }
  public var fontFamilies: FontFamilies { style.fonts }
}

extension SoftmaxChart {
  public var documentTitle: String? { title?.plainText }
  public var fontFamilies: FontFamilies { style.fonts }
}

extension ContourChart {
  public var documentTitle: String? { title?.plainText }
  public var fontFamilies: FontFamilies { style.fonts }
}

extension SurfaceChart {
  public var documentTitle: String? { title?.plainText }
  public var fontFamilies: FontFamilies { style.fonts }
}
