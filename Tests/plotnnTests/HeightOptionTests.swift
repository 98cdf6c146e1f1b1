import Foundation
import Testing

/// `--height` as `--width`'s twin (issue 10); the sizes it gives are in ``SizeReference``
/// (PhysicalSizeTests). Here: it excludes `--size`, as `--width` does, and a manifest takes
/// `height:` too.
@Suite struct HeightOptionTests {
  @Test func heightAndSizeExcludeEachOther() throws {
    let result = try CLIRunner.run(["relu", "--size", "640x480", "--height", "2in", "--out", "-", "--format", "svg"])
    #expect(
      result.status == 64 && result.stderr.contains("--height and --size both set the figure's height"),
      "\(result.stderr)")
  }

  @Test func theManifestTakesAHeight() throws {
    let folder = try CLIRunner.scratchFolder()
    try "figures:\n  - name: f\n    functions: relu\n    height: 2in\n    formats: [svg]\n".write(
      to: folder.appendingPathComponent("m.yaml"), atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["figures", "m.yaml", "--out-dir", "out"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let svg = try String(contentsOf: folder.appendingPathComponent("out/f.svg"), encoding: .utf8)
    // 2 in is 144 pt; the line figure's 4:3 makes the width 192 pt.
    #expect(svg.contains(#"width="192pt" height="144pt""#), "\(svg.prefix(300))")
  }
}
