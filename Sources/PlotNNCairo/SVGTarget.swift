import CCairo
import Foundation
import PlotNNCore

/// SVG, document unit pt: `width` and `height` are the figure's physical size in points
/// (a `640x480` figure is `480pt` × `360pt`, which a browser shows as 640 × 480 CSS pixels)
/// and the viewBox is the canvas in points. Cairo's process-wide surface numbering is
/// renumbered (``SVGNormalizer``) so the same figure gives the same bytes in any process.
///
/// Decision: always pt, never the unit the size was given in: Cairo writes one number for
/// `width` and the viewBox, so only the canvas unit keeps the two equal and exact.
public struct SVGTarget: CairoTarget {
  public let format = FileFormat(id: "svg", medium: .vector, mediaType: "image/svg+xml")

  public init() {}

  public func makeSurface(size: Size, scale: Double, sink: CairoByteSink) -> OpaquePointer? {
    let surface = cairo_svg_surface_create_for_stream(cairoWriteToSink, sink.closure, size.width, size.height)
    if let surface { cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PT) }
    return surface
  }

  /// Cairo has no SVG metadata call: the chart's whole title goes in a `<title>` element,
  /// the first child of the root (SVG 1.1 §5.4), which viewers show and screen readers read.
  public func finish(_ surface: OpaquePointer, scale: Double, sink: CairoByteSink, title: String?) throws(RenderError)
    -> [UInt8]
  {
    let bytes = SVGNormalizer.normalize(try finishStream(surface, sink: sink))
    guard let title, let root = Self.endOfRootTag(bytes) else { return bytes }
    let element = "\n<title>" + Self.escaped(title) + "</title>"
    return Array(bytes[..<root]) + Array(element.utf8) + Array(bytes[root...])
  }

  /// The index just past the `>` of the `<svg …>` start tag.
  static func endOfRootTag(_ bytes: [UInt8]) -> Int? {
    let open = Array("<svg".utf8)
    guard let start = (0...(bytes.count - open.count)).first(where: { Array(bytes[$0..<($0 + open.count)]) == open })
    else { return nil }
    return bytes[start...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 }
  }

  /// `text` with XML's special characters as entities.
  static func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }
}
