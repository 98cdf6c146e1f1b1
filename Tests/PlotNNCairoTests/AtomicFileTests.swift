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
}
