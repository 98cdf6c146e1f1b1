import Foundation
import Testing

/// Random and mutated argument vectors against every subcommand (fixed seed, a few hundred
/// runs): each must exit 0, 1 or 64 within the time limit, never by a signal, and leave
/// nothing in the folder but the output file it was asked for.
@Suite struct ArgumentFuzzTests {
  /// SplitMix64 (Steele, Lea & Flood 2014): a fixed seed gives the same vectors every run.
  struct Generator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    mutating func chance(_ percent: UInt64) -> Bool { next() % 100 < percent }
  }

  static let values = [
    "-1", "0", "1", "2.5", "-0", "1e308", "-1e308", "1e-320", "nan", "inf", "-inf", "abc", "", " ", "1,2", "1,2,3",
    "-7,0", "1e9,1e9", "5x5", "640x480", "1e154x1e154", "16384x16384", "0x0", "-5x10", "x*x", "relu", "lealy-relu",
    "leaky-relu(alpha=", "where(x<0,0,x)", "tan(tan(tan(x)))", "a < b", "<i>x", "&amp;", "&bogus;", "σ′(0)", "激活",
    "--", "-", "-x^2", "100000", "100001", "1e18", "dark", "light", "box", "both", "left", "999999999999999999999",
    String(repeating: "x+", count: 200) + "x",
    String(repeating: "(", count: 70) + "x" + String(repeating: ")", count: 70),
  ]

  static let options: [String: [String]] = [
    "plot": [
      "--from", "--to", "--ymin", "--ymax", "--derivative", "--with-derivative", "--size", "--scale", "--title",
      "--theme", "--axes", "--no-grid", "--no-legend", "--timings",
    ],
    "softmax": ["--size", "--scale", "--title", "--theme"],
    "descent": ["--learning-rate", "--steps", "--start", "--levels", "--panels", "--size", "--title", "--theme"],
    "surface": ["--learning-rate", "--steps", "--start", "--azimuth", "--elevation", "--size", "--scale"],
    "sample": ["--from", "--to", "--count", "--format"],
    "list": ["--json", "--markdown"],
  ]

  /// One vector: a subcommand, then tokens drawn from its options, other commands' options
  /// and the value pool; figure commands get an output in the scratch folder.
  static func vector(_ g: inout Generator, out: String) -> [String] {
    let command = g.pick(["plot", "softmax", "descent", "surface", "sample", "list", "plot"])
    var words = command == "plot" && g.chance(50) ? [] : [command]
    if command == "plot" || command == "sample" { words.append(g.pick(["relu", "gelu", "x*x", g.pick(values)])) }
    let own = options[command] ?? []
    for _ in 0..<Int(g.next() % 6) {
      if g.chance(70), !own.isEmpty {
        words.append(g.pick(own))
        if g.chance(85) { words.append(g.pick(values)) }
      } else {
        words.append(g.chance(50) ? g.pick(values) : g.pick(options[g.pick(Array(options.keys).sorted())] ?? []))
      }
    }
    if command != "sample" && command != "list" {
      words += ["--out", out + "/f." + g.pick(["png", "svg", "pdf", "png", "jpg", ""])]
    }
    return words
  }

  /// Runs plotnn; a run still going after `limit` seconds is killed and reported.
  static func run(_ arguments: [String], limit: Double = 20) throws -> (status: Int32, signalled: Bool, hung: Bool) {
    let process = Process()
    process.executableURL = CLIRunner.binary
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(limit)
    while process.isRunning && Date() < deadline { usleep(2_000) }
    let hung = process.isRunning
    if hung {
      process.terminate()
      process.waitUntilExit()
    }
    return (process.terminationStatus, process.terminationReason == .uncaughtSignal && !hung, hung)
  }

  @Test func randomArgumentVectorsExitCleanly() throws {
    var g = Generator(state: 0x5EED_2026_1201)
    var failures: [String] = []
    for _ in 0..<240 {
      let folder = try CLIRunner.scratchFolder()
      let arguments = Self.vector(&g, out: folder.path)
      let result = try Self.run(arguments)
      let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      let allowed = result.status == 0 ? left.allSatisfy { $0.hasPrefix("f.") } && left.count <= 1 : left.isEmpty
      if result.hung || result.signalled || ![0, 1, 64].contains(result.status) || !allowed {
        failures.append(
          "\(arguments): status \(result.status), signal \(result.signalled), hung \(result.hung), left \(left)")
      }
      try? FileManager.default.removeItem(at: folder)
    }
    #expect(failures.isEmpty, "\(failures.count) bad runs:\n\(failures.prefix(10).joined(separator: "\n"))")
  }
}
