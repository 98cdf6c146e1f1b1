import CCairo
import Foundation

/// Makes the first pinned configuration fontconfig's current one, before Pango starts.
///
/// Why: a new Pango fontconfig font map starts a thread that calls `FcInit()`, which loads
/// the whole system configuration (67 files and 27 caches here) when there is no current
/// configuration, and the first layout waits for that thread: 4.8 ms of every process for a
/// configuration plotnn never uses (each font map has its own pinned one). With a current
/// configuration `FcInit()` returns at once (font phase 0.6 ms, same bytes). Only the first
/// call acts: fontconfig keeps a reference to the configuration, so the caller may destroy
/// its own as usual. The state is the process's (fontconfig's current configuration is
/// process-wide), hence a lock, not a value.
enum FontconfigCurrent {
  private static let lock = NSLock()
  nonisolated(unsafe) private static var done = false

  static func setOnce(_ config: OpaquePointer) {
    lock.withLock {
      guard !done else { return }
      done = FcConfigSetCurrent(config) != 0
    }
  }
}
