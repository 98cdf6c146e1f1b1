import Foundation
import Testing

/// Every bad input gets one clear message naming what is wrong, exit 64 (usage) or 1
/// (runtime), and never a partial or damaged file.
@Suite struct CLIErrorTests {
  /// (arguments, exit status, text the message must contain)
  static let usageErrors: [([String], String)] = [
    (["lealy-relu"], "leaky-relu"),
    (["relu(alpha=1)"], "alpha"),
    (["leaky-relu(alpha=)"], "alpha"),
    (["leaky-relu(alpha=abc)"], "abc"),
    (["leaky-relu(alpha=0.5"], "parenthes"),
    (["(alpha=1)"], "name"),
    (["softplus(beta=0)"], "beta"),
    (["relu", "--from", "5", "--to", "5"], "from"),
    (["relu", "--from", "nan"], "from"),
    (["relu", "--to", "inf"], "to"),
    (["relu", "--ymin", "2", "--ymax", "1"], "ymin"),
    (["relu", "--size", "0x0"], "size"),
    (["relu", "--size", "20000x100"], "16384"),
    (["relu", "--size", "10000x10000"], "megapixels"),
    (["relu", "--size", "5000x5000", "--scale", "2"], "megapixels"),
    (["relu", "--size", "wide"], "size"),
    (["relu", "--size", "-5x10"], "size -5x10"),
    (["relu", "--scale", "0"], "scale"),
    (["relu", "--scale", "-2"], "scale"),
    (
      ["relu", "--scale", "0.01"],
      "--dpi 96 and --scale 0.01 make the figure's default size, 640x480 (480x360 points), 6x5 pixels: the width is under 16 pixels"
    ),
    (["relu", "--theme", "neon"], "'light' and 'dark'"),
    (["relu", "--axes", "diagonal"], "origin"),
    (["relu", "--derivative", "--with-derivative"], "--derivative"),
    (["relu", "--derivative", "--derivative"], "--derivative was given 2 times"),
    (["relu", "--with-derivative", "--with-derivative"], "--with-derivative was given 2 times"),
    (["relu", "--out", "figure.jpg"], ".png, .svg, .pdf"),
    (["relu", "--title", "a < b"], "markup"),
    (["relu", "sigmoid", "--colors", "#000"], "--colors gives 1 item for 2 functions (relu, sigmoid); give one per"),
    (["relu", "--labels", "a,b"], "--labels gives 2 items for 1 function (relu)"),
    (["relu", "--colors", "red"], "item 1 'red' must be #RRGGBB, #RGB, #RRGGBBAA or #RRGGBB/opacity"),
    (["relu", "tanh", "--markers", "circle,star"], "item 2 'star' must be one of none, circle, square, triangle"),
    (["relu", "--dashes", "4 x"], "item 1 '4 x' must be solid or lengths in line widths"),
    (["relu", "--widths", "50"], "--widths item 1 (relu) must be a number from 0.1 to 20 points (got 50)"),
    (["relu", "--dashes", "0 0"], "--dashes item 1 (relu) must be lengths from 0 to 100 line widths, not all 0"),
    (["relu", "--labels", "a < b"], "--labels item 1 (relu) is not valid markup"),
    (["relu", "--legend", "middle"], "outside-right"),
    (["relu", "--no-legend", "--legend", "upper-left"], "--no-legend and --legend upper-left exclude each other"),
    (["relu", "--xticks", "1,nan"], "--xticks must be finite numbers (got nan)"),
    (["relu", "--xticks", "1", "--xtick-step", "1"], "--xticks and --xtick-step exclude each other"),
    (["relu", "--ytick-step", "1e-6"], "--ytick-step 1e-06 gives"),
    (["relu", "--xlabel", "a < b"], "--xlabel is not valid markup"),
    (["relu", "--subtitle", "<b>"], "--subtitle is not valid markup"),
    ([], "no function"),
    (["sample", "relu", "--count", "0"], "--count"),
    (["sample", "relu", "--count", "100000000000"], "--count"),
    (["sample", "nosuch"], "nosuch"),
    (["sample", "relu", "--from", "3", "--to", "1"], "--from"),
    (["sample", "relu", "--from", "5"], "the default end 5"),
  ]

