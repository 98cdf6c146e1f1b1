import Foundation
import Testing

@testable import PlotNNCore

/// The descent figure's drawing, read off a ``RecordingCanvas``: closed contours, a path
/// that is a polyline with dots and readable arrowheads, a bounded drawing for any number
/// of steps, and labels clear of the path and of each other.
@Suite struct DescentDrawingTests {
  static let sizes = [Size(width: 320, height: 240), Size(width: 960, height: 480), Size(width: 1920, height: 1080)]

  /// Text measured as Pango sets the figure's fonts, roughly: CJK characters 1 em wide,
  /// others 0.6 em, lines 1.2 em (the recorder's default counts every character 0.6 em,
  /// which would make "梯度下降路径" look 40 % narrower than it is).
  static func canvas() -> RecordingCanvas {
    RecordingCanvas { text, style in
      let width = text.plainText.unicodeScalars.reduce(0.0) { sum, u in
        sum + ((0x3000...0x9FFF).contains(u.value) || (0xFF00...0xFFEF).contains(u.value) ? 1.0 : 0.6)
      }
      return TextExtent(width: width * style.size, height: 1.2 * style.size, baseline: 0.95 * style.size)
    }
  }

  /// What one panel drew, by clip.
  struct Panel {
    let plot: Rect
    let contours: [Path]
    /// The path's polyline vertices, per subpath.
    let runs: [[Point]]
    let dots: [Point]
    let heads: [[Point]]

    var segments: [(Point, Point)] { runs.flatMap { run in Array(zip(run, run.dropFirst())) } }
  }

  static func panels(_ canvas: RecordingCanvas, style: Style) -> [Panel] {
    let color = ContourColors(style: style).path
    return ContourChartTests.clipped(canvas.commands).map { rect, commands in
      var contours: [Path] = []
      var runs: [[Point]] = []
      var dots: [Point] = []
      var heads: [[Point]] = []
      for command in commands {
        switch command {
        case .stroke(let path, let s) where s.width == ContourPanelPainter.contourWidth: contours.append(path)
        case .stroke(let path, let s) where s.width == DescentPathPainter.lineWidth && s.color == color:
          for element in path.elements {
            switch element {
            case .move(let p): runs.append([p])
            case .line(let p): runs[runs.count - 1].append(p)
            default: break
            }
          }
        case .fill(let path, let c) where c == color:
          let points = ContourChartTests.points(path)
          if path.elements.count == 4 {
            heads.append(Array(points.prefix(3)))
          } else if !points.isEmpty {
            // A dot: a circle of four Bézier quarters; its centre is the mean of their ends.
            let ends = path.elements.compactMap { e -> Point? in
              if case .curve(_, _, let p) = e { return p }
              return nil
            }
            let n = Double(max(ends.count, 1))
            dots.append(Point(ends.reduce(0) { $0 + $1.x } / n, ends.reduce(0) { $0 + $1.y } / n))
          }
        default: break
        }
      }
      return Panel(plot: rect, contours: contours, runs: runs, dots: dots, heads: heads)
    }
  }

  static func draw(_ options: DescentOptions = DescentOptions(), size: Size = Size(width: 960, height: 480))
    -> RecordingCanvas
  {
    let canvas = canvas()
    ContourChart.descent(options).draw(on: canvas, size: size)
    return canvas
  }

  /// Every contour of the default figure is one closed loop (a move, lines, a close)
  /// lying inside its panel, in both themes at every size: fails if the window cuts a
  /// contour open (the old κ = 100 stripes) or a level has more than one piece.
  @Test(arguments: [Style.light, Style.dark])
  func everyContourIsAClosedLoopInsideItsPanel(style: Style) {
    for size in Self.sizes {
      var options = DescentOptions()
      options.style = style
      let panels = Self.panels(Self.draw(options, size: size), style: style)
      #expect(panels.count == 2)
      for panel in panels {
        #expect(panel.contours.count == options.levels, "\(size)")
        for path in panel.contours {
          let moves = path.elements.filter { if case .move = $0 { return true } else { return false } }
          #expect(moves.count == 1 && path.elements.last == .close, "\(size): a contour is not one closed loop")
          #expect(ContourChartTests.points(path).allSatisfy { panel.plot.insetBy(0.5).contains($0) }, "\(size)")
        }
      }
    }
  }

