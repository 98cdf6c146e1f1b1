import Foundation
import Testing

/// Files, interruption and standard output as a hostile or careless user meets them
/// (issue 8, classes 4 to 6, and `plotnn sample`'s streaming).
@Suite struct HostileOutputTests {
  static let prefix = ".plotnn-tmp-"

  static func entries(_ folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  /// Runs plotnn with standard output sent to `stdout` (a path opened for writing, or nil
  /// for a closed descriptor 1, through the shell's `>&-`).
  static func run(_ arguments: [String], stdout path: String?) throws -> CLIRunner.Result {
    let process = Process()
    if let path {
      process.executableURL = CLIRunner.binary
      process.arguments = arguments
      process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    } else {
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      process.arguments = ["-c", "exec \"$0\" \"$@\" >&-", CLIRunner.binary.path] + arguments
    }
    let err = Pipe()
    process.standardError = err
    try process.run()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return .init(status: process.terminationStatus, stdout: "", stderr: String(decoding: stderr, as: UTF8.self))
  }

  /// `list`, `sample` and a figure to `--out -` report a full device or a closed standard
  /// output: exit 1, one message.
  @Test(arguments: [["list"], ["list", "--json"], ["sample", "relu"], ["relu", "--out", "-", "--format", "png"]])
  func writeErrorsOnStandardOutputAreReported(arguments: [String]) throws {
    for target in ["/dev/full", nil] {
      let result = try Self.run(arguments, stdout: target)
      #expect(result.status == 1, "\(arguments) > \(target ?? "closed"): \(result.stderr)")
      let lines = result.stderr.split(separator: "\n")
      #expect(lines.count == 1 && lines[0].contains("cannot write to standard output"), "\(result.stderr)")
    }
  }

  /// Help and version texts (printed by swift-argument-parser, unchecked, until plotnn
  /// wrote them itself) report a full device or a closed standard output the same way, and
  /// still print in full when standard output works.
  @Test(arguments: [
    ["--help"], ["--version"], ["-h"], ["plot", "--help"], ["figures", "--help"], ["help", "descent"],
  ])
  func helpAndVersionReportWriteErrors(arguments: [String]) throws {
    for target in ["/dev/full", nil] {
      let result = try Self.run(arguments, stdout: target)
      #expect(result.status == 1, "\(arguments) > \(target ?? "closed"): \(result.stderr)")
      let lines = result.stderr.split(separator: "\n")
      #expect(lines.count == 1 && lines[0].contains("cannot write to standard output"), "\(result.stderr)")
    }
    let shown = try CLIRunner.run(arguments)
    #expect(shown.status == 0 && shown.stderr.isEmpty, "\(shown.stderr)")
    #expect(
      arguments == ["--version"]
        ? shown.stdout == "0.1.0\n" : shown.stdout.hasPrefix("OVERVIEW: ") && shown.stdout.contains("\nOPTIONS:\n"))
  }

  /// `--out -` writes the same bytes as a file, in the format `--format` names; without
  /// `--format` it is refused, saying what to give.
  @Test func aFigureGoesToStandardOutputWithFormat() throws {
    let folder = try CLIRunner.scratchFolder()
    let file = try CLIRunner.run(["relu", "--size", "200x150", "--out", "relu.svg"], in: folder)
    #expect(file.status == 0, "\(file.stderr)")
    let piped = try CLIRunner.run(["relu", "--size", "200x150", "--out", "-", "--format", "svg"], in: folder)
    #expect(piped.status == 0, "\(piped.stderr)")
    #expect(Data(piped.stdout.utf8) == (try Data(contentsOf: folder.appendingPathComponent("relu.svg"))))
    let refused = try CLIRunner.run(["relu", "--out", "-"], in: folder)
    #expect(refused.status == 64 && refused.stderr.contains("--format png|svg|pdf"), "\(refused.stderr)")
    let contradicts = try CLIRunner.run(["relu", "--out", "a.svg", "--format", "png"], in: folder)
    #expect(contradicts.status == 64 && contradicts.stderr.contains("contradicts"), "\(contradicts.stderr)")
    #expect(try Self.entries(folder) == ["relu.svg"])
  }

