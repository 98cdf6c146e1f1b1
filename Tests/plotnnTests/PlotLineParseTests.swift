import ArgumentParser
import Testing

@testable import plotnn

/// A plot line parsed through ``Plot`` alone (``NamedCommandRoot/parse(_:)``) gives what
/// parsing it through the root gives: the same command with the same values, the same
/// help, the same error with the same message and exit code.
@Suite struct PlotLineParseTests {
  static let lines: [[String]] = [
    ["relu", "--out", "o.png"], ["relu", "tanh", "--with-derivative", "--from", "-3", "--to", "3", "--title", "T"],
    ["--out", "o.png", "relu"], ["-x^2", "--out", "o.png"], ["relu", "--", "--x"], ["gelu", "--derivative=2"],
    ["relu", "--xscale", "log", "--from", "0.1", "--to", "10"], ["relu", "--theme", "dark", "--style", "paper"],
    ["--help"], ["-h"], ["relu", "-h"], ["relu", "--out", "o.png", "--help"], ["--version"], ["relu", "--version"],
    ["relu", "--generate-completion-script", "bash"], ["relu", "--experimental-dump-help"], ["relu", "--nosuch"],
    ["relu", "--out", "o.xyz"], ["relu", "--out"], ["relu", "--theme", "nosuch"], ["relu", "--from", "x"],
    ["nosuch(", "--out", "o.png"], ["relu", "--out", "o.png", "--out", "p.png"], ["-"], ["--"], ["help"],
    ["plot", "relu"], ["list"], ["sample", "relu"], [],
  ]

  /// Everything `value` holds, as text.
  static func dumped(_ value: Any) -> String {
    var text = ""
    dump(value, to: &text)
    return text
  }

  @Test(arguments: lines)
  func aLineParsesAsThroughTheRoot(line: [String]) {
    let direct = Result { try NamedCommandRoot.parse(line) }
    let root = NamedCommandRoot.root(for: line)
    let throughRoot = Result { try root.parseAsRoot(line) }
    switch (direct, throughRoot) {
    case (.success(let a), .success(let b)):
      #expect(Self.dumped(a) == Self.dumped(b), "\(line)")
    case (.failure(let e), .failure(let f)):
      #expect(root.fullMessage(for: e) == root.fullMessage(for: f), "\(line)")
      #expect(root.exitCode(for: e) == root.exitCode(for: f), "\(line)")
    default:
      Issue.record("\(line): \(direct) against \(throughRoot)")
    }
  }
}
