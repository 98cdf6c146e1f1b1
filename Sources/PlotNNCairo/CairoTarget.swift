import CCairo
import PlotNNCore

/// One Cairo surface type written as a file format: how its surface is made for a figure
/// and how the finished surface becomes the file's bytes.
public protocol CairoTarget: Sendable {
  var format: FileFormat { get }
  /// A surface for a figure `size` points large at `scale` device units per point, streaming
  /// into `sink` where the surface type streams.
  func makeSurface(size: Size, scale: Double, sink: CairoByteSink) -> OpaquePointer?
  /// The file, once the drawing has been replayed on `surface` (made at `scale`), with
  /// `title` (the chart's ``Chart/documentTitle``) in its metadata where the format has a
  /// place for it.
  func finish(_ surface: OpaquePointer, scale: Double, sink: CairoByteSink, title: String?) throws(RenderError)
    -> [UInt8]
}

/// Collects the bytes a Cairo surface streams out.
public final class CairoByteSink {
  var bytes: [UInt8] = []

  init() {}

  /// The closure pointer Cairo hands back to ``cairoWriteToSink``.
  var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}

/// Cairo's write callback: appends to the ``CairoByteSink`` behind `closure`.
func cairoWriteToSink(_ closure: UnsafeMutableRawPointer?, _ data: UnsafePointer<UInt8>?, _ length: UInt32)
  -> cairo_status_t
{
  guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
  let sink = Unmanaged<CairoByteSink>.fromOpaque(closure).takeUnretainedValue()
  sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
  return CAIRO_STATUS_SUCCESS
}

/// Finishes a streaming surface and returns what it wrote.
func finishStream(_ surface: OpaquePointer, sink: CairoByteSink) throws(RenderError) -> [UInt8] {
  cairo_surface_finish(surface)
  try CairoBackend.check(cairo_surface_status(surface))
  return sink.bytes
}
