import Foundation
import Testing

/// A figure too small for its texts says once, on standard error, which it left out; the
/// exit status stays 0, and a figure with room says nothing.
@Suite struct LayoutNoteCLITests {
  @Test(arguments: [
    ["descent"], ["surface"], ["softmax", "1", "2", "3"], ["sin(3*x)", "cos(3*x)", "--from", "-5", "--to", "5"],
  ])
  func aSmallFigureNotesWhatItLeftOutOnce(_ arguments: [String]) throws {
    let folder = try CLIRunner.scratchFolder()
    let small = try CLIRunner.run(arguments + ["--size", "200x150", "--out", "small.png"], in: folder)
    #expect(small.status == 0, "\(small.stderr)")
    let notes = small.stderr.split(separator: "\n").filter { $0.hasPrefix("plotnn: note: at 200x150 ") }
    #expect(notes.count == 1, "\(small.stderr)")
    #expect(notes.first?.hasSuffix("left out (make the figure larger or the font smaller)") == true)
    let large = try CLIRunner.run(arguments + ["--size", "1920x1080", "--out", "large.png"], in: folder)
    #expect(large.status == 0 && large.stderr.isEmpty, "\(large.stderr)")
  }

  /// A typeset formula cannot be cut: SELU's definition at 320x240 is left out, and said
  /// so, instead of being drawn as a lone "…"; at 640x480 it is drawn and nothing is said.
  @Test func aFormulaThatDoesNotFitIsLeftOutNotElided() throws {
    let folder = try CLIRunner.scratchFolder()
    let small = try CLIRunner.run(["selu", "--size", "320x240", "--out", "s.png"], in: folder)
    #expect(small.status == 0 && small.stderr.contains("the subtitle was left out"), "\(small.stderr)")
    let roomy = try CLIRunner.run(["selu", "--out", "r.png"], in: folder)
    #expect(roomy.status == 0 && roomy.stderr.isEmpty, "\(roomy.stderr)")
  }

  /// An arrow's label that finds no free place is left out and named in the note; with
  /// room (the default size) it is drawn and nothing is said. Also from a manifest.
  @Test func anAnnotationLabelLeftOutIsNamed() throws {
    let folder = try CLIRunner.scratchFolder()
    let figure = [
      "sigmoid", "--with-derivative", "--from", "-10", "--to", "10", "--derivative-axis", "right",
      "--xspan", "-10:-4:饱和区", "--hline", "1", "--arrow", "-6.5,0.45:-5,0.02:梯度弥散",
    ]
    let small = try CLIRunner.run(figure + ["--size", "320x240", "--out", "s.png"], in: folder)
    #expect(small.status == 0 && small.stderr.contains("the annotation label \"梯度弥散\""), "\(small.stderr)")
    let roomy = try CLIRunner.run(figure + ["--out", "r.png"], in: folder)
    #expect(roomy.status == 0 && !roomy.stderr.contains("annotation"), "\(roomy.stderr)")
    let manifest = """
      figures:
        - name: tight-arrow
          functions: sigmoid
          curves: both
          from: -10
          to: 10
          derivative-axis: right
          size: 320x240
          annotations:
            - {xspan: [-10, -4], label: 饱和区}
            - {hline: 1}
            - {arrow: [[-6.5, 0.45], [-5, 0.02]], label: 梯度弥散}
      """
    try manifest.write(to: folder.appendingPathComponent("m.yaml"), atomically: true, encoding: .utf8)
    let batch = try CLIRunner.run(["figures", "m.yaml", "--out-dir", "out", "--jobs", "1"], in: folder)
    #expect(batch.status == 0 && batch.stderr.contains("tight-arrow: "), "\(batch.stderr)")
    #expect(batch.stderr.contains("the annotation label \"梯度弥散\""), "\(batch.stderr)")
  }

  @Test func theManifestRunnerNamesTheFigure() throws {
    let folder = try CLIRunner.scratchFolder()
    let manifest = """
      figures:
        - name: tiny-descent
          kind: descent
          size: 200x150
        - name: roomy-softmax
          kind: softmax
          logits: [1, 2, 3]
      """
    try manifest.write(to: folder.appendingPathComponent("m.yaml"), atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["figures", "m.yaml", "--out-dir", "out", "--jobs", "1"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let notes = result.stderr.split(separator: "\n").filter { $0.hasPrefix("plotnn: note:") }
    #expect(notes.count == 1 && notes[0].hasPrefix("plotnn: note: tiny-descent: at 200x150 "), "\(result.stderr)")
  }
}
