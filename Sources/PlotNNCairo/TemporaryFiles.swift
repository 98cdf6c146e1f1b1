import CPlotNNCleanup
import Foundation
import PlotNNCore

/// The temporary files ``AtomicFile`` writes before renaming them over their targets: how
/// they are named, removed when the process is interrupted, and swept when a process that
/// wrote them died without removing them (SIGKILL, a power cut).
///
/// A temporary file is `.plotnn-tmp-<pid>-<12 random letters or digits>-<target name>` in
/// the target's folder, the target name cut (at a character boundary) so the whole name
/// stays within NAME_MAX (255 bytes) however long the target's name is. A figure's name in a
/// manifest cannot start with '.', so no file a batch writes has this form; the pid says
/// whether the writer is still running, so a sweep never removes a live process's file.
public enum TemporaryFiles {
  /// What every temporary name starts with.
  public static let prefix = ".plotnn-tmp-"
  /// Longest file name (bytes) of the file systems plotnn writes to (Linux, macOS).
  public static let nameMax = 255
  static let randomLength = 12

  /// The temporary name for a target called `name` (its last path component), written by
  /// process `pid`, with `random` (``randomLength`` characters) to make it unique.
  static func name(for name: String, pid: pid_t, random: String) -> String {
    let head = prefix + String(pid) + "-" + random + "-"
    var budget = nameMax - head.utf8.count
    var kept = String.UnicodeScalarView()
    for scalar in name.unicodeScalars {
      let size = String(scalar).utf8.count
      guard size <= budget else { break }
      budget -= size
      kept.append(scalar)
    }
    return head + String(kept)
  }

  /// Twelve characters from [A-Za-z0-9].
  static func randomPart() -> String {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    var generator = SystemRandomNumberGenerator()
    return String((0..<randomLength).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
  }

  /// The pid of the process that wrote the temporary file called `name`, or nil when the
  /// name is not one of ours.
  public static func writer(ofName name: String) -> pid_t? {
    guard name.hasPrefix(prefix) else { return nil }
    let rest = name.utf8.dropFirst(prefix.utf8.count)
    let digits = rest.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    let afterDigits = rest.dropFirst(digits.count)
    guard (1...10).contains(digits.count), let pid = pid_t(String(decoding: digits, as: UTF8.self)), pid > 0,
      afterDigits.first == UInt8(ascii: "-")
    else { return nil }
    let random = afterDigits.dropFirst().prefix(randomLength)
    guard random.count == randomLength,
      random.allSatisfy({ (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }),
      afterDigits.dropFirst(1 + randomLength).first == UInt8(ascii: "-")
    else { return nil }
    return pid
  }

  /// Removes from `folder` the temporary files whose writer is no longer running (not this
  /// process, and `kill(pid, 0)` says no such process); returns the names removed. Only
  /// regular files with our name pattern are touched. A writer in another pid namespace
  /// (another container writing into the same folder) looks dead: do not share an output
  /// folder across containers while batches run.
  @discardableResult
  public static func sweepStale(in folder: String) -> [String] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
    var removed: [String] = []
    for name in names {
      guard let pid = writer(ofName: name), pid != getpid() else { continue }
      if kill(pid, 0) == 0 || errno != ESRCH { continue }
      let path = folder + "/" + name
      var info = stat()
      guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
      if unlink(path) == 0 { removed.append(name) }
    }
    return removed
  }

  /// Makes SIGINT and SIGTERM remove the temporary files being written, then end the
  /// process by the signal (its default action, so the exit status is the conventional
  /// one). The handler (C, async-signal-safe) unlinks the paths of a fixed table that
  /// ``AtomicFile`` fills before it creates each temporary file and clears after the
  /// rename. Call once, early, from a program (the CLI does); a library does not install
  /// signal handlers by itself. A signal ignored at that moment stays ignored.
  public static func removeOnSignal() {
    _ = plotnn_cleanup_install()
  }

  /// Paths the signal handler's table holds at once (more than the 256 jobs of a batch).
  public static var signalTableCapacity: Int { Int(plotnn_cleanup_capacity()) }

  /// A temporary file created beside `target` (in `folder`), open for writing (mode 0600
  /// until the caller sets it), registered for removal on a signal.
  struct Created {
    var fd: Int32
    var path: String
    var slot: Int32

    /// Takes the path out of the signal table (after the rename, or after removing it).
    func release() { plotnn_cleanup_unregister(slot) }
  }

  /// Creates the temporary file for `name` in `folder`: the name is registered with the
  /// signal handler before the file exists, and the file is created exclusively
  /// (`O_EXCL`), so the handler can only ever remove a file of this process.
  static func create(in folder: String, for name: String) throws(RenderError) -> Created {
    for _ in 0..<100 {
      let path = folder + "/" + Self.name(for: name, pid: getpid(), random: randomPart())
      var slot: Int32 = -1
      let fd = plotnn_cleanup_create(path, &slot)
      if fd >= 0 { return Created(fd: fd, path: path, slot: slot) }
      let error = errno
      if error == EEXIST || error == EINTR { continue }
      throw .writeFailed(
        path: folder + "/" + name,
        reason: "could not create a file in '\(folder)' (\(String(cString: strerror(error))))")
    }
    throw .writeFailed(path: folder + "/" + name, reason: "could not find a free temporary name in '\(folder)'")
  }
}
