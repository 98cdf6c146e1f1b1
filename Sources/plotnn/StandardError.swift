import Foundation

/// Writes to standard error that never fail the command: progress lines and summaries are
/// for a person watching, so when standard error is closed or full (`2>&-`, `2>/dev/full`)
/// they are dropped and the work goes on. (`FileHandle.standardError.write` throws an
/// Objective-C-style error there that Swift turns into a crash, SIGILL.)
enum StandardError {
  static func write(_ text: String) {
    var text = text
    text.withUTF8 { buffer in
      guard let base = buffer.baseAddress else { return }
      var written = 0
      while written < buffer.count {
        let n = Foundation.write(STDERR_FILENO, base + written, buffer.count - written)
        if n < 0 && errno == EINTR { continue }
        guard n > 0 else { return }
        written += n
      }
    }
  }
}
