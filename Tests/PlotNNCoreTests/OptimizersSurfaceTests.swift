import Foundation
import Testing

@testable import PlotNNCore

/// The optimizers' 3-D view (`--view 3d`) on a recorded drawing.
@Suite struct OptimizersSurfaceTests {
  /// A chart of the trough L = y² over [−1, 1]² with the given paths (x, y), seen from −y
  /// (azimuth −90°) at elevation 20°, heights linear.
  static func trough(_ paths: [[(Double, Double)]]) throws -> OptimizersChart {
    let loss = try PlaneLoss.expression("y^2")
    let sgd = try Optimizer(parsing: "sgd")
    let traces = paths.map { points in
      OptimizersFigure.Trace(
        optimizer: sgd,
        path: DescentPath(
          points: points.map { Vector2($0.0, $0.1) }, losses: points.map { $0.1 * $0.1 }, outcome: .stepLimit))
    }
    var chart = OptimizersChart(loss: loss, window: (-1...1, -1...1), traces: traces)
    (chart.view, chart.azimuth, chart.elevation, chart.surfaceHeight) = (.surface, -90, 20, .linear)
    return chart
  }

  static let size = Size(width: 1120, height: 560)

  /// Whether `p` lies inside the closed polygon `path` outlines (even-odd ray casting).
  static func contains(_ path: Path, _ p: Point) -> Bool {
    let corners = path.elements.compactMap { e -> Point? in
      switch e {
      case .move(let q), .line(let q): return q
      default: return nil
      }
    }
    var inside = false
    for (a, b) in zip(corners, corners.dropFirst() + corners.prefix(1))
    where (a.y > p.y) != (b.y > p.y) && p.x < a.x + (p.y - a.y) / (b.y - a.y) * (b.x - a.x) {
      inside.toggle()
    }
    return inside
  }

