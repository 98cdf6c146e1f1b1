import Foundation
import Testing

/// The figure-wide drawing budget through the built binary (issue 8): curves too dense to
/// draw at the size asked for are refused before anything is drawn or written, exit 64,
/// one message naming the limit and what lowers the work; where the later curves cover the
/// earlier ones, the figure is drawn.
@Suite struct CLIDrawingBudgetTests {
  static func sines(_ ks: ClosedRange<Int>, shifted: Bool = false) -> [String] {
    ks.map { shifted ? "sin(2*x+\($0))" : "sin(\($0)*x)" }
  }

  /// Three curves each a picture of 1272 full-height strokes (none covers another): 29
  /// million pixels of edge at the largest square size, over the limit of 10 million.
  @Test(arguments: ["png", "svg", "pdf"]) func curvesTooDenseToDrawAreRefusedUpFront(format: String) throws {
    let folder = try CLIRunner.scratchFolder()
    let result = try CLIRunner.run(
      Self.sines(1...3, shifted: true) + [
        "--from", "-1000", "--to", "1000", "--size", "5792x5792", "--out", "f.\(format)",
      ],
      in: folder)
    #expect(result.status == 64, "status \(result.status): \(result.stderr)")
    #expect(!result.signalled)
    let message = result.stderr
    #expect(message.contains("the 3 curves are too dense to draw at this --size"), "\(message)")
    #expect(message.contains("at most 10.0 million"), "\(message)")
    #expect(message.contains("--from") && message.contains("--to") && message.contains("smaller --size"), "\(message)")
    #expect(message.split(separator: "\n").count == 1, "\(message)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  /// The figure of the issue, eight sines sin(k·x) over ±1000, is refused at 5792×5792
  /// (25 million pixels of edge, 3.4 s on main) and drawn at 1920×1080, its last curve a
  /// solid block over the others.
  @Test func eightSinesAreRefusedAtTheLargestSizeAndDrawnAtAnOrdinaryOne() throws {
    let folder = try CLIRunner.scratchFolder()
    let range = ["--from", "-1000", "--to", "1000"]
    let large = try CLIRunner.run(Self.sines(1...8) + range + ["--size", "5792x5792", "--out", "l.png"], in: folder)
    #expect(large.status == 64 && large.stderr.contains("the 8 curves are too dense"), "\(large.stderr)")
    let ordinary = try CLIRunner.run(Self.sines(1...8) + range + ["--size", "1920x1080", "--out", "o.png"], in: folder)
    #expect(ordinary.status == 0, "status \(ordinary.status): \(ordinary.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["o.png"])
  }

  /// The hostile review's finding (seed 11, #566): 64 dense sines at 1920×1080 were drawn
  /// within the edge bound (each later band covers the earlier ones) but as half a million
  /// vertices, 2.2 s CPU as a PDF; refused now for their vertices, in every format, before
  /// anything is written.
  @Test(arguments: ["png", "pdf"]) func curvesWithTooManyVerticesAreRefusedUpFront(format: String) throws {
    let folder = try CLIRunner.scratchFolder()
    let result = try CLIRunner.run(
      Self.sines(1...64) + ["--from", "-1000", "--to", "1000", "--size", "1920x1080", "--out", "f.\(format)"],
      in: folder)
    #expect(result.status == 64, "status \(result.status): \(result.stderr)")
    #expect(!result.signalled)
    let message = result.stderr
    #expect(message.contains("the 64 curves are too detailed to draw at this --size"), "\(message)")
    #expect(message.contains("at most 250 thousand"), "\(message)")
    #expect(message.split(separator: "\n").count == 1, "\(message)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }
}
