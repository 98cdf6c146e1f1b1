import Foundation
import Testing

@testable import PlotNNCore

/// Issue 9's placement promise for the figures that are not line charts (descent, surface,
/// softmax), on the recorded drawing, at sizes from 200 × 150 to 1920 × 1080 CSS px, light
/// and dark: every text box lies inside the figure, no two text boxes meet, and no text box
/// meets the descent path (or, for softmax, the links between the columns). Boxes are the
/// recorder's own estimate (``RecordedDrawing/box(_:_:_:_:_:)``: 0.6 em a character, 1.2 em
/// a line), which is also what the layout measured with, so a layout that drops or moves a
/// text for room is judged by an independent reading of what it drew.
///
/// The path is read back by its colour: strokes and fills in the path's colour (polyline,
/// dots, arrowheads, start and end circles). Contour lines may run under a label's halo by
/// design (``ContourLabelPlacer`` weighs them), and the surface under a mark label's halo,
/// so they are not obstacles here.
@Suite struct KindPlacementPropertyTests {
  enum Kind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case descent, surface, softmax, softmaxNegative
    var testDescription: String { rawValue }

    func spec(theme: Theme) -> FigureSpec {
      var spec: FigureSpec
      switch self {
      case .descent: spec = FigureSpec(DescentFigure())
      case .surface: spec = FigureSpec(SurfaceFigure())
      case .softmax: spec = FigureSpec(SoftmaxFigure(logits: [1, 2, 3]))
      case .softmaxNegative: spec = FigureSpec(SoftmaxFigure(logits: [3, 1, -3, 0.5, -1]))
      }
      spec.theme = theme
      return spec
    }
  }

  static let sizes = [
    FigureSize(px: 200, 150), FigureSize(px: 320, 240), FigureSize(px: 640, 480), FigureSize(px: 1920, 1080),
  ]
  .map(\.points)

  /// The segments, as drawn, in `color` (any alpha): strokes at least a point wide with
  /// their half width, fills' outlines with half a point.
  static func segments(_ canvas: RecordingCanvas, color: Color) -> [(Point, Point, reach: Double)] {
    let same = { (c: Color) in c.withAlpha(1) == color.withAlpha(1) }
    var out: [(Point, Point, reach: Double)] = []
    for command in canvas.commands {
      switch command {
      // Leader lines (0.9 points, in the path label's colour) end at their label by design.
      case .stroke(let path, let s) where same(s.color) && s.width >= 1:
        out += RecordedDrawing.segments(path).map { ($0.0, $0.1, reach: s.width / 2) }
      case .fill(let path, let c) where same(c):
        out += RecordedDrawing.segments(path).map { ($0.0, $0.1, reach: 0.5) }
      default: break
      }
    }
    return out
  }

  @Test(arguments: Kind.allCases, sizes)
  func textsStayInsideApartAndOffThePath(_ kind: Kind, size: Size) throws {
    for theme in [Theme.light, .dark] {
      let spec = kind.spec(theme: theme)
      let chart = try spec.chart(catalog: .standard)
      let canvas = RecordingCanvas()
      let notes = chart.draw(on: canvas, size: size, tolerance: 0.1)
      let style = spec.resolvedStyle
      let drawn = RecordedDrawing(canvas, style: style)
      let name = "\(kind) \(theme) \(size)"
      // Five logits at 200 × 150 px leave no room for any text, and say so.
      #expect(!drawn.texts.isEmpty || !notes.isEmpty, "\(name): no text at all, and no note")
      let obstacles: [(Point, Point, reach: Double)]
      switch kind {
      case .descent: obstacles = Self.segments(canvas, color: ContourColors(style: style).path)
      case .surface: obstacles = Self.segments(canvas, color: style.color(1))
      case .softmax, .softmaxNegative:
        // The links: every stroke but the zero lines (in the axis colour) and the bars' outlines.
        obstacles = canvas.commands.flatMap { command -> [(Point, Point, reach: Double)] in
          guard case .stroke(let path, let s) = command, s.color != style.axis,
            path.elements.contains(where: { if case .curve = $0 { true } else { false } })
          else { return [] }
          return RecordedDrawing.segments(path).map { ($0.0, $0.1, reach: s.width / 2) }
        }
      }
      #expect(!obstacles.isEmpty, "\(name): no path drawn")
      for text in drawn.texts {
        let r = text.rect
        #expect(
          r.minX >= -1e-9 && r.maxX <= size.width + 1e-9 && r.minY >= -1e-9 && r.maxY <= size.height + 1e-9,
          "\(name): \(text) leaves the figure")
        let hit = obstacles.filter { r.insetBy(-$0.reach).meets(segmentFrom: $0.0, to: $0.1) }
        #expect(hit.isEmpty, "\(name): \(text) touches the path at \(hit.prefix(2).map { ($0.0, $0.1) })")
      }
      for (i, a) in drawn.texts.enumerated() {
        for b in drawn.texts[(i + 1)...] where a.rect.intersects(b.rect) {
          Issue.record("\(name): \(a) overlaps \(b)")
        }
      }
    }
  }

  /// What a figure leaves out it reports (``LayoutNotes``): nothing at 1920 × 1080, and at
  /// 200 × 150 a note exactly when a text the large figure draws is missing.
  @Test(arguments: Kind.allCases)
  func notesSayWhatWasLeftOut(_ kind: Kind) throws {
    let spec = kind.spec(theme: .light)
    let chart = try spec.chart(catalog: .standard)
    let large = RecordingCanvas()
    let largeNotes = chart.draw(on: large, size: Self.sizes[3], tolerance: 0.1)
    #expect(largeNotes.isEmpty, "\(kind): \(largeNotes.summary ?? "")")
    let small = RecordingCanvas()
    let smallNotes = chart.draw(on: small, size: Self.sizes[0], tolerance: 0.1)
    let texts = { (c: RecordingCanvas) in
      Set(
        c.commands.compactMap { command -> String? in
          guard case .text(let t, _, _, _, _) = command else { return nil }
          return t.plainText
        })
    }
    // Tick labels and values change with the size; the titles, names and labels do not.
    let fixed = texts(large).filter { $0.contains { $0.isLetter } }
    let missing = fixed.subtracting(texts(small))
    #expect(missing.isEmpty == smallNotes.isEmpty, "\(kind): missing \(missing), notes \(smallNotes.summary ?? "none")")
  }
}
