import CGif
import PlotNNCore

#if canImport(Glibc)
  import Glibc
#endif

/// Writes an animated GIF89a through giflib: one global palette (``GIFPalette``), a
/// NETSCAPE2.0 loop block (``Animation/Loop``), and one image per frame with its delay.
///
/// - Decision: delta frames. After the first, a frame is only the rectangle where its indices
///   differ from the previous frame's, pixels unchanged inside it written as the transparent
///   index and left in place (disposal "do not dispose"): the contours are written once, each
///   frame adds the step it draws. A figure with transparent pixels has no spare index to
///   say "unchanged": its frames are whole, each cleared before the next (disposal "restore
///   to background").
/// - Bounded: the file may not grow past ``Animation/maximumBytes``; giflib's writes stop
///   there and the animation is refused.
struct GIFEncoder {
  let width: Int
  let height: Int
  let palette: GIFPalette
  let animation: Animation
  /// Whether some pixel of the figure is transparent.
  let transparentFigure: Bool

  /// The bytes giflib writes, bounded.
  final class Sink {
    var bytes: [UInt8] = []
    var overflowed = false
  }

  /// The file of `count` frames, frame k's indices (from ``GIFPalette/index(_:_:)``,
  /// `width × height`) made by `frame(k)` when it is written: only one frame and the one
  /// before it are held at a time.
  func encode(count: Int, frame: (Int) throws(RenderError) -> [UInt8]) throws(RenderError) -> [UInt8] {
    let sink = Sink()
    var error: Int32 = 0
    let write: OutputFunc = { gif, data, length in
      guard let gif, let data, let user = gif.pointee.UserData else { return 0 }
      let sink = Unmanaged<Sink>.fromOpaque(user).takeUnretainedValue()
      guard sink.bytes.count + Int(length) <= Animation.maximumBytes else {
        sink.overflowed = true
        return 0
      }
      sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
      return length
    }
    guard let gif = EGifOpen(Unmanaged.passUnretained(sink).toOpaque(), write, &error) else {
      throw .cairo("giflib could not start a GIF (error \(error))")
    }
    var failure: RenderError?
    let ok = withExtendedLifetime(sink) {
      writeAll(gif, count: count) { k in
        do throws(RenderError) { return try frame(k) } catch {
          failure = error
          return nil
        }
      }
    }
    let closed = EGifCloseFile(gif, &error)
    if let failure { throw failure }
    if sink.overflowed {
      throw .animationTooLarge(
        "the GIF would be larger than \(Animation.maximumBytes >> 20) MiB; give fewer --frames or a smaller size")
    }
    guard ok, closed == GIF_OK else {
      throw .cairo("giflib could not write the GIF: \(String(cString: GifErrorString(error)))")
    }
    return sink.bytes
  }

  private func writeAll(_ gif: UnsafeMutablePointer<GifFileType>, count: Int, frame next: (Int) -> [UInt8]?) -> Bool {
    EGifSetGifVersion(gif, true)
    var colors = [GifColorType](repeating: GifColorType(Red: 0, Green: 0, Blue: 0), count: 256)
    for (k, c) in palette.colors.enumerated() { colors[k] = GifColorType(Red: c.r, Green: c.g, Blue: c.b) }
    guard let map = GifMakeMapObject(256, &colors) else { return false }
    defer { GifFreeMapObject(map) }
    guard EGifPutScreenDesc(gif, Int32(width), Int32(height), 8, 0, map) == GIF_OK else { return false }
    if !putLoop(gif) { return false }
    let delays = animation.delays(count: count)
    var previous: [UInt8] = []
    for k in 0..<count {
      guard let frame = next(k), frame.count == width * height else { return false }
      defer { previous = frame }
      var rect = (x: 0, y: 0, w: width, h: height)
      var pixels = frame
      if k > 0, !transparentFigure {
        rect = changedRectangle(previous, frame)
        pixels = []
        pixels.reserveCapacity(rect.w * rect.h)
        let (before, transparent) = (previous, palette.transparent)
        for y in rect.y..<(rect.y + rect.h) {
          for x in rect.x..<(rect.x + rect.w) {
            let i = y * width + x
            pixels.append(frame[i] == before[i] ? transparent : frame[i])
          }
        }
      }
      var gcb = GraphicsControlBlock(
        DisposalMode: transparentFigure ? DISPOSE_BACKGROUND : DISPOSE_DO_NOT, UserInputFlag: false,
        DelayTime: Int32(delays[k]), TransparentColor: Int32(palette.transparent))
      var extension4 = [GifByteType](repeating: 0, count: 4)
      _ = EGifGCBToExtension(&gcb, &extension4)
      guard EGifPutExtension(gif, GRAPHICS_EXT_FUNC_CODE, 4, extension4) == GIF_OK else { return false }
      guard EGifPutImageDesc(gif, Int32(rect.x), Int32(rect.y), Int32(rect.w), Int32(rect.h), false, nil) == GIF_OK
      else { return false }
      let ok = pixels.withUnsafeMutableBufferPointer { buffer -> Bool in
        guard let base = buffer.baseAddress else { return false }
        for row in 0..<rect.h where EGifPutLine(gif, base + row * rect.w, Int32(rect.w)) != GIF_OK { return false }
        return true
      }
      if !ok { return false }
    }
    return true
  }

  /// NETSCAPE2.0: repeat count 0 for `forever`, n − 1 for n plays; none for one play.
  private func putLoop(_ gif: UnsafeMutablePointer<GifFileType>) -> Bool {
    let repeats: Int
    switch animation.loop {
    case .forever: repeats = 0
    case .times(let n):
      if n <= 1 { return true }
      repeats = min(n - 1, 65535)
    }
    var name = Array("NETSCAPE2.0".utf8)
    var data: [GifByteType] = [1, GifByteType(repeats & 0xFF), GifByteType(repeats >> 8)]
    return EGifPutExtensionLeader(gif, APPLICATION_EXT_FUNC_CODE) == GIF_OK
      && EGifPutExtensionBlock(gif, 11, &name) == GIF_OK && EGifPutExtensionBlock(gif, 3, &data) == GIF_OK
      && EGifPutExtensionTrailer(gif) == GIF_OK
  }

  /// The smallest rectangle holding every pixel where `a` and `b` differ; 1 × 1 at the
  /// origin when none does (a GIF image has at least one pixel).
  ///
  /// Rows are compared whole first (`memcmp`), and a row that differs is scanned from each
  /// end only to its first and last difference: most rows of a frame equal the last frame's.
  func changedRectangle(_ a: [UInt8], _ b: [UInt8]) -> (x: Int, y: Int, w: Int, h: Int) {
    var (minX, minY, maxX, maxY) = (width, height, -1, -1)
    a.withUnsafeBufferPointer { a in
      b.withUnsafeBufferPointer { b in
        guard let pa = a.baseAddress, let pb = b.baseAddress, a.count >= width * height, b.count >= width * height
        else { return }
        for y in 0..<height {
          let row = y * width
          guard memcmp(pa + row, pb + row, width) != 0 else { continue }
          var first = 0
          while pa[row + first] == pb[row + first] { first += 1 }
          var last = width - 1
          while pa[row + last] == pb[row + last] { last -= 1 }
          minX = min(minX, first)
          maxX = max(maxX, last)
          minY = min(minY, y)
          maxY = y
        }
      }
    }
    guard maxX >= 0 else { return (0, 0, 1, 1) }
    return (minX, minY, maxX - minX + 1, maxY - minY + 1)
  }
}
