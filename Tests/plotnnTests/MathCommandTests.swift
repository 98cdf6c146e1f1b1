import Foundation
import Testing

/// `plotnn math`: a cropped image, the same bytes every run, and faults as exit 64 with a
/// caret under the fault.
@Suite struct MathCommandTests {
  @Test func writesACroppedReproduciblePNG() throws {
    let folder = try CLIRunner.scratchFolder()
    let args = ["math", "\\frac{1}{1+e^{-x}}", "--out", "a.png", "--font-size", "20", "--dpi", "72", "--padding", "0"]
    let first = try CLIRunner.run(args, in: folder)
    #expect(first.status == 0, "\(first.stderr)")
    let bytes = try Data(contentsOf: folder.appendingPathComponent("a.png"))
    #expect(try CLIRunner.run(args.map { $0 == "a.png" ? "b.png" : $0 }, in: folder).status == 0)
    #expect(try Data(contentsOf: folder.appendingPathComponent("b.png")) == bytes)
    // IHDR width and height (big-endian at bytes 16…23): a 20 pt fraction is a few em wide, not a page.
    let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
    let height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
    #expect((40...120).contains(width) && (30...70).contains(height), "\(width)×\(height)")
  }

  @Test(arguments: [
    ("\\frca{1}{2}", "did you mean \\frac", "  \\frca{1}{2}\n  ^"),
    ("x + {y", "is never closed", "  x + {y\n      ^"),
    ("\\left( x", "has no \\right", "  \\left( x\n  ^"),
    ("a & b", "outside an environment", "  a & b\n    ^"),
    ("a $\\frca$ b", "did you mean \\frac", "  a $\\frca$ b\n     ^"),
  ])
  func faultsExit64WithACaret(tex: String, mentions: String, caret: String) throws {
    let folder = try CLIRunner.scratchFolder()
    let result = try CLIRunner.run(["math", tex, "--out", "x.svg"], in: folder)
    #expect(result.status == 64)
    #expect(result.stderr.contains(mentions), "\(result.stderr)")
    #expect(result.stderr.contains(caret), "\(result.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test func mathFontOptionAndUnknownFont() throws {
    let folder = try CLIRunner.scratchFolder()
    let ok = try CLIRunner.run(["math", "x^2", "--math-font", "Latin Modern Math", "--out", "lm.pdf"], in: folder)
    #expect(ok.status == 0, "\(ok.stderr)")
    let bad = try CLIRunner.run(["math", "x^2", "--math-font", "Latin Modren Math", "--out", "x.png"], in: folder)
    #expect(bad.status == 64 && bad.stderr.contains("Latin Modern Math"), "\(bad.stderr)")
  }

  /// A figure's title takes `$…$`; a bad formula there is refused like bad markup (exit 64,
  /// naming --title and the command); --math-font names the math font of any figure.
  @Test func figureTitlesTypesetMath() throws {
    let folder = try CLIRunner.scratchFolder()
    let ok = try CLIRunner.run(
      ["relu", "--title", "ReLU: $\\max(0, x)$", "--math-font", "Latin Modern Math", "--out", "r.svg"], in: folder)
    #expect(ok.status == 0, "\(ok.stderr)")
    let bad = try CLIRunner.run(["relu", "--title", "$\\frca{1}{2}$", "--out", "r2.png"], in: folder)
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("--title") && bad.stderr.contains("did you mean \\frac"), "\(bad.stderr)")
  }
}