  /// The outermost contour passes through the start (the open circle's centre lies on it
  /// to a fraction of a point), and the levels are mpmath's L* + (L(w₀) − L*)·(k/8)².
  @Test func theOuterContourPassesThroughTheStart() throws {
    let reference = try OptimizationReference.shared.get().figure
    let chart = ContourChart.descent()
    let canvas = Self.canvas()
    chart.draw(on: canvas, size: Size(width: 960, height: 480))
    let layout = ContourChartLayout(chart: chart, size: Size(width: 960, height: 480), canvas: Self.canvas())
    let panels = Self.panels(canvas, style: .light)
    for (k, (panel, want)) in zip(chart.panels, [reference.unnormalizedSublevel, reference.normalizedSublevel])
      .enumerated()
    {
      let painter = ContourPanelPainter(
        chart: chart, panel: panel, layout: layout.panels[k], canvas: Self.canvas(), tolerance: 0.1)
      let levels = painter.contours().map(\.level)
      try #require(levels.count == want.contourLevels.count)
      for (got, expected) in zip(levels, want.contourLevels) { #expect(abs(got - expected) <= 1e-12 * expected) }
      let region = try #require(panel.region)
      #expect(abs(region.x.lowerBound - want.box[0][0]) < 1e-9 && abs(region.x.upperBound - want.box[0][1]) < 1e-9)
      #expect(abs(region.y.lowerBound - want.box[1][0]) < 1e-9 && abs(region.y.upperBound - want.box[1][1]) < 1e-9)
      let start = try #require(panels[k].runs.first?.first)
      let outer = try #require(panels[k].contours.last)
      let points = ContourChartTests.points(outer)
      let distance = zip(points, points.dropFirst()).map { Geometry2D.distance(from: start, toSegment: $0, $1) }.min()
      #expect((distance ?? .infinity) < 0.3, "start \(start) is \(distance ?? .infinity) from the outer contour")
    }
  }

  /// The path is a polyline whose vertices are at least a pixel apart; each arrowhead's tip
  /// lies on a segment, points the way it goes, and keeps clear of every other segment. The left panel shows a
  /// zig-zag you can count (at least 5 consecutive crossings longer than 4 points that
  /// alternate in x), the right one a straight path (every vertex within 3 % of the
  /// start–minimum distance of the line through them).
  @Test func pathIsAPolylineWithReadableArrowheads() throws {
    let chart = ContourChart.descent()
    let canvas = Self.draw()
    let panels = Self.panels(canvas, style: .light)
    let maps = try ContourChartTests.drawnMaps(canvas)
    try #require(panels.count == 2 && maps.count == 2)
    for panel in panels {
      let segments = panel.segments
      #expect(segments.allSatisfy { hypot($1.x - $0.x, $1.y - $0.y) >= DescentPathGeometry.mergeDistance })
      #expect(!panel.dots.isEmpty)
      for head in panel.heads {
        let tip = head[0]
        let base = Point((head[1].x + head[2].x) / 2, (head[1].y + head[2].y) / 2)
        // Its own segment: the tip lies on it and the head points the way it goes.
        let own = segments.firstIndex { seg in
          let along = (seg.1.x - seg.0.x) * (tip.x - base.x) + (seg.1.y - seg.0.y) * (tip.y - base.y)
          let across = (seg.1.x - seg.0.x) * (tip.y - base.y) - (seg.1.y - seg.0.y) * (tip.x - base.x)
          return Geometry2D.distance(from: tip, toSegment: seg.0, seg.1) < 1e-6 && along > 0
            && abs(across) < 1e-6 * hypot(seg.1.x - seg.0.x, seg.1.y - seg.0.y) * DescentPathGeometry.headLength
        }
        let k = try #require(own, "arrowhead at \(tip) is on no segment, or points against it")
        for (j, seg) in segments.enumerated() where j != k {
          #expect(Geometry2D.distance(triangle: head, segmentFrom: seg.0, to: seg.1) >= 1.5 - 1e-9)
        }
      }
      #expect(panel.heads.count >= 1)
    }
    let left = panels[0].segments.map { $1.x - $0.x }.filter { abs($0) > 4 }
    let alternations = zip(left, left.dropFirst()).prefix { $0 * $1 < 0 }.count
    #expect(alternations >= 5, "only \(alternations) zig-zag crossings")
    let a = try #require(panels[1].runs.first?.first)
    let minimum = try #require(chart.panels[1].minimum)
    let m = maps[1](minimum.x, minimum.y)
    let length = hypot(m.x - a.x, m.y - a.y)
    for p in panels[1].runs.flatMap({ $0 }) {
      let off = abs((p.x - a.x) * (m.y - a.y) - (p.y - a.y) * (m.x - a.x)) / length
      #expect(off <= 0.03 * length, "\(p) is \(off) off the line")
    }
  }

  /// `--steps 100000 --learning-rate 1`: the run bounces at the stability limit for all its
  /// steps, yet the drawing stays small (merged and de-duplicated segments, a few dots and
  /// heads), in both panels. Fails if every step were drawn.
  @Test func drawingIsBoundedForAHundredThousandSteps() {
    var options = DescentOptions()
    options.steps = 100_000
    options.unnormalizedRate = .relative(1)
    options.normalizedRate = .relative(1)
    let chart = ContourChart.descent(options)
    // Each step crosses the valley: the path is drawn to its drawing budget, and says so.
    for panel in chart.panels {
      let drawn = (panel.path?.points.count ?? 0) - 1
      #expect(drawn > 100 && drawn < 100_000, "\(drawn) steps drawn")
      #expect(
        panel.subtitle?.plainText.hasSuffix("100000 步后仍未收敛，画出前 \(drawn) 步") == true,
        "\(String(describing: panel.subtitle))")
    }
    let canvas = Self.draw(options)
    #expect(canvas.commands.count < 2_000, "\(canvas.commands.count) commands")
    for panel in Self.panels(canvas, style: .light) {
      #expect(panel.segments.count <= DescentPathGeometry.maximumSegments)
      #expect(panel.segments.count < 1_000 && panel.dots.count < 1_000, "\(panel.segments.count) segments")
      #expect(panel.heads.count <= DescentPathGeometry.maximumArrowheadCandidates)
    }
  }

