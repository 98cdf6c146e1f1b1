import CCairo
import Foundation
import PlotNNCore
import Testing

@testable import PlotNNCairo

/// The PNG path's buffers: pixels packed in place by ``PNGEncoder`` (read back by libpng's
/// own reader), surfaces on reused buffers (``RasterBufferPool``), and files written with
/// one sync for many (``AtomicFile/Durability/deferred``).
@Suite struct RasterReuseTests {
  /// An ARGB32 surface `width` pixels wide with `padding` spare bytes a row (a stride Cairo
  /// would not pick, so packing must not assume stride = 4 × width), holding `pixels`
  /// (premultiplied 0xAARRGGBB, row by row). The buffer is the caller's to free.
  static func surface(_ pixels: [UInt32], width: Int, padding: Int) throws -> (OpaquePointer, UnsafeMutableRawPointer) {
    let height = pixels.count / width
    let stride = width * 4 + padding
    let buffer = try #require(malloc(stride * height))
    memset(buffer, 0xAB, stride * height)
    for (i, v) in pixels.enumerated() {
      buffer.storeBytes(of: v, toByteOffset: (i / width) * stride + (i % width) * 4, as: UInt32.self)
    }
    let surface = try #require(
      cairo_image_surface_create_for_data(
        buffer.assumingMemoryBound(to: UInt8.self), CAIRO_FORMAT_ARGB32, Int32(width), Int32(height), Int32(stride)))
    return (surface, buffer)
  }

  /// `png` decoded by libpng's simplified reader into `format` bytes.
  static func read(_ png: [UInt8], format: UInt32) throws -> [UInt8] {
    var image = png_image()
    image.version = UInt32(PNG_IMAGE_VERSION)
    guard png.withUnsafeBytes({ png_image_begin_read_from_memory(&image, $0.baseAddress, $0.count) }) != 0 else {
      throw TestFailure("libpng cannot read the PNG")
    }
    image.format = format
    var out = [UInt8](repeating: 0, count: Int(image.width * image.height) * (format == UInt32(PNG_FORMAT_RGB) ? 3 : 4))
    let ok = out.withUnsafeMutableBytes { png_image_finish_read(&image, nil, $0.baseAddress, 0, nil) }
    png_image_free(&image)
    guard ok != 0 else { throw TestFailure("libpng cannot decode the PNG") }
    return out
  }

  @Test func opaquePixelsComeBackExactlyWhateverTheStride() throws {
    let pixels: [UInt32] = [0xFF0A_141E, 0xFFFF_0000, 0xFF00_FF00, 0xFF00_00FF, 0xFFFF_FFFF, 0xFF01_0203]
    for padding in [0, 4, 12] {
      let (surface, buffer) = try Self.surface(pixels, width: 3, padding: padding)
      defer {
        cairo_surface_destroy(surface)
        free(buffer)
      }
      let png = try PNGEncoder.encode(surface)
      #expect(
        try Self.read(png, format: UInt32(PNG_FORMAT_RGB)) == [
          10, 20, 30, 255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255, 1, 2, 3,
        ], "padding \(padding)")
    }
  }

  /// Every width from 1 to 13 (the packing takes four pixels at a time, then one by one), two
  /// strides: the decoded bytes are each pixel's R, G, B (bits 16–23, 8–15, 0–7 of its word).
  @Test func packingFourAtATimeKeepsEveryPixel() throws {
    var state: UInt32 = 0x1234_5678
    for width in 1...13 {
      let pixels = (0..<(width * 3)).map { _ in
        state = state &* 1_664_525 &+ 1_013_904_223
        return state | 0xFF00_0000
      }
      let expected = pixels.flatMap { [UInt8($0 >> 16 & 0xFF), UInt8($0 >> 8 & 0xFF), UInt8($0 & 0xFF)] }
      for padding in [0, 4] {
        let (surface, buffer) = try Self.surface(pixels, width: width, padding: padding)
        defer {
          cairo_surface_destroy(surface)
          free(buffer)
        }
        let png = try PNGEncoder.encode(surface)
        #expect(try Self.read(png, format: UInt32(PNG_FORMAT_RGB)) == expected, "width \(width), padding \(padding)")
      }
    }
  }

  /// One translucent pixel anywhere (here the last of a row of five) makes the PNG RGBA.
  @Test func oneTranslucentPixelAnywhereKeepsAlpha() throws {
    for position in [0, 4, 9] {
      var pixels = [UInt32](repeating: 0xFF10_2030, count: 10)
      pixels[position] = 0x8080_4000
      let (surface, buffer) = try Self.surface(pixels, width: 5, padding: 0)
      defer {
        cairo_surface_destroy(surface)
        free(buffer)
      }
      let png = try PNGEncoder.encode(surface)
      let rgba = try Self.read(png, format: UInt32(PNG_FORMAT_RGB) | UInt32(PNG_FORMAT_FLAG_ALPHA))
      #expect(Array(rgba[(4 * position)..<(4 * position + 4)]) == [255, 127, 0, 128], "pixel \(position)")
      #expect(png[25] == 6, "colour type RGBA (IHDR byte 25), pixel \(position)")
    }
  }

  /// Straight (255, 0, 125) at alpha 51 is stored premultiplied as (51, 0, 25): dividing
  /// back gives the straight values exactly; alpha 0 is (0, 0, 0, 0).
  @Test func translucentPixelsComeBackUnpremultiplied() throws {
    let pixels: [UInt32] = [0x3333_0019, 0x0000_0000, 0xFF0A_141E, 0x8080_4000]
    let (surface, buffer) = try Self.surface(pixels, width: 2, padding: 8)
    defer {
      cairo_surface_destroy(surface)
      free(buffer)
    }
    let png = try PNGEncoder.encode(surface)
    #expect(
      try Self.read(png, format: UInt32(PNG_FORMAT_RGB) | UInt32(PNG_FORMAT_FLAG_ALPHA)) == [
        255, 0, 125, 51, 0, 0, 0, 0, 10, 20, 30, 255, 255, 127, 0, 128,
      ])
  }

  @Test func aReusedBufferStartsClearAndOnlyForTheSameSize() throws {
    let pool = RasterBufferPool(capacity: 2)
    let first = try #require(pool.makeSurface(width: 40, height: 30))
    let cr = cairo_create(first)
    cairo_set_source_rgb(cr, 1, 0, 0)
    cairo_paint(cr)
    cairo_destroy(cr)
    let firstData = cairo_image_surface_get_data(first)
    cairo_surface_destroy(first)
    #expect(pool.idleCount == 1)

    let other = try #require(pool.makeSurface(width: 41, height: 30))
    #expect(cairo_image_surface_get_data(other) != firstData)
    #expect(pool.idleCount == 1)
    let again = try #require(pool.makeSurface(width: 40, height: 30))
    #expect(cairo_image_surface_get_data(again) == firstData)
    let stride = Int(cairo_image_surface_get_stride(again))
    let bytes = UnsafeBufferPointer(start: cairo_image_surface_get_data(again), count: stride * 30)
    #expect(bytes.allSatisfy { $0 == 0 })
    cairo_surface_destroy(again)
    cairo_surface_destroy(other)
    #expect(pool.idleCount == 2)
    let third = try #require(pool.makeSurface(width: 10, height: 10))
    cairo_surface_destroy(third)
    #expect(pool.idleCount == 2)
  }

  @Test func aBufferOverTheLimitIsFreedNotKept() throws {
    let pool = RasterBufferPool(capacity: 4, largestKept: 100 * 100 * 4)
    let small = try #require(pool.makeSurface(width: 100, height: 100))
    cairo_surface_destroy(small)
    #expect(pool.idleCount == 1)
    let large = try #require(pool.makeSurface(width: 101, height: 100))
    cairo_surface_destroy(large)
    #expect(pool.idleCount == 1)
  }

  /// Figures drawn one after another on one pool (an opaque one, then a transparent one
  /// on its buffer) give the bytes of each drawn on a fresh pool.
  @Test func figuresOnReusedBuffersMatchFreshOnes() throws {
    var clear = RenderTests.reluChart()
    clear.style.transparent = true
    let shared = FileFormats([CairoBackend(targets: [PNGTarget()])])
    let opaque = try shared.render(RenderTests.reluChart(), size: RenderTests.size, scale: 1, formats: ["png"])[0]
    let reused = try shared.render(clear, size: RenderTests.size, scale: 1, formats: ["png"])[0]
    let fresh = try FileFormats([CairoBackend(targets: [PNGTarget()])])
      .render(clear, size: RenderTests.size, scale: 1, formats: ["png"])[0]
    let same = reused == fresh
    #expect(same, "the transparent figure drawn on the opaque one's buffer differs from a fresh one")
    #expect(opaque != fresh)
  }

  @Test func deferredWritesAreCompleteAndLeaveNoTemporaryFile() throws {
    let dir = try AtomicFileTests.folder()
    let bytes = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
    for name in ["a.png", "b.svg"] {
      try AtomicFile.write(bytes, to: dir + "/" + name, destination: .insideFolder, durability: .deferred)
    }
    try AtomicFile.syncFolder(dir)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["a.png", "b.svg"])
    for name in ["a.png", "b.svg"] {
      #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/" + name)) == Data(bytes))
    }
    #expect(throws: RenderError.self) { try AtomicFile.syncFolder(dir + "/missing") }
  }
}
