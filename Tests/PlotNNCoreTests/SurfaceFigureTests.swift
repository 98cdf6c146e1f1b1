import Foundation
import Testing

@testable import PlotNNCore

/// The 3.6.4 figure as `plotnn surface` builds it, with `change` applied to its options.
private func figureChart(
  theme: Theme = .light, _ change: (inout SurfaceFigure) -> Void = { _ in }
) throws -> SurfaceChart {
  var figure = SurfaceFigure()
  change(&figure)
  var spec = FigureSpec(figure)
  spec.theme = theme
  return try #require(try spec.chart(catalog: .standard) as? SurfaceChart)
}

/// Every text the drawing drew, with its box: the anchor's offset applied to the measured
/// extent, then turned by the text's rotation about its anchor point (counter-clockwise as
/// seen, canvas y down), the box of the four corners. Read off the recorded commands, not
/// from the layout.
private func textBoxes(_ canvas: RecordingCanvas) -> [(text: String, box: Rect)] {
  canvas.commands.compactMap { command -> (String, Rect)? in
    guard case .text(let text, let p, let style, let anchor, let rotation) = command else { return nil }
    let e = canvas.measure(text, style: style)
    let (dx, dy) = anchor.offset(for: e)
    let corners = [(dx, dy), (dx + e.width, dy), (dx, dy + e.height), (dx + e.width, dy + e.height)].map {
      (x, y) in
      Point(p.x + x * cos(rotation) + y * sin(rotation), p.y - x * sin(rotation) + y * cos(rotation))
    }
    let (xs, ys) = (corners.map(\.x), corners.map(\.y))
    let (x0, y0) = (xs.min() ?? 0, ys.min() ?? 0)
    return (text.plainText, Rect(x: x0, y: y0, width: (xs.max() ?? 0) - x0, height: (ys.max() ?? 0) - y0))
  }
}

/// The vertices of every solid stroke in the path's colour and width: the drawn path.
private func pathSegments(_ canvas: RecordingCanvas, chart: SurfaceChart) -> [(Point, Point)] {
  canvas.commands.flatMap { command -> [(Point, Point)] in
    guard case .stroke(let path, let s) = command, s.color == chart.style.color(1), s.width == chart.style.curveWidth
    else { return [] }
    let points = path.elements.compactMap { e -> Point? in
      switch e {
      case .move(let p), .line(let p): return p
      default: return nil
      }
    }
    return Array(zip(points, points.dropFirst()))
  }
}

/// Whether the true surface z = f(x, y) (the function, not the drawn quads) hides the point
/// (x, y, f(x, y)) from the eye of `projection`: the ray from it towards the eye, in box
/// units, marched in steps of 0.004 from t = 0.01 until it leaves the box, passes more than
/// 10⁻³ under the surface somewhere.
private func trulyHidden(_ x: Double, _ y: Double, chart: SurfaceChart, projection p: Projection) -> Bool {
  let a = p.boxAspect
  let start = p.box(x, y, chart.function(x, y))
  let w = p.toward
  let (xs, ys) = (p.xRange, p.yRange)
  var t = 0.01
  while t < 20 {
    let q = start + w * t
    guard abs(q.x) <= a.x / 2, abs(q.y) <= a.y / 2, q.z <= a.z / 2 else { return false }
    let dx = xs.lowerBound + (q.x / a.x + 0.5) * (xs.upperBound - xs.lowerBound)
    let dy = ys.lowerBound + (q.y / a.y + 0.5) * (ys.upperBound - ys.lowerBound)
    let surface = p.box(dx, dy, chart.function(dx, dy)).z
    if surface > q.z + 1e-3 { return true }
    t += 0.004
  }
  return false
}

@Suite struct SurfaceFigureTests {
  /// The defect: at the old default (azimuth −110°, elevation 45°) the true surface hides
  /// part of the path (its first leg runs along the near rim). At the chosen default no
  /// iterate is hidden, by a ray test against the function itself, and the drawing has no
  /// hidden (dashed) run and draws the path after every quad.
  @Test func defaultViewShowsTheWholePathOnTop() throws {
    let chart = try figureChart()
    let canvas = RecordingCanvas()
    chart.draw(on: canvas, size: SurfaceFigure.defaultSize.points)
    let layout = SurfaceChartLayout(chart: chart, size: SurfaceFigure.defaultSize.points, canvas: RecordingCanvas())
    let hidden = chart.path.filter { trulyHidden($0.0, $0.1, chart: chart, projection: layout.projection) }
    #expect(hidden.isEmpty, "hidden iterates \(hidden.prefix(5)) at \(layout.projection.azimuth)°")
    #expect(layout.path.runs.allSatisfy { !$0.hidden } && !layout.path.runs.isEmpty)
    #expect(layout.minimum?.hidden == false && layout.path.start?.hidden == false && layout.path.end?.hidden == false)
    let dashed = canvas.commands.contains { if case .stroke(_, let s) = $0 { !s.dash.isEmpty } else { false } }
    #expect(!dashed)
    let outlines = Set(
      layout.quads.map { quad in
        var path = Path.polyline(quad.points)
        path.close()
        return path
      })
    let lastQuad = canvas.commands.lastIndex { command in
      if case .fill(let path, _) = command { return outlines.contains(path) }
      return false
    }
    let firstPath = canvas.commands.firstIndex { command in
      if case .stroke(_, let s) = command { return s.color == chart.style.color(1) }
      return false
    }
    #expect((lastQuad ?? .max) < (firstPath ?? -1))

    var old = chart
    (old.azimuth, old.elevation) = (-110, 45)
    let oldLayout = SurfaceChartLayout(chart: old, size: SurfaceFigure.defaultSize.points, canvas: RecordingCanvas())
    #expect(chart.path.contains { trulyHidden($0.0, $0.1, chart: old, projection: oldLayout.projection) })
  }

