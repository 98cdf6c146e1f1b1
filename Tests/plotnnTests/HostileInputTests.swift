import Foundation
import Testing

/// Inputs a hostile or careless user gave and that once crashed (Swift's overflow traps,
/// SIGILL), took seconds, or got an unclear message: each now exits 0 or 64 with one message.
@Suite struct HostileInputTests {
  /// (arguments, the exit status expected, words the message must hold when it is 64)
  static let cases: [([String], Int32, String)] = [
    // Sizes that were in range in pixels but not in points: layout arithmetic trapped.
    (["relu", "--size", "1e154x1e154", "--scale", "1e-151"], 64, "from 1 to 16384 points"),
    (["descent", "--size", "1e20x1e20", "--scale", "1e-18"], 64, "from 1 to 16384 points"),
    (["surface", "--size", "1e20x1e20", "--scale", "1e-18"], 64, "from 1 to 16384 points"),
    // A step 10¹⁸ points long: a label placement sampled along it and trapped converting
    // its length to Int (and at 1e7 took seconds). The figure is drawn, marked diverged.
    (["descent", "--learning-rate", "1e18"], 0, ""),
    (["descent", "--learning-rate", "1e7"], 0, ""),
    (["surface", "--learning-rate", "1e300"], 0, ""),
    // Messages that did not say what is allowed.
    (["sample", "relu", "--count", "-5"], 64, "--count must be from 1 to 4000000 (got -5)"),
    (["descent", "--steps", "-3"], 64, "--steps must be from 1 to 100000 (got -3)"),
    (["descent", "--levels", "-1"], 64, "--levels must be from 1 to 100 (got -1)"),
    (["relu", "--from", "abc"], 64, "expected a number such as 0.5, -3 or 1e-3"),
    (["descent", "--steps", "many"], 64, "expected a whole number"),
    (["--", "-x^2", "--title", "t"], 64, "'--title' comes after '--', which ends the options"),
    (["relu", "--title", String(repeating: "a", count: 1001)], 64, "title may hold at most 1000 characters"),
    (["descent", "--start", "a,b"], 64, "expected numbers separated by commas, such as -7,0"),
    (["relu", "--size", "abc"], 64, "'abc' is not a size: no number for the width; a size is WIDTHxHEIGHT"),
    (["descent", "--steps", "99999999999999999999"], 64, "is too large a whole number"),
    // A huge Pango size attribute reached FreeType, which failed with no field named.
    (
      ["relu", "--title", "<span size=\"999999999\">x</span>"], 64, "--title is not valid markup: <span> at character 1"
    ),
  ]

  @Test(arguments: cases)
  func exitsCleanly(arguments: [String], status: Int32, mentions: String) throws {
    let folder = try CLIRunner.scratchFolder()
    let result = try CLIRunner.run(arguments + (arguments.first == "sample" ? [] : ["--out", "f.png"]), in: folder)
    #expect(!result.signalled, "\(arguments): signal \(result.status)")
    #expect(result.status == status, "\(arguments): \(result.stderr)")
    #expect(
      mentions.isEmpty ? result.stderr.isEmpty : result.stderr.contains(mentions), "\(arguments): \(result.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(files == (status == 0 && arguments.first != "sample" ? ["f.png"] : []), "\(arguments): \(files)")
  }

  /// swift-argument-parser's work grows with the square of the argument count (20 000
  /// logits took seconds): a command line longer than any figure needs is refused first.
  @Test func anOverlongCommandLineIsRefusedBeforeParsing() throws {
    let folder = try CLIRunner.scratchFolder()
    let result = try CLIRunner.run(["softmax"] + (1...20_000).map(String.init) + ["--out", "s.png"], in: folder)
    #expect(result.status == 64 && result.stderr.contains("at most 512 arguments (got 20003)"), "\(result.stderr)")
  }

