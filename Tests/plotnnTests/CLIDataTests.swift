import Foundation
import Testing

/// `--data`, `--with-derivatives` and manifest `data:` through the binary: exit statuses,
/// one message, nothing written on error, paths relative to the manifest.
@Suite struct CLIDataTests {
  /// `plotnn sample` output drawn as data gives the same figure, byte for byte, as the same
  /// numbers written another legal way (quoted, CRLF, spaces around numbers): the read-back
  /// is exact whatever the CSV's spelling.
  @Test func sampleOutputReadsBackAsData() throws {
    let folder = try CLIRunner.scratchFolder()
    let sample = try CLIRunner.run(["sample", "gelu", "--from", "-3", "--to", "3", "--count", "13"])
    #expect(sample.status == 0, "\(sample.stderr)")
    try sample.stdout.write(to: folder.appendingPathComponent("s.csv"), atomically: true, encoding: .utf8)
    let respelled = sample.stdout.split(separator: "\n").map { line in
      line.split(separator: ",").map { "\" \($0) \"" }.joined(separator: ",")
    }.joined(separator: "\r\n")
    try respelled.write(to: folder.appendingPathComponent("t.csv"), atomically: true, encoding: .utf8)
    for name in ["s", "t"] {
      let run = try CLIRunner.run(
        ["--data", "\(name).csv", "--data-style", "both", "--out", "\(name).svg"], in: folder)
      #expect(run.status == 0, "\(run.stderr)")
    }
    let s = try Data(contentsOf: folder.appendingPathComponent("s.svg"))
    let t = try Data(contentsOf: folder.appendingPathComponent("t.svg"))
    #expect(s.count > 1000 && s == t)
  }

  @Test func faultsExitWithOneMessageAndWriteNothing() throws {
    let folder = try CLIRunner.scratchFolder()
    try "x,y\n1,2\n3,abc\n".write(to: folder.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
    try "x,y\n1,2\n3,4\n".write(to: folder.appendingPathComponent("ok.csv"), atomically: true, encoding: .utf8)
    let cases: [([String], Int32, String)] = [
      (["--data", "missing.csv"], 1, "missing.csv: cannot read the data file"),
      (["--data", "bad.csv"], 1, "bad.csv:3:3: 'abc' in column 'y' is not a number"),
      (["--data", "ok.csv", "--y", "z"], 64, "ok.csv: no column named 'z' for y"),
      (["relu", "--x", "1"], 64, "--x picks how --data files are read"),
      (["gelu", "--with-derivatives", "2", "--derivative"], 64, "--with-derivatives draws f and its first N"),
      (["gelu", "--with-derivatives", "3"], 64, "catalog functions have exact derivatives up to order 2"),
    ]
    for (arguments, status, message) in cases {
      let run = try CLIRunner.run(arguments + ["--out", "out.png"], in: folder)
      #expect(run.status == status, "\(arguments): \(run.stderr)")
      #expect(run.stderr.contains(message), "\(arguments): \(run.stderr)")
      #expect(run.stderr.split(separator: "\n").filter { $0.hasPrefix("Error:") }.count == 1)
      #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.png").path))
    }
  }

  /// A manifest's data path is relative to the manifest's folder, not the working one; a
  /// figure whose file is bad fails alone, naming the file's line and column.
  @Test func manifestDataIsReadRelativeToTheManifest() throws {
    let folder = try CLIRunner.scratchFolder()
    let book = folder.appendingPathComponent("book/data")
    try FileManager.default.createDirectory(at: book, withIntermediateDirectories: true)
    try "epoch,train,val\n0,0.7,0.7\n1,0.5,0.6\n2,0.4,0.6\n".write(
      to: book.appendingPathComponent("loss.csv"), atomically: true, encoding: .utf8)
    try "epoch,train\n0,x\n".write(to: book.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
    let manifest = """
      figures:
        - name: loss
          formats: [svg]
          data: [{file: data/loss.csv, x: epoch, y: [train, val]}]
          with-derivatives: 1
          functions: tanh
        - name: broken
          formats: [svg]
          data: [{file: data/bad.csv}]
      """
    try manifest.write(to: folder.appendingPathComponent("book/m.yaml"), atomically: true, encoding: .utf8)
    let run = try CLIRunner.run(["figures", "book/m.yaml", "--out-dir", "out"], in: folder)
    #expect(run.status == 1)
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/loss.svg").path))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/broken.svg").path))
    #expect(run.stderr.contains("figure 'broken', key 'data': data/bad.csv:2:3: 'x' in column 'train' is not a number"))
  }
}
