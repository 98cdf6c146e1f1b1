import CCairo
import Foundation
import PlotNNCore

/// The animated formats: `gif` (giflib) and `anim.svg` (SMIL), for charts whose paths grow
/// (``AnimatableChart``); any other chart is refused (``RenderError/notAnimatable(kind:formats:)``).
///
/// Each frame is the chart's ``AnimatableChart/frame(step:)``, recorded with Pango's
/// measurements like a static figure (``CairoBackend``), the layout all frames share worked
/// out once (``AnimatableChart/preparedForFrames(size:tolerance:canvas:)``); the steps and delays come from the
/// chart's ``Animation``. The GIF's frames are drawn on an ARGB32 image surface one at a
/// time and encoded as they come (``GIFEncoder``); the animated SVG is written by
/// ``AnimatedSVG``. Both are bounded before any drawing (``Animation/checkPixels(frames:width:height:)``)
/// and while written (``Animation/maximumBytes``).
public struct AnimationBackend: RenderBackend {
  public static let gif = FileFormat(id: "gif", medium: .raster, mediaType: "image/gif")
  public static let animatedSVG = FileFormat(id: "anim.svg", medium: .vector, mediaType: "image/svg+xml")

  public let fonts: FontMapPool

  public init(fonts: FontMapPool = FontMapPool()) { self.fonts = fonts }

  public var formats: [FileFormat] { [Self.gif, Self.animatedSVG] }

  public func render(_ chart: any Chart, size: Size, scale: Double, formats: [FileFormat]) throws(RenderError)
    -> RenderedFigure
  {
    guard let animated = chart as? any AnimatableChart else {
      throw .notAnimatable(kind: "\(type(of: chart))", formats: ".gif and .anim.svg")
    }
    let steps = animated.animation.steps(forStepCount: animated.animationSteps)
    let (width, height) = (Int((size.width * scale).rounded()), Int((size.height * scale).rounded()))
    try Animation.checkPixels(frames: steps.count, width: width, height: height)
    return try fonts.withFontMap(chart.fontFamilies) { map throws(RenderError) in
      let tolerance = 0.1 / scale
      var notes = LayoutNotes()
      var files: [[UInt8]] = []
      for format in formats {
        switch format.id {
        case Self.gif.id:
          let prepared = try CairoBackend.measuring(fontMap: map) {
            animated.preparedForFrames(size: size, tolerance: tolerance, canvas: $0)
          }
          let record = { (k: Int) throws(RenderError) -> RecordingCanvas in
            let (recording, drawn) = try CairoBackend.record(
              prepared.frame(step: steps[k]), size: size, tolerance: tolerance, fontMap: map)
            if k == steps.count - 1 { notes = drawn }
            return recording
          }
          files.append(
            try gif(
              count: steps.count, animation: animated.animation, size: size, scale: scale, fontMap: map, record: record
            ))
        case Self.animatedSVG.id:
          var recordings: [RecordingCanvas] = []
          let prepared = try CairoBackend.measuring(fontMap: map) {
            animated.preparedForFrames(size: size, tolerance: 0.1, canvas: $0)
          }
          for k in steps.indices {
            let (recording, drawn) = try CairoBackend.record(
              prepared.frame(step: steps[k]), size: size, tolerance: 0.1, fontMap: map)
            recordings.append(recording)
            if k == steps.count - 1 { notes = drawn }
          }
          let base = try CairoBackend.svgBytes(recordings[0], size: size, title: chart.documentTitle, fontMap: map)
          files.append(try AnimatedSVG(animation: animated.animation).compose(base: base, frames: recordings))
        default:
          throw .unknownFormat(path: format.id, allowed: self.formats.map { "." + $0.id }.joined(separator: ", "))
        }
      }
      return RenderedFigure(files: files, notes: notes)
    }
  }