  /// The distance from `p` to the segment a–b.
  static func distance(_ p: Point, _ a: Point, _ b: Point) -> Double {
    let (dx, dy) = (b.x - a.x, b.y - a.y)
    let t = dx == 0 && dy == 0 ? 0 : max(0, min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy)))
    return hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy))
  }

  /// The trough seen from −y at 20°: a sight line from the far wall's point (y₀, y₀²) runs
  /// towards −y and up by tan 20° per box unit; in box units (y spans 4, z = y² over [0, 1]
  /// spans 3) it clears the near rim (y = −1, z = 1, the highest point before it on a convex
  /// trough) exactly when 3y₀² + 2(y₀ + 1)·tan 20° ≥ 3, i.e. y₀ ≥ 0.757. A path up the far
  /// wall from y = 0.1 to 0.95 is therefore behind the fold of the near rim below 0.757 and
  /// in front of everything above it; a path along the far rim (y = 0.9) is seen whole.
  /// On the recording: the samples below the line are on strokes drawn dotted and faded,
  /// never on a solid one; those above are on solid strokes in the path's colour, each
  /// drawn after every fill that covers its point (the quads it lies on and in front of).
  @Test func pathsBehindAFoldAreHiddenAndInFrontAreDrawnOverTheSurface() throws {
    let up = stride(from: 0.1, through: 0.95, by: 0.01).map { (0.0, $0) }
    let rim = stride(from: -0.8, through: 0.8, by: 0.05).map { ($0, 0.9) }
    let chart = try Self.trough([up, rim])
    let canvas = RecordingCanvas()
    chart.draw(on: canvas, size: Self.size, tolerance: 0.1)
    let column = try #require(
      OptimizersChartLayout(chart: chart, size: Self.size, canvas: RecordingCanvas()).surfaceColumn)
    let surface = chart.surfaceChart()
    let layout = SurfaceChartLayout(
      chart: surface, size: Size(width: column.width, height: column.height), canvas: RecordingCanvas())
    let place = { (x: Double, y: Double) -> Point in
      let q = layout.projection.project(x, y, y * y).point
      return Point(q.x + column.minX, q.y + column.minY)
    }
    let fills = canvas.commands.enumerated().compactMap { k, c -> (Int, Path)? in
      if case .fill(let path, _) = c { return (k, path) }
      return nil
    }
    for (i, points) in [up, rim].enumerated() {
      let look = chart.style.seriesLine(index: i, derivative: false)
      var solid: [(Int, Path)] = []
      var hidden: [(Int, Path)] = []
      for (k, c) in canvas.commands.enumerated() {
        guard case .stroke(let path, let s) = c, s.color.red == look.color.red, s.color.green == look.color.green,
          s.color.blue == look.color.blue
        else { continue }
        if s.color.alpha == look.color.alpha && s.dash == look.dash {
          solid.append((k, path))
        } else if s.color.alpha < look.color.alpha && !s.dash.isEmpty {
          hidden.append((k, path))
        }
      }
      let on = { (strokes: [(Int, Path)], p: Point) in
        strokes.filter { _, path in
          RecordedDrawing.segments(path).contains { Self.distance(p, $0.0, $0.1) < 0.5 }
        }.map(\.0)
      }
      for (x, y) in points {
        let p = place(x, y)
        if y < 0.72 {
          #expect(!on(hidden, p).isEmpty, "path \(i): y = \(y) should be drawn hidden")
          #expect(on(solid, p).isEmpty, "path \(i): y = \(y) drawn solid")
        } else if y > 0.80 {
          let strokes = on(solid, p)
          #expect(!strokes.isEmpty && on(hidden, p).isEmpty, "path \(i): (\(x), \(y)) should be drawn seen")
          let covering = fills.filter { Self.contains($0.1, p) }.map(\.0)
          #expect(covering.count >= 2, "the background and at least a quad lie under (\(x), \(y))")
          #expect(strokes.allSatisfy { k in covering.allSatisfy { $0 < k } }, "drawn under a fill: (\(x), \(y))")
        }
      }
    }
  }

  /// Rosenbrock spans decades in its window (the 2-D view's log levels): the surface's height
  /// is lg(1 + L − L*), so its highest point is lg(1 + max L) and the z axis says so; the
  /// saddle does not, and is drawn as L.
  @Test func heightIsLogarithmicExactlyWhenTheLossSpansDecades() throws {
    let rosenbrock = try #require(PlaneLoss.named("rosenbrock"))
    var chart = OptimizersChart(loss: rosenbrock, window: rosenbrock.window, traces: [])
    chart.view = .surface
    #expect(chart.logarithmicHeight.log)
    let surface = chart.surfaceChart()
    // (−2, −1) is the window's highest corner: (1 + 2)² + 100·(−1 − 4)² = 2509.
    #expect(abs(surface.function(-2, -1) - log10(2510)) < 1e-12)
    #expect(surface.zLabel.plainText == "lg(1 + L − L^*)")
    let saddle = try #require(PlaneLoss.named("saddle"))
    var flat = OptimizersChart(loss: saddle, window: saddle.window, traces: [])
    flat.view = .surface
    #expect(!flat.logarithmicHeight.log)
    #expect(flat.surfaceChart().function(3, 1) == 8)
    #expect(flat.surfaceChart().zLabel.plainText == "L")
  }

  /// A path leaving the window is cut where it crosses the edge (it runs to the frame, not
  /// along the rim), the rest dropped.
  @Test func pathsAreCutAtTheWindowsEdge() {
    let cut = OptimizersChart.clipped(
      [Vector2(0, 0), Vector2(0.5, 0.5), Vector2(3, 0.5), Vector2(0, 0)], to: (-1...1, -1...1))
    #expect(cut.count == 3)
    #expect(cut.last?.0 == 1 && cut.last?.1 == 0.5)
    #expect(OptimizersChart.clipped([Vector2(0, 0), Vector2(.nan, 0)], to: (-1...1, -1...1)).count == 1)
  }
}
