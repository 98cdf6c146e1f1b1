import Foundation

/// Checked writes to standard output: `print` ignores errors, so `plotnn list > /dev/full`
/// or a closed standard output would exit 0 having written nothing. Every byte plotnn puts
/// on standard output goes through here, unbuffered (`write(2)` on descriptor 1, short
/// writes and EINTR retried), and the first failure is an error (exit 1, one message).
///
/// A reader that goes away (`plotnn sample … | head -1`): SIGPIPE is ignored
/// (``PlotNN/main()``), so the write fails with EPIPE and is reported (exit 1), never a signal.
enum StandardOutput {
  struct Failure: Error, CustomStringConvertible, LocalizedError {
    var reason: String
    var description: String { "cannot write to standard output: \(reason)" }
    var errorDescription: String? { description }
  }

  /// Fails when descriptor 1 is not open for writing (`plotnn list >&-`), before any work.
  static func checkOpen() throws(Failure) {
    let flags = fcntl(STDOUT_FILENO, F_GETFL)
    guard flags >= 0 else { throw Failure(reason: "it is closed (\(String(cString: strerror(errno))))") }
    guard flags & O_ACCMODE != O_RDONLY else { throw Failure(reason: "it is open for reading only") }
  }

  static func write(_ text: String) throws {
    var text = text
    try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
  }

  static func write(_ bytes: [UInt8]) throws {
    try bytes.withUnsafeBytes { try write($0) }
  }

  static func write(_ buffer: UnsafeRawBufferPointer) throws(Failure) {
    guard let base = buffer.baseAddress else { return }
    var written = 0
    while written < buffer.count {
      let n = Foundation.write(STDOUT_FILENO, base + written, buffer.count - written)
      if n < 0 {
        if errno == EINTR { continue }
        throw Failure(reason: String(cString: strerror(errno)))
      }
      written += n
    }
  }
}
