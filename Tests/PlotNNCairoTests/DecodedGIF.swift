import CGif

@testable import PlotNNCairo

/// A GIF read back by giflib's own decoder (`DGifOpen` + `DGifSlurp`), independent of the
/// encoder under test: screen, palettes, loop count, per-frame control blocks, and the
/// frames composited as a browser shows them.
struct DecodedGIF {
  struct Frame {
    var left: Int
    var top: Int
    var width: Int
    var height: Int
    var hasLocalPalette: Bool
    var delay: Int
    var disposal: Int32
    var transparent: Int
    var indices: [UInt8]
  }

  var width = 0
  var height = 0
  var globalPalette: [(UInt8, UInt8, UInt8)] = []
  /// The NETSCAPE2.0 repeat count; nil without the block.
  var loopCount: Int?
  var frames: [Frame] = []

  final class Source {
    let bytes: [UInt8]
    var offset = 0
    init(_ bytes: [UInt8]) { self.bytes = bytes }
  }

  struct Failure: Error { var message: String }

  init(_ bytes: [UInt8]) throws {
    let source = Source(bytes)
    var error: Int32 = 0
    let read: InputFunc = { gif, buffer, length in
      guard let gif, let buffer, let user = gif.pointee.UserData else { return 0 }
      let source = Unmanaged<Source>.fromOpaque(user).takeUnretainedValue()
      let n = min(Int(length), source.bytes.count - source.offset)
      for k in 0..<n { buffer[k] = source.bytes[source.offset + k] }
      source.offset += n
      return Int32(n)
    }
    guard let gif = DGifOpen(Unmanaged.passUnretained(source).toOpaque(), read, &error) else {
      throw Failure(message: "DGifOpen failed: \(error)")
    }
    defer { DGifCloseFile(gif, &error) }
    let slurped = withExtendedLifetime(source) { DGifSlurp(gif) }
    guard slurped == GIF_OK else { throw Failure(message: "DGifSlurp failed: \(gif.pointee.Error)") }
    let file = gif.pointee
    (width, height) = (Int(file.SWidth), Int(file.SHeight))
    if let map = file.SColorMap {
      globalPalette = (0..<Int(map.pointee.ColorCount)).map { k in
        let c = map.pointee.Colors[k]
        return (c.Red, c.Green, c.Blue)
      }
    }
    for i in 0..<Int(file.ImageCount) {
      let image = file.SavedImages[i]
      let d = image.ImageDesc
      for e in 0..<Int(image.ExtensionBlockCount) {
        let block = image.ExtensionBlocks[e]
        let data = Array(UnsafeBufferPointer(start: block.Bytes, count: Int(block.ByteCount)))
        if block.Function == APPLICATION_EXT_FUNC_CODE, data == Array("NETSCAPE2.0".utf8),
          e + 1 < image.ExtensionBlockCount
        {
          let sub = image.ExtensionBlocks[e + 1]
          let loop = Array(UnsafeBufferPointer(start: sub.Bytes, count: Int(sub.ByteCount)))
          if loop.count == 3, loop[0] == 1 { loopCount = Int(loop[1]) | Int(loop[2]) << 8 }
        }
      }
      var gcb = GraphicsControlBlock()
      guard DGifSavedExtensionToGCB(gif, Int32(i), &gcb) == GIF_OK else { throw Failure(message: "no GCB") }
      let count = Int(d.Width) * Int(d.Height)
      frames.append(
        Frame(
          left: Int(d.Left), top: Int(d.Top), width: Int(d.Width), height: Int(d.Height),
          hasLocalPalette: d.ColorMap != nil, delay: Int(gcb.DelayTime), disposal: gcb.DisposalMode,
          transparent: Int(gcb.TransparentColor),
          indices: Array(UnsafeBufferPointer(start: image.RasterBits, count: count))))
    }
  }

  /// The picture after frames 0...k, each drawn over the last (disposal "do not dispose"),
  /// its transparent pixels leaving what was there: RGB triples, row by row.
  func composite(through k: Int) -> [(UInt8, UInt8, UInt8)] {
    var canvas = [(UInt8, UInt8, UInt8)](repeating: (0, 0, 0), count: width * height)
    for frame in frames.prefix(k + 1) {
      for y in 0..<frame.height {
        for x in 0..<frame.width {
          let index = Int(frame.indices[y * frame.width + x])
          if index == frame.transparent { continue }
          canvas[(frame.top + y) * width + frame.left + x] = globalPalette[index]
        }
      }
    }
    return canvas
  }
}
