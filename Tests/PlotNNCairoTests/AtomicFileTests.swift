import Foundation
import PlotNNCore
import Testing

@testable import PlotNNCairo

@Suite struct AtomicFileTests {
  static func folder() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("plotnn-atomic-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test func replacesContentsKeepsPermissionsAndLeavesNoTemporaryFile() throws {
    let dir = try Self.folder()
    let file = dir + "/figure.png"
    try Data("old".utf8).write(to: URL(fileURLWithPath: file))
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
    try AtomicFile.write(Array("new".utf8), to: file)
    #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == Data("new".utf8))
    let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["figure.png"])
  }

  @Test func aSymbolicLinkStaysALinkAndItsTargetIsReplaced() throws {
    let dir = try Self.folder()
    try Data("old".utf8).write(to: URL(fileURLWithPath: dir + "/real.svg"))
    try FileManager.default.createSymbolicLink(atPath: dir + "/link.svg", withDestinationPath: "real.svg")
    try AtomicFile.write(Array("new".utf8), to: dir + "/link.svg")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/link.svg") == "real.svg")
    #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/real.svg")) == Data("new".utf8))
  }

  @Test func aMissingFolderIsReportedAndNothingIsWritten() throws {
    let dir = try Self.folder()
    #expect(throws: RenderError.missingFolder(path: dir + "/no/x.png", folder: dir + "/no")) {
      try AtomicFile.write([1, 2, 3], to: dir + "/no/x.png")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
  }

  /// A new file gets the mode `open(2)` gives with 0644 under the process umask, whether the
  /// mode was computed before (as the batch does, once, before its threads) or on the spot;
  /// and reading the umask leaves it as it was.
  @Test func newFilesGetTheModeOpenWouldGive() throws {
    let dir = try Self.folder()
    let reference = open(dir + "/by-open", O_CREAT | O_WRONLY | O_EXCL, 0o644)
    #expect(reference >= 0)
    close(reference)
    var info = stat()
    #expect(stat(dir + "/by-open", &info) == 0)
    let expected = info.st_mode & 0o7777
    let before = AtomicFile.newFileMode()
    #expect(before == expected)
    try AtomicFile.write([1], to: dir + "/computed.png", newFileMode: before)
    try AtomicFile.write([1], to: dir + "/on-the-spot.png")
    for name in ["computed.png", "on-the-spot.png"] {
      #expect(stat(dir + "/" + name, &info) == 0)
      #expect(info.st_mode & 0o7777 == expected, "\(name)")
    }
    #expect(AtomicFile.newFileMode() == expected, "the umask was restored")
  }
}