  /// `--` ends the options before negative logits, as it does before an expression.
  @Test func softmaxTakesLogitsAfterDoubleDash() throws {
    let folder = try CLIRunner.scratchFolder()
    let result = try CLIRunner.run(["softmax", "--out", "s.png", "--", "-1e308", "1"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("s.png").path))
  }

  /// A refused --out-dir leaves nothing behind and says why: a step that is a file, a name
  /// too long for the file system (which once left the folders before it created).
  @Test func aRefusedOutputFolderLeavesNothing() throws {
    let folder = try CLIRunner.scratchFolder()
    try Data("figures:\n  - {name: a, functions: relu}\n".utf8).write(to: folder.appendingPathComponent("m.yaml"))
    try Data("x".utf8).write(to: folder.appendingPathComponent("file"))
    let underFile = try CLIRunner.run(["figures", "m.yaml", "--out-dir", "file/sub"], in: folder)
    #expect(
      underFile.status == 64 && underFile.stderr.contains("'./file' is a file, not a folder"), "\(underFile.stderr)")
    let long = "x1/x2/" + String(repeating: "d", count: 256)
    let tooLong = try CLIRunner.run(["figures", "m.yaml", "--out-dir", long], in: folder)
    #expect(tooLong.status == 64 && tooLong.stderr.contains("is longer than 255 bytes"), "\(tooLong.stderr)")
    #expect(try Set(FileManager.default.contentsOfDirectory(atPath: folder.path)) == ["m.yaml", "file"])
  }

  /// YAML-level faults are named in plotnn's words, in one line: a key given twice inside
  /// a figure (Yams refused the whole document, quoting it as context) is that figure's
  /// failure with file:line, figure and key, the others and the gallery written; a
  /// control character has its line; nesting past libyaml's limit says so.
  @Test func yamlFaultsAreNamedInOneLine() throws {
    let folder = try CLIRunner.scratchFolder()
    let manifest = """
      defaults: {formats: [svg]}
      figures:
        - name: a
          functions: relu
          to: 1
          to: 2
        - {name: b, functions: tanh}
        - name: c
          functions: relu
          marks:
            - {x: 1, label: p, x: 2}

      """
    try Data(manifest.utf8).write(to: folder.appendingPathComponent("dup.yaml"))
    let duplicate = try CLIRunner.run(["figures", "dup.yaml", "--out-dir", "out"], in: folder)
    #expect(duplicate.status == 1, "\(duplicate.stderr)")
    let failed = duplicate.stderr.split(separator: "\n").filter { $0.contains("FAILED") }
    #expect(failed.count == 2, "\(duplicate.stderr)")
    #expect(
      failed.contains {
        $0.hasSuffix(
          "dup.yaml:6: figure 'a', key 'to': given twice in one mapping (first on line 5); give each key once")
      },
      "\(duplicate.stderr)")
    #expect(
      failed.contains { $0.contains("dup.yaml:11: figure 'c', key 'marks.x': given twice") }, "\(duplicate.stderr)")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path).sorted() == [
        ".plotnn-cache", "README.md", "b.svg", "index.html",
      ])
    try Data("figures:\n  - {name: a, functions: relu}\n  - \u{1}\n".utf8).write(
      to: folder.appendingPathComponent("ctl.yaml"))
    let control = try CLIRunner.run(["figures", "ctl.yaml", "--out-dir", "out"], in: folder)
    #expect(
      control.status == 1
        && control.stderr == "Error: ctl.yaml:3: not valid YAML: control characters are not allowed\n",
      "\(control.stderr)")
    for (text, message) in [
      (
        "figures: [*zz]\n",
        "ctl.yaml:1: YAML anchors and aliases are not supported (*zz, and no anchor &zz comes before it)"
      ),
      ("figures: []\n---\nfigures: []\n", "ctl.yaml:2: a manifest is one YAML document; a second one starts here"),
      ("figures:\n  ? [a]\n  : 1\n", "ctl.yaml:2: mapping keys must be plain text"),
    ] {
      try Data(text.utf8).write(to: folder.appendingPathComponent("ctl.yaml"))
      let refused = try CLIRunner.run(["figures", "ctl.yaml", "--out-dir", "out"], in: folder)
      #expect(refused.status == 1 && refused.stderr.hasPrefix("Error: " + message), "\(refused.stderr)")
    }
    let deep = "figures: " + String(repeating: "[", count: 1100) + String(repeating: "]", count: 1100) + "\n"
    try Data(deep.utf8).write(to: folder.appendingPathComponent("deep.yaml"))
    let nested = try CLIRunner.run(["figures", "deep.yaml", "--out-dir", "out"], in: folder)
    #expect(nested.status == 1 && nested.stderr.contains("nested too deeply"), "\(nested.stderr)")
  }

  /// An explicit YAML tag was dropped without a word (`functions: !weird relu` drew relu),
  /// and a key longer than libyaml's 1024 characters got libyaml's "could not find expected
  /// ':'": each is now refused at its line, naming the tag or the key's length.
  @Test(arguments: [
    ("figures:\n  - name: a\n    functions: !weird relu\n", "m.yaml:3: YAML tags are not supported (!weird)"),
    ("figures:\n  - name: a\n    !!str to: 1\n", "m.yaml:3: YAML tags are not supported (!!str)"),
    ("figures: !!seq\n  - {name: a, functions: relu}\n", "m.yaml:1: YAML tags are not supported (!!seq)"),
    (
      "figures:\n  - name: a\n    functions: !<tag:evil,2026:x> relu\n",
      "YAML tags are not supported (!<tag:evil,2026:x>)"
    ),
    (
      "figures:\n  - name: a\n    functions: relu\n    " + String(repeating: "k", count: 1100) + ": 1\n",
      "m.yaml:4: a key of 1100 characters; YAML reads a key of at most 1024 characters on one line"
    ),
    (
      String(repeating: "é", count: 1030) + ": 1\nfigures: []\n",
      "m.yaml:1: a key of 1030 characters; YAML reads a key of at most 1024 characters on one line"
    ),
    (
      "figures: {\n",
      "m.yaml:2: not valid YAML: a value was expected here (an unfinished [ … ] or { …}, or a stray ',')"
    ),
    (
      "figures:\n  - name: a\n    functions relu\n    to: 1\n",
      "m.yaml:3: not valid YAML: 'functions relu' starts a key, but no ':' follows it on its line"
    ),
  ])
  func yamlTagsAndOverlongKeysAreNamedAtTheirLine(text: String, message: String) throws {
    let folder = try CLIRunner.scratchFolder()
    try Data(text.utf8).write(to: folder.appendingPathComponent("m.yaml"))
    let manifest = try CLIRunner.run(["figures", "m.yaml", "--out-dir", "out"], in: folder)
    #expect(manifest.status == 1 && manifest.stderr.hasPrefix("Error: "), "\(manifest.stderr)")
    #expect(manifest.stderr.contains(message), "\(manifest.stderr)")
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    try Data(text.replacingOccurrences(of: "figures:\n  - name: a\n", with: "").utf8).write(
      to: folder.appendingPathComponent("s.yaml"))
    let style = try CLIRunner.run(["relu", "--style", "s.yaml", "--out", "f.png"], in: folder)
    #expect(style.status == 64 && style.stderr.contains("s.yaml:"), "\(style.stderr)")
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("f.png").path))
  }

  /// A 400-byte "billion laughs" manifest expanded to 700 MiB before any check.
  @Test func aYAMLAliasBombIsRefusedAtItsFirstAlias() throws {
    let folder = try CLIRunner.scratchFolder()
    var lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for (k, name) in ["b", "c", "d", "e", "f", "g"].enumerated() {
      let previous = k == 0 ? "a" : ["b", "c", "d", "e", "f"][k - 1]
      lines.append("\(name): &\(name) [" + Array(repeating: "*" + previous, count: 9).joined(separator: ", ") + "]")
    }
    lines.append("figures: [*g]")
    try Data(lines.joined(separator: "\n").utf8).write(to: folder.appendingPathComponent("bomb.yaml"))
    let result = try CLIRunner.run(["figures", "bomb.yaml", "--out-dir", "out"], in: folder)
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        "bomb.yaml:2: YAML anchors and aliases are not supported (*a repeats the value anchored as &a on line 1)"),
      "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
  }

  /// A diverging run and a refused figure among good ones: the good ones and the diverging
  /// one are drawn, the refused one is reported with its line, the gallery is written.
  @Test func aBadAndADivergingFigureAmongGoodOnes() throws {
    let folder = try CLIRunner.scratchFolder()
    let manifest = """
      defaults: {formats: [svg]}
      figures:
        - {name: good, functions: relu}
        - {name: wild, kind: descent, learning-rate: 1e18, steps: 5}
        - {name: huge, functions: relu, size: 1e154x1e154, scale: 1e-151}
        - {name: also-good, kind: softmax, logits: [1, 2]}
      """
    try Data(manifest.utf8).write(to: folder.appendingPathComponent("m.yaml"))
    let result = try CLIRunner.run(["figures", "m.yaml", "--out-dir", "out"], in: folder)
    #expect(result.status == 1 && !result.signalled)
    #expect(result.stderr.contains("FAILED huge: m.yaml:5: figure 'huge', key 'size'"), "\(result.stderr)")
    let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path)
    #expect(Set(written) == ["good.svg", "wild.svg", "also-good.svg", "README.md", "index.html", ".plotnn-cache"])
    let wild = try String(contentsOf: folder.appendingPathComponent("out/wild.svg"), encoding: .utf8)
    #expect(wild.hasPrefix("<?xml"))
  }

  /// The largest image the limits allow stays within the 300 MiB memory budget; one pixel
  /// more is refused. The peak is measured by GNU time (`time` package, `make deps`), whose
  /// own small memory is what Linux carries into its child's count: this test process's
  /// would not do, as a child's ru_maxrss starts from its parent's high-water mark.
  @Test func theLargestImageFitsTheMemoryBudget() throws {
    let folder = try CLIRunner.scratchFolder()
    let kiB = try Self.peakKiB(["relu", "--size", "8192x4096", "--out", "big.png"], in: folder)
    #expect(kiB <= 300 * 1024, "peak \(kiB / 1024) MiB")
    let over = try CLIRunner.run(["relu", "--size", "8192x4097", "--out", "over.png"], in: folder)
    #expect(over.status == 64 && over.stderr.contains("at most 32 megapixels"), "\(over.stderr)")
  }

  /// A dense curve at the largest square size stays within the budget too: its layout
  /// frees a few hundred MB in small blocks (sampler tree, label obstacles), which the
  /// allocator kept resident under the raster (385 MiB) until the backend handed them back.
  @Test func aDenseCurveAtTheLargestSizeFitsTheMemoryBudget() throws {
    let folder = try CLIRunner.scratchFolder()
    let kiB = try Self.peakKiB(
      ["sin(x)", "--from", "-1e6", "--to", "1e6", "--size", "5792x5792", "--out", "dense.png"], in: folder)
    #expect(kiB <= 300 * 1024, "peak \(kiB / 1024) MiB")
  }

  /// The peak resident memory (KiB) of plotnn run with `arguments` in `folder`, by GNU
  /// time (see ``theLargestImageFitsTheMemoryBudget()``); the run must succeed.
  static func peakKiB(_ arguments: [String], in folder: URL) throws -> Int {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
    process.arguments = ["-f", "%M", CLIRunner.binary.path] + arguments
    process.currentDirectoryURL = folder
    let err = Pipe()
    process.standardError = err
    try process.run()
    let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(text)")
    return Int(text.split(separator: "\n").last.map(String.init) ?? "") ?? .max
  }
}
