import Foundation
import Testing

@testable import PlotNNCore

/// The stand-in loss of these tests: an elongated, tilted bowl with its minimum at (3, 40).
private let bowl: @Sendable (Double, Double) -> Double = { w1, w2 in
  let a = w1 - 3
  let b = (w2 - 40) / 10
  return a * a + b * b + 0.3 * a * b
}

/// An L-shaped path: along w1 first, then along w2 to the minimum.
private let lPath: [(Double, Double)] = [(-8, 90), (3, 90), (3, 40)]

private let size = Size(width: 800, height: 600)

private func record(_ chart: SurfaceChart) -> RecordingCanvas {
  let canvas = RecordingCanvas()
  chart.draw(on: canvas, size: size)
  return canvas
}

private func layout(_ chart: SurfaceChart) -> SurfaceChartLayout {
  SurfaceChartLayout(chart: chart, size: size, canvas: RecordingCanvas())
}

/// The closed outline a quad is filled with.
private func outline(_ quad: SurfaceQuad) -> Path {
  var path = Path.polyline(quad.points)
  path.close()
  return path
}

/// Indices of the fill commands of `quads`, in the order of `quads`.
private func fillIndices(_ quads: [SurfaceQuad], in canvas: RecordingCanvas) -> [Int] {
  var index: [Path: Int] = [:]
  for (k, command) in canvas.commands.enumerated() {
    if case .fill(let path, _) = command, index[path] == nil { index[path] = k }
  }
  return quads.compactMap { index[outline($0)] }
}

/// matplotlib's view (`scripts/projection_reference.py`) of a box with aspect (4, 4, 3) over
/// w1 ∈ [−10, 10] at `chart`'s azimuth and elevation, for the given z range (the file's last
/// view is this file's bowl box at the default view).
private func matplotlibView(_ chart: SurfaceChart, zRange: [Double]? = nil) throws -> ProjectionReference.View {
  try #require(
    try ProjectionReference.shared.get().views.last {
      $0.azimuth == chart.azimuth && $0.elevation == chart.elevation && $0.boxAspect == [4, 4, 3]
        && $0.xRange == [-10, 10] && (zRange == nil || $0.zRange == zRange)
    }, "no reference view at azim \(chart.azimuth), elev \(chart.elevation)")
}

/// Where the drawing put the box, read off the drawing and matplotlib's projection, not from
/// ``SurfaceChartLayout``: the three back panes (the fills in the pane colour, the foreground
/// at 4 %) have seven distinct vertices, the box corners other than the nearest one; matplotlib's
/// screen coordinates (sx, sy) of those corners then fix the scale s and offset o of
/// device = o + s·(sx, −sy), and all seven must land on drawn vertices.
private struct DrawnPlacement {
  let scale: Double
  let origin: Point
  let view: ProjectionReference.View

  init(_ canvas: RecordingCanvas, style: Style, view: ProjectionReference.View) throws {
    let pane = style.foreground.withAlpha(0.04)
    var drawn: [Point] = []
    for command in canvas.commands {
      guard case .fill(let path, let color) = command, color == pane else { continue }
      for case .move(let p) in path.elements where !drawn.contains(p) { drawn.append(p) }
      for case .line(let p) in path.elements where !drawn.contains(p) { drawn.append(p) }
    }
    try #require(drawn.count == 7, "pane vertices \(drawn)")
    let corners = Array(view.points.prefix(8))
    let nearest = try #require(corners.max { $0[5] < $1[5] })
    let back = corners.filter { $0 != nearest }
    let (dx, dy) = (drawn.map(\.x), drawn.map(\.y))
    let (rx, ry) = (back.map { $0[3] }, back.map { $0[4] })
    let s = ((dx.max() ?? 0) - (dx.min() ?? 0)) / ((rx.max() ?? 0) - (rx.min() ?? 0))
    (scale, self.view) = (s, view)
    origin = Point((dx.min() ?? 0) - s * (rx.min() ?? 0), (dy.min() ?? 0) + s * (ry.max() ?? 0))
    for c in back {
      let p = self(c[3], c[4])
      #expect(drawn.contains { abs($0.x - p.x) < 1e-6 && abs($0.y - p.y) < 1e-6 }, "corner \(c) at \(p)")
    }
  }

  func callAsFunction(_ sx: Double, _ sy: Double) -> Point { Point(origin.x + scale * sx, origin.y - scale * sy) }

