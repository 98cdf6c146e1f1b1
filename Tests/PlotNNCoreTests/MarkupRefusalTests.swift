import Testing

@testable import PlotNNCore

/// The library refuses bad markup in a title as the CLI does, for every kind of figure,
/// naming the field: a title "a < b" used to draw the previous text ("y") instead.
@Suite struct MarkupRefusalTests {
  @Test(arguments: [FigureSpec.Kind.line, .softmax, .descent, .surface])
  func aBadTitleIsRefused(kind: FigureSpec.Kind) {
    var spec = FigureSpec(kind: kind)
    spec.functions = kind == .line ? ["relu"] : []
    spec.logits = [1, 2]
    spec.title = "a < b"
    do {
      _ = try spec.chart(catalog: .standard)
      Issue.record("\(kind): 'a < b' accepted as a title")
    } catch {
      guard case .markup(let field, let fault) = error else {
        Issue.record("\(kind): \(error)")
        return
      }
      #expect(field == "title" && fault == MarkupError(.strayLessThan, at: 2))
      #expect(error.description.contains("title") && error.description.contains("&lt;"))
    }
    spec.title = "a &lt; b"
    #expect(throws: Never.self) { try spec.chart(catalog: .standard) }
  }

  @Test func aBadMarkLabelIsRefused() {
    var spec = FigureSpec(functions: ["relu"])
    spec.marks = [.init(x: 1, derivative: false, label: "<b>{y}")]
    #expect {
      try spec.lineChart(catalog: .standard)
    } throws: { error in
      guard let error = error as? FigureSpecError, case .markup(let field, _) = error else { return false }
      return field == "mark label"
    }
  }
}
