import Testing

@testable import PlotNNCore

/// The library refuses bad markup in a title as the CLI does, for every kind of figure,
/// naming the field: a title "a < b" used to draw the previous text ("y") instead.
@Suite struct MarkupRefusalTests {
  static let figures: [FigureSpec] = [
    FigureSpec(LineFigure(functions: ["relu"])), FigureSpec(SoftmaxFigure(logits: [1, 2])),
    FigureSpec(DescentFigure()), FigureSpec(SurfaceFigure()),
  ]

  @Test(arguments: figures.indices)
  func aBadTitleIsRefused(index: Int) {
    var spec = Self.figures[index]
    spec.title = "a < b"
    do {
      try spec.validate(catalog: .standard)
      Issue.record("\(spec.kind.id): 'a < b' accepted as a title")
    } catch {
      #expect(error.field == "title")
      #expect(error.description.hasPrefix("title is not valid markup") && error.description.contains("&lt;"))
    }
    spec.title = "a &lt; b"
    #expect(throws: Never.self) { try spec.validate(catalog: .standard) }
  }

  @Test func aBadMarkLabelIsRefused() {
    var line = LineFigure(functions: ["relu"])
    line.marks = [.init(x: 1, derivative: false, label: "<b>{y}")]
    do {
      try FigureSpec(line).validate(catalog: .standard)
      Issue.record("an unclosed <b> accepted")
    } catch {
      #expect(error.field == "marks" && error.description.hasPrefix("marks is not valid markup"))
    }
  }
}
