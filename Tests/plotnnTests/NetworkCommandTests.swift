import Foundation
import Testing

/// `plotnn network`: draws from the brief's command lines, refuses bad ones with exit 64
/// and one message, and writes nothing then.
@Suite struct NetworkCommandTests {
  @Test func drawsTheReadmeCommands() throws {
    let folder = try CLIRunner.scratchFolder()
    for (k, args) in [
      ["3,4,4,3", "--names", "输入层,特征层,特征层,softmax"],
      ["3,3,1", "--bias", "--labels", "$x_1$,$x_2$,$x_3$", "--labels", "", "--labels", "$h_{W,b}(x)$"],
      ["784,16,16,10", "--dropout", "0.5", "--seed", "1", "--orientation", "bottom-to-top"],
      ["5,6,6,2", "--dropout", "0.5", "--compare-dropout"],
      ["4,6,3", "--weights-seed", "7", "--compare-dropout", "--dropout", "0.5"],
      // The largest layers allowed: only the drawn units are connected (10¹⁰ pairs otherwise).
      ["100000,100000,100000", "--dropout", "0.9"],
    ].enumerated() {
      let out = folder.appendingPathComponent("n\(k).svg").path
      let r = try CLIRunner.run(["network"] + args + ["--out", out])
      #expect(r.status == 0, "\(args): \(r.stderr)")
      #expect(FileManager.default.fileExists(atPath: out))
    }
  }

  static let bad: [([String], String)] = [
    (["0,3"], "size must be from 1"),
    (["3,-2"], "(got -2)"),
    (["3,x"], "'x' is not a layer size"),
    (["3,200000"], "100000"),
    (["3,4", "--labels", "a,b"], "one label per unit, 3 (got 2)"),
    (["3,4,2", "--dropout", "1"], "dropout rate must be at least 0 and below 1"),
    (["3,4,2", "--dropout", "-0.5"], "dropout rate"),
    (["3,4", "--names", "a,b,c"], "--names gives 3 names for 2 layers"),
    (["3,4", "--compare-dropout"], "--compare-dropout needs a layer with dropout"),
    ([String](repeating: "2", count: 33), "1 to 32 layers"),
    (["3,4", "--weights-seed", "-1"], "weights-seed must be a whole number from 0 (got -1)"),
  ]

  @Test(arguments: bad.indices)
  func refusesWithExit64AndWritesNothing(index: Int) throws {
    let (args, words) = Self.bad[index]
    let folder = try CLIRunner.scratchFolder()
    let out = folder.appendingPathComponent("bad.png").path
    let r = try CLIRunner.run(["network"] + args + ["--out", out])
    #expect(r.status == 64, "\(args): \(r.stderr)")
    #expect(r.stderr.contains(words), "\(args): \(r.stderr)")
    #expect(r.stderr.components(separatedBy: "Error:").count == 2, "\(r.stderr)")
    #expect(!FileManager.default.fileExists(atPath: out))
    #expect((try FileManager.default.contentsOfDirectory(atPath: folder.path)).isEmpty)
  }
}
