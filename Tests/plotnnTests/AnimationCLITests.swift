import Foundation
import Testing

/// The animated formats on the command line: chosen by extension or `--animate`, their
/// options checked like every other, and refused with exit 64 and no file past the bounds.
@Suite struct AnimationCLITests {
  @Test func extensionsAndAnimateChooseTheAnimatedFormats() throws {
    let folder = try CLIRunner.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let cases: [([String], String, [UInt8])] = [
      (["--out", "d.gif"], "d.gif", Array("GIF89a".utf8)),
      (["--out", "d.anim.svg"], "d.anim.svg", Array("<?xml".utf8)),
      (["--animate", "--out", "e.svg"], "e.svg", Array("<?xml".utf8)),
      (["--animate"], "descent.gif", Array("GIF89a".utf8)),
    ]
    for (arguments, file, magic) in cases {
      let result = try CLIRunner.run(
        ["descent", "--size", "320x160", "--frames", "4"] + arguments, in: folder)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
      let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(file)))
      #expect(Array(bytes.prefix(magic.count)) == magic, "\(file)")
      if file.hasSuffix("svg") { #expect(String(decoding: bytes, as: UTF8.self).contains("<animate ")) }
    }
  }

  @Test(arguments: [
    (["descent", "--out", "x.gif", "--frames", "0"], "--frames"),
    (["descent", "--out", "x.gif", "--fps", "0"], "--fps"),
    (["descent", "--out", "x.gif", "--fps", "60"], "--fps"),
    (["descent", "--out", "x.gif", "--loop", "0"], "--loop"),
    (["descent", "--out", "x.gif", "--loop", "often"], "forever"),
    (["descent", "--out", "x.gif", "--hold", "-1"], "--hold"),
    (["descent", "--animate", "--out", "x.png"], ".gif"),
    (["relu", "--out", "x.gif"], "no paths to animate"),
    (
      [
        "descent", "--out", "x.gif", "--learning-rate", "0.05", "--steps", "600", "--frames", "600", "--size",
        "1920x1080",
      ],
      "at most 96 frames"
    ),
  ])
  func badAnimationsExit64AndWriteNothing(arguments: [String], mentions: String) throws {
    let folder = try CLIRunner.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CLIRunner.run(arguments, in: folder)
    #expect(result.status == 64, "\(arguments): \(result.stderr)")
    #expect(result.stderr.contains(mentions), "\(result.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }
}
