import CCairo
import PlotNNCore

/// A PNG decoded by Cairo's own reader (independent of the encoder under test).
final class DecodedPNG {
  let surface: OpaquePointer
  let width: Int
  let height: Int

  init(_ bytes: [UInt8]) throws {
    final class Source {
      var bytes: [UInt8]
      var offset = 0
      init(_ bytes: [UInt8]) { self.bytes = bytes }
    }
    let source = Source(bytes)
    let read: cairo_read_func_t = { closure, data, length in
      guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
      let s = Unmanaged<Source>.fromOpaque(closure).takeUnretainedValue()
      let n = Int(length)
      guard s.offset + n <= s.bytes.count else { return CAIRO_STATUS_READ_ERROR }
      for i in 0..<n { data[i] = s.bytes[s.offset + i] }
      s.offset += n
      return CAIRO_STATUS_SUCCESS
    }
    let surface = withExtendedLifetime(source) {
      cairo_image_surface_create_from_png_stream(read, Unmanaged.passUnretained(source).toOpaque())
    }
    guard let surface, cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
      throw TestFailure("Cairo could not decode the PNG")
    }
    self.surface = surface
    width = Int(cairo_image_surface_get_width(surface))
    height = Int(cairo_image_surface_get_height(surface))
  }

  deinit { cairo_surface_destroy(surface) }

  /// The colour of the pixel under canvas point `p` (points × scale = pixels).
  func pixel(atPoint p: Point, scale: Double) -> Color {
    pixel(column: Int(p.x * scale), row: Int(p.y * scale))
  }

  /// The colour of the pixel in `column`, `row` (clamped to the image).
  func pixel(column: Int, row: Int) -> Color {
    let x = min(max(column, 0), width - 1)
    let y = min(max(row, 0), height - 1)
    let stride = Int(cairo_image_surface_get_stride(surface))
    guard let data = cairo_image_surface_get_data(surface) else { return Color(red: -1, green: -1, blue: -1) }
    let v = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)[x]
    return Color(
      red: Double((v >> 16) & 0xFF) / 255, green: Double((v >> 8) & 0xFF) / 255, blue: Double(v & 0xFF) / 255)
  }
}

struct TestFailure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

extension Color {
  /// Euclidean distance in RGB (0 to √3).
  func distance(to other: Color) -> Double {
    let (r, g, b) = (red - other.red, green - other.green, blue - other.blue)
    return (r * r + g * g + b * b).squareRoot()
  }
}