  @Test(arguments: usageErrors)
  func usageErrorsExit64WithAClearMessage(arguments: [String], mentions: String) throws {
    let folder = try CLIRunner.scratchFolder()
    let args = arguments.contains("--out") || arguments.first == "sample" ? arguments : arguments + ["--out", "x.png"]
    let result = try CLIRunner.run(args, in: folder)
    #expect(result.status == 64, "\(arguments): status \(result.status), stderr \(result.stderr)")
    #expect(result.stderr.contains(mentions), "\(arguments): \(result.stderr)")
    #expect(!result.stderr.contains("Fatal error"))
    // Every fault is a subcommand's: the root's usage line ("plotnn <subcommand>") never
    // helps, and followed the refusals made while running.
    #expect(!result.stderr.contains("plotnn <subcommand>"), "\(arguments): \(result.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "\(arguments) left a file")
  }

  @Test func missingOutputFolderIsARuntimeError() throws {
    let folder = try CLIRunner.scratchFolder()
    let result = try CLIRunner.run(["relu", "--out", "no/such/folder/relu.png"], in: folder)
    #expect(result.status == 1)
    #expect(result.stderr.contains("no/such/folder") && result.stderr.contains("does not exist"))
  }

  @Test func outputThatIsAFolderIsARuntimeError() throws {
    let folder = try CLIRunner.scratchFolder()
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("out.png"), withIntermediateDirectories: false)
    let result = try CLIRunner.run(["relu", "--out", "out.png"], in: folder)
    #expect(result.status == 1)
    #expect(result.stderr.contains("is a folder"))
  }

  @Test func aFailedRunLeavesTheExistingFileUntouched() throws {
    let folder = try CLIRunner.scratchFolder()
    let file = folder.appendingPathComponent("keep.png")
    let original = Data("precious".utf8)
    try original.write(to: file)
    for bad in [["nosuch", "--out", "keep.png"], ["relu", "--from", "2", "--to", "1", "--out", "keep.png"]] {
      let result = try CLIRunner.run(bad, in: folder)
      #expect(result.status == 64)
      #expect(try Data(contentsOf: file) == original)
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["keep.png"])
  }
}

/// Extreme but finite numbers never crash: each run ends with 0 (drawn) or 64 (refused, with a reason).
@Suite struct ExtremeInputTests {
  static let cases: [[String]] = [
    ["relu", "--from", "-1e308", "--to", "1e308"],
    ["relu", "--from", "-8e307", "--to", "8e307", "--with-derivative"],
    ["sigmoid", "--from", "1", "--to", "1.0000000000001"],
    ["exponential", "--from", "-1e300", "--to", "1e300"],
    ["1e308*x", "--from", "-10", "--to", "10"],
    ["relu", "--ymin", "-1e308", "--ymax", "1e308"],
    ["gelu", "--from", "5e-324", "--to", "1e-323"],
    ["tanh", "--size", "16x16"],
    ["1e16", "--from", "-1", "--to", "1"],
    ["relu", "--ymin", "1e16"],
    ["softmax", "1e308", "-1e308"],
    ["tanh", "--size", "100x80", "--with-derivative"],
    ["softmax", "1", "2", "--size", "16x16"],
    ["descent", "--size", "16x16"],
    ["surface", "--size", "16x16"],
    ["surface", "--azimuth", "1e308"],
    ["descent", "--start", "1e308,1e308", "--learning-rate", "1e308"],
    ["sample", "relu", "--from", "-8e307", "--to", "8e307", "--count", "3"],
  ]

  @Test(arguments: cases)
  func drawsOrRefusesButNeverCrashes(arguments: [String]) throws {
    let folder = try CLIRunner.scratchFolder()
    let args = arguments.first == "sample" ? arguments : arguments + ["--out", "x.png"]
    let result = try CLIRunner.run(args, in: folder)
    #expect(result.status == 0 || result.status == 64, "\(arguments): \(result.status) \(result.stderr.prefix(300))")
    #expect(!result.stderr.contains("Fatal error"))
    if result.status == 64 { #expect(result.stderr.contains("Error:")) }
  }
}
