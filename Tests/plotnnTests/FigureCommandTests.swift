import Foundation
import Testing

/// The figure-kind subcommands and `plotnn figures`.
@Suite struct FigureCommandTests {
  @Test func softmaxTakesNegativeLogitsAsPlainArguments() throws {
    let folder = try CLIRunner.scratchFolder()
    let result = try CLIRunner.run(["softmax", "3", "1", "-3", "--out", "s.svg"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let svg = try String(contentsOf: folder.appendingPathComponent("s.svg"), encoding: .utf8)
    #expect(svg.hasPrefix("<?xml"))
  }

  /// The issue's own example: print looks told apart by dashes and markers, the legend in a
  /// column right of the plot; and a manifest function entry written as a mapping.
  @Test func perCurveLooksRenderFromTheCommandLineAndTheManifest() throws {
    let folder = try CLIRunner.scratchFolder()
    let result = try CLIRunner.run(
      [
        "relu", "sigmoid", "tanh", "--labels", "ReLU,σ,tanh", "--colors", "#000000,#888888,#444444", "--dashes",
        "solid,4 2,1 1", "--markers", "none,circle,square", "--legend", "outside-right", "--xticks", "-10,0,10",
        "--ytick-step", "2", "--xlabel", "<i>z</i>", "--subtitle", "none", "--out", "a.svg",
      ], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let svg = try String(contentsOf: folder.appendingPathComponent("a.svg"), encoding: .utf8)
    #expect(svg.contains("stroke:rgb(53.333333%,53.333333%,53.333333%)") || svg.contains("rgb(53.3"), "grey #888888")
    let yaml = """
      figures:
        - name: f
          functions:
            - {function: relu, label: ReLU, color: "#000000", dash: [4, 2], width: 1.5, marker: circle}
            - tanh
          curves: both
          legend: outside-bottom
      """
    try Data(yaml.utf8).write(to: folder.appendingPathComponent("m.yaml"))
    let batch = try CLIRunner.run(["figures", "m.yaml", "--out-dir", "out"], in: folder)
    #expect(batch.status == 0, "\(batch.stderr)")
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/f.png").path))
  }

  static let usageErrors: [([String], String)] = [
    (["softmax", "3", "abc", "--out", "s.png"], "abc"),
    (["softmax", "--out", "s.png"], "logits"),
    (["softmax", "1", "nan", "--out", "s.png"], "nan"),
    (["descent", "--steps", "0", "--out", "d.png"], "--steps"),
    (["descent", "--panels", "left", "--out", "d.png"], "--panels"),
    (["descent", "--start", "1", "--out", "d.png"], "--start"),
    (["descent", "--learning-rate", "-1", "--out", "d.png"], "--learning-rate"),
    (["surface", "--elevation", "120", "--out", "s.png"], "--elevation"),
    (["surface", "--out", "s.jpg"], ".png, .svg, .pdf, .gif, .anim.svg"),
    (["figures", "--jobs", "0"], "--jobs"),
    (["figures", "--only", ""], "--only"),
    (["figures", "--out-dir", ""], "--out-dir"),
    (["descent", "--start", "1e308,0", "--out", "d.png"], "±1e6"),
  ]

  @Test(arguments: usageErrors)
  func usageErrorsExit64(arguments: [String], mentions: String) throws {
    let folder = try CLIRunner.scratchFolder()
    let result = try CLIRunner.run(arguments, in: folder)
    #expect(result.status == 64, "\(arguments): \(result.stderr)")
    #expect(result.stderr.contains(mentions), "\(arguments): \(result.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  /// A manifest exercising every kind, rendered with one job and with four: same bytes.
  @Test func figuresAreByteIdenticalWhateverTheJobs() throws {
    let folder = try CLIRunner.scratchFolder()
    let manifest = """
      defaults: {formats: [png, svg, pdf], size: 400x300}
      figures:
        - {name: a, functions: [relu, 'leaky-relu(alpha=0.5)'], curves: both, section: "1"}
        - {name: b, kind: softmax, logits: [3, 1, -3], section: "2"}
        - {name: c, kind: descent, steps: 8, section: "2"}
        - {name: d, kind: surface, steps: 20, section: "3"}
        - {name: e, functions: gelu, marks: [{x: 0, derivative: true, label: "f′(0) = {y}"}], section: "1"}
      """
    try Data(manifest.utf8).write(to: folder.appendingPathComponent("m.yaml"))
    let one = try CLIRunner.run(["figures", "m.yaml", "--out-dir", "one", "--jobs", "1"], in: folder)
    let four = try CLIRunner.run(["figures", "m.yaml", "--out-dir", "four", "--jobs", "4"], in: folder)
    #expect(one.status == 0 && four.status == 0, "\(one.stderr)\n\(four.stderr)")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("one").path).sorted()
    #expect(names.count == 18, "15 figures files, README.md, index.html and .plotnn-cache: \(names)")
    for name in names {
      let a = try Data(contentsOf: folder.appendingPathComponent("one/\(name)"))
      let b = try Data(contentsOf: folder.appendingPathComponent("four/\(name)"))
      #expect(a == b, "\(name) differs between --jobs 1 and --jobs 4")
    }
    #expect(one.stderr.contains("5 figures, 15 files, 0 failed"))
  }

  /// A figure that cannot be written (its file name is taken by a folder) is reported; the
  /// others, and the figure's other formats, are still written.
  @Test func aFailingFigureIsReportedAndTheOthersAreWritten() throws {
    let folder = try CLIRunner.scratchFolder()
    let manifest = """
      figures:
        - {name: good, functions: relu}
        - {name: bad, functions: tanh}
      """
    try Data(manifest.utf8).write(to: folder.appendingPathComponent("m.yaml"))
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("out/bad.png"), withIntermediateDirectories: true)
    let result = try CLIRunner.run(["figures", "m.yaml", "--out-dir", "out"], in: folder)
    #expect(result.status == 1)
    #expect(
      result.stderr.contains("FAILED bad: m.yaml:3: figure 'bad': cannot write")
        && result.stderr.contains("out/bad.png"), "\(result.stderr)")
    let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path)
    #expect(Set(written) == ["good.png", "good.svg", "bad.png", "bad.svg", "README.md", "index.html", ".plotnn-cache"])
  }

  /// A bad function is refused when the manifest is read, with its file, line and key (the
  /// manifest refuses what the library and the CLI refuse); the other figures and the
  /// gallery are still written.
  @Test func aBadFunctionIsAManifestErrorWithItsLine() throws {
    let folder = try CLIRunner.scratchFolder()
    try Data("figures:\n  - {name: good, functions: relu}\n  - name: bad\n    functions: nosuch\n".utf8)
      .write(to: folder.appendingPathComponent("m.yaml"))
    let result = try CLIRunner.run(["figures", "m.yaml", "--out-dir", "out"], in: folder)
    #expect(result.status == 1)
    #expect(
      result.stderr.contains("FAILED bad: m.yaml:4: figure 'bad', key 'functions': unknown name 'nosuch'"),
      "\(result.stderr)")
    #expect(result.stderr.contains("2 figures, 2 files, 1 failed"))
    let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path)
    #expect(Set(written) == ["good.png", "good.svg", "README.md", "index.html", ".plotnn-cache"])
  }

  @Test func manifestErrorsNameFileLineFigureAndKey() throws {
    let folder = try CLIRunner.scratchFolder()
    try Data("figures:\n  - name: a\n    functions: relu\n    from: abc\n".utf8).write(
      to: folder.appendingPathComponent("m.yaml"))
    let result = try CLIRunner.run(["figures", "m.yaml", "--out-dir", "out"], in: folder)
    #expect(result.status == 1)
    #expect(result.stderr.contains("m.yaml:4: figure 'a', key 'from': expected a number, got 'abc'"))
    try Data("figures: [relu\n".utf8).write(to: folder.appendingPathComponent("broken.yaml"))
    let broken = try CLIRunner.run(["figures", "broken.yaml"], in: folder)
    #expect(broken.status == 1 && broken.stderr.contains("broken.yaml:2:") && broken.stderr.contains("not valid YAML"))
    let missing = try CLIRunner.run(["figures", "nope.yaml"], in: folder)
    #expect(missing.status == 1 && missing.stderr.contains("nope.yaml"))
  }

  @Test func onlyRendersTheNamedFiguresAndRejectsUnknownNames() throws {
    let folder = try CLIRunner.scratchFolder()
    try Data("figures:\n  - {name: a, functions: relu}\n  - {name: b, functions: tanh}\n".utf8)
      .write(to: folder.appendingPathComponent("m.yaml"))
    let result = try CLIRunner.run(["figures", "m.yaml", "--out-dir", "out", "--only", "b"], in: folder)
    #expect(result.status == 0)
    let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path)
    #expect(Set(written) == ["b.png", "b.svg", ".plotnn-cache"])
    let unknown = try CLIRunner.run(["figures", "m.yaml", "--only", "zzz"], in: folder)
    #expect(unknown.status == 64 && unknown.stderr.contains("zzz"))
  }
}