  /// A symbolic link planted in `--out-dir` is that figure's failure, naming the link; the
  /// file it points to outside the folder is unchanged, the other figures are written.
  @Test func aLinkPlantedInTheOutputFolderIsNotFollowed() throws {
    let folder = try CLIRunner.scratchFolder()
    let victim = folder.appendingPathComponent("victim.png")
    try Data("precious".utf8).write(to: victim)
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("out"), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("out/a.png").path, withDestinationPath: "../victim.png")
    try Data("figures:\n  - {name: a, functions: relu}\n  - {name: b, functions: tanh}\n".utf8)
      .write(to: folder.appendingPathComponent("m.yaml"))
    let result = try CLIRunner.run(["figures", "m.yaml", "--out-dir", "out"], in: folder)
    #expect(result.status == 1)
    #expect(
      result.stderr.contains("FAILED a") && result.stderr.contains("out/a.png")
        && result.stderr.contains("symbolic link"), "\(result.stderr)")
    #expect(try Data(contentsOf: victim) == Data("precious".utf8))
    #expect(try Self.entries(folder) == ["m.yaml", "out", "victim.png"])
    // a.svg comes after a.png in the figure's formats and is still written.
    #expect(
      try Self.entries(folder.appendingPathComponent("out")) == [
        ".plotnn-cache", "README.md", "a.png", "a.svg", "b.png", "b.svg", "index.html",
      ])
    let link = try FileManager.default.destinationOfSymbolicLink(
      atPath: folder.appendingPathComponent("out/a.png").path)
    #expect(link == "../victim.png")
  }

  /// A folder where a figure's file goes is named as in the way (not `--out`'s advice to
  /// give a file name); the figure's other formats are still written, the figure fails once
  /// naming each file that failed, and the other figures and the gallery are written.
  @Test func aFolderInTheWayFailsOnlyThatFile() throws {
    let folder = try CLIRunner.scratchFolder()
    let out = folder.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out.appendingPathComponent("a.png"), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: out.appendingPathComponent("a.pdf").path, withDestinationPath: "elsewhere.pdf")
    let manifest =
      "defaults: {formats: [png, svg, pdf]}\nfigures:\n  - {name: a, functions: relu}\n  - {name: b, functions: tanh}\n"
    try Data(manifest.utf8).write(to: folder.appendingPathComponent("m.yaml"))
    let result = try CLIRunner.run(["figures", "m.yaml", "--out-dir", "out"], in: folder)
    #expect(result.status == 1, "\(result.stderr)")
    let failed = result.stderr.split(separator: "\n").filter { $0.contains("FAILED") }
    #expect(failed.count == 1, "\(result.stderr)")
    let line = String(failed.first ?? "")
    #expect(line.contains("FAILED a: m.yaml:3: figure 'a': "), "\(line)")
    #expect(line.contains("'out/a.png': a folder of that name is in the way"), "\(line)")
    #expect(line.contains("'out/a.pdf': it is a symbolic link"), "\(line)")
    #expect(!line.contains("give a file name") && !line.contains("a.svg"), "\(line)")
    #expect(result.stderr.contains("2 figures, 4 files, 1 failed"), "\(result.stderr)")
    #expect(
      try Self.entries(out) == [
        ".plotnn-cache", "README.md", "a.pdf", "a.png", "a.svg", "b.pdf", "b.png", "b.svg", "index.html",
      ])
    #expect(try Self.entries(out.appendingPathComponent("a.png")).isEmpty)
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: out.appendingPathComponent("a.pdf").path)
        == "elsewhere.pdf")
  }

  /// A batch removes the temporaries a killed batch left in its folder (a dead writer's),
  /// and keeps a user's file that looks alike.
  @Test func aBatchSweepsStaleTemporaries() throws {
    let folder = try CLIRunner.scratchFolder()
    let out = folder.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    let ended = Process()
    ended.executableURL = URL(fileURLWithPath: "/bin/true")
    try ended.run()
    ended.waitUntilExit()
    let stale = "\(Self.prefix)\(ended.processIdentifier)-Zz09Zz09Zz09-a.png"
    for name in [stale, "\(Self.prefix)mine.txt"] { try Data("x".utf8).write(to: out.appendingPathComponent(name)) }
    try Data("figures:\n  - {name: a, functions: relu, formats: [svg]}\n".utf8)
      .write(to: folder.appendingPathComponent("m.yaml"))
    let result = try CLIRunner.run(["figures", "m.yaml", "--out-dir", "out"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try Self.entries(out) == [".plotnn-cache", "\(Self.prefix)mine.txt", "README.md", "a.svg", "index.html"])
  }

  /// SIGINT and SIGTERM during a batch remove its temporary files and end it by the signal;
  /// SIGKILL cannot be handled, and the next batch into the folder sweeps what it left.
  /// Each round signals as soon as a temporary file is seen in the folder, so a handler that
  /// did not remove it would leave it there.
  @Test func anInterruptedBatchLeavesNoTemporaries() throws {
    let folder = try CLIRunner.scratchFolder()
    let figures = (0..<60).map { "  - {name: f\($0), functions: 'sin(\($0 + 1)*x)', size: 1600x1200, scale: 2}" }
    let manifest = "defaults: {formats: [png, svg, pdf]}\nfigures:\n" + figures.joined(separator: "\n") + "\n"
    let manifestPath = folder.appendingPathComponent("m.yaml").path
    try Data(manifest.utf8).write(to: URL(fileURLWithPath: manifestPath))
    var caught = 0
    for (round, signal) in [SIGINT, SIGTERM, SIGINT, SIGTERM, SIGKILL].enumerated() {
      let out = folder.appendingPathComponent("out\(round)")
      let child = try SpawnedProcess([
        CLIRunner.binary.path, "figures", manifestPath, "--out-dir", out.path, "--jobs", "2",
      ])
      var seen = false
      while !seen, child.isRunning {
        seen = ((try? Self.entries(out)) ?? []).contains { $0.hasPrefix(Self.prefix) }
      }
      kill(child.pid, signal)
      let ending = child.wait()
      guard seen else { continue }
      caught += 1
      #expect(ending.signal == signal, "ended by \(ending.signal.map { "signal \($0)" } ?? "exit \(ending.status)")")
      let left = try Self.entries(out).filter { $0.hasPrefix(Self.prefix) }
      if signal == SIGKILL {
        let rerun = try CLIRunner.run(["figures", manifestPath, "--out-dir", out.path, "--only", "f0"])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(try Self.entries(out).filter { $0.hasPrefix(Self.prefix) }.isEmpty, "swept after SIGKILL: \(left)")
      } else {
        #expect(left.isEmpty, "signal \(signal) left \(left)")
      }
    }
    #expect(caught >= 3, "a temporary file was seen in only \(caught) of 5 rounds")
  }

  /// `plotnn sample --count 2000000 --format json` (and CSV) streams: the child's peak
  /// resident memory stays under 100 MiB; built whole, the JSON took over 1 GiB.
  ///
  /// The peak is the child's VmHWM (/proc/PID/status), read until it ends: the rusage of
  /// wait4 cannot serve, as Linux carries the high-water mark of the parent's memory
  /// (posix_spawn's vfork-style clone shares it until exec) into the child's ru_maxrss, so
  /// under this ~1 GiB test runner every child would report ~1 GiB. VmHWM only grows, so
  /// a last reading under the bound and an implementation that builds the output cannot
  /// both hold for long: the growth to 1 GiB takes seconds of readings.
  @Test(arguments: ["json", "csv"])
  func sampleStreamsInBoundedMemory(format: String) throws {
    let child = try SpawnedProcess([
      CLIRunner.binary.path, "sample", "relu", "--count", "2000000", "--format", format,
    ])
    var peakKiB = 0
    var readings = 0
    while child.isRunning {
      guard let status = try? String(contentsOfFile: "/proc/\(child.pid)/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
        let kiB = Int(line.split(separator: " ").dropFirst().first ?? "")
      else { continue }
      peakKiB = max(peakKiB, kiB)
      readings += 1
    }
    let ending = child.wait()
    #expect(ending.exitStatus == 0, "status \(ending.status)")
    #expect(readings > 0, "the child ended before its memory was read")
    #expect(Double(peakKiB) / 1024 < 100, "peak RSS \(Double(peakKiB) / 1024) MiB")
  }

  /// The streamed output has exactly the bytes of the stored table for a small count:
  /// checked in the core (SampleStreamTests); here the CLI's CSV ends and line count.
  @Test func streamedSampleHasEveryRow() throws {
    let result = try CLIRunner.run(["sample", "relu", "--from", "-1", "--to", "1", "--count", "10001"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 10002 && lines[1] == "-1.0,0.0,0.0" && lines[10001] == "1.0,1.0,1.0")
  }
}