  /// The GIF of `count` frames, `record(k)` drawing frame k: the palette from the first and
  /// last frames, then every frame rasterised in turn (what they share once,
  /// ``FrameRasterizer``) and encoded.
  private func gif(
    count: Int, animation: Animation, size: Size, scale: Double, fontMap: UnsafeMutablePointer<PangoFontMap>?,
    record: (Int) throws(RenderError) -> RecordingCanvas
  ) throws(RenderError) -> [UInt8] {
    let (width, height) = (Int((size.width * scale).rounded()), Int((size.height * scale).rounded()))
    let rasterizer = FrameRasterizer(size: size, scale: scale, fontMap: fontMap)
    let firstRecording = try record(0)
    let lastRecording = count > 1 ? try record(count - 1) : firstRecording
    try rasterizer.share(between: firstRecording, and: lastRecording)
    let first = try rasterizer.pixels(firstRecording)
    let last = count > 1 ? try rasterizer.pixels(lastRecording) : first
    var palette = GIFPalette(frames: [first, last])
    let transparentFigure = stride(from: 3, to: first.count, by: 4).contains { first[$0] < 128 }
    let encoder = GIFEncoder(
      width: width, height: height, palette: palette, animation: animation, transparentFigure: transparentFigure)
    // Frames differ only where their paths grow: a pixel equal to the previous frame's keeps
    // its index (the palette maps equal pixels to equal indices), so only changed pixels
    // are looked up, row by row.
    var previous: (bgra: [UInt8], indices: [UInt8])?
    return try encoder.encode(count: count) { k throws(RenderError) in
      let bgra = k == 0 ? first : k == count - 1 ? last : try rasterizer.pixels(try record(k))
      var indices: [UInt8]
      if let previous, previous.bgra.count == bgra.count {
        indices = previous.indices
        Self.reindexChanged(bgra, from: previous.bgra, width: width, height: height, into: &indices) {
          palette.index(bgra, $0)
        }
      } else {
        indices = [UInt8](repeating: 0, count: width * height)
        for p in 0..<(width * height) { indices[p] = palette.index(bgra, p * 4) }
      }
      previous = (bgra, indices)
      return indices
    }
  }

  /// Sets `indices[p]` to `index(4p)` for every pixel p of `bgra` that differs from `old`;
  /// rows equal to `old`'s are skipped whole.
  static func reindexChanged(
    _ bgra: [UInt8], from old: [UInt8], width: Int, height: Int, into indices: inout [UInt8],
    index: (Int) -> UInt8
  ) {
    let rowBytes = width * 4
    bgra.withUnsafeBytes { new in
      old.withUnsafeBytes { was in
        guard let newBase = new.baseAddress, let oldBase = was.baseAddress else { return }
        for y in 0..<height where memcmp(newBase + y * rowBytes, oldBase + y * rowBytes, rowBytes) != 0 {
          for x in 0..<width {
            let i = y * rowBytes + x * 4
            if memcmp(newBase + i, oldBase + i, 4) != 0 { indices[y * width + x] = index(i) }
          }
        }
      }
    }
  }
}

extension CairoBackend {
  /// `recording` replayed on an ARGB32 image surface at `scale`: its BGRA bytes (Cairo's
  /// native-endian ARGB32 on a little-endian machine), rows packed, `width × 4` bytes each.
  static func pixels(
    _ recording: RecordingCanvas, size: Size, scale: Double, fontMap: UnsafeMutablePointer<PangoFontMap>?
  ) throws(RenderError) -> [UInt8] {
    let (width, height) = (Int32((size.width * scale).rounded()), Int32((size.height * scale).rounded()))
    guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height) else {
      throw .cairo("could not create a frame surface")
    }
    defer { FontEngineLock.withLock { cairo_surface_destroy(surface) } }
    try replay(recording, on: surface, scale: scale, fontMap: fontMap)
    cairo_surface_flush(surface)
    guard let data = cairo_image_surface_get_data(surface) else { throw .cairo("the frame surface has no pixels") }
    let stride = Int(cairo_image_surface_get_stride(surface))
    var out = [UInt8](repeating: 0, count: Int(width) * Int(height) * 4)
    let rowBytes = Int(width) * 4
    out.withUnsafeMutableBytes { dst in
      guard let base = dst.baseAddress else { return }
      for y in 0..<Int(height) { (base + y * rowBytes).copyMemory(from: data + y * stride, byteCount: rowBytes) }
    }
    return out
  }

  /// `recording` as a plain SVG file (``SVGTarget``), with `title`.
  static func svgBytes(
    _ recording: RecordingCanvas, size: Size, title: String?, fontMap: UnsafeMutablePointer<PangoFontMap>?
  ) throws(RenderError) -> [UInt8] {
    try output(recording, target: SVGTarget(), size: size, scale: 1, title: title, fontMap: fontMap)
  }
}
