import Foundation
import Testing

/// `plotnn network --from-file net.yaml`: a description in the manifest's network schema
/// draws what the same command line or manifest entry draws; every bad description is one
/// error located `file:line` as the manifest's, exit 64, nothing written.
@Suite struct NetworkFileTests {
  static func write(_ text: String, in folder: URL, name: String = "net.yaml") throws -> String {
    let path = folder.appendingPathComponent(name).path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// The file `layers: [3, 4, 2]` with bias and names draws the bytes the command line does.
  @Test func drawsWhatTheCommandLineDraws() throws {
    let folder = try CLIRunner.scratchFolder()
    let file = try Self.write(
      """
      layers:
        - {size: 3, name: 输入层, bias: true}
        - {size: 4, name: 隐藏层, bias: true}
        - {size: 2, name: 输出层}
      weights-seed: 7
      """, in: folder)
    let labelled = try Self.write(
      """
      layers:
        - {size: 2}
        - size: 2
          weights: {label: "$W^{(1)}$", matrix: [[1, -2], [0.5, 0]]}
      """, in: folder, name: "labelled.yaml")
    let c = try CLIRunner.run([
      "network", "--from-file", labelled, "--out", folder.appendingPathComponent("c.svg").path,
    ])
    #expect(c.status == 0, "\(c.stderr)")
    let a = folder.appendingPathComponent("a.svg").path, b = folder.appendingPathComponent("b.svg").path
    let fromFile = try CLIRunner.run(["network", "--from-file", file, "--out", a])
    #expect(fromFile.status == 0, "\(fromFile.stderr)")
    let inline = try CLIRunner.run([
      "network", "3,4,2", "--names", "输入层,隐藏层,输出层", "--bias", "--weights-seed", "7", "--out", b,
    ])
    #expect(inline.status == 0, "\(inline.stderr)")
    #expect(FileManager.default.contents(atPath: a) == FileManager.default.contents(atPath: b))
  }

  /// A LeNet chain and a titled, sized description draw; the command line's --size wins.
  @Test func drawsTensorChainsAndTakesTheLookFromEither() throws {
    let folder = try CLIRunner.scratchFolder()
    let file = try Self.write(
      """
      title: LeNet
      size: 640x300
      layers:
        - {type: tensor, shape: [32, 32, 1], name: 输入}
        - {type: tensor, shape: [28, 28, 6], conv: 5}
        - {type: tensor, shape: [14, 14, 6], pool: 2}
        - {size: 84}
        - {size: 10}
      """, in: folder)
    for (k, extra) in [[], ["--size", "320x240", "--theme", "dark"]].enumerated() {
      let out = folder.appendingPathComponent("l\(k).png").path
      let r = try CLIRunner.run(["network", "--from-file", file, "--out", out] + extra)
      #expect(r.status == 0, "\(r.stderr)")
      #expect(FileManager.default.fileExists(atPath: out))
    }
  }

  /// Item 6's bad inputs, and the file's own faults: each names the file and the line of
  /// the entry at fault.
  static let bad: [(String, String)] = [
    ("layers:\n  - {size: 3}\n  - {size: 0}\n", "net.yaml:3: key 'layers': layers, layer 2: size must be from 1"),
    (
      "layers:\n  - {size: -4}\n",
      "net.yaml:2: key 'layers': layers, layer 1: size must be from 1 to 100000 units (got -4)"
    ),
    (
      "layers:\n  - {size: 3}\n  - {size: 100001}\n",
      "net.yaml:3: key 'layers': layers, layer 2: size must be from 1 to 100000"
    ),
    (
      "layers: [" + Array(repeating: "2", count: 33).joined(separator: ", ") + "]\n",
      "net.yaml:1: key 'layers': layers must hold 1 to 32 layers (got 33)"
    ),
    (
      "layers:\n  - {size: 2, labels: [a, b, c]}\n  - {size: 2}\n",
      "net.yaml:2: key 'layers': layers, layer 1: labels must give one label per unit, 2 (got 3)"
    ),
    (
      "layers:\n  - {size: 2}\n  - {size: 2, edges: [[0, 1], [2, 0]]}\n",
      "net.yaml:3: key 'layers': layers, layer 2: edge [2, 0] starts at unit 2"
    ),
    (
      "layers:\n  - {size: 2}\n  - {size: 2, edges: [[0, 5]]}\n",
      "net.yaml:3: key 'layers': layers, layer 2: edge [0, 5] ends at unit 5"
    ),
    (
      "layers:\n  - {size: 2}\n  - {size: 3, dropout: {rate: 1.5}}\n  - {size: 1}\n",
      "net.yaml:3: key 'layers': layers, layer 2: dropout rate must be at least 0 and below 1 (got 1.5)"
    ),
    ("layers: [2, 3, 3, 1]\nskips:\n  - {from: 3, to: 1}\n", "net.yaml:2: key 'skips': skips must go forward"),
    (
      "layers:\n  - {size: 2}\n  - {size: 2, weights: [[1, 2]]}\n",
      "net.yaml:3: key 'layers': layers, layer 2: weights must be a 2 × 2 matrix"
    ),
    (
      "layers:\n  - {type: tensor, shape: [32, 32, 1]}\n  - {type: tensor, shape: [27, 27, 6], conv: 5}\n",
      "net.yaml:3: key 'layers': layers, layer 2: conv 5×5 of 32×32 gives 28×28"
    ),
    (
      "layers:\n  - {size: 2}\n  - {size: 2, weights: [1, 2]}\n",
      "net.yaml:3: key 'layers': a weights matrix is a list of rows"
    ),
    (
      "layers:\n  - {size: 2}\n  - size: 2\n    weights:\n      label: W\n      colour: red\n",
      "net.yaml:6: key 'layers': weights takes label and matrix, not 'colour'"
    ),
    (
      "layers: [2, 2]\nweights-seed: -3\n",
      "net.yaml:2: key 'weights-seed': weights-seed must be a whole number from 0 (got -3)"
    ),
    ("layers:\n  - {size: 2, colour: red}\n", "net.yaml:2: key 'layers': a layer takes size, name"),
    (
      "layers:\n  - {type: tensor}\n",
      "net.yaml:2: key 'layers': a tensor layer needs a shape [width, height, channels]"
    ),
    ("layers: [2, 2]\nshape: round\n", "net.yaml:2: key 'shape'"),
    ("name: net\nlayers: [2, 2]\n", "net.yaml:1: key 'name': a network description has no name"),
    ("kind: surface\nlayers: [2, 2]\n", "net.yaml:1: key 'kind': a network description is kind: network"),
    ("- 3\n- 4\n", "net.yaml:1: a network description is a mapping with layers"),
    ("layers: [2, 2\n", "net.yaml:"),
    ("", "net.yaml:1: the network description is empty"),
  ]

  @Test(arguments: bad.indices)
  func refusesWithTheFileAndLine(index: Int) throws {
    let (text, words) = Self.bad[index]
    let folder = try CLIRunner.scratchFolder()
    let file = try Self.write(text, in: folder)
    let out = folder.appendingPathComponent("bad.png").path
    let r = try CLIRunner.run(["network", "--from-file", file, "--out", out])
    #expect(r.status == 64, "\(text): \(r.stderr)")
    #expect(r.stderr.contains(words), "\(text): \(r.stderr)")
    #expect(r.stderr.components(separatedBy: "Error:").count == 2, "\(r.stderr)")
    #expect(!FileManager.default.fileExists(atPath: out))
    #expect((try FileManager.default.contentsOfDirectory(atPath: folder.path)) == ["net.yaml"])
  }

  @Test func refusesNetworkOptionsBesideAFile() throws {
    let folder = try CLIRunner.scratchFolder()
    let file = try Self.write("layers: [2, 2]\n", in: folder)
    for args in [
      ["3,4"], ["--bias"], ["--names", "a,b"], ["--weights-seed", "1"], ["--orientation", "bottom-to-top"],
    ] {
      let out = folder.appendingPathComponent("x.png").path
      let r = try CLIRunner.run(["network", "--from-file", file, "--out", out] + args)
      #expect(r.status == 64 && r.stderr.contains("--from-file describes the whole network"), "\(args): \(r.stderr)")
      #expect(!FileManager.default.fileExists(atPath: out))
    }
    let missing = try CLIRunner.run(["network", "--from-file", folder.appendingPathComponent("none.yaml").path])
    #expect(missing.status == 64 && missing.stderr.contains("cannot read the network description"), "\(missing.stderr)")
  }
}
