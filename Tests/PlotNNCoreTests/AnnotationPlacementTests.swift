import Foundation
import Testing

@testable import PlotNNCore

/// Data annotations keep the layout's promise (``PlacementPropertyTests``): every text
/// inside the figure and off every other text; an annotation's label off the curves, the
/// reference lines, the arrows and the span edges (all are strokes or fills inside the
/// plot's clip in the recording); a span's label inside its span; and from 640 × 480 on
/// every label placed.
///
/// Span fills are left out of the lines a label must avoid (an arrow's label may reach
/// over a span's edge; a span's own label is checked inside its span).
@Suite struct AnnotationPlacementTests {
  /// Forwards to a recording every command but fills in one colour (the spans').
  final class WithoutFills: Canvas {
    let base = RecordingCanvas()
    let skipped: Color
    init(skipping color: Color) { skipped = color }
    func fill(_ path: Path, color: Color) { if color != skipped { base.fill(path, color: color) } }
    func stroke(_ path: Path, style: StrokeStyle) { base.stroke(path, style: style) }
    func text(_ text: RichText, at point: Point, style: TextStyle, anchor: TextAnchor, rotation: Double) {
      base.text(text, at: point, style: style, anchor: anchor, rotation: rotation)
    }
    func measure(_ text: RichText, style: TextStyle) -> TextExtent { base.measure(text, style: style) }
    func clipped(to rect: Rect, _ body: () -> Void) { base.clipped(to: rect, body) }
  }

  struct Case: CustomTestStringConvertible, Sendable {
    let name: String
    let functions: [String]
    var curves = LineFigure.Curves.function
    var from = -10.0
    var to = 10.0
    let annotations: [LineFigure.Annotation]
    var testDescription: String { name }
  }

  static let cases = [
    Case(
      name: "sigmoid saturation", functions: ["sigmoid"], curves: .both,
      annotations: [
        .init(.xspan(-10, -4), label: "饱和区"), .init(.xspan(4, 10), label: "饱和区"), .init(.hline(1)),
        .init(.arrow(fromX: -6.5, fromY: 0.45, toX: -5, toY: 0.02), label: "梯度弥散"),
        .init(.arrow(fromX: 6.5, fromY: 0.45, toX: 5, toY: 0.02), label: "梯度弥散"),
      ]),
    Case(
      name: "relu suppression", functions: ["relu"],
      annotations: [.init(.xspan(-10, 0), label: "单侧抑制"), .init(.text(x: 6, y: 6), label: "正值不变")]),
    Case(
      name: "tanh asymptotes", functions: ["tanh"], from: -5, to: 5,
      annotations: [
        .init(.hline(1), label: "y = 1"), .init(.hline(-1), label: "y = −1"), .init(.vline(2), label: "x = 2"),
        .init(.yspan(-0.5, 0.5), label: "linear"),
      ]),
    Case(
      name: "two curves and a text", functions: ["gelu", "silu"], from: -4, to: 4,
      annotations: [.init(.text(x: -2, y: 0), label: "dip below 0"), .init(.vline(0))]),
    Case(
      name: "between two curves", functions: ["sigmoid", "tanh"], from: -4, to: 4,
      annotations: [.init(.between("sigmoid", "tanh"), label: "σ − tanh")]),
    Case(
      name: "between a derivative and 0", functions: ["softplus"], curves: .both,
      annotations: [.init(.betweenLine("softplus′", y: 0), label: "∫ σ"), .init(.betweenLine("0", y: 10))]),
  ]

  static let sizes = [
    FigureSize(px: 200, 150), FigureSize(px: 320, 240), FigureSize(px: 640, 480), FigureSize(px: 1920, 1080),
    FigureSize(px: 4000, 3000),
  ].map(\.points)

  private func drawing(_ c: Case, size: Size) throws -> (RecordedDrawing, Style) {
    var figure = LineFigure(functions: c.functions)
    (figure.from, figure.to, figure.curves, figure.annotations) = (c.from, c.to, c.curves, c.annotations)
    let chart = try figure.testChart()
    let canvas = RecordingCanvas()
    chart.draw(on: canvas, size: size)
    let span = chart.style.background.mixed(with: chart.style.muted, by: DataAnnotation.spanOpacity)
    let filtered = WithoutFills(skipping: span)
    canvas.replay(on: filtered)
    return (RecordedDrawing(filtered.base, style: chart.style), chart.style)
  }

