import Foundation
import Testing

/// The worst expressions of the hostile review (issue 8), at the documented limits, through
/// the built binary: each finishes with status 0 or 64, never a signal (the work bounds of
/// the lexer, the breakpoint search and the sampler keep them short; no time is asserted).
@Suite struct CLIWorkBoundTests {
  static let hyphenChain = "x" + String(repeating: "-x", count: 499)
  static let nestedTan = String(repeating: "tan(", count: 60) + "x" + String(repeating: ")", count: 60)
  static let maxOfSines = "max(" + (1...90).map { "sin(\($0)*x)" }.joined(separator: ", ") + ")"
  static let sumOfAbs = (1...67).map { "abs(sin(\($0)*x))" }.joined(separator: "+")
  static let sumOfWhere = (1...42).map { "where(sin(\($0)*x)>0,x,-x)" }.joined(separator: "+")

  private func expectExit(_ result: CLIRunner.Result, in statuses: Set<Int32> = [0, 64]) {
    #expect(statuses.contains(result.status), "status \(result.status): \(result.stderr.prefix(300))")
  }

  @Test func limitsOfTheWorstCasesHold() {
    for text in [Self.hyphenChain, Self.maxOfSines, Self.sumOfAbs, Self.sumOfWhere] {
      #expect(text.count <= 1000)
    }
  }

  @Test func aHyphenChainSamples() throws {
    let result = try CLIRunner.run(["sample", Self.hyphenChain, "--count", "3"])
    expectExit(result, in: [0])
    #expect(result.stdout.split(separator: "\n").count == 4)
  }

  @Test func nestedTanPlots() throws {
    let folder = try CLIRunner.scratchFolder()
    expectExit(try CLIRunner.run([Self.nestedTan, "--size", "320x240", "--out", "t.png"], in: folder), in: [0])
    expectExit(try CLIRunner.run(["sample", Self.nestedTan, "--count", "1000"]), in: [0])
  }

  @Test func aMaxOfSinesPlotsWithItsKinks() throws {
    let folder = try CLIRunner.scratchFolder()
    let result = try CLIRunner.run([Self.maxOfSines, "--size", "320x240", "--out", "m.png"], in: folder)
    expectExit(result, in: [0])
  }

  @Test func sumsOfKinksOverAWideRangeWithTheDerivative() throws {
    let folder = try CLIRunner.scratchFolder()
    for text in [Self.sumOfAbs, Self.sumOfWhere] {
      let result = try CLIRunner.run(
        [text, "--from", "-1000", "--to", "1000", "--with-derivative", "--size", "320x240", "--out", "s.png"],
        in: folder)
      expectExit(result, in: [0])
    }
  }

  @Test func hugeRangesNeverTrap() throws {
    let folder = try CLIRunner.scratchFolder()
    for text in ["1/x + sqrt(x)", Self.sumOfWhere, "relu(x - 1e300) + log(x)"] {
      expectExit(
        try CLIRunner.run(
          [text, "--from", "-1e300", "--to", "1e300", "--with-derivative", "--size", "320x240", "--out", "h.png"],
          in: folder))
      expectExit(try CLIRunner.run(["sample", text, "--from", "-1e300", "--to", "1e300", "--count", "50"]))
    }
  }

  /// A table too costly for its expression is refused up front, naming --count and the bound.
  @Test func aCostlySampleTableIsRefused() throws {
    let result = try CLIRunner.run(["sample", Self.maxOfSines, "--count", "4000000"])
    expectExit(result, in: [64])
    #expect(result.stderr.contains("--count") && result.stderr.contains("20000000"), "\(result.stderr)")
  }
}
