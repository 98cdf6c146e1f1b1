import CPlotNNCleanup
import Foundation
import PlotNNCore

/// Writes files so that readers see the old contents or the new, never a mix: the bytes
/// go to a uniquely named temporary file in the same folder (``TemporaryFiles``), are
/// flushed to disk (`fsync`, unless the caller syncs later: ``Durability/deferred``), and
/// the file is renamed over the target (atomic within one file system in POSIX). A failure removes the temporary file and leaves any existing file
/// untouched; so does SIGINT or SIGTERM once ``TemporaryFiles/removeOnSignal()`` was called.
///
/// An existing target keeps its permissions (a new file gets 0644 less the umask). What
/// else happens depends on the ``Destination``:
/// - ``Destination/anyPath`` (a single `--out`): a symbolic link stays one and the file it
///   points to is replaced (wherever it is: the user named the link); a target that is not
///   a regular file (a FIFO, `/dev/stdout`, a terminal, a device) is opened and written in
///   place, since renaming over it would replace it by a regular file.
/// - ``Destination/insideFolder`` (a batch's files): nothing is resolved, and a symbolic
///   link or a non-regular file at the path is refused, naming it, so a batch never writes
///   outside its folder nor blocks on a FIFO someone planted there.
public enum AtomicFile {
  /// What the path of a file to write may be (see ``AtomicFile``).
  public enum Destination: Sendable {
    /// Follow links; write non-regular files in place.
    case anyPath
    /// Only a regular file or nothing: links and special files are refused.
    case insideFolder
  }

  /// When the bytes reach the disk.
  ///
  /// Why a batch defers: an `fsync` per file cost about 10 % of a batch in I/O wait, and
  /// the rename alone already keeps readers from seeing a partial file while the system
  /// runs. What it trades: after a power loss or kernel crash before the batch's one
  /// ``syncFolder(_:)``, a file of that batch may be empty, incomplete or old on disk (the
  /// renames may reach the disk before the data); once the batch returns, everything it
  /// wrote is on disk.
  public enum Durability: Sendable {
    /// `fsync` before the rename: a single `--out`, the cache record.
    case synced
    /// No `fsync`: the caller calls ``syncFolder(_:)`` once after its last file.
    case deferred
  }

  /// Writes `bytes` to `path`. A new file gets `newFileMode` (``newFileMode()`` when nil,
  /// which reads the umask: threads writing at once must pass the mode computed before they
  /// started).
  public static func write(
    _ bytes: [UInt8], to path: String, newFileMode: mode_t? = nil, destination: Destination = .anyPath,
    durability: Durability = .synced
  ) throws(RenderError) {
    try checkDestination(path, destination: destination)
    var target = path
    var info = stat()
    switch destination {
    case .anyPath:
      // Follow the path as open(2) would: a link to a pipe or a terminal (/dev/stdout) is
      // written through in place, a link to a regular file replaces that file (realpath
      // resolves every level), and a link to nothing or a loop is refused: renaming over
      // it would replace the link itself (once, /dev/stdout).
      var link = stat()
      let isLink = lstat(path, &link) == 0 && link.st_mode & S_IFMT == S_IFLNK
      if stat(path, &info) == 0 {
        if info.st_mode & S_IFMT != S_IFREG { return try writeInPlace(bytes, to: path, mode: info.st_mode) }
        if isLink, let real = realpath(path, nil) {
          target = String(cString: real)
          free(real)
        }
      } else if isLink {
        throw .writeFailed(
          path: path,
          reason: "it is a symbolic link to a file that does not exist, or a loop of links; "
            + "remove the link or point it at a file")
      }
    case .insideFolder:
      break
    }
    let folder = parent(of: target)
    let temporary = try TemporaryFiles.create(in: folder, for: lastComponent(of: target))
    defer { temporary.release() }
    let fd = temporary.fd
    var failure: String?
    let mode = existingMode(of: target) ?? newFileMode ?? Self.newFileMode()
    if fchmod(fd, mode) != 0 { failure = String(cString: strerror(errno)) }
    if failure == nil { failure = writeAll(bytes, to: fd) }
    if failure == nil, durability == .synced, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
    if close(fd) != 0, failure == nil { failure = String(cString: strerror(errno)) }
    if failure == nil, rename(temporary.path, target) != 0 { failure = String(cString: strerror(errno)) }
    if let failure {
      unlink(temporary.path)
      throw .writeFailed(path: path, reason: failure)
    }
  }

  /// Flushes to disk what was written into `folder` with ``Durability/deferred`` (and
  /// everything else on its file system: Linux's `syncfs`, one call, however many files).
  public static func syncFolder(_ folder: String) throws(RenderError) {
    if plotnn_sync_folder(folder) != 0 {
      throw .writeFailed(path: folder, reason: String(cString: strerror(errno)))
    }
  }

