import Foundation
import Testing

/// `plotnn figures` writes without an `fsync` per file and on reused raster buffers: the
/// folder still holds exactly the figures (no temporary file), each byte for byte the file
/// a single `plotnn … --out` draws on fresh buffers, with one worker or two.
@Suite struct BatchFilesTests {
  static let manifest = """
    title: Batch files
    figures:
      - {name: a, functions: relu}
      - {name: b, functions: tanh, theme: dark}
      - {name: c, functions: sigmoid, style: {transparent: true}}
      - {name: d, functions: relu, formats: [png, svg, pdf]}
    """

  /// The single command drawing each figure of ``manifest`` as `file`.
  static let singles: [(file: String, arguments: [String])] = [
    ("a.png", ["relu"]), ("a.svg", ["relu"]), ("b.png", ["tanh", "--theme", "dark"]),
    ("b.svg", ["tanh", "--theme", "dark"]), ("c.png", ["sigmoid", "--transparent"]),
    ("c.svg", ["sigmoid", "--transparent"]), ("d.png", ["relu"]), ("d.svg", ["relu"]), ("d.pdf", ["relu"]),
  ]

  @Test(arguments: [1, 2]) func everyFileIsCompleteAndNoTemporaryIsLeft(jobs: Int) throws {
    let folder = try CLIRunner.scratchFolder()
    try Data(Self.manifest.utf8).write(to: folder.appendingPathComponent("m.yaml"))
    let batch = try CLIRunner.run(["figures", "m.yaml", "--out-dir", "out", "--jobs", "\(jobs)"], in: folder)
    #expect(batch.status == 0, "\(batch.stderr)")
    let out = folder.appendingPathComponent("out")
    let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(names == ([".plotnn-cache", "README.md", "index.html"] + Self.singles.map(\.file)).sorted())
    for (file, arguments) in Self.singles {
      let single = try CLIRunner.run(arguments + ["--out", "single-" + file], in: folder)
      #expect(single.status == 0, "\(single.stderr)")
      let expected = try Data(contentsOf: folder.appendingPathComponent("single-" + file))
      #expect(try Data(contentsOf: out.appendingPathComponent(file)) == expected, "\(file), --jobs \(jobs)")
    }
  }
}
