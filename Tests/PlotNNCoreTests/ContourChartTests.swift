import Foundation
import Testing

@testable import PlotNNCore

/// The descent figure drawn on a ``RecordingCanvas``.
@Suite struct ContourChartTests {
  static let size = Size(width: 960, height: 480)

  /// Every point of a path (Bézier control points included).
  static func points(_ path: Path) -> [Point] {
    path.elements.flatMap { element -> [Point] in
      switch element {
      case .move(let p), .line(let p): return [p]
      case .curve(let a, let b, let c): return [a, b, c]
      case .close: return []
      }
    }
  }

  /// The commands drawn inside each clip, by clip rectangle, in order.
  static func clipped(_ commands: [RecordingCanvas.Command]) -> [(Rect, [RecordingCanvas.Command])] {
    var out: [(Rect, [RecordingCanvas.Command])] = []
    var current: (Rect, [RecordingCanvas.Command])?
    for command in commands {
      switch command {
      case .beginClip(let rect): current = (rect, [])
      case .endClip:
        if let current { out.append(current) }
        current = nil
      default: current?.1.append(command)
      }
    }
    return out
  }

  static func draw(_ chart: ContourChart) -> (RecordingCanvas, ContourChartLayout) {
    let canvas = RecordingCanvas()
    chart.draw(on: canvas, size: size)
    return (canvas, ContourChartLayout(chart: chart, size: size, canvas: RecordingCanvas()))
  }

  @Test func twoPanelsWithHeadingsAndLabels() {
    let (canvas, layout) = Self.draw(.descent())
    #expect(layout.panels.count == 2)
    let texts = canvas.texts.map(\.plainText)
    #expect(texts.contains("未归一化") && texts.contains("归一化"))
    #expect(texts.filter { $0 == "梯度" }.count == 2)
    #expect(texts.filter { Markup.plainText($0) == "θ1" }.count == 2)
    #expect(texts.filter { Markup.plainText($0) == "θ2" }.count == 2)
    #expect(texts.contains { $0.contains("仍未收敛") })  // unnormalised: still far after 25 steps
    #expect(texts.contains { $0.contains("步收敛") && !$0.contains("未") })  // normalised: converged
    // The two panels sit side by side without overlapping.
    let (a, b) = (layout.panels[0].column, layout.panels[1].column)
    #expect(a.maxX < b.minX && a.minY == b.minY)
  }

  /// One data unit has the same device length across and up: |slope_x| = |slope_y|.
  @Test func panelsHaveEqualAspect() {
    for size in [Self.size, Size(width: 640, height: 360), Size(width: 1200, height: 500)] {
      let layout = ContourChartLayout(chart: .descent(), size: size, canvas: RecordingCanvas())
      for panel in layout.panels {
        let sx = panel.xScale.slope
        let sy = -panel.yScale.slope
        #expect(sx > 0 && abs(sx - sy) <= 1e-9 * sx, "\(size): \(sx) vs \(sy)")
      }
      // The elongated bowl gets a far larger window (fewer points per unit) than the round one.
      #expect(layout.panels[0].xScale.slope < layout.panels[1].xScale.slope / 3)
    }
  }

  /// Contours are stroked inside each panel's clip, one stroke per level, and nothing
  /// drawn under the clip leaves it.
  @Test func contourStrokesAreInsideThePanelClip() {
    let chart = ContourChart.descent()
    let (canvas, layout) = Self.draw(chart)
    let clips = Self.clipped(canvas.commands)
    #expect(clips.count == 2)
    for ((rect, commands), panel) in zip(clips, layout.panels) {
      #expect(rect == panel.plot)
      let contours = commands.compactMap { command -> Path? in
        if case .stroke(let path, let style) = command, style.width == ContourPanelPainter.contourWidth { return path }
        return nil
      }
      #expect(contours.count == chart.levels)
      for path in contours {
        #expect(Self.points(path).allSatisfy { rect.insetBy(-1e-6).contains($0) })
      }
      // Arrowheads and markers too: the window frames the whole default path.
      for command in commands {
        if case .fill(let path, _) = command {
          #expect(Self.points(path).allSatisfy { rect.contains($0) })
        }
      }
    }
  }

  /// One filled triangle per step long enough to show its direction, its tip on the
  /// iterate and pointing the way the step went.
  @Test func anArrowheadPerStep() {
    let chart = ContourChart.descent()
    let (canvas, layout) = Self.draw(chart)
    let clips = Self.clipped(canvas.commands)
    for (k, (_, commands)) in clips.enumerated() {
      let triangles = commands.compactMap { command -> Path? in
        if case .fill(let path, _) = command, path.elements.count == 4, path.elements.last == .close { return path }
        return nil
      }
      let panel = layout.panels[k]
      let device = (chart.panels[k].path?.points ?? []).map { Point(panel.xScale($0.x), panel.yScale($0.y)) }
      let steps = Array(zip(device, device.dropFirst()))
      let visible = steps.filter { hypot($1.x - $0.x, $1.y - $0.y) >= DescentPathPainter.shortestArrow }
      #expect(triangles.count == visible.count)
      #expect(visible.count >= (k == 0 ? 25 : 5))
      for (triangle, (a, b)) in zip(triangles, visible) {
        let tip = Self.points(triangle)[0]
        #expect(abs(tip.x - b.x) < 1e-9 && abs(tip.y - b.y) < 1e-9)
        let base = Self.points(triangle)[1]
        #expect((b.x - a.x) * (tip.x - base.x) + (b.y - a.y) * (tip.y - base.y) > 0)
      }
    }
  }

  @Test func onePanelAndDivergenceAreShown() {
    var options = DescentOptions()
    options.panels = .unnormalized
    options.unnormalizedRate = .relative(1.1)
    options.title = .plain("3.6.3")
    let chart = ContourChart.descent(options)
    #expect(chart.panels.count == 1)
    #expect(chart.panels[0].path?.diverged == true)
    let (canvas, _) = Self.draw(chart)
    #expect(canvas.texts.map(\.plainText).contains { $0.contains("发散") })
    #expect(canvas.texts.map(\.plainText).contains("3.6.3"))
    options.panels = .normalized
    #expect(ContourChart.descent(options).panels.map(\.title) == [.plain("归一化")])
  }

  @Test func windowFramesPathAndMinimum() {
    let chart = ContourChart.descent()
    let layout = ContourChartLayout(chart: chart, size: Self.size, canvas: RecordingCanvas())
    for (panel, geometry) in zip(chart.panels, layout.panels) {
      for p in (panel.path?.points ?? []) + [panel.minimum].compactMap({ $0 }) {
        #expect(geometry.plot.contains(Point(geometry.xScale(p.x), geometry.yScale(p.y))))
      }
    }
  }

  @Test func numbers() {
    #expect(ContourChart.number(1.9) == "1.90")
    #expect(ContourChart.number(101.3) == "101")
    #expect(ContourChart.number(-0.5) == "\u{2212}0.50")
    #expect(ContourChart.number(.infinity) == "∞")
  }
}
