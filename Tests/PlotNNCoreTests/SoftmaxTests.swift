import Foundation
import Testing

@testable import PlotNNCore

/// softmax by mpmath at 60 digits, rounded once to the nearest double: written by
/// `scripts/softmax_reference.py` (`--check` verifies the file).
private struct SoftmaxReference: Decodable {
  struct Case: Decodable {
    let logits: [Double]
    let probabilities: [Double]
  }
  let generator: String
  let cases: [Case]

  static func load() throws -> SoftmaxReference {
    try ReferenceResource.decode(SoftmaxReference.self, named: "softmax-reference")
  }
}

@Suite struct SoftmaxTests {
  /// Every case within 4 ulps of the correctly rounded value; an exact 0 where the true value
  /// is below the smallest double (e^−2000). Fails for a naive e^z / Σ e^z at ±1000 (NaN), for
  /// a shift by anything but a logit (a lost tail), or for a wrong normalisation.
  @Test func matchesMpmath() throws {
    let reference = try SoftmaxReference.load()
    #expect(reference.generator.contains("mpmath") && reference.cases.count >= 5)
    for c in reference.cases {
      let p = Softmax.probabilities(c.logits)
      try #require(p.count == c.probabilities.count, "\(c.logits)")
      for (ours, theirs) in zip(p, c.probabilities) {
        #expect(abs(ours - theirs) <= 4 * theirs.ulp, "\(c.logits): \(ours) vs \(theirs)")
      }
    }
  }

  /// The values the chapter prints for (3, 1, −3), to two decimals.
  @Test func textExampleRoundsToTheChaptersValues() {
    let p = Softmax.probabilities([3, 1, -3])
    #expect(p.map { ($0 * 100).rounded() / 100 } == [0.88, 0.12, 0])
  }

  @Test func hugeLogitsStayFinite() {
    let p = Softmax.probabilities([1000, -1000, 0, 999])
    #expect(p.allSatisfy { $0.isFinite })
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
    // The computed values at one precision, three significant digits (e³ = 20.0855…,
    // e = 2.71828…, e⁻³ = 0.0497871…; softmax = 0.878953…, 0.118952…, 0.00217852…).
    for label in ["3", "1", "−3", "20.1", "2.72", "0.0498", "0.879", "0.119", "0.00218", "Σ = 22.9", "Σ = 1.00"] {
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

  /// e⁻³ beside e³ and softmax 0.002 beside 0.879 would be bars under a point long: every
  /// non-zero value gets a bar at least ``SoftmaxBars/stub`` long, a zero value none.
  @Test func tinyValuesGetAVisibleStub() {
    let canvas = RecordingCanvas()
    SoftmaxChart(logits: [30, 1, 0]).draw(on: canvas, size: Size(width: 720, height: 400), tolerance: 0.1)
    let bars = canvas.commands.compactMap { c -> Rect? in
      guard case .fill(let path, let color) = c, color != Style.light.background, path.elements.count == 5,
        case .move(let a) = path.elements[0],
        case .line(let b) = path.elements[1], case .line(let d) = path.elements[2]
      else { return nil }
      return Rect(x: min(a.x, d.x), y: min(a.y, d.y), width: abs(b.x - a.x), height: abs(d.y - a.y))
    }
    // Three columns of three bars, less the logit 0's, which has none.
    #expect(bars.count == 8, "\(bars)")
    #expect(bars.allSatisfy { $0.width >= SoftmaxBars.stub - 1e-9 }, "\(bars.map(\.width))")
  }

  /// Past the palette's seven colours the eighth class is not the first again: its bars
  /// get the next dash pattern as an outline, and its links are dashed too.
  @Test func manyClassesStayApart() {
    let canvas = RecordingCanvas()
    let chart = SoftmaxChart(logits: (0..<8).map(Double.init))
    chart.draw(on: canvas, size: Size(width: 720, height: 600), tolerance: 0.1)
    let dashed = canvas.commands.filter { if case .stroke(_, let s) = $0 { !s.dash.isEmpty } else { false } }
    // The eighth class: three outlined bars and two links.
    #expect(dashed.count == 5)
  }

  @Test func overflowingExponentialsAreShownShifted() {
    let canvas = RecordingCanvas()
    SoftmaxChart(logits: [1000, 999]).draw(on: canvas, size: Size(width: 720, height: 400), tolerance: 0.1)
    #expect(canvas.texts.map(\.plainText).contains { $0.contains("max") })
    #expect(canvas.texts.map(\.plainText).contains("0.731") && canvas.texts.map(\.plainText).contains("0.269"))
  }
}