  /// A given azimuth or elevation is kept and only the other one chosen; both given, the
  /// view is exactly theirs.
  @Test func givenAnglesAreKept() throws {
    let size = SurfaceFigure.defaultSize.points
    let both = try figureChart { ($0.azimuth, $0.elevation) = (70, 35) }
    let p = SurfaceChartLayout(chart: both, size: size, canvas: RecordingCanvas()).projection
    #expect(p.azimuth == 70 && p.elevation == 35)
    let azimuthOnly = try figureChart { $0.azimuth = 130 }
    let q = SurfaceChartLayout(chart: azimuthOnly, size: size, canvas: RecordingCanvas()).projection
    #expect(q.azimuth == 130 && ViewChoice.elevations.contains(q.elevation))
    let elevationOnly = try figureChart { $0.elevation = 60 }
    let r = SurfaceChartLayout(chart: elevationOnly, size: size, canvas: RecordingCanvas()).projection
    #expect(r.elevation == 60 && ViewChoice.azimuths.contains(r.azimuth))
  }

  /// At every size and theme: every text inside the figure, no two texts overlapping, the
  /// mark labels clear of the drawn path, one "loss" axis name (the z axis; the colour bar
  /// says "loss (√ scale)"), and ticks on all three axes, with the corners of w₁ and w₂ labelled.
  @Test func textsFitAndKeepClear() throws {
    for theme in [Theme.light, .dark] {
      for size in [Size(width: 320, height: 240), Size(width: 800, height: 600), Size(width: 1920, height: 1080)] {
        let chart = try figureChart(theme: theme)
        let canvas = RecordingCanvas()
        chart.draw(on: canvas, size: size)
        let texts = textBoxes(canvas)
        let note = "\(theme) \(size.width)x\(size.height)"
        for (k, a) in texts.enumerated() {
          #expect(
            a.box.minX >= 0 && a.box.maxX <= size.width && a.box.minY >= 0 && a.box.maxY <= size.height, "\(note): \(a)"
          )
          for b in texts[(k + 1)...] { #expect(!a.box.intersects(b.box), "\(note): \(a) × \(b)") }
        }
        let segments = pathSegments(canvas, chart: chart)
        #expect(!segments.isEmpty)
        let marks = ["起点", "第 2 步", "第 300 步", "最优解"]
        let drawnMarks = texts.filter { marks.contains($0.text) }
        #expect(drawnMarks.count >= (size.width >= 800 ? 4 : 3), "\(note): \(drawnMarks.map(\.text))")
        for mark in drawnMarks {
          #expect(!segments.contains { mark.box.meets(segmentFrom: $0.0, to: $0.1) }, "\(note): \(mark.text)")
        }
        #expect(texts.filter { $0.text == "loss" }.count == 1, "\(note)")
        #expect(texts.filter { $0.text == "loss (√ scale)" }.count == 1, "\(note)")
        let l = SurfaceChartLayout(chart: chart, size: size, canvas: RecordingCanvas())
        #expect(l.ticks.allSatisfy { $0.compactMap(\.label).count >= 2 }, "\(note)")
        if size.width >= 800 {
          let labelled = l.ticks.map { $0.filter { $0.label != nil }.map(\.value) }
          #expect(labelled[0].first == -10 && labelled[0].last == 10, "\(note): \(labelled[0])")
          #expect(labelled[1].first == -100 && labelled[1].last == 100, "\(note): \(labelled[1])")
        }
      }
    }
  }

  /// The marks the figure sets: start, the corner of the "L" after 2 steps (w₁ done: its
  /// gradient is below 5 % of the start's), the end after 300 steps, the minimiser.
  @Test func marksCountTheLegsOfTheL() throws {
    let chart = try figureChart()
    #expect(chart.stepMarks.map(\.step) == [2])
    #expect(chart.stepMarks.first?.label == .plain("第 2 步"))
    #expect(chart.endLabel == .plain("第 300 步") && chart.startLabel == .plain("起点"))
    let problem = LeastSquaresProblem.textbook()
    let minimizer = try #require(problem.minimizer)
    #expect(chart.minimum?.0 == minimizer.x && chart.minimum?.1 == minimizer.y)
    // At 0.45 of the limit the gradient along w₁ falls by about 10× a step; the w₂ gap
    // shrinks by about 1 % a step.
    let w2 = chart.path[2].1
    #expect(abs(w2 - (-80)) < 0.03 * 120 && abs(chart.path[2].0 - minimizer.x) < 1)
    // No "L" when the start is already on the valley floor.
    let straight = try figureChart { $0.run.start = [minimizer.x, -80] }
    #expect(straight.stepMarks.isEmpty)
  }
}
