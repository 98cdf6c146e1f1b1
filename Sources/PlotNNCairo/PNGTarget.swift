import CCairo
import PlotNNCore

/// PNG: an ARGB32 image surface (alpha for transparent styles; written as RGB when every
/// pixel is opaque), `size × scale` pixels, `scale` being device pixels a point
/// (geometry in points, only the raster knows pixels; ``FigureSpec/pixelsPerPoint`` is
/// dpi/72 × the figure's scale), encoded by ``PNGEncoder`` with its resolution, 72 × `scale`
/// pixels an inch (the figure's dpi × its scale), in a pHYs chunk: 3780 pixels a metre at
/// 96 dpi, so a viewer or a word processor shows the figure at its physical size.
///
/// Surfaces are made on buffers of a ``RasterBufferPool`` (one a target, shared by the
/// threads of a batch), and the encoder packs the pixels in place: the surface is used up
/// by ``finish(_:scale:sink:title:)``.
public struct PNGTarget: CairoTarget {
  public let format = FileFormat(id: "png", medium: .raster, mediaType: "image/png")
  /// Where the surfaces' pixel buffers come from and go back to.
  public let rasters: RasterBufferPool

  public init(rasters: RasterBufferPool = RasterBufferPool()) {
    self.rasters = rasters
  }

  public func makeSurface(size: Size, scale: Double, sink: CairoByteSink) -> OpaquePointer? {
    let width = (size.width * scale).rounded()
    let height = (size.height * scale).rounded()
    // Out of Int32 (a size no check let through): Cairo's own error surface, as before.
    guard width >= 1, height >= 1, width <= Double(Int32.max), height <= Double(Int32.max) else {
      return cairo_image_surface_create(
        CAIRO_FORMAT_ARGB32, Int32(clamping: Int(exactly: width) ?? 0), Int32(clamping: Int(exactly: height) ?? 0))
    }
    return rasters.makeSurface(width: Int32(width), height: Int32(height))
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
