import Foundation
import Testing

/// `plotnn network` and `plotnn lrn` at 200x150 say once, on standard error, which texts
/// they gave up for room; at 1920x1080 they say nothing.
@Suite struct NetworkLayoutNoteTests {
  @Test(arguments: [
    ["network", "3,4,4,3", "--names", "输入层,特征层,特征层,softmax", "--activations", ",ReLU,ReLU,"],
    [
      "network", "784,16,16,10", "--names", "输入层,隐藏层,隐藏层,输出层", "--activations", ",ReLU,ReLU,softmax", "--weights-seed",
      "1",
    ],
    ["network", "3,3,1", "--bias", "--labels", "$x_1$,$x_2$,$x_3$", "--labels", "", "--labels", "$h_{W,b}(x)$"],
    ["lrn"],
  ])
  func aSmallDiagramNotesWhatItLeftOutOnce(_ arguments: [String]) throws {
    let folder = try CLIRunner.scratchFolder()
    let small = try CLIRunner.run(arguments + ["--size", "200x150", "--out", "small.png"], in: folder)
    #expect(small.status == 0, "\(small.stderr)")
    let notes = small.stderr.split(separator: "\n").filter { $0.hasPrefix("plotnn: note: at 200x150 ") }
    #expect(notes.count == 1, "\(small.stderr)")
    #expect(notes.first?.hasSuffix("left out (make the figure larger or the font smaller)") == true)
    let large = try CLIRunner.run(arguments + ["--size", "1920x1080", "--out", "large.png"], in: folder)
    #expect(large.status == 0 && large.stderr.isEmpty, "\(large.stderr)")
  }
}
