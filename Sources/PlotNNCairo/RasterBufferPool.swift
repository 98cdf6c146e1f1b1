import CCairo
import Foundation

/// Pixel buffers kept for the next figure's image surface, so a batch does not map fresh
/// pages for every raster.
///
/// Why: a new 640×480 ARGB32 surface is 1.2 MB that glibc maps afresh and the kernel zeroes
/// page by page on first touch, then unmaps when the surface goes (about 300 page faults a
/// figure, most of a batch's half a million). A buffer taken from the pool is cleared with
/// `memset` (no faults), so a surface made on it starts as transparent black exactly as
/// `cairo_image_surface_create`'s does, and the drawing's bytes are the same.
///
/// A buffer returns to the pool when its surface is destroyed (Cairo user data). At most
/// ``capacity`` idle buffers are kept (one a worker and format in flight is enough); an
/// idle buffer is only reused for a surface of exactly its byte count, so a pool never
/// lends a huge buffer to a small figure, and the oldest idle buffer is freed beyond that.
/// A buffer over ``largestKept`` bytes is freed, not kept: a poster-sized figure in a batch
/// does not stay resident for the rest of it.
public final class RasterBufferPool: @unchecked Sendable {
  private let lock = NSLock()
  private var idle: [(bytes: Int, buffer: UnsafeMutableRawPointer)] = []
  /// Most idle buffers kept.
  public let capacity: Int

  /// Largest buffer kept for reuse, in bytes.
  public let largestKept: Int

  /// 16 MiB: a 2048×2048 ARGB32 raster (a 640×480 figure at --scale 4 is 19.7 MB and is
  /// not kept; every default-sized figure is).
  public init(capacity: Int = 4, largestKept: Int = 16 << 20) {
    self.capacity = capacity
    self.largestKept = largestKept
  }

  deinit {
    for entry in idle { free(entry.buffer) }
  }

  /// An ARGB32 image surface `width` × `height` pixels on a pooled buffer, cleared, or nil
  /// when Cairo refuses the size (too large, negative).
  public func makeSurface(width: Int32, height: Int32) -> OpaquePointer? {
    let stride = cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, width)
    // Sizes Cairo refuses (over 32,767 pixels a side) get its own error surface, as before.
    guard width > 0, height > 0, width <= Self.largestSide, height <= Self.largestSide, stride > 0 else {
      return cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height)
    }
    let (bytes, overflow) = Int(stride).multipliedReportingOverflow(by: Int(height))
    guard !overflow, let buffer = borrow(bytes) else { return nil }
    memset(buffer, 0, bytes)
    let surface = cairo_image_surface_create_for_data(
      buffer.assumingMemoryBound(to: UInt8.self), CAIRO_FORMAT_ARGB32, width, height, stride)
    let loan = Unmanaged.passRetained(Loan(pool: self, bytes: bytes, buffer: buffer)).toOpaque()
    guard let surface, cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS,
      cairo_surface_set_user_data(surface, &Self.key, loan, returnLoan) == CAIRO_STATUS_SUCCESS
    else {
      Unmanaged<Loan>.fromOpaque(loan).release()
      if let surface { cairo_surface_destroy(surface) }
      free(buffer)
      return nil
    }
    return surface
  }

  /// Cairo's largest image side (`MAX_IMAGE_SIZE` in cairo-image-surface.c).
  static let largestSide: Int32 = 32767

  /// Idle buffers, for tests.
  var idleCount: Int { lock.withLock { idle.count } }

  private func borrow(_ bytes: Int) -> UnsafeMutableRawPointer? {
    let reused = lock.withLock { () -> UnsafeMutableRawPointer? in
      guard let k = idle.lastIndex(where: { $0.bytes == bytes }) else { return nil }
      return idle.remove(at: k).buffer
    }
    return reused ?? malloc(bytes)
  }

  fileprivate func giveBack(_ buffer: UnsafeMutableRawPointer, bytes: Int) {
    guard bytes <= largestKept else { return free(buffer) }
    let evicted = lock.withLock { () -> UnsafeMutableRawPointer? in
      idle.append((bytes, buffer))
      return idle.count > capacity ? idle.removeFirst().buffer : nil
    }
    if let evicted { free(evicted) }
  }

  /// The user-data key (only its address matters).
  nonisolated(unsafe) private static var key = cairo_user_data_key_t()
}

/// A buffer lent to one surface, returned when Cairo destroys it.
private final class Loan {
  let pool: RasterBufferPool
  let bytes: Int
  let buffer: UnsafeMutableRawPointer

  init(pool: RasterBufferPool, bytes: Int, buffer: UnsafeMutableRawPointer) {
    self.pool = pool
    self.bytes = bytes
    self.buffer = buffer
  }
}

/// Cairo's destroy callback for a pooled surface's user data.
private func returnLoan(_ data: UnsafeMutableRawPointer?) {
  guard let data else { return }
  let loan = Unmanaged<Loan>.fromOpaque(data).takeRetainedValue()
  loan.pool.giveBack(loan.buffer, bytes: loan.bytes)
}
