import CCairo
import PlotNNCore

/// The Cairo render backend: draws a chart once, its text measured by Pango exactly as on
/// the outputs, records the drawing, and replays it on one Cairo surface per format.
///
/// Curves are sampled to 0.1/`scale` device units in every format, so a figure's PNG and
/// SVG come from one drawing. Font maps are borrowed from ``FontMapPool``, so a batch pays
/// for the font setup once per worker thread.
public struct CairoBackend: RenderBackend {
  /// The Cairo surface types this backend writes, one file each. Adding a Cairo format:
  /// one file conforming to ``CairoTarget`` and one line here.
  public static let standardTargets: [any CairoTarget] = [PNGTarget(), SVGTarget(), PDFTarget()]

  public let targets: [any CairoTarget]
  public let fonts: FontMapPool
  /// When given, gets a lap per phase (fonts, layout, each format).
  public let timer: PhaseTimer?

  public init(
    targets: [any CairoTarget] = CairoBackend.standardTargets, fonts: FontMapPool = FontMapPool(),
    timer: PhaseTimer? = nil
  ) {
    self.targets = targets
    self.fonts = fonts
    self.timer = timer
  }

  public var formats: [FileFormat] { targets.map(\.format) }

  public func render(_ chart: any Chart, size: Size, scale: Double, formats: [FileFormat]) throws(RenderError)
    -> RenderedFigure
  {
    var chosen: [any CairoTarget] = []
    for format in formats {
      guard let target = targets.first(where: { $0.format.id == format.id }) else {
        throw .unknownFormat(path: format.id, allowed: self.formats.map { "." + $0.id }.joined(separator: ", "))
      }
      chosen.append(target)
    }
    return try fonts.withFontMap(chart.fontFamilies) { map throws(RenderError) in
      timer?.lap("fonts")
      let (recording, notes) = try Self.record(chart, size: size, tolerance: 0.1 / scale, fontMap: map)
      Self.releaseFreedMemory()
      timer?.lap("layout")
      var files: [[UInt8]] = []
      for target in chosen {
        files.append(
          try Self.output(
            recording, target: target, size: size, scale: scale, title: chart.documentTitle, fontMap: map))
        timer?.lap(target.format.id)
      }
      return RenderedFigure(files: files, notes: notes)
    }
  }

  /// Hands the memory a layout freed back to the system before the raster is allocated.
  ///
  /// Laying out a dense curve makes and frees a few hundred MB in many small blocks (the
  /// sampler's tree, the label obstacles' cells); glibc keeps a fragmented heap resident,
  /// so the 134 MB raster of a 5792×5792 figure came on top of it: sin(x) over ±10⁶ peaked
  /// at 385 MB, 267 MB so. `malloc_trim(0)` returns the free pages of every arena (a walk
  /// of the free lists: well under a millisecond on an ordinary figure's heap). Elsewhere
  /// there is no such call, and nothing is done.
  static func releaseFreedMemory() {
    #if canImport(Glibc)
      _ = malloc_trim(0)
    #endif
  }

  /// The chart's drawing commands, text measured through a Pango layout on `fontMap`, and
  /// what the drawing left out.
  static func record(
    _ chart: any Chart, size: Size, tolerance: Double, fontMap: UnsafeMutablePointer<PangoFontMap>?
  ) throws(RenderError) -> (RecordingCanvas, LayoutNotes) {
    try measuring(fontMap: fontMap) { recording in
      let notes = chart.draw(on: recording, size: size, tolerance: tolerance)
      return (recording, notes)
    }
  }

  /// `body` given a fresh recording canvas that measures text with Pango and `fontMap`.
  static func measuring<T>(
    fontMap: UnsafeMutablePointer<PangoFontMap>?, _ body: (RecordingCanvas) -> T
  ) throws(RenderError) -> T {
    guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 1, 1) else {
      throw .cairo("no measuring surface")
    }
    // Destroying a surface or context may release the last use of a font face.
    defer { FontEngineLock.withLock { cairo_surface_destroy(surface) } }
    guard let cr = cairo_create(surface) else { throw .cairo("could not create a Cairo context") }
    defer { FontEngineLock.withLock { cairo_destroy(cr) } }
    let measurer = try CairoCanvas(context: cr, fontMap: fontMap)
    return body(RecordingCanvas { markup, style in measurer.measure(markup, style: style) })
  }

  /// Replays `recording` on a new surface of `target` and returns the file's bytes.
  static func output(
    _ recording: RecordingCanvas, target: any CairoTarget, size: Size, scale: Double, title: String?,
    fontMap: UnsafeMutablePointer<PangoFontMap>?
  ) throws(RenderError) -> [UInt8] {
    let sink = CairoByteSink()
    let deviceScale = target.format.medium == .raster ? scale : 1
    guard let surface = target.makeSurface(size: size, scale: deviceScale, sink: sink) else {
      throw .cairo("could not create a \(target.format.id) surface")
    }
    // Destroying a surface or context may release the last use of a font face.
    defer { FontEngineLock.withLock { cairo_surface_destroy(surface) } }
    try replay(recording, on: surface, scale: deviceScale, fontMap: fontMap)
    // Finishing an SVG or PDF surface replays its drawing into the file and subsets the
    // fonts it drew with: under the font lock. A raster's finish only encodes the pixels
    // its glyphs were drawn into (under the lock, by the replay): outside it, so the PNG
    // encoding of a batch's figures (half of a line figure's instructions) runs on every
    // core at once instead of one at a time.
    guard target.format.medium != .raster else {
      return try target.finish(surface, scale: deviceScale, sink: sink, title: title)
    }
    return try FontEngineLock.withLock { () throws(RenderError) in
      try target.finish(surface, scale: deviceScale, sink: sink, title: title)
    }
  }

  /// Draws `recording` on `surface` at `scale` with the fonts of `fontMap`, through a
  /// context made and destroyed here (under the font lock: it may release a font face).
  static func replay(
    _ recording: RecordingCanvas, on surface: OpaquePointer, scale: Double,
    fontMap: UnsafeMutablePointer<PangoFontMap>?
  ) throws(RenderError) {
    try replay(on: surface, scale: scale, fontMap: fontMap) { recording.replay(on: $0) }
  }

  /// `draw` on a Cairo canvas over `surface`, scaled by `scale`.
  static func replay(
    on surface: OpaquePointer, scale: Double, fontMap: UnsafeMutablePointer<PangoFontMap>?,
    _ draw: (Canvas) -> Void
  ) throws(RenderError) {
    try check(cairo_surface_status(surface))
    guard let cr = cairo_create(surface) else { throw .cairo("could not create a Cairo context") }
    cairo_scale(cr, scale, scale)
    do {
      let canvas = try CairoCanvas(context: cr, fontMap: fontMap)
      draw(canvas)
    }
    let status = cairo_status(cr)
    FontEngineLock.withLock { cairo_destroy(cr) }
    try check(status)
  }

  static func check(_ status: cairo_status_t) throws(RenderError) {
    guard status == CAIRO_STATUS_SUCCESS else {
      throw .cairo(String(cString: cairo_status_to_string(status)))
    }
  }
}

extension FileFormats {
  /// png, svg and pdf through Cairo (``CairoBackend``), and the animated gif and anim.svg
  /// (``AnimationBackend``), sharing one fresh font-map pool.
  public static func cairo(timer: PhaseTimer? = nil) -> FileFormats {
    let fonts = FontMapPool()
    return FileFormats([CairoBackend(fonts: fonts, timer: timer), AnimationBackend(fonts: fonts)])
  }
}
