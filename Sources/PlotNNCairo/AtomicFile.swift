import Foundation
import PlotNNCore

/// Writes files so that readers see the old contents or the new, never a mix: the bytes
/// go to a uniquely named temporary file in the same folder (`mkstemp`), are flushed to
/// disk (`fsync`), and the file is renamed over the target (atomic within one file system
/// in POSIX). A failure removes the temporary file and leaves any existing file untouched.
///
/// An existing target keeps its permissions (a new file gets 0644 less the umask), and a
/// target that is a symbolic link stays one: the file it points to is replaced.
public enum AtomicFile {
  /// Writes `bytes` to `path`. A new file gets `newFileMode` (``newFileMode()`` when nil,
  /// which reads the umask: threads writing at once must pass the mode computed before they
  /// started).
  public static func write(_ bytes: [UInt8], to path: String, newFileMode: mode_t? = nil) throws(RenderError) {
    try checkDestination(path)
    let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    let folder = (target as NSString).deletingLastPathComponent
    var template = Array((folder + "/." + (target as NSString).lastPathComponent + ".XXXXXX").utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
    guard fd >= 0 else {
      throw .writeFailed(
        path: path, reason: "could not create a file in '\(folder)' (\(String(cString: strerror(errno))))")
    }
    let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var failure: String?
    let mode = existingMode(of: target) ?? newFileMode ?? Self.newFileMode()
    if fchmod(fd, mode) != 0 { failure = String(cString: strerror(errno)) }
    var written = 0
    while failure == nil, written < bytes.count {
      let n = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress.map { $0 + written }, bytes.count - written) }
      if n < 0 {
        if errno == EINTR { continue }
        failure = String(cString: strerror(errno))
      } else {
        written += n
      }
    }
    if failure == nil, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
    if close(fd) != 0, failure == nil { failure = String(cString: strerror(errno)) }
    if failure == nil, rename(temporary, target) != 0 { failure = String(cString: strerror(errno)) }
    if let failure {
      unlink(temporary)
      throw .writeFailed(path: path, reason: failure)
    }
  }

  /// Fails early, naming the problem, when `path` cannot be a file we may replace.
  public static func checkDestination(_ path: String) throws(RenderError) {
    var isFolder: ObjCBool = false
    if path.hasSuffix("/")
      || (FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue)
    {
      throw .outputIsFolder(path: path)
    }
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
      throw .missingFolder(path: path, folder: (path as NSString).deletingLastPathComponent)
    }
  }

  private static func existingMode(of path: String) -> mode_t? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return info.st_mode & 0o7777
  }

  /// 0644 less the process umask, as `open(2)` would give a new file. POSIX reads the umask
  /// only by setting it, so this sets it to 0 and back: call it before starting threads that
  /// create files (a file created in between would get mode 0666/0777 less nothing).
  public static func newFileMode() -> mode_t {
    let mask = umask(0)
    umask(mask)
    return 0o644 & ~mask
  }
}
