import CCairo
import PlotNNCore

/// PNG: an RGB24 image surface `size × scale` pixels, `scale` being device pixels a point
/// (geometry in points, only the raster knows pixels; ``FigureSpec/pixelsPerPoint`` is
/// dpi/72 × the figure's scale), encoded by ``PNGEncoder`` with its resolution, 72 × `scale`
/// pixels an inch (the figure's dpi × its scale), in a pHYs chunk: 3780 pixels a metre at
/// 96 dpi, so a viewer or a word processor shows the figure at its physical size.
public struct PNGTarget: CairoTarget {
  public let format = FileFormat(id: "png", medium: .raster, mediaType: "image/png")

  public init() {}

  public func makeSurface(size: Size, scale: Double, sink: CairoByteSink) -> OpaquePointer? {
    cairo_image_surface_create(
      CAIRO_FORMAT_RGB24, Int32((size.width * scale).rounded()), Int32((size.height * scale).rounded()))
  }

  public func finish(_ surface: OpaquePointer, scale: Double, sink: CairoByteSink, title: String?) throws(RenderError)
    -> [UInt8]
  {
    try PNGEncoder.encode(surface, pixelsPerMetre: Self.pixelsPerMetre(scale: scale))
  }

  /// 72 × `scale` pixels an inch in pixels a metre, rounded: 96 / 0.0254 = 3779.5 → 3780.
  public static func pixelsPerMetre(scale: Double) -> UInt32 {
    let value = (72 * scale / 0.0254).rounded()
    return value >= 1 && value < Double(UInt32.max) ? UInt32(value) : 2835
  }
}
