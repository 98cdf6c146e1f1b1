import Foundation
import Testing

/// `plotnn panels` and the annotation flags: bad input is one clear message and exit 64
/// with no file left; good input draws a PNG.
@Suite struct PanelsCLITests {
  static let usageErrors: [([String], String)] = [
    (["panels", "--layout", "0x3", "relu"], "--layout 0x3 must have from 1 to 12 rows and columns"),
    (["panels", "--layout", "1x2", "relu", "tanh", "sigmoid"], "3 panels do not fit a 1x2 --layout (2 cells)"),
    (["panels", "--columns", "0", "relu"], "--columns must be from 1 to 12 (got 0)"),
    (["panels", "--layout", "2by3", "relu"], "--layout: expected ROWSxCOLUMNS such as 2x3, got '2by3'"),
    (["panels", "--layout", "2x3", "--columns", "3", "relu"], "--layout and --rows/--columns exclude each other"),
    (["panels"], "no function given"),
    (["panels", "nosuch"], "panel 1 (line): unknown name 'nosuch'"),
    (["panels", "relu", "--derivative", "--derivative"], "--derivative was given 2 times"),
    (["panels", "relu", "--pair-derivative", "--with-derivative"], "exclude each other"),
    (["panels", "relu", "--xspan", "-10"], "--xspan '-10': expected FROM:TO"),
    (["relu", "--xspan", "-10:x:饱和区"], "--xspan '-10:x:饱和区': expected FROM:TO"),
    (["relu", "--xspan", "3:3"], "annotation 1 (xspan) needs two different ends (got 3 twice)"),
    (["relu", "--text", "1,2"], "--text '1,2': expected X,Y:label"),
    (["relu", "--arrow", "1,2:3"], "--arrow '1,2:3': expected X1,Y1:X2,Y2"),
    (["relu", "--hline", "nan"], "annotation 1 (hline) must be given finite numbers (got nan)"),
    (["relu", "--vline", "0:a < b"], "not valid markup"),
  ]

  @Test(arguments: usageErrors)
  func badInputExits64WithOneClearMessage(arguments: [String], mentions: String) throws {
    let folder = try CLIRunner.scratchFolder()
    let result = try CLIRunner.run(arguments + ["--out", "x.png"], in: folder)
    #expect(result.status == 64, "\(arguments): status \(result.status), stderr \(result.stderr)")
    #expect(result.stderr.contains(mentions), "\(arguments): \(result.stderr)")
    #expect(result.stderr.components(separatedBy: "Error:").count == 2, "\(arguments): \(result.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "\(arguments) left a file")
  }

  @Test(arguments: [
    ["panels", "--columns", "3", "sigmoid", "tanh", "relu", "leaky-relu(alpha=0.5)", "softplus"],
    ["panels", "--pair-derivative", "relu", "gelu", "--theme", "dark"],
    ["panels", "--with-derivative", "--share-x", "--share-y", "tanh", "sigmoid", "--size", "320x240"],
    [
      "sigmoid", "--hline", "1", "--vline", "0", "--xspan", "-10:-4:饱和区", "--text", "0,0.5:center",
      "--arrow", "-3,0.6:-1,0.27:here",
    ],
  ])
  func goodInputDrawsAPNG(arguments: [String]) throws {
    let folder = try CLIRunner.scratchFolder()
    let result = try CLIRunner.run(arguments + ["--out", "x.png"], in: folder)
    #expect(result.status == 0, "\(arguments): \(result.stderr)")
    let bytes = try Data(contentsOf: folder.appendingPathComponent("x.png"))
    #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
  }
}
