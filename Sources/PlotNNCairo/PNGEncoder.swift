import CCairo
import PlotNNCore

/// Encodes a Cairo ARGB32 image surface as an 8-bit RGB PNG, or RGBA when some pixel is not
/// opaque (a transparent style: ``PlotNNCore/Style/transparent``), through libpng's
/// simplified API with `PNG_IMAGE_FLAG_FAST`.
///
/// Why not `cairo_surface_write_to_png`: it always uses libpng's default, slowest filter
/// search, about 6.7 ms for a 640×480 figure here against 1.4 ms in fast mode (files about
/// a third larger, ~19 KB instead of ~14 KB). Writing RGB without alpha is exact when every
/// pixel is opaque, as in every figure that paints its background; Cairo's premultiplied
/// components are divided by alpha for RGBA.
///
/// The simplified API writes no pHYs chunk, so the resolution is inserted after IHDR
/// (where the PNG specification allows it: before IDAT), with its CRC-32 (``PNGChunk``).
enum PNGEncoder {
  static func encode(_ surface: OpaquePointer, pixelsPerMetre: UInt32) throws(RenderError) -> [UInt8] {
    try PNGChunk.insertingResolution(pixelsPerMetre, into: encode(surface))
  }

  /// The PNG of `surface`, whose pixels are used up: they are packed in place into the rows
  /// libpng reads (see ``PNGEncoder``), so the surface must not be drawn on or read again.
  static func encode(_ surface: OpaquePointer) throws(RenderError) -> [UInt8] {
    cairo_surface_flush(surface)
    let width = Int(cairo_image_surface_get_width(surface))
    let height = Int(cairo_image_surface_get_height(surface))
    let stride = Int(cairo_image_surface_get_stride(surface))
    guard let data = cairo_image_surface_get_data(surface), width > 0, height > 0 else {
      throw .cairo("the PNG surface has no pixels")
    }
    // ARGB32 pixels are native-endian premultiplied 0xAARRGGBB words.
    // A row is opaque when the AND of its words keeps alpha 0xFF: a branch-free loop the
    // compiler vectorizes (testing each pixel's alpha cost about 4 instructions a pixel).
    var opaque = true
    for y in 0..<height where opaque {
      let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
      var all: UInt32 = 0xFFFF_FFFF
      for x in 0..<width { all &= row[x] }
      opaque = all >> 24 == 0xFF
    }
    if opaque {
      packRGB(data, width: width, height: height, stride: stride)
      return try write(UnsafeRawPointer(data), width, height, UInt32(PNG_FORMAT_RGB))
    }
    packRGBA(data, width: width, height: height, stride: stride)
    return try write(UnsafeRawPointer(data), width, height, UInt32(PNG_FORMAT_RGB) | UInt32(PNG_FORMAT_FLAG_ALPHA))
  }

