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

  /// A panel's device map read off the drawing, not from ``ContourChartLayout``: the plot
  /// rectangle is the panel's clip; the x map goes through the tick labels centred under it
  /// (anchor centre-top, at their value's x) and the y map through those right-aligned left of
  /// it (anchor right-middle, at their value's y). Each map is the line through the first and
  /// last label; every other label must lie on it too.
  struct DrawnPanel {
    let plot: Rect
    let xTicks: [(value: Double, at: Double)]
    let yTicks: [(value: Double, at: Double)]

    /// The device point of data point (x, y).
    func callAsFunction(_ x: Double, _ y: Double) -> Point {
      Point(Self.line(xTicks, x), Self.line(yTicks, y))
    }
    /// Device units per data unit, across and down.
    var slopes: (x: Double, y: Double) { (Self.slope(xTicks), Self.slope(yTicks)) }

    static func slope(_ t: [(value: Double, at: Double)]) -> Double {
      guard let a = t.first, let b = t.last, b.value != a.value else { return .nan }
      return (b.at - a.at) / (b.value - a.value)
    }
    static func line(_ t: [(value: Double, at: Double)], _ v: Double) -> Double {
      guard let a = t.first else { return .nan }
      return a.at + (v - a.value) * slope(t)
    }
  }

  /// The tick label's number: "−0.5" is −0.5.
  static func number(_ text: RichText) -> Double? {
    Double(text.plainText.replacingOccurrences(of: "\u{2212}", with: "-"))
  }

  /// One ``DrawnPanel`` per clip of the drawing, in drawing order.
  static func drawnPanels(_ canvas: RecordingCanvas, style: Style = .light) -> [DrawnPanel] {
    let labels = canvas.commands.compactMap { c -> (Double, Point, TextAnchor)? in
      guard case .text(let text, let at, let s, let anchor, let rotation) = c, rotation == 0, s == style.tickLabel,
        let v = number(text)
      else { return nil }
      return (v, at, anchor)
    }
    let rects = clipped(canvas.commands).map(\.0)
    return rects.map { plot in
      let x = labels.filter {
        $0.2 == TextAnchor(.center, .top) && $0.1.y > plot.maxY && $0.1.x >= plot.minX - 1e-9
          && $0.1.x <= plot.maxX + 1e-9
      }
      // The y labels just left of this plot (not those of a panel further left).
      let y = labels.filter {
        $0.2 == TextAnchor(.right, .middle) && $0.1.x < plot.minX && $0.1.x > plot.minX - 40
          && $0.1.y >= plot.minY - 1e-9 && $0.1.y <= plot.maxY + 1e-9
      }
      return DrawnPanel(
        plot: plot, xTicks: x.map { ($0.0, $0.1.x) }.sorted { $0.0 < $1.0 },
        yTicks: y.map { ($0.0, $0.1.y) }.sorted { $0.0 < $1.0 })
    }
  }

  /// The drawn map of each panel, after checking that every tick label lies on it (to 1e-6).
  static func drawnMaps(_ canvas: RecordingCanvas, style: Style = .light) throws -> [DrawnPanel] {
    let panels = drawnPanels(canvas, style: style)
    for panel in panels {
      try #require(panel.xTicks.count >= 3 && panel.yTicks.count >= 3, "\(panel.xTicks) \(panel.yTicks)")
      for t in panel.xTicks { #expect(abs(DrawnPanel.line(panel.xTicks, t.value) - t.at) < 1e-6, "x tick \(t)") }
      for t in panel.yTicks { #expect(abs(DrawnPanel.line(panel.yTicks, t.value) - t.at) < 1e-6, "y tick \(t)") }
    }
    return panels
  }

  static func draw(_ chart: ContourChart) -> (RecordingCanvas, ContourChartLayout) {
    let canvas = RecordingCanvas()
    chart.draw(on: canvas, size: size)
    return (canvas, ContourChartLayout(chart: chart, size: size, canvas: RecordingCanvas()))
  }

  @Test func twoPanelsWithHeadingsAndLabels() throws {
    let (canvas, layout) = Self.draw(.descent())
    #expect(layout.panels.count == 2)
    let texts = canvas.texts.map(\.plainText)
    #expect(texts.contains("未归一化") && texts.contains("归一化"))
    #expect(texts.filter { $0 == "梯度下降路径" }.count == 2)
    #expect(texts.filter { $0 == "最优解" }.count == 2)
    #expect(texts.filter { Markup.plainText($0) == "θ1" }.count == 2)
    #expect(texts.filter { Markup.plainText($0) == "θ2" }.count == 2)
    // Both default runs converge; the subtitles compare the step counts (mpmath's).
    let reference = try OptimizationReference.shared.get().figure
    let (u, n) = (reference.unnormalizedPath.convergedStep ?? 0, reference.normalizedPath.convergedStep ?? 0)
    #expect(texts.contains { $0.hasSuffix("：\(u) 步收敛") && $0.contains("κ = 9.03，η = 1.60") }, "\(texts)")
    #expect(texts.contains { $0.hasSuffix("：\(n) 步收敛") && $0.contains("κ = 1.11，η = 1.52") }, "\(texts)")
    // The figure says that both panels run at the same fraction of their limits.
    #expect(texts.contains { $0.hasPrefix("两图的步长同为各自稳定上限的 0.8 倍：") && $0.contains("0.8 × 2/") })
    // The two panels sit side by side without overlapping.
    let (a, b) = (layout.panels[0].column, layout.panels[1].column)
    #expect(a.maxX < b.minX && a.minY == b.minY)
  }

  /// One data unit has the same device length across and up: |slope_x| = |slope_y|, the
  /// slopes read off the drawn tick labels. Fails if either axis is stretched, or y not flipped.
  @Test func panelsHaveEqualAspect() throws {
    for size in [Self.size, Size(width: 640, height: 360), Size(width: 1200, height: 500)] {
      let canvas = RecordingCanvas()
      ContourChart.descent().draw(on: canvas, size: size)
      let panels = try Self.drawnMaps(canvas)
      try #require(panels.count == 2)
      for panel in panels {
        let (sx, sy) = (panel.slopes.x, -panel.slopes.y)
        #expect(sx > 0 && abs(sx - sy) <= 1e-9 * sx, "\(size): \(sx) vs \(sy)")
      }
      // The elongated bowl gets a larger window (fewer points per unit) than the round one:
      // 3× along w₂ for the default features 3× apart in spread.
      #expect(panels[0].slopes.x < panels[1].slopes.x / 2.5)
    }
  }

  /// Contours are stroked inside each panel's clip, one stroke per level, and nothing
  /// drawn under the clip leaves it. The clip is the drawn frame (the rectangle stroked in the
  /// axis colour): fails if the clip and the frame part.
  @Test func contourStrokesAreInsideThePanelClip() {
    let chart = ContourChart.descent()
    let (canvas, _) = Self.draw(chart)
    let clips = Self.clipped(canvas.commands)
    #expect(clips.count == 2)
    let frames = canvas.commands.compactMap { c -> Path? in
      if case .stroke(let path, let s) = c, s.color == chart.style.axis, path.elements.count == 5 { return path }
      return nil
    }
    for (rect, commands) in clips {
      #expect(frames.contains(.rectangle(rect)), "no frame drawn along the clip \(rect)")
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

  /// Every iterate and the minimum, mapped through the drawn tick labels, lands inside the
  /// drawn clip: fails if the window (or the tick labels) leave part of the path out.
  @Test func windowFramesPathAndMinimum() throws {
    let chart = ContourChart.descent()
    let canvas = RecordingCanvas()
    chart.draw(on: canvas, size: Self.size)
    let maps = try Self.drawnMaps(canvas)
    try #require(maps.count == chart.panels.count)
    for (panel, map) in zip(chart.panels, maps) {
      for p in (panel.path?.points ?? []) + [panel.minimum].compactMap({ $0 }) {
        #expect(map.plot.insetBy(-1e-6).contains(map(p.x, p.y)), "\(p)")
      }
    }
  }

  /// Contour colours climb viridis with the level, low loss dark, over the part of the ramp
  /// that keeps 3:1 contrast with the background, level k of n at lo + (hi − lo)·k/(n − 1);
  /// [lo, hi], the level colours and the path colour are computed by
  /// scripts/optimization_reference.py from matplotlib's viridis table and the WCAG formulas
  /// ([0, 0.6] on white, [0.341, 1] on the dark theme). Fails if the order is reversed, a
  /// stop moves, the pale end comes back, or the path takes another colour.
  @Test(arguments: [(Style.light, "light"), (Style.dark, "dark")])
  func contourColoursFollowViridis(style: Style, theme: String) throws {
    let colors = try #require(try OptimizationReference.shared.get().figure.colors[theme])
    #expect(ContourColors(style: style).ramp == colors.ramp[0]...colors.ramp[1])
    var chart = ContourChart.descent()
    chart.style = style
    let canvas = RecordingCanvas()
    chart.draw(on: canvas, size: Self.size)
    let path = try #require(UInt32(colors.pathColor.dropFirst(), radix: 16))
    for (_, commands) in Self.clipped(canvas.commands) {
      let colours = commands.compactMap { command -> Color? in
        if case .stroke(_, let s) = command, s.width == ContourPanelPainter.contourWidth { return s.color }
        return nil
      }
      let n = colours.count
      try #require(n == chart.levels && n == colors.levelColors.count)
      for (k, (colour, rgb)) in zip(colours, colors.levelColors).enumerated() {
        let want = Color(red: rgb[0], green: rgb[1], blue: rgb[2])
        #expect(componentDistance(colour, want) <= 1e-9, "level \(k) of \(n): \(colour) vs \(want)")
      }
      let pathStrokes = commands.compactMap { command -> Color? in
        if case .stroke(_, let s) = command, s.width == DescentPathPainter.lineWidth { return s.color }
        return nil
      }
      #expect(pathStrokes == [Color(hex: path)])
    }
  }

  @Test func numbers() {
    #expect(ContourChart.number(1.9) == "1.90")
    #expect(ContourChart.number(101.3) == "101")
    #expect(ContourChart.number(-0.5) == "\u{2212}0.50")
    #expect(ContourChart.number(.infinity) == "∞")
  }
}