  /// Writes into an existing file that is not a regular file (FIFO, character device) of
  /// type `mode`: opened for writing without creating or truncating. A FIFO must have a
  /// reader already: it is opened without blocking (ENXIO when nobody reads), so plotnn
  /// never hangs waiting for one; once open, writes block as usual while the reader catches
  /// up. ENXIO from a device means something else (`/dev/tty` without a controlling
  /// terminal: no such device), so only a FIFO's is reported as a missing reader.
  private static func writeInPlace(_ bytes: [UInt8], to path: String, mode: mode_t) throws(RenderError) {
    var fd: Int32 = -1
    repeat { fd = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK) } while fd < 0 && errno == EINTR
    guard fd >= 0 else {
      let error = errno
      let reason =
        error == ENXIO && mode & S_IFMT == S_IFIFO
        ? "it is a FIFO that nobody reads; start its reader first"
        : "it is \(kindName(mode)) that cannot be opened for writing (\(String(cString: strerror(error))))"
      throw .writeFailed(path: path, reason: reason)
    }
    let flags = fcntl(fd, F_GETFL)
    if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
    var failure = writeAll(bytes, to: fd)
    if close(fd) != 0, failure == nil, errno != EINTR { failure = String(cString: strerror(errno)) }
    if let failure { throw .writeFailed(path: path, reason: failure) }
  }

  /// Writes all of `bytes` to `fd` (retrying short writes and EINTR); the error's text, or nil.
  static func writeAll(_ bytes: [UInt8], to fd: Int32) -> String? {
    var written = 0
    while written < bytes.count {
      let n = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress.map { $0 + written }, bytes.count - written) }
      if n < 0 {
        if errno == EINTR { continue }
        return String(cString: strerror(errno))
      }
      written += n
    }
    return nil
  }

  /// Fails early, naming the problem, when `path` cannot be a file we may write: it is a
  /// folder, its folder is missing or is a file, or (``Destination/insideFolder``) it is a
  /// symbolic link or a special file. A folder at a batch's path is reported as in the way
  /// (the batch picked the name), not with `--out`'s advice to give a file name.
  public static func checkDestination(_ path: String, destination: Destination = .anyPath) throws(RenderError) {
    var info = stat()
    if destination == .insideFolder, lstat(path, &info) == 0 {
      switch info.st_mode & S_IFMT {
      case S_IFREG: break
      case S_IFLNK:
        let link = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)).map { " (to '\($0)')" } ?? ""
        throw .writeFailed(
          path: path,
          reason: "it is a symbolic link\(link); a batch writes only inside its folder and does not follow links: "
            + "remove the link")
      case S_IFDIR:
        // Not the command line's advice (`--out` takes a file name): the batch chose the
        // name, so the folder is what has to go.
        throw .writeFailed(
          path: path, reason: "a folder of that name is in the way; move or rename it so the figure can be written")
      default:
        throw .writeFailed(
          path: path, reason: "it is \(kindName(info.st_mode)), not a regular file; a batch writes only regular files")
      }
    }
    if path.hasSuffix("/") || (stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR) {
      throw .outputIsFolder(path: path)
    }
    try checkFolder(of: path)
  }

  /// The folder part of `path` must be a folder: missing, or a file on the way, is named.
  private static func checkFolder(of path: String) throws(RenderError) {
    let shown = folderText(of: path)
    let folder = shown.isEmpty ? "." : shown
    var info = stat()
    if stat(folder, &info) == 0 {
      if info.st_mode & S_IFMT == S_IFDIR { return }
      throw .notAFolder(path: path, file: shown)
    }
    guard errno == ENOTDIR else { throw .missingFolder(path: path, folder: shown) }
    // Some component on the way is a file: name the first one.
    var prefix = folder.hasPrefix("/") ? "" : "."
    for component in folder.split(separator: "/") {
      prefix = prefix == "." ? String(component) : prefix + "/" + component
      if stat(prefix, &info) == 0, info.st_mode & S_IFMT != S_IFDIR {
        throw .notAFolder(path: path, file: prefix)
      }
    }
    throw .notAFolder(path: path, file: shown)
  }

  /// "a FIFO", "a character device", ...
  private static func kindName(_ mode: mode_t) -> String {
    switch mode & S_IFMT {
    case S_IFIFO: "a FIFO"
    case S_IFCHR: "a character device"
    case S_IFBLK: "a block device"
    case S_IFSOCK: "a socket"
    default: "a special file"
    }
  }

  /// The folder part of `path` as written ("" for a bare name, "/" for "/x"). Not
  /// NSString's `deletingLastPathComponent`, which traps on a one-character name in
  /// swift-corelibs-foundation (`--out p`, and `plotnn figures x` or `figures ÿ`, SIGILL,
  /// found by the hostile review): every folder of a path given by a user is taken by this.
  public static func folderText(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    let folder = path[..<slash]
    return folder.isEmpty ? "/" : String(folder)
  }

  private static func parent(of path: String) -> String {
    let folder = folderText(of: path)
    return folder.isEmpty ? "." : folder
  }

  /// The last component of `path` as written (all of a bare name), by the rule of
  /// ``folderText(of:)``: NSString's `lastPathComponent` traps on a one-character name too.
  public static func lastComponent(of path: String) -> String {
    path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
  }

  /// `name` without its extension: up to its last dot, when that dot neither starts nor
  /// ends the name ("page.md" → "page", ".hidden" and "x." stay). NSString's
  /// `deletingPathExtension` traps on a one-character name.
  public static func stem(of name: String) -> String {
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex, name.index(after: dot) != name.endIndex else {
      return name
    }
    return String(name[..<dot])
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
