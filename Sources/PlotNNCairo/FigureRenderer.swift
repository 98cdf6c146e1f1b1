import CCairo
import PlotNNCore

/// Renders a ``Chart`` into the bytes of a PNG, SVG or PDF file, through Cairo.
///
/// - PNG: an RGB24 image surface `size × scale` pixels, drawn with user space scaled by
///   `scale`, so geometry is in points and only the raster knows pixels; encoded by
///   ``PNGEncoder``.
/// - SVG: document unit px; Cairo's process-wide surface numbering is renumbered
///   (``SVGNormalizer``) so the same figure gives the same bytes in any process.
/// - PDF: creation date pinned to 2000-01-01 so output is reproducible.
public enum FigureRenderer {
  /// The file contents for `chart` in `format`.
  ///
  /// `fonts` lends font maps across renders (``FontMapPool``); without it each render
  /// builds its own. `timer`, when given, gets a lap per phase.
  public static func render(
    _ chart: some Chart, format: OutputFormat, size: Size, scale: Double = 1, fonts: FontMapPool? = nil,
    timer: PhaseTimer? = nil
  ) throws(RenderError) -> [UInt8] {
    try render(chart, formats: [format], size: size, scale: scale, fonts: fonts, timer: timer)[0]
  }

  /// The file contents for `chart` in each of `formats`, drawing the chart once: its
  /// commands are recorded (text measured by Pango, exactly as on the outputs) and replayed
  /// on each format's surface. Curves are sampled to 0.1/`scale` device units in every
  /// format, so a figure's PNG and SVG come from one drawing.
  public static func render(
    _ chart: some Chart, formats: [OutputFormat], size: Size, scale: Double = 1, fonts: FontMapPool? = nil,
    timer: PhaseTimer? = nil
  ) throws(RenderError) -> [[UInt8]] {
    try (fonts ?? FontMapPool()).withFontMap { map throws(RenderError) in
      timer?.lap("fonts")
      let recording = try record(chart, size: size, tolerance: 0.1 / scale, fontMap: map)
      timer?.lap("layout")
      var files: [[UInt8]] = []
      for format in formats {
        files.append(try output(recording, format: format, size: size, scale: scale, fontMap: map))
        timer?.lap(format.rawValue)
      }
      return files
    }
  }

  /// The chart's drawing commands, text measured through a Pango layout on `fontMap`.
  private static func record(
    _ chart: some Chart, size: Size, tolerance: Double, fontMap: UnsafeMutablePointer<PangoFontMap>?
  ) throws(RenderError) -> RecordingCanvas {
    guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 1, 1) else {
      throw .cairo("no measuring surface")
    }
    defer { cairo_surface_destroy(surface) }
    guard let cr = cairo_create(surface) else { throw .cairo("could not create a Cairo context") }
    defer { cairo_destroy(cr) }
    let measurer = try CairoCanvas(context: cr, fontMap: fontMap)
    let recording = RecordingCanvas { text, style in measurer.measure(text, style: style) }
    chart.draw(on: recording, size: size, tolerance: tolerance)
    return recording
  }

  /// Replays `recording` on a new surface of `format` and returns the file's bytes.
  private static func output(
    _ recording: RecordingCanvas, format: OutputFormat, size: Size, scale: Double,
    fontMap: UnsafeMutablePointer<PangoFontMap>?
  ) throws(RenderError) -> [UInt8] {
    let sink = ByteSink()
    let surface: OpaquePointer?
    let closure = Unmanaged.passUnretained(sink).toOpaque()
    switch format {
    case .png:
      surface = cairo_image_surface_create(
        CAIRO_FORMAT_RGB24, Int32((size.width * scale).rounded()), Int32((size.height * scale).rounded()))
    case .svg:
      surface = cairo_svg_surface_create_for_stream(writeToSink, closure, size.width, size.height)
      if let surface { cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PX) }
    case .pdf:
      surface = cairo_pdf_surface_create_for_stream(writeToSink, closure, size.width, size.height)
      if let surface { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "2000-01-01T00:00:00Z") }
    }
    guard let surface else { throw .cairo("could not create a \(format.rawValue) surface") }
    defer { cairo_surface_destroy(surface) }
    try check(cairo_surface_status(surface))
    guard let cr = cairo_create(surface) else { throw .cairo("could not create a Cairo context") }
    cairo_scale(cr, format == .png ? scale : 1, format == .png ? scale : 1)
    do {
      let canvas = try CairoCanvas(context: cr, fontMap: fontMap)
      recording.replay(on: canvas)
    }
    let status = cairo_status(cr)
    cairo_destroy(cr)
    try check(status)
    if format == .png { return try PNGEncoder.encode(surface) }
    cairo_surface_finish(surface)
    try check(cairo_surface_status(surface))
    return format == .svg ? SVGNormalizer.normalize(sink.bytes) : sink.bytes
  }

  private static func check(_ status: cairo_status_t) throws(RenderError) {
    guard status == CAIRO_STATUS_SUCCESS else {
      throw .cairo(String(cString: cairo_status_to_string(status)))
    }
  }
}

/// Collects the bytes a Cairo surface streams out.
private final class ByteSink {
  var bytes: [UInt8] = []
}

private func writeToSink(_ closure: UnsafeMutableRawPointer?, _ data: UnsafePointer<UInt8>?, _ length: UInt32)
  -> cairo_status_t
{
  guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
  let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
  sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
  return CAIRO_STATUS_SUCCESS
}
