import CCairo
import PlotNNCore

/// PDF, its creation date pinned to 2000-01-01 so output is reproducible.
public struct PDFTarget: CairoTarget {
  public let format = FileFormat(id: "pdf", medium: .vector, mediaType: "application/pdf")

  public init() {}

  public func makeSurface(size: Size, scale: Double, sink: CairoByteSink) -> OpaquePointer? {
    let surface = cairo_pdf_surface_create_for_stream(cairoWriteToSink, sink.closure, size.width, size.height)
    if let surface { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "2000-01-01T00:00:00Z") }
    return surface
  }

  /// The document's Title is the chart's whole title (Cairo writes it to the Info dictionary
  /// when the surface finishes).
  public func finish(_ surface: OpaquePointer, scale: Double, sink: CairoByteSink, title: String?) throws(RenderError)
    -> [UInt8]
  {
    if let title { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title) }
    return try finishStream(surface, sink: sink)
  }
}