  /// Rewrites the ARGB32 pixels at `data` as tightly packed R, G, B bytes from its start.
  ///
  /// Why in place: a separate RGB copy was 3 more bytes a pixel (a 64-megapixel figure
  /// peaked at 7 bytes a pixel) and, in a batch, a megabyte of fresh pages a figure. Safe:
  /// pixel (x, y) goes to byte 3(yw + x), never past where pixel (x + 1, y) is still to be
  /// read (y·stride + 4(x + 1)), since stride ≥ 4w; each pixel is loaded before its bytes
  /// are stored.
  ///
  /// Four pixels at a time: their 12 bytes are three little-endian words built from the
  /// pixels' byte-swapped words (0xAARRGGBB → 0xBBGGRRAA, shifted right 8: R, G, B in
  /// memory order), stored after the four are loaded; the group's bytes end at
  /// 3(yw + x) + 12 ≤ y·stride + 4x + 16, where the next group starts. About 6 instructions
  /// a pixel; one pixel at a time (with the opaque test per pixel) it was 22, 16 % of the
  /// instructions of a batch of line figures.
  static func packRGB(_ data: UnsafeMutablePointer<UInt8>, width: Int, height: Int, stride: Int) {
    for y in 0..<height {
      // Pointers advance by the group; their arithmetic is not overflow-checked as Int is.
      var source = UnsafeRawPointer(data + y * stride)
      var target = UnsafeMutableRawPointer(data + y * width * 3)
      for _ in 0..<(width / 4) {
        let p0 = source.loadUnaligned(as: UInt32.self).byteSwapped >> 8
        let p1 = source.loadUnaligned(fromByteOffset: 4, as: UInt32.self).byteSwapped >> 8
        let p2 = source.loadUnaligned(fromByteOffset: 8, as: UInt32.self).byteSwapped >> 8
        let p3 = source.loadUnaligned(fromByteOffset: 12, as: UInt32.self).byteSwapped >> 8
        target.storeBytes(of: (p0 | p1 << 24).littleEndian, as: UInt32.self)
        target.storeBytes(of: (p1 >> 8 | p2 << 16).littleEndian, toByteOffset: 4, as: UInt32.self)
        target.storeBytes(of: (p2 >> 16 | p3 << 8).littleEndian, toByteOffset: 8, as: UInt32.self)
        source += 16
        target += 12
      }
      for _ in 0..<(width % 4) {
        let v = source.load(as: UInt32.self)
        target.storeBytes(of: UInt8(truncatingIfNeeded: v >> 16), as: UInt8.self)
        target.storeBytes(of: UInt8(truncatingIfNeeded: v >> 8), toByteOffset: 1, as: UInt8.self)
        target.storeBytes(of: UInt8(truncatingIfNeeded: v), toByteOffset: 2, as: UInt8.self)
        source += 4
        target += 3
      }
    }
  }

  /// Rewrites the ARGB32 pixels at `data` as packed straight (not premultiplied) R, G, B, A
  /// bytes from its start, in place as ``packRGB(_:width:height:stride:)`` (pixel (x, y) to
  /// byte 4(yw + x), at or before where it was read).
  static func packRGBA(_ data: UnsafeMutablePointer<UInt8>, width: Int, height: Int, stride: Int) {
    for y in 0..<height {
      let row = UnsafeRawPointer(data + y * stride)
      for x in 0..<width {
        let v = row.load(fromByteOffset: 4 * x, as: UInt32.self)
        let a = v >> 24
        let o = (y * width + x) * 4
        let unpremultiply = { (shift: UInt32) in
          a > 0 ? UInt8(truncatingIfNeeded: ((v >> shift) & 0xFF) * 255 / a) : 0
        }
        data[o] = unpremultiply(16)
        data[o + 1] = unpremultiply(8)
        data[o + 2] = unpremultiply(0)
        data[o + 3] = UInt8(truncatingIfNeeded: a)
      }
    }
  }

  /// The packed rows at `pixels` in `format` (`PNG_FORMAT_RGB` or `_RGBA`) as PNG bytes.
  private static func write(_ pixels: UnsafeRawPointer, _ width: Int, _ height: Int, _ format: UInt32)
    throws(RenderError) -> [UInt8]
  {
    let bytes = width * height * (format & UInt32(PNG_FORMAT_FLAG_ALPHA) != 0 ? 4 : 3)
    var image = png_image()
    image.version = UInt32(PNG_IMAGE_VERSION)
    image.width = UInt32(width)
    image.height = UInt32(height)
    image.format = format
    image.flags = UInt32(PNG_IMAGE_FLAG_FAST)
    // Room for stored (incompressible) data plus headers; libpng reports a larger need if any.
    var capacity = bytes + height + bytes / 8 + 4096
    for _ in 0..<2 {
      var size = capacity
      var ok: Int32 = 0
      let output = [UInt8](unsafeUninitializedCapacity: capacity) { out, count in
        ok = png_image_write_to_memory(&image, out.baseAddress, &size, 0, pixels, 0, nil)
        count = ok != 0 ? size : 0
      }
      if ok != 0 {
        png_image_free(&image)
        return output
      }
      guard size > capacity else { break }
      capacity = size
      image.warning_or_error = 0
    }
    let message = withUnsafeBytes(of: image.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    png_image_free(&image)
    throw .cairo("PNG encoding failed: \(message)")
  }
}
