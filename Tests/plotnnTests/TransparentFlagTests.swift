import Foundation
import Testing

/// `--transparent`: the page is left unpainted, as a style's `transparent: true`.
@Suite struct TransparentFlagTests {
  /// PNG colour type (IHDR byte 25): 6 (RGBA) with the flag, 2 (RGB) without; the SVG
  /// loses its page rectangle and nothing else.
  @Test func theFlagLeavesThePageUnpainted() throws {
    let clear = try PhysicalSizeTests.render(["--transparent"], "png")
    let opaque = try PhysicalSizeTests.render([], "png")
    #expect(clear[25] == 6 && opaque[25] == 2, "colour types \(clear[25]), \(opaque[25])")
    let clearSVG = String(decoding: try PhysicalSizeTests.render(["--transparent"], "svg"), as: UTF8.self)
    let opaqueSVG = String(decoding: try PhysicalSizeTests.render([], "svg"), as: UTF8.self)
    let page = #"<rect x="0" y="0" width="480" height="360""#
    #expect(!clearSVG.contains(page) && opaqueSVG.contains(page))
    #expect(clearSVG.count < opaqueSVG.count)
  }

  /// The flag and a style file's key give the same bytes.
  @Test func theFlagIsTheStyleKey() throws {
    let folder = try CLIRunner.scratchFolder()
    try "transparent: true\n".write(to: folder.appendingPathComponent("clear.yaml"), atomically: true, encoding: .utf8)
    let a = try CLIRunner.run(["relu", "--transparent", "--out", "a.png"], in: folder)
    let b = try CLIRunner.run(["relu", "--style", "clear.yaml", "--out", "b.png"], in: folder)
    #expect(a.status == 0 && b.status == 0, "\(a.stderr) \(b.stderr)")
    let bytes = { (name: String) in try Data(contentsOf: folder.appendingPathComponent(name)) }
    #expect(try bytes("a.png") == bytes("b.png"))
  }
}
