import CCairo
import Foundation
import PlotNNCore

/// Reuses Pango font maps across renders, one borrower at a time.
///
/// Building a font map (a fontconfig configuration over the pinned families, then Pango's
/// caches) costs several milliseconds a render; a batch of figures pays it once per worker
/// thread instead. A map is only ever used by the thread that borrowed it: Pango's font
/// maps are not meant to be shared between threads at the same time.
public final class FontMapPool: @unchecked Sendable {
  private let lock = NSLock()
  private var idle: [UnsafeMutablePointer<PangoFontMap>] = []

  public init() {}

  deinit {
    for map in idle { g_object_unref(UnsafeMutableRawPointer(map)) }
  }

  /// Runs `body` with a font map (nil when the pinned fonts are missing: the system's are used).
  func withFontMap<T>(_ body: (UnsafeMutablePointer<PangoFontMap>?) throws(RenderError) -> T) throws(RenderError) -> T {
    let map = lock.withLock { idle.popLast() } ?? PinnedFonts.makeFontMap()
    defer { if let map { lock.withLock { idle.append(map) } } }
    return try body(map)
  }
}
