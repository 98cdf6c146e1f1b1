import Foundation
import Testing

/// `--derivative N` and `plotnn sample --order N`: the orders each function allows, and
/// every other use refused with exit 64 naming what is allowed.
@Suite struct DerivativeOrderCLITests {
  static let usageErrors: [([String], String)] = [
    (["gelu", "--derivative", "3"], "catalog functions have exact derivatives up to order 2"),
    (["sin(x)", "--derivative", "5"], "from 1 to 4"),
    (["sin(x)", "--derivative", "0"], "from 1 to 4"),
    (["sin(x)", "--derivative", "2.5"], "whole number from 1 to 4"),
    (["sin(x)", "--derivative=-1"], "from 1 to 4"),
    (["gelu(2*x)", "--derivative", "3"], "calls a catalog function"),
    (["gelu", "--derivative", "2", "--derivative", "2"], "--derivative was given 2 times"),
    (["gelu", "--derivative", "--derivative", "2"], "--derivative was given 2 times"),
    (["gelu", "--derivative", "2", "--with-derivative"], "exclude each other"),
    (["sample", "gelu", "--order", "3"], "catalog functions have exact derivatives up to order 2"),
    (["sample", "sin(x)", "--order", "5"], "from 1 to 4"),
    (["panels", "relu", "gelu", "--derivative", "3"], "catalog functions have exact derivatives up to order 2"),
  ]

  @Test(arguments: usageErrors)
  func refusedWithExit64(arguments: [String], mentions: String) throws {
    let folder = try CLIRunner.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CLIRunner.run(arguments + (arguments.first == "sample" ? [] : ["--out", "f.png"]), in: folder)
    #expect(result.status == 64, "\(arguments): status \(result.status), stderr \(result.stderr)")
    #expect(result.stderr.contains(mentions), "\(arguments): \(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("f.png").path))
  }

  @Test func secondDerivativesAreDrawn() throws {
    let folder = try CLIRunner.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for arguments in [
      ["gelu", "--derivative", "2"], ["sin(x)*exp(-x^2/4)", "--derivative", "3"], ["x^4", "--derivative=4"],
      ["panels", "relu", "gelu", "--derivative", "2"],
    ] {
      let result = try CLIRunner.run(arguments + ["--out", "f.svg"], in: folder)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
    }
  }

  /// `--order 2` adds the d2y column; the first three columns are order 1's to the byte.
  @Test func sampleOrderAddsColumns() throws {
    let plain = try CLIRunner.run(["sample", "gelu", "--from", "-1", "--to", "1", "--count", "3"])
    let second = try CLIRunner.run(["sample", "gelu", "--from", "-1", "--to", "1", "--count", "3", "--order", "2"])
    #expect(plain.status == 0 && second.status == 0)
    let lines = second.stdout.split(separator: "\n")
    #expect(lines.first == "x,y,dy,d2y")
    let stripped = lines.map { $0.split(separator: ",").prefix(3).joined(separator: ",") }
    #expect(stripped.joined(separator: "\n") + "\n" == plain.stdout)
    // GELU″(0) = 2φ(0) = √(2/π).
    #expect(
      lines[2].split(separator: ",").last.flatMap { Double($0) }.map { abs($0 - 0.7978845608028654) < 1e-15 } == true)
    let four = try CLIRunner.run(["sample", "x^4", "--from", "1", "--to", "1", "--count", "1", "--order", "4"])
    #expect(four.stdout == "x,y,dy,d2y,d3y,d4y\n1.0,1.0,4.0,12.0,24.0,24.0\n")
    let json = try CLIRunner.run([
      "sample", "x^3", "--from", "2", "--to", "2", "--count", "1", "--order", "3", "--format", "json",
    ])
    #expect(json.stdout == "{\"function\":\"x^3\",\"points\":[{\"d2y\":12,\"d3y\":6,\"dy\":12,\"x\":2,\"y\":8}]}\n")
  }
}
