import CCairo
import Foundation
import PlotNNCore

/// Reuses Pango font maps across renders, one borrower at a time, one set of maps per
/// style's font families.
///
/// Building a font map (a fontconfig configuration over the pinned families, then Pango's
/// caches) costs several milliseconds a render; a batch of figures pays it once per worker
/// thread and family set instead. A map is only ever used by the thread that borrowed it:
/// Pango's font maps are not meant to be shared between threads at the same time. The
/// system's font list (``FontCatalog``), needed only for families outside the default
/// folders, is read once per pool.
public final class FontMapPool: @unchecked Sendable {
  private let lock = NSLock()
  private var idle: [FontFamilies: [UnsafeMutablePointer<PangoFontMap>]] = [:]
  private var catalog: FontCatalog?

  public init() {}

  deinit {
    for map in idle.values.joined() { g_object_unref(UnsafeMutableRawPointer(map)) }
  }

  /// Runs `body` with a font map pinning `fonts` (nil when the standard fonts are missing:
  /// the system's are used). Throws ``RenderError/unknownFont(family:closest:)`` for a family
  /// that is not installed.
  func withFontMap<T>(
    _ fonts: FontFamilies = .standard, _ body: (UnsafeMutablePointer<PangoFontMap>?) throws(RenderError) -> T
  ) throws(RenderError) -> T {
    var map = lock.withLock { idle[fonts]?.popLast() }
    if map == nil { map = try PinnedFonts.makeFontMap(for: fonts, catalog: systemCatalog) }
    defer { if let map { lock.withLock { idle[fonts, default: []].append(map) } } }
    return try body(map)
  }

  /// The system's font list, read on first use.
  private func systemCatalog() -> FontCatalog {
    if let known = lock.withLock({ catalog }) { return known }
    let read = FontCatalog.system()
    lock.withLock { catalog = read }
    return read
  }
}
