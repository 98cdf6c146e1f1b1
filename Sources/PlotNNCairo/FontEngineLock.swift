import Foundation

/// The one lock under which plotnn's threads use fonts: Pango layout and shaping, drawing
/// glyphs, and finishing a vector surface (which subsets the fonts it used).
///
/// Why a process-wide lock: Cairo 1.16 keeps every FreeType face of the process in one
/// font map on one `FT_Library` and closes the least recently used face when more than ten
/// are open; `FT_New_Face` on a shared library must not run beside another thread's use of
/// the library's faces. With the styles' fonts (DejaVu, Latin Modern, TeX Gyre, Noto CJK:
/// more than ten faces) `plotnn figures --jobs 8` crashed in `FT_Get_Next_Char` during an
/// SVG's font subsetting about once in 30 batches. The resource is the process's, so the
/// lock is too; everything else of a figure (sampling, layout arithmetic, stroking and
/// filling, PNG encoding) still runs in parallel.
enum FontEngineLock {
  private static let lock = NSLock()

  static func withLock<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
    lock.lock()
    defer { lock.unlock() }
    return try body()
  }
}
