import Foundation
import Testing

/// `--xscale` / `--yscale` (issue 12 item 3): log and symlog draw, values ≤ 0 on a log y
/// axis are said once on standard error, and what a log axis cannot hold is a usage error.
@Suite struct AxisScaleCLITests {
  @Test func logAndSymlogDraw() throws {
    let folder = try CLIRunner.scratchFolder()
    for (i, args) in [
      ["exp", "--from", "0", "--to", "20", "--yscale", "log"],
      ["sinh(x)", "--from", "-10", "--to", "10", "--yscale", "symlog", "--ylinthresh", "1"],
      ["x^2", "--from", "0.01", "--to", "100", "--xscale", "log", "--yscale", "log", "--axes", "box"],
      ["sigmoid", "--with-derivative", "--from", "-10", "--to", "10", "--yscale", "log", "--derivative-axis", "right"],
    ].enumerated() {
      let result = try CLIRunner.run(args + ["--out", "f\(i).svg"], in: folder)
      #expect(result.status == 0, "\(args): \(result.stderr)")
      #expect(result.stderr.isEmpty, "\(args): \(result.stderr)")
    }
  }

  @Test func droppedValuesAreSaidOnce() throws {
    let folder = try CLIRunner.scratchFolder()
    let result = try CLIRunner.run(
      ["tanh", "--from", "-5", "--to", "5", "--yscale", "log", "--out", "t.png"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.count == 1, "\(result.stderr)")
    #expect(
      result.stderr.contains("500 of 1000 samples are ≤ 0 and are not drawn on the log y axis"), "\(result.stderr)")
  }

  /// The manifest's `xscale`/`yscale`/`ylinthresh` keys draw the figure, and a figure of a
  /// log y axis with values ≤ 0 says so under its line.
  @Test func manifestKeysDraw() throws {
    let folder = try CLIRunner.scratchFolder()
    let manifest = """
      figures:
        - {name: e, functions: "exp(x)", from: 0, to: 20, yscale: log, formats: [svg]}
        - {name: s, functions: "sinh(x)", from: -10, to: 10, yscale: symlog, ylinthresh: 1, formats: [svg]}
        - {name: p, functions: "x^3", from: 0.1, to: 10, xscale: log, yscale: log, formats: [svg]}
        - {name: t, functions: tanh, from: -5, to: 5, yscale: log, formats: [svg]}
      """
    try manifest.write(to: folder.appendingPathComponent("m.yaml"), atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["figures", "m.yaml", "--out-dir", "out"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    for name in ["e", "s", "p", "t"] {
      #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/\(name).svg").path), "\(name)")
    }
    #expect(result.stderr.contains("t: Tanh: 500 of 1000 samples are ≤ 0"), "\(result.stderr)")
  }

  @Test(arguments: [
    (["x", "--xscale", "log", "--from", "-1", "--to", "10"], ["--from", "greater than 0", "log x axis"]),
    (["x", "--xscale", "log"], ["--from", "greater than 0"]),
    (["x", "--yscale", "log", "--ymin", "0"], ["--ymin", "greater than 0"]),
    (["x", "--yscale", "log", "--aspect", "equal"], ["--aspect", "linear axes"]),
    (["x", "--ylinthresh", "1"], ["--ylinthresh", "--yscale symlog"]),
    (["x", "--yscale", "ln"], ["'ln'", "linear", "log", "symlog"]),
  ])
  func usageErrorsExit64(arguments: [String], mentions: [String]) throws {
    let folder = try CLIRunner.scratchFolder()
    let result = try CLIRunner.run(arguments + ["--out", "f.png"], in: folder)
    #expect(result.status == 64, "\(arguments): \(result.stderr)")
    for word in mentions { #expect(result.stderr.contains(word), "\(word): \(result.stderr)") }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }
}
