import Foundation

/// Runs the built `plotnn` binary as a user would, capturing status and output.
struct CLIRunner {
  struct Result {
    var status: Int32
    /// Whether the process ended by a signal (a crash) rather than by exiting.
    var signalled = false
    var stdout: String
    var stderr: String
  }

  /// The `plotnn` executable next to this test bundle in SwiftPM's products folder.
  static var binary: URL {
    let products =
      Bundle.main.bundleURL.pathExtension == "xctest"
      ? Bundle.main.bundleURL.deletingLastPathComponent() : Bundle.main.bundleURL
    let candidates = [products, Bundle.main.executableURL?.deletingLastPathComponent()].compactMap { $0 }
    for folder in candidates
    where FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("plotnn").path) {
      return folder.appendingPathComponent("plotnn")
    }
    return products.appendingPathComponent("plotnn")
  }

  /// Runs plotnn with `arguments` in `folder`, with `environment` added to (or replacing
  /// entries of) this process's environment, less the variables named in `removing`.
  static func run(
    _ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:], removing: Set<String> = []
  ) throws -> Result {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    if !environment.isEmpty || !removing.isEmpty {
      process.environment = ProcessInfo.processInfo.environment.filter { !removing.contains($0.key) }
        .merging(environment) { $1 }
    }
    if let folder { process.currentDirectoryURL = folder }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
      stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }

  /// A fresh empty folder for one test's files.
  static func scratchFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("plotnn-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