  /// Each span's extent in points across (x spans) or down (y spans), from the layout.
  private func spans(_ c: Case, size: Size) throws -> [(String, ClosedRange<Double>, Bool)] {
    var figure = LineFigure(functions: c.functions)
    (figure.from, figure.to, figure.curves, figure.annotations) = (c.from, c.to, c.curves, c.annotations)
    let chart = try figure.testChart()
    let layout = chart.arranged(on: RecordingCanvas(), size: size, tolerance: 0.1).0
    return c.annotations.compactMap { note in
      guard let label = note.label else { return nil }
      switch note.shape {
      case .xspan(let a, let b):
        let (p, q) = (layout.xScale(a), layout.xScale(b))
        return (label, min(p, q)...max(p, q), true)
      case .yspan(let a, let b):
        let (p, q) = (layout.yScale(a), layout.yScale(b))
        return (label, min(p, q)...max(p, q), false)
      default: return nil
      }
    }
  }

  @Test(arguments: cases, sizes)
  func labelsKeepThePlacementRules(_ c: Case, size: Size) throws {
    let (drawn, style) = try drawing(c, size: size)
    let labelled = c.annotations.compactMap(\.label)
    let notes = drawn.texts.filter { $0.style == style.annotation && labelled.contains($0.text) }
    for text in drawn.texts {
      let r = text.rect
      #expect(
        r.minX >= -1e-9 && r.maxX <= size.width + 1e-9 && r.minY >= -1e-9 && r.maxY <= size.height + 1e-9,
        "\(c.name) \(size): \(text) leaves the figure")
    }
    for note in notes {
      let hit = drawn.segments(meeting: note.rect)
      #expect(hit.isEmpty, "\(c.name) \(size): \(note) touches a line at \(hit.prefix(2))")
    }
    for (i, a) in drawn.texts.enumerated() {
      for b in drawn.texts[(i + 1)...] where a.rect.intersects(b.rect) {
        Issue.record("\(c.name) \(size): \(a) overlaps \(b)")
      }
    }
    for (label, range, across) in try spans(c, size: size) {
      for note in notes where note.text == label {
        let (lo, hi) = across ? (note.rect.minX, note.rect.maxX) : (note.rect.minY, note.rect.maxY)
        // Other notes may share the text (two spans called 饱和区): one must lie inside.
        if lo >= range.lowerBound && hi <= range.upperBound { continue }
        let inside = try spans(c, size: size).contains { other in
          other.0 == label && other.2 == across && lo >= other.1.lowerBound && hi <= other.1.upperBound
        }
        #expect(inside, "\(c.name) \(size): \(note) lies outside its span \(range)")
      }
    }
    if size.width >= 480 {
      #expect(notes.map(\.text).sorted() == labelled.sorted(), "\(c.name) \(size): placed \(notes.map(\.text))")
    }
  }

  /// A pinned label is drawn with its anchor exactly at its point, wherever curves are.
  @Test func aPinnedLabelGoesWhereItIsPinned() throws {
    var figure = LineFigure(functions: ["relu"])
    (figure.from, figure.to) = (-5, 5)
    figure.annotations = [.init(.text(x: 2, y: 2), label: "on the curve", pin: .center)]
    let chart = try figure.testChart()
    let canvas = RecordingCanvas()
    let size = Size(width: 480, height: 360)
    chart.draw(on: canvas, size: size)
    let layout = chart.arranged(on: RecordingCanvas(), size: size, tolerance: 0.1).0
    let drawn = canvas.commands.compactMap { command -> (Point, TextAnchor)? in
      guard case .text(let text, let p, _, let anchor, _) = command, text.plainText == "on the curve" else {
        return nil
      }
      return (p, anchor)
    }
    try #require(drawn.count == 1)
    #expect(abs(drawn[0].0.x - layout.xScale(2)) < 1e-9 && abs(drawn[0].0.y - layout.yScale(2)) < 1e-9)
    #expect(drawn[0].1 == TextAnchor(.center, .middle))
  }

  /// The command line's forms read as documented; each bad form is refused with its flag.
  @Test func commandLineFormsRead() throws {
    #expect(try LineFigure.Annotation.parse("xspan", "-10:-4:饱和区") == .init(.xspan(-10, -4), label: "饱和区"))
    #expect(try LineFigure.Annotation.parse("hline", "1") == .init(.hline(1)))
    #expect(try LineFigure.Annotation.parse("text", "0.5,-2:a: b") == .init(.text(x: 0.5, y: -2), label: "a: b"))
    #expect(
      try LineFigure.Annotation.parse("arrow", "1,2:3,4:here")
        == .init(.arrow(fromX: 1, fromY: 2, toX: 3, toY: 4), label: "here"))
    for (kind, text) in [("xspan", "-10"), ("xspan", "a:b"), ("text", "1:label"), ("arrow", "1,2:3"), ("vline", "")] {
      #expect(throws: AnnotationSyntaxError.self) { try LineFigure.Annotation.parse(kind, text) }
    }
  }
}