  /// The device point of a data point the reference view lists.
  func point(_ x: Double, _ y: Double) throws -> Point {
    let q = try #require(view.points.first { $0[0] == x && $0[1] == y }, "(\(x), \(y)) not in \(view)")
    return self(q[3], q[4])
  }

  /// The device points of all eight box corners.
  var corners: [Point] { view.points.prefix(8).map { self($0[3], $0[4]) } }
}

@Suite struct SurfaceChartTests {
  /// From elev 30, azim −60 the eye is on the +x, −y side: matplotlib's depth of the floor
  /// corner (x max, y min) is the largest and of (x min, y max) the smallest (the reference's
  /// view), so the quad at i = 7, j = 0 is nearer than the one at i = 0, j = 7 and drawn after
  /// it. Fails if the quads are sorted the other way or by a wrong depth.
  @Test func nearerQuadIsDrawnAfterFartherOne() throws {
    var chart = SurfaceChart(
      function: bowl, xRange: -10...10, yRange: -100...100, azimuth: -60, elevation: 30, resolution: 8)
    chart.showColorBar = false
    let view = try matplotlibView(chart)
    let floor = view.points.prefix(8).filter { $0[2] == view.zRange[0] }
    let nearest = try #require(floor.max { $0[5] < $1[5] })
    let farthest = try #require(floor.min { $0[5] < $1[5] })
    #expect(nearest[0] == 10 && nearest[1] == -100 && farthest[0] == -10 && farthest[1] == 100)
    let canvas = record(chart)
    let quads = layout(chart).quads
    let near = try #require(quads.first { $0.i == 7 && $0.j == 0 })
    let far = try #require(quads.first { $0.i == 0 && $0.j == 7 })
    #expect(near.depth > far.depth)
    let indices = fillIndices([far, near], in: canvas)
    #expect(indices.count == 2)
    #expect(indices.first ?? 0 < indices.last ?? 0)
  }

  /// On a flat surface seen from above at elevation ε, canvas y = tan ε · depth + constant,
  /// so drawing far to near means every quad's centre is no higher on the canvas than the
  /// one drawn before it.
  @Test func flatSurfaceIsDrawnTopToBottom() {
    let chart = SurfaceChart(
      function: { _, _ in 1 }, xRange: -10...10, yRange: -100...100, azimuth: -35, elevation: 25, resolution: 10)
    let canvas = record(chart)
    let quads = layout(chart).quads
    #expect(quads.count == 100)
    let indices = fillIndices(quads, in: canvas)
    #expect(indices.count == 100)
    #expect(zip(indices, indices.dropFirst()).allSatisfy { $0 < $1 })
    let centres = quads.map { q in q.points.map(\.y).reduce(0, +) / 4 }
    #expect(zip(centres, centres.dropFirst()).allSatisfy { $0 <= $1 + 1e-9 })
  }

