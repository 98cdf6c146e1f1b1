import Foundation
import Testing

@testable import PlotNNCore

@Suite struct SoftmaxTests {
  @Test func textExampleMatchesTheDefinition() {
    let p = Softmax.probabilities([3, 1, -3])
    let denominator = exp(3.0) + exp(1.0) + exp(-3.0)
    let expected = [exp(3.0), exp(1.0), exp(-3.0)].map { $0 / denominator }
    for (a, b) in zip(p, expected) { #expect(abs(a - b) <= 1e-15) }
    // The values the chapter prints, to two decimals.
    #expect(p.map { ($0 * 100).rounded() / 100 } == [0.88, 0.12, 0])
  }

  @Test func hugeLogitsStayFinite() {
    let p = Softmax.probabilities([1000, -1000, 0, 999])
    #expect(p.allSatisfy { $0.isFinite })
    // softmax(1000, 999) = (1/(1 + e^-1), e^-1/(1 + e^-1)); e^-1000 and e^-1999 underflow to 0.
    #expect(abs(p[0] - 1 / (1 + exp(-1.0))) <= 1e-15)
    #expect(abs(p[3] - exp(-1.0) / (1 + exp(-1.0))) <= 1e-15)
    #expect(p[1] == 0 && p[2] == 0)
  }

  @Test func probabilitiesSumToOneAndKeepOrder() {
    let z = [-2.5, 0.1, 7, 7, -40]
    let p = Softmax.probabilities(z)
    #expect(abs(p.reduce(0, +) - 1) <= 1e-15)
    #expect(p[2] == p[3] && p[1] > p[0] && p[0] > p[4])
  }

  @Test func chartWritesEveryValueAndLinksEachClass() {
    let canvas = RecordingCanvas()
    SoftmaxChart(logits: [3, 1, -3]).draw(on: canvas, size: Size(width: 720, height: 400), tolerance: 0.1)
    let texts = canvas.texts.map(\.plainText)
    for label in ["3", "1", "−3", "20.09", "2.718", "0.04979", "0.879", "0.119", "0.002"] {
      #expect(texts.contains(label), "missing \(label)")
    }
    // Two link curves per class (z → e^z, e^z → softmax).
    let links = canvas.commands.filter {
      if case .stroke(let path, _) = $0 {
        return path.elements.contains { if case .curve = $0 { return true } else { return false } }
      } else {
        return false
      }
    }
    #expect(links.count == 6)
  }

  @Test func overflowingExponentialsAreShownShifted() {
    let canvas = RecordingCanvas()
    SoftmaxChart(logits: [1000, 999]).draw(on: canvas, size: Size(width: 720, height: 400), tolerance: 0.1)
    #expect(canvas.texts.map(\.plainText).contains { $0.contains("max") })
    #expect(canvas.texts.map(\.plainText).contains("0.731") && canvas.texts.map(\.plainText).contains("0.269"))
  }
}
