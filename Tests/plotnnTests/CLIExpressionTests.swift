import Foundation
import Testing

/// Expressions on the command line and in manifests, run through the built binary.
@Suite struct CLIExpressionTests {
  @Test func plotOfAnExpressionBesideABuiltinWritesAPNG() throws {
    let folder = try CLIRunner.scratchFolder()
    let result = try CLIRunner.run(
      ["x*sigmoid(1.702*x)", "gelu", "--with-derivative", "--out", "gelu-vs-approx.png"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let png = try Data(contentsOf: folder.appendingPathComponent("gelu-vs-approx.png"))
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    #expect(png.count > 10_000)
  }

  @Test func defaultFileNameOfAnExpression() throws {
    let folder = try CLIRunner.scratchFolder()
    let result = try CLIRunner.run(["x*sigmoid(1.702*x)"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["x-sigmoid-1-702-x.png"])
  }

  @Test func anExpressionStartingWithMinusFollowsDoubleDash() throws {
    let folder = try CLIRunner.scratchFolder()
    let result = try CLIRunner.run(["--out", "p.svg", "--", "-x^2"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("p.svg").path))
  }

  /// `sample` prints the expression's values and its automatic derivative, which match
  /// Mish's derivative written out by hand: tanh(s) + x·sech²(s)·σ(x), s = ln(1 + eˣ).
  @Test func sampleOfAnExpressionMatchesTheAnalyticDerivative() throws {
    let result = try CLIRunner.run(["sample", "x*tanh(softplus(x))", "--from", "-1", "--to", "1", "--count", "3"])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "x,y,dy" && lines.count == 4)
    for line in lines.dropFirst() {
      let v = line.split(separator: ",").compactMap { Double(String($0)) }
      try #require(v.count == 3)
      let (x, y, dy) = (v[0], v[1], v[2])
      let s = log1p(exp(x))
      let sech2 = 1 / (cosh(s) * cosh(s))
      #expect(abs(y - x * tanh(s)) <= 1e-15)
      #expect(abs(dy - (tanh(s) + x * sech2 / (1 + exp(-x)))) <= 1e-12, "\(line)")
    }
    #expect(lines.map { $0.split(separator: ",").first.map(String.init) } == ["x", "-1.0", "0.0", "1.0"])
  }

  @Test func sampleJSONNamesTheExpression() throws {
    let result = try CLIRunner.run([
      "sample", "abs(x)", "--count", "3", "--from", "-1", "--to", "1", "--format", "json",
    ])
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    #expect(object?["function"] as? String == "abs(x)")
    let points = try #require(object?["points"] as? [[String: Double]])
    #expect(points.map { $0["dy"] } == [-1, 0, 1])  // abs′(0) = 0
  }

  /// (arguments, text the message must contain, the caret line that must follow)
  static let errors: [([String], String, String?)] = [
    (["x*sigmod(x)"], "unknown function 'sigmod' at column 3; did you mean sigmoid?", "      ^~~~~~"),
    (["2x"], "implicit multiplication", "     ^"),
    (["sin(x"], "'(' at column 4 is never closed", "       ^"),
    (["x)"], "')' at column 2 has no matching '('", "     ^"),
    (["x+"], "missing operand after '+'", "      ^"),
    (["x*2 junk"], "missing operator between '2' and 'junk'", "        ^~~~"),
    (["where(x, 0, x)"], "must be a comparison", nil),
    ([String(repeating: "x+", count: 600) + "x"], "too long: 1201 characters, the limit is 1000", nil),
    ([String(repeating: "(", count: 100) + "x" + String(repeating: ")", count: 100)], "nested too deeply", nil),
    (["sample", "x*sigmod(x)"], "did you mean sigmoid?", "      ^~~~~~"),
    (["sample", "lealy-relu"], "did you mean leaky-relu?", nil),
    (["relu", "leaky-relu(x, alfa=2)"], "no parameter 'alfa'", "                  ^~~~"),
  ]

  @Test(arguments: errors)
  func badExpressionsExit64WithACaret(arguments: [String], mentions: String, caret: String?) throws {
    let folder = try CLIRunner.scratchFolder()
    let args = arguments.first == "sample" ? arguments : arguments + ["--out", "x.png"]
    let result = try CLIRunner.run(args, in: folder)
    #expect(result.status == 64, "\(arguments): status \(result.status), stderr \(result.stderr)")
    #expect(result.stderr.contains(mentions), "\(result.stderr)")
    if let caret { #expect(result.stderr.split(separator: "\n").contains { $0 == caret }, "\(result.stderr)") }
    #expect(!result.stderr.contains("Fatal error"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test func manifestFiguresWithExpressions() throws {
    let folder = try CLIRunner.scratchFolder()
    let manifest = """
      defaults: {formats: [svg], size: 400x300}
      figures:
        - {name: a, functions: ["x*sigmoid(1.702*x)", gelu], curves: both, section: "Custom"}
        - name: b
          section: Custom
          functions: [x*tanh(softplus(x)), mish]
          from: -4
          to: 3
      """
    try Data(manifest.utf8).write(to: folder.appendingPathComponent("m.yaml"))
    let result = try CLIRunner.run(["figures", "m.yaml", "--out-dir", "out"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path)
    #expect(Set(files).isSuperset(of: ["a.svg", "b.svg"]))

    let bad = "figures:\n  - {name: c, functions: ['x*sigmod(x)']}\n"
    try Data(bad.utf8).write(to: folder.appendingPathComponent("bad.yaml"))
    let failed = try CLIRunner.run(["figures", "bad.yaml", "--out-dir", "out2"], in: folder)
    #expect(failed.status != 0 && failed.stderr.contains("did you mean sigmoid?"), "\(failed.stderr)")
  }
}

@Suite struct LeadingMinusTests {
  @Test func anExpressionMayStartWithAMinus() throws {
    let folder = try CLIRunner.scratchFolder()
    let result = try CLIRunner.run(["-x^2", "relu", "--out", "p.svg", "--from", "-2"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("p.svg").path))
  }

  @Test func aMistypedLongOptionIsReportedAsAnOption() throws {
    let result = try CLIRunner.run(["relu", "--fro", "-10", "--out", "x.png"], in: try CLIRunner.scratchFolder())
    #expect(result.status == 64)
    #expect(result.stderr.contains("unknown option '--fro'"))
  }
}

@Suite struct SampleArgumentTests {
  @Test func sampleTakesAnExpressionStartingWithMinus() throws {
    let result = try CLIRunner.run(["sample", "-x^2", "--from", "-1", "--to", "1", "--count", "3"])
    #expect(result.status == 0, "\(result.stderr)")
    let rows = result.stdout.split(separator: "\n").dropFirst().map {
      $0.split(separator: ",").compactMap { Double($0) }
    }
    // f = −x², f′ = −2x at x = −1, 0, 1.
    #expect(rows == [[-1, -1, 2], [0, 0, 0], [1, -1, -2]])
  }

  @Test func sampleTakesExactlyOneFunction() throws {
    let two = try CLIRunner.run(["sample", "relu", "tanh"])
    #expect(two.status == 64 && two.stderr.contains("exactly one function"))
    let none = try CLIRunner.run(["sample"])
    #expect(none.status == 64 && none.stderr.contains("exactly one function"))
  }
}