  /// The bar's ticks increase upwards and lie on the bar; by default it has no label of its
  /// own (the z axis names the quantity once: "loss" is drawn once), and a label given is
  /// drawn beside it.
  @Test func colourBarHasMonotoneTicksAndOneLossLabel() throws {
    let chart = SurfaceChart(
      function: bowl, xRange: -10...10, yRange: -100...100, path: lPath, azimuth: -110, elevation: 45)
    let l = layout(chart)
    let bar = try #require(l.colorBar)
    #expect(bar.ticks.count >= 3)
    #expect(zip(bar.ticks, bar.ticks.dropFirst()).allSatisfy { $0.value < $1.value && $0.position > $1.position })
    #expect(bar.ticks.allSatisfy { $0.position >= bar.bar.minY - 1e-9 && $0.position <= bar.bar.maxY + 1e-9 })
    #expect(bar.label == nil)
    // The bar is right of the box (where the drawing put it, by matplotlib's projection).
    let canvas = record(chart)
    let placement = try DrawnPlacement(canvas, style: chart.style, view: try matplotlibView(chart))
    let boxRight = placement.corners.map(\.x).max() ?? .infinity
    #expect(bar.bar.minX > boxRight)
    let texts = canvas.texts.map(\.plainText)
    for tick in bar.ticks { #expect(texts.contains(tick.label.plainText)) }
    #expect(texts.filter { $0 == "loss" }.count == 1)
    var labelled = chart
    labelled.colorBarLabel = .plain("√ scale")
    #expect(record(labelled).texts.map(\.plainText).filter { $0 == "√ scale" }.count == 1)
    var without = chart
    without.showColorBar = false
    #expect(layout(without).colorBar == nil)
    #expect(record(without).texts.map(\.plainText).filter { $0 == "loss" }.count == 1)
  }

  /// Mesh lines (``SurfaceChart/EdgeStyle/lines``) every 4th grid line of an 8 × 8 mesh:
  /// each stroked segment joins two neighbouring projected nodes on a grid line with index
  /// 0, 4 or 8, and every such segment is drawn: 3 lines of 8 segments each way.
  @Test func meshLinesFollowEveryFourthGridLine() throws {
    var chart = SurfaceChart(
      function: bowl, xRange: -10...10, yRange: -100...100, azimuth: -110, elevation: 45, resolution: 8)
    chart.showColorBar = false
    let l = layout(chart)
    let mesh = l.mesh
    let node = { (i: Int, j: Int) in l.projection.project(mesh.xs[i], mesh.ys[j], mesh.height(i, j)).point }
    var expected: Set<[Double]> = []
    for line in [0, 4, 8] {
      for k in 0..<8 {
        for (a, b) in [(node(line, k), node(line, k + 1)), (node(k, line), node(k + 1, line))] {
          expected.insert([a.x, a.y, b.x, b.y])
        }
      }
    }
    #expect(expected.count == 48)
    var drawn: Set<[Double]> = []
    for case .stroke(let path, let s) in record(chart).commands where s.width == 0.6 {
      var from: Point?
      for element in path.elements {
        switch element {
        case .move(let p): from = p
        case .line(let p):
          if let a = from { drawn.insert([a.x, a.y, p.x, p.y]) }
          from = p
        default: break
        }
      }
    }
    #expect(drawn == expected)
  }

  /// A 20 × 20 grid has nodes 1 apart in w1 and 10 in w2, so the bowl's sampled heights span
  /// 0 (at the node (3, 40)) to bowl(−10, −100) = 419.6, the box of the reference's last view.
  /// The L's corner is then where matplotlib projects (3, 90, 25), placed as the drawing
  /// placed the box: fails if the path is not lifted onto the surface, or is projected
  /// differently from the box.
  @Test func pathIsDrawnAfterTheQuadsItLiesOnAndOnTheSurface() throws {
    let chart = SurfaceChart(
      function: bowl, xRange: -10...10, yRange: -100...100, path: lPath, azimuth: -110, elevation: 45, resolution: 20)
    let canvas = record(chart)
    let l = layout(chart)
    let quadIndices = fillIndices(l.quads, in: canvas)
    #expect(quadIndices.count == l.quads.count)
    let pathColor = chart.style.color(1)
    let strokes = canvas.commands.enumerated().compactMap { k, c -> (Int, Path)? in
      if case .stroke(let p, let s) = c, s.color == pathColor, s.width == chart.style.curveWidth { return (k, p) }
      return nil
    }
    let first = try #require(strokes.first)
    #expect(first.0 > (quadIndices.max() ?? .max))
    // The corner of the L, lifted onto the surface, is a vertex of the drawn path.
    let view = try matplotlibView(chart, zRange: [0, bowl(-10, -100)])
    let corner = try DrawnPlacement(canvas, style: chart.style, view: view).point(3, 90)
    let vertices = strokes.flatMap { $0.1.elements }.compactMap { e -> Point? in
      if case .line(let p) = e { return p }
      if case .move(let p) = e { return p }
      return nil
    }
    #expect(vertices.contains { abs($0.x - corner.x) < 1e-6 && abs($0.y - corner.y) < 1e-6 })
  }

  /// A trough z = y² along x seen from −y at elevation 20°: in box units (aspect 4, 4, 3) the
  /// line of sight from the floor point (y = 0, z = 0) climbs as 0.342·t while the front wall
  /// rises as 0.663·t², so the wall hides the floor beyond t = 0.52 (y = −0.24). From
  /// elevation 80° the sight line climbs faster than the wall everywhere in the box.
  @Test func pathBehindAWallIsHiddenAndDashed() {
    let trough: @Sendable (Double, Double) -> Double = { _, y in y * y }
    let floor: [(Double, Double)] = [(-0.8, 0), (0.8, 0)]
    var low = SurfaceChart(function: trough, xRange: -1...1, yRange: -1...1, path: floor, azimuth: -90, elevation: 20)
    let hidden = layout(low).path
    #expect(!hidden.runs.isEmpty && hidden.runs.allSatisfy(\.hidden))
    let dashed = record(low).commands.contains {
      if case .stroke(_, let s) = $0 { return !s.dash.isEmpty } else { return false }
    }
    #expect(dashed)
    low.hiddenPath = .omitted
    let pathColor = low.style.color(1)
    let drawn = record(low).commands.contains { c in
      if case .stroke(_, let s) = c {
        return s.color.red == pathColor.red && s.color.green == pathColor.green && s.width < 3
      }
      return false
    }
    #expect(!drawn)
    let high = SurfaceChart(function: trough, xRange: -1...1, yRange: -1...1, path: floor, azimuth: -90, elevation: 80)
    let visible = layout(high).path
    #expect(!visible.runs.isEmpty && visible.runs.allSatisfy { !$0.hidden })
  }

  @Test func azimuthAndElevationChangeThePicture() {
    let base = SurfaceChart(function: bowl, xRange: -10...10, yRange: -100...100, path: lPath)
    var turned = base
    turned.azimuth = -80
    var raised = base
    raised.elevation = 70
    let a = record(base).commands
    #expect(a != record(turned).commands)
    #expect(a != record(raised).commands)
    #expect(a == record(base).commands)
  }

  /// Tick labels and axis names never overlap one another and stay on the canvas.
  @Test func labelsDoNotOverlap() {
    for (elevation, azimuth) in [(45.0, -110.0), (30, -60), (10, 30), (70, -150), (0, 0), (90, -90)] {
      let chart = SurfaceChart(
        function: bowl, xRange: -10...10, yRange: -100...100, path: lPath, azimuth: azimuth, elevation: elevation,
        title: .plain("Loss"))
      let l = layout(chart)
      let boxes = l.ticks.joined().compactMap { $0.label?.box } + l.names.map(\.box)
      #expect(boxes.count >= 8, "view \(elevation), \(azimuth)")
      for (k, a) in boxes.enumerated() {
        #expect(
          a.minX >= 0 && a.maxX <= size.width && a.minY >= 0 && a.maxY <= size.height, "view \(elevation), \(azimuth)")
        for b in boxes[(k + 1)...] { #expect(!a.intersects(b), "view \(elevation), \(azimuth): \(a) \(b)") }
      }
    }
  }

  /// Ticks follow the text's ranges: −10…10 on w₁ and −100…100 on w₂, ends included.
  @Test func ticksCoverTheTextsRanges() {
    let l = layout(SurfaceChart(function: bowl, xRange: -10...10, yRange: -100...100))
    #expect(l.ticks[0].first?.value == -10 && l.ticks[0].last?.value == 10)
    #expect(l.ticks[1].first?.value == -100 && l.ticks[1].last?.value == 100)
    // z ticks: nice values inside the sampled heights' range, enough of them to read it.
    let z = l.ticks[2].map(\.value)
    #expect(z.count >= 3 && z == z.sorted())
    #expect(z.allSatisfy { l.zRange.contains($0) })
  }

  @Test func nonFiniteValuesLeaveHolesNotCrashes() {
    let chart = SurfaceChart(
      function: { x, y in x > 0 && y > 0 ? .nan : x * x + y * y }, xRange: -1...1, yRange: -1...1,
      path: [(-1, -1), (1, 1)],
      resolution: 4)
    let l = layout(chart)
    #expect(l.quads.count == 16 - 4)
    #expect(l.zRange.lowerBound.isFinite && l.zRange.upperBound.isFinite)
    _ = record(chart)
  }
}

@Suite struct SurfaceChartEdgeCaseTests {
  @Test func degenerateAndInfiniteRangesDoNotCrash() {
    let flat = SurfaceChart(function: { _, _ in 0 }, xRange: 2...2, yRange: -1...1, path: [(2, 0)])
    #expect(!record(flat).commands.isEmpty)
    let infinite = SurfaceChart(function: { x, y in x + y }, xRange: -Double.infinity...0, yRange: 0...1)
    #expect(record(infinite).commands.count == 1)
    let huge = SurfaceChart(function: { x, _ in x }, xRange: -1e308...1e308, yRange: 0...1)
    #expect(record(huge).commands.count == 1)
  }
}
