import Foundation
import Testing

/// Paths of one character (issue 8, found by the hostile review with seed 31): NSString's
/// path methods trap on them in swift-corelibs-foundation, and `plotnn figures x` ended by
/// SIGILL before reading anything. Every folder, last component and stem of a user's path is
/// now taken as text (``AtomicFile/folderText(of:)``).
@Suite struct OneCharacterPathTests {
  /// A manifest named by one character that does not exist: a clear failure, no signal.
  @Test(arguments: ["x", "ÿ", "字"]) func aMissingOneCharacterManifestIsAnError(name: String) throws {
    let folder = try CLIRunner.scratchFolder()
    let result = try CLIRunner.run(["figures", name], in: folder)
    #expect(!result.signalled, "\(result.stderr)")
    #expect(result.status == 1 || result.status == 64, "status \(result.status): \(result.stderr)")
    #expect(result.stderr.contains(name), "\(result.stderr)")
  }

  /// A Markdown page of one character is read and written, its images' folder named after it.
  @Test func aOneCharacterMarkdownPageIsRead() throws {
    let folder = try CLIRunner.scratchFolder()
    try "# t\n".write(to: folder.appendingPathComponent("y"), atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["markdown", "y", "--out", "z"], in: folder)
    #expect(!result.signalled, "\(result.stderr)")
    #expect(result.status == 0, "status \(result.status): \(result.stderr)")
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("z").path))
  }
}
