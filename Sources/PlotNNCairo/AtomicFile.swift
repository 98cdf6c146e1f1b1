import Foundation

/// Writes files so that readers see the old contents or the new, never a mix: the bytes
/// go to a temporary file in the same folder, which is then renamed over the target
/// (rename within one file system is atomic in POSIX). A failure removes the temporary
/// file and leaves any existing file untouched.
public enum AtomicFile {
  public static func write(_ bytes: [UInt8], to path: String) throws(RenderError) {
    try checkDestination(path)
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    let temporary = folder + "/.\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp"
    let created = FileManager.default.createFile(
      atPath: temporary, contents: Data(bytes), attributes: [.posixPermissions: 0o644])
    guard created else {
      try? FileManager.default.removeItem(atPath: temporary)
      throw .writeFailed(
        path: path, reason: "could not create a file in '\(folder)' (\(String(cString: strerror(errno))))")
    }
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(atPath: temporary)
      throw .writeFailed(path: path, reason: reason)
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
}