  /// "梯度下降路径" and "最优解" appear once per panel, inside the figure, clear of the path's
  /// polyline (and its dots) and of each other, at every size, in both themes.
  @Test(arguments: [Style.light, Style.dark])
  func labelsAvoidThePathAndEachOther(style: Style) throws {
    for size in Self.sizes {
      var options = DescentOptions()
      options.style = style
      let canvas = Self.draw(options, size: size)
      let figure = Rect(x: 0, y: 0, width: size.width, height: size.height)
      let boxes = canvas.commands.compactMap { command -> (String, Rect)? in
        guard case .text(let text, let at, let s, let anchor, _) = command,
          ["梯度下降路径", "最优解"].contains(text.plainText)
        else { return nil }
        let extent = canvas.measure(text, style: s)
        let (dx, dy) = anchor.offset(for: extent)
        return (text.plainText, Rect(x: at.x + dx, y: at.y + dy, width: extent.width, height: extent.height))
      }
      let panels = Self.panels(canvas, style: style)
      if size.width >= 960 { #expect(boxes.count == 4, "\(size): \(boxes.map(\.0))") }
      for (name, box) in boxes {
        #expect(
          figure.contains(Point(box.minX, box.minY)) && figure.contains(Point(box.maxX, box.maxY)), "\(size) \(name)")
        for panel in panels {
          for (a, b) in panel.segments { #expect(!box.meets(segmentFrom: a, to: b), "\(size): \(name) on the path") }
          for d in panel.dots {
            #expect(!box.insetBy(-DescentPathGeometry.dotRadius).contains(d), "\(size): \(name) on a dot")
          }
        }
      }
      for (i, a) in boxes.enumerated() {
        for b in boxes.dropFirst(i + 1) { #expect(!a.1.intersects(b.1), "\(size): \(a.0) overlaps \(b.0)") }
      }
    }
  }
}
