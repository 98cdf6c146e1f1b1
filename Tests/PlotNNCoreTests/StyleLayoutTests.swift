import Foundation
import Testing

@testable import PlotNNCore

/// Every built-in style draws every kind of figure with every text inside the figure and
/// no two texts overlapping, at the size the style gives the kind and at the kind's default
/// size (issue 10). Text boxes are the recorder's estimate (0.6 em a character, 1.2 em a
/// line), turned with the text about its anchor, computed here from the recorded commands.
@Suite struct StyleLayoutTests {
  static let kinds: [(String, @Sendable () -> any FigureKind)] = [
    ("line", { LineFigure(functions: ["sigmoid", "tanh"]) }), ("softmax", { SoftmaxFigure(logits: [3, 1, -3]) }),
    ("descent", { DescentFigure() }), ("surface", { SurfaceFigure() }),
  ]

  /// The box of a recorded text, turned by its rotation (counter-clockwise as seen, y down).
  static func box(_ rich: RichText, _ p: Point, _ style: TextStyle, _ anchor: TextAnchor, _ rotation: Double) -> Rect {
    let (w, h) = (0.6 * style.size * Double(rich.plainText.count), 1.2 * style.size)
    let (dx, dy) = anchor.offset(for: TextExtent(width: w, height: h, baseline: 0.95 * style.size))
    let corners = [(dx, dy), (dx + w, dy), (dx, dy + h), (dx + w, dy + h)].map { (x, y) in
      Point(p.x + x * cos(rotation) + y * sin(rotation), p.y - x * sin(rotation) + y * cos(rotation))
    }
    let (xs, ys) = (corners.map(\.x), corners.map(\.y))
    let (x0, y0) = (xs.min() ?? 0, ys.min() ?? 0)
    return Rect(x: x0, y: y0, width: (xs.max() ?? 0) - x0, height: (ys.max() ?? 0) - y0)
  }

  @Test(arguments: StyleSheet.builtIns.map(\.name), 0..<4)
  func textsStayInsideAndApart(_ name: String, _ kindIndex: Int) throws {
    let (kind, make) = Self.kinds[kindIndex]
    var spec = FigureSpec(make())
    spec.style = try #require(StyleSheet.builtIn(name))
    let chart = try spec.chart(catalog: .standard)
    for size in [spec.resolvedSize, spec.kind.defaultSize.points] {
      let canvas = RecordingCanvas()
      chart.draw(on: canvas, size: size, tolerance: 0.1)
      var boxes: [(String, Rect)] = []
      for command in canvas.commands {
        guard case .text(let rich, let p, let style, let anchor, let rotation) = command else { continue }
        boxes.append((rich.plainText, Self.box(rich, p, style, anchor, rotation)))
      }
      #expect(!boxes.isEmpty)
      let figure = Rect(x: 0, y: 0, width: size.width, height: size.height).insetBy(-1e-6)
      for (text, r) in boxes {
        #expect(
          r.minX >= figure.minX && r.maxX <= figure.maxX && r.minY >= figure.minY && r.maxY <= figure.maxY,
          "\(name) \(kind) \(size): '\(text)' \(r) leaves the figure")
      }
      for (i, a) in boxes.enumerated() {
        for b in boxes[(i + 1)...] where a.1.insetBy(0.01).intersects(b.1.insetBy(0.01)) {
          Issue.record("\(name) \(kind) \(size): '\(a.0)' \(a.1) overlaps '\(b.0)' \(b.1)")
        }
      }
    }
  }
}
