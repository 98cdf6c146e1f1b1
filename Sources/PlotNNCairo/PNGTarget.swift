import CCairo
import PlotNNCore

/// PNG: an RGB24 image surface `size × scale` pixels (geometry in points, only the raster
/// knows pixels), encoded by ``PNGEncoder``.
public struct PNGTarget: CairoTarget {
  public let format = FileFormat(id: "png", medium: .raster, mediaType: "image/png")

  public init() {}

  public func makeSurface(size: Size, scale: Double, sink: CairoByteSink) -> OpaquePointer? {
    cairo_image_surface_create(
      CAIRO_FORMAT_RGB24, Int32((size.width * scale).rounded()), Int32((size.height * scale).rounded()))
  }

  public func finish(_ surface: OpaquePointer, sink: CairoByteSink) throws(RenderError) -> [UInt8] {
    try PNGEncoder.encode(surface)
  }
}
