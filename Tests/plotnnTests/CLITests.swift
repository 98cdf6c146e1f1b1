import Foundation
import Testing

/// mpmath's values of a default-parameter catalog function at the doubles of its grid, from
/// PlotNNCoreTests' `activation-reference.json` (written by `scripts/reference_values.py`),
/// read by path: x ↦ (f(x), f′(x)).
private func activationReference(_ id: String) throws -> [Double: (Double, Double)] {
  let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../PlotNNCoreTests/Resources/activation-reference.json").standardized
  // JSONSerialization: values beyond a double are the strings "inf" / "-inf" elsewhere in the file.
  let file = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
  let cases = try #require(file["cases"] as? [[String: Any]])
  let found = try #require(
    cases.first { $0["id"] as? String == id && ($0["parameters"] as? [String: Any])?.isEmpty == true },
    "no \(id) in \(url.path)")
  let points = try #require(found["points"] as? [[Any]])
  var out: [Double: (Double, Double)] = [:]
  for p in points {
    if let x = p[0] as? Double, let y = p[1] as? Double, let dy = p[2] as? Double { out[x] = (y, dy) }
  }
  return out
}

@Suite struct CLITests {
  @Test func plotIsTheDefaultSubcommandAndOutputIsByteIdentical() throws {
    let folder = try CLIRunner.scratchFolder()
    for ext in ["png", "svg", "pdf"] {
      let a = try CLIRunner.run(["relu", "--from", "-10", "--to", "10", "--out", "a.\(ext)"], in: folder)
      let b = try CLIRunner.run(["plot", "relu", "--from", "-10", "--to", "10", "--out", "b.\(ext)"], in: folder)
      #expect(a.status == 0 && b.status == 0, "\(a.stderr) \(b.stderr)")
      let first = try Data(contentsOf: folder.appendingPathComponent("a.\(ext)"))
      let second = try Data(contentsOf: folder.appendingPathComponent("b.\(ext)"))
      #expect(first == second && !first.isEmpty, "\(ext) differs between runs")
    }
  }

  @Test func negativeNumbersNeedNoEqualsSign() throws {
    let folder = try CLIRunner.scratchFolder()
    let result = try CLIRunner.run(
      ["leaky-relu(alpha=0.5)", "--from", "-10", "--to", "-2", "--ymin", "-6", "--ymax", "-0.5", "--out", "n.svg"],
      in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("n.svg").path))
  }

  @Test func defaultOutputNameIsTheFunctionId() throws {
    let folder = try CLIRunner.scratchFolder()
    let result = try CLIRunner.run(["elu:alpha=0.5"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["elu.png"])
  }

  @Test func sampleCSVHasHeaderBothEndsAndExactValues() throws {
    let result = try CLIRunner.run(["sample", "relu", "--from", "-1", "--to", "1", "--count", "5"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "x,y,dy")
    let rows = lines.dropFirst().map { $0.split(separator: ",").map { Double(String($0)) } }
    let expected: [[Double]] = [[-1, 0, 0], [-0.5, 0, 0], [0, 0, 0], [0.5, 0.5, 1], [1, 1, 1]]
    #expect(rows == expected.map { $0.map(Optional.some) })
  }

  @Test func sampleDoublesRoundTrip() throws {
    let reference = try activationReference("sigmoid")
    let result = try CLIRunner.run(["sample", "sigmoid", "--from", "-3", "--to", "6", "--count", "10"])
    let rows = result.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
    #expect(rows.count == 10)
    for (i, row) in rows.enumerated() {
      let x = try #require(Double(row[0]))
      #expect(x == -3 + Double(i))
      let y = try #require(Double(row[1]))
      // The printed text is the shortest spelling of the double it stands for.
      #expect(y.description == row[1])
      // mpmath's σ(x), correctly rounded: fails if the printed value is not σ(x) to 1e-15.
      let (sigma, _) = try #require(reference[x], "x = \(x) is not in the reference grid")
      #expect(abs(y - sigma) <= 1e-15, "x = \(x): \(y) vs \(sigma)")
    }
  }

  @Test func sampleJSONParses() throws {
    let result = try CLIRunner.run(["sample", "tanh", "--count", "3", "--from", "-1", "--to", "1", "--format", "json"])
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let points = try #require(object?["points"] as? [[String: Double]])
    #expect(points.map { $0["x"] } == [-1, 0, 1])
    let (tanh1, dtanh1) = try #require(try activationReference("tanh")[1], "x = 1 is not in the reference grid")
    #expect(abs((points[2]["y"] ?? 0) - tanh1) < 1e-15)
    #expect(abs((points[2]["dy"] ?? 0) - dtanh1) < 1e-15)
  }

  @Test func listJSONHasTheWholeCatalog() throws {
    let result = try CLIRunner.run(["list", "--json"])
    let entries = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    let ids = Set(entries.compactMap { $0["id"] as? String })
    let required = [
      "identity", "sigmoid", "tanh", "relu", "relu6", "leaky-relu", "prelu", "rrelu", "elu", "celu", "selu", "gelu",
      "gelu-tanh", "silu", "mish", "softplus", "softsign", "log-sigmoid", "hard-sigmoid", "hard-sigmoid-keras",
      "hard-swish", "hard-tanh", "hard-shrink", "soft-shrink", "tanh-shrink", "threshold", "squareplus", "sparse-plus",
      "exponential",
    ]
    #expect(Set(required).isSubset(of: ids), "missing: \(Set(required).subtracting(ids))")
    for entry in entries {
      let tex = entry["tex"] as? String ?? ""
      #expect(!tex.isEmpty, "\(entry["id"] ?? "?") has no tex")
    }
    let relu = entries.first { $0["id"] as? String == "relu" }
    #expect(relu?["tex"] as? String == #"f(x) = \begin{cases} x, & x > 0 \\ 0, & x \le 0 \end{cases}"#)
  }

  @Test func sampleSpansTheWholeDoubleRange() throws {
    let result = try CLIRunner.run(["sample", "relu", "--from", "-1e308", "--to", "1e308", "--count", "3"])
    let xs = result.stdout.split(separator: "\n").dropFirst().map { Double(String($0.split(separator: ",")[0])) }
    #expect(xs == [-1e308, 0, 1e308])
    let top = try CLIRunner.run(["sample", "squareplus", "--from", "1e308", "--to", "1e308", "--count", "1"])
    let y = top.stdout.split(separator: "\n").last.map { Double(String($0.split(separator: ",")[1])) }
    // squareplus(x) = (x + √(x² + 4))/2 = x to double precision for x = 1e308 (no overflow).
    #expect(y == 1e308)
  }
}
