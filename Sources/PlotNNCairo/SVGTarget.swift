import CCairo
import PlotNNCore

/// SVG, document unit px; Cairo's process-wide surface numbering is renumbered
/// (``SVGNormalizer``) so the same figure gives the same bytes in any process.
public struct SVGTarget: CairoTarget {
  public let format = FileFormat(id: "svg", medium: .vector, mediaType: "image/svg+xml")

  public init() {}

  public func makeSurface(size: Size, scale: Double, sink: CairoByteSink) -> OpaquePointer? {
    let surface = cairo_svg_surface_create_for_stream(cairoWriteToSink, sink.closure, size.width, size.height)
    if let surface { cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PX) }
    return surface
  }

  public func finish(_ surface: OpaquePointer, scale: Double, sink: CairoByteSink) throws(RenderError) -> [UInt8] {
    SVGNormalizer.normalize(try finishStream(surface, sink: sink))
  }
}
