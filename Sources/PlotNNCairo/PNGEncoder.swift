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

  static func encode(_ surface: OpaquePointer) throws(RenderError) -> [UInt8] {
    cairo_surface_flush(surface)
    let width = Int(cairo_image_surface_get_width(surface))
    let height = Int(cairo_image_surface_get_height(surface))
    let stride = Int(cairo_image_surface_get_stride(surface))
    guard let data = cairo_image_surface_get_data(surface), width > 0, height > 0 else {
      throw .cairo("the PNG surface has no pixels")
    }
    // ARGB32 pixels are native-endian premultiplied 0xAARRGGBB words.
    var opaque = true
    for y in 0..<height where opaque {
      let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
      for x in 0..<width where row[x] >> 24 != 0xFF {
        opaque = false
        break
      }
    }
    if !opaque {
      return try write(
        rgba(data, width: width, height: height, stride: stride), width, height,
        UInt32(PNG_FORMAT_RGB) | UInt32(PNG_FORMAT_FLAG_ALPHA))
    }
    // Opaque: unpack them to R, G, B bytes.
    // (Uninitialised capacity: every byte is written below, and zero-filling a megabyte
    // first costs page faults for nothing.)
    let rgb = [UInt8](unsafeUninitializedCapacity: width * height * 3) { out, count in
      for y in 0..<height {
        let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
        var o = y * width * 3
        for x in 0..<width {
          let v = row[x]
          out[o] = UInt8(truncatingIfNeeded: v >> 16)
          out[o + 1] = UInt8(truncatingIfNeeded: v >> 8)
          out[o + 2] = UInt8(truncatingIfNeeded: v)
          o += 3
        }
      }
      count = width * height * 3
    }
    return try write(rgb, width, height, UInt32(PNG_FORMAT_RGB))
  }

  /// Straight (not premultiplied) R, G, B, A bytes of ARGB32 pixels.
  private static func rgba(_ data: UnsafeMutablePointer<UInt8>, width: Int, height: Int, stride: Int) -> [UInt8] {
    var out = [UInt8](repeating: 0, count: width * height * 4)
    for y in 0..<height {
      let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
      for x in 0..<width {
        let v = row[x]
        let a = v >> 24
        let o = (y * width + x) * 4
        out[o + 3] = UInt8(truncatingIfNeeded: a)
        guard a > 0 else { continue }
        for (k, shift) in [16, 8, 0].enumerated() {
          out[o + k] = UInt8(truncatingIfNeeded: ((v >> UInt32(shift)) & 0xFF) * 255 / a)
        }
      }
    }
    return out
  }

  /// `pixels` in `format` (`PNG_FORMAT_RGB` or `_RGBA`) as PNG bytes.
  private static func write(_ pixels: [UInt8], _ width: Int, _ height: Int, _ format: UInt32) throws(RenderError)
    -> [UInt8]
  {
    let rgb = pixels
    var image = png_image()
    image.version = UInt32(PNG_IMAGE_VERSION)
    image.width = UInt32(width)
    image.height = UInt32(height)
    image.format = format
    image.flags = UInt32(PNG_IMAGE_FLAG_FAST)
    // Room for stored (incompressible) data plus headers; libpng reports a larger need if any.
    var capacity = rgb.count + height + rgb.count / 8 + 4096
    for _ in 0..<2 {
      var size = capacity
      var ok: Int32 = 0
      let output = [UInt8](unsafeUninitializedCapacity: capacity) { out, count in
        ok = rgb.withUnsafeBytes {
          png_image_write_to_memory(&image, out.baseAddress, &size, 0, $0.baseAddress, 0, nil)
        }
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
