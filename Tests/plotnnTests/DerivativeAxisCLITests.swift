import Foundation
import Testing

/// `--derivative-axis left|right|auto` (issue 9 defect 5, issue 12 item 3): each value
/// draws, a bad value is a usage error naming the three, and `right` without f′ beside f
/// is refused.
@Suite struct DerivativeAxisCLITests {
  @Test(arguments: ["left", "right", "auto"])
  func eachValueDraws(value: String) throws {
    let folder = try CLIRunner.scratchFolder()
    let result = try CLIRunner.run(
      ["softplus", "--with-derivative", "--from", "-10", "--to", "10", "--derivative-axis", value, "--out", "f.svg"],
      in: folder)
    #expect(result.status == 0, "\(value): \(result.stderr)")
    let svg = try String(contentsOf: folder.appendingPathComponent("f.svg"), encoding: .utf8)
    #expect(svg.hasPrefix("<?xml") || svg.contains("<svg"))
  }

  /// Right and left differ in the drawing (the right axis's marks and name), auto is right
  /// for softplus on [−10, 10].
  @Test func rightDiffersFromLeftAndAutoPicksRight() throws {
    let folder = try CLIRunner.scratchFolder()
    var files: [String: Data] = [:]
    for value in ["left", "right", "auto"] {
      let result = try CLIRunner.run(
        [
          "softplus", "--with-derivative", "--from", "-10", "--to", "10", "--derivative-axis", value, "--out",
          "\(value).svg",
        ], in: folder)
      try #require(result.status == 0, "\(value): \(result.stderr)")
      files[value] = try Data(contentsOf: folder.appendingPathComponent("\(value).svg"))
    }
    #expect(files["left"] != files["right"])
    #expect(files["auto"] == files["right"])
  }

  @Test func aBadValueListsTheChoices() throws {
    let folder = try CLIRunner.scratchFolder()
    let result = try CLIRunner.run(
      ["softplus", "--with-derivative", "--derivative-axis", "up", "--out", "f.png"], in: folder)
    #expect(result.status == 64, "\(result.stderr)")
    for word in ["'up'", "--derivative-axis", "'left'", "'right'", "'auto'"] {
      #expect(result.stderr.contains(word), "\(word): \(result.stderr)")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test func rightNeedsTheDerivativeBesideTheFunction() throws {
    let folder = try CLIRunner.scratchFolder()
    let result = try CLIRunner.run(["softplus", "--derivative-axis", "right", "--out", "f.png"], in: folder)
    #expect(result.status == 64, "\(result.stderr)")
    #expect(result.stderr.contains("--derivative-axis right"), "\(result.stderr)")
    #expect(result.stderr.contains("--with-derivative"), "\(result.stderr)")
  }

  /// `--aspect equal` draws; a bad value names auto and equal.
  @Test func aspectTakesAutoOrEqual() throws {
    let folder = try CLIRunner.scratchFolder()
    let good = try CLIRunner.run(
      ["sqrt(1-x^2)", "--from", "-1", "--to", "1", "--aspect", "equal", "--out", "c.png"], in: folder)
    #expect(good.status == 0, "\(good.stderr)")
    let bad = try CLIRunner.run(["relu", "--aspect", "square", "--out", "d.png"], in: folder)
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("'auto'") && bad.stderr.contains("'equal'"), "\(bad.stderr)")
  }
}

/// `--fill-between F:G[:label]` and `F:y=V[:label]` (issue 12 item 2).
@Suite struct FillBetweenCLITests {
  @Test func regionsDrawAndBadFormsAreRefused() throws {
    let folder = try CLIRunner.scratchFolder()
    let good = try CLIRunner.run(
      ["sigmoid", "tanh", "--fill-between", "sigmoid:tanh:gap", "--fill-between", "0:y=0", "--out", "f.png"], in: folder
    )
    #expect(good.status == 0, "\(good.stderr)")
    for (form, words) in [("relu", "expected F:G"), ("nosuch:y=0", "'nosuch', not a curve"), ("relu′:y=0", "'relu′'")] {
      let bad = try CLIRunner.run(["relu", "--fill-between", form, "--out", "g.png"], in: folder)
      #expect(bad.status == 64, "\(form): \(bad.stderr)")
      #expect(bad.stderr.contains(words), "\(form): \(bad.stderr)")
    }
  }
}
