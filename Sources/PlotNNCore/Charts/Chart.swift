/// Anything that draws itself as one figure on a ``Canvas``.
public protocol Chart: Sendable {
  /// Draws the figure, `size` points large; curves within `tolerance` device units.
  func draw(on canvas: Canvas, size: Size, tolerance: Double)
  /// The whole title as plain text, for a file's title metadata (SVG `<title>`, PDF Title):
  /// kept whole there even when the drawn title had to be elided to fit.
  var documentTitle: String? { get }
}

extension Chart {
  public var documentTitle: String? { nil }
}

extension LineChart: Chart {
  public var documentTitle: String? { title?.plainText }
}

extension SoftmaxChart {
  public var documentTitle: String? { title?.plainText }
}

extension ContourChart {
  public var documentTitle: String? { title?.plainText }
}

extension SurfaceChart {
  public var documentTitle: String? { title?.plainText }
}
