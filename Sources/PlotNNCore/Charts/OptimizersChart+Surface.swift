import Foundation

/// The optimizers' 3-D view (`--view 3d`): the loss drawn as a surface in the contour
/// panel's place, with one path per optimizer on it (``SurfaceChart/traces``), depth-correct
/// as the 3.6.4 surface figure draws its path: every path is drawn after every quad, so no
/// quad covers a seen part, and a part a nearer fold of the surface covers is drawn dotted
/// and faded (``LiftedPath``). Colours, dashes, the legend and the loss panel are the 2-D
/// view's; the start is an open circle, the minima stars.
extension OptimizersChart {
  /// What the left panel shows.
  public enum View: String, Sendable, Hashable, CaseIterable {
    /// Contours seen from above (the default).
    case flat = "2d"
    /// The loss as a 3-D surface with the paths on it.
    case surface = "3d"
  }

  /// How the 3-D view maps the loss L to the surface's height.
  ///
  /// Decision (``automatic``): the height is L itself, or lg(1 + L − L*) when the loss
  /// spans two decades or more in the window, the rule by which the 2-D view spaces its
  /// contour levels logarithmically (``OptimizersContourPainter/spansDecades(_:minimum:)``),
  /// so the two views agree on what is "a loss that spans decades". L* is the known minimum
  /// value, else the lowest value sampled in the window. On a linear height Rosenbrock's
  /// valley and Beale's arms, where every path runs, are a flat floor under walls 10³ to 10⁵
  /// times higher; the logarithm shows them, and 1 + keeps the minimum at height 0, the map
  /// monotone (a path that climbs in L climbs on the surface) and finite. The z axis names
  /// what is drawn: "lg(1 + L − L*)".
  public enum SurfaceHeight: String, Sendable, Hashable, CaseIterable {
    case automatic, linear, logarithmic
  }

  /// The share of the width the surface column takes beside the loss panel: the contour
  /// column's largest share (the box is about as wide as high, so a narrower column would
  /// shrink it).
  static let surfaceShare = 0.58

  /// Whether the surface's height is lg(1 + L − L*), and L* (the known minimum, else the
  /// lowest of 101 × 101 samples of the window).
  var logarithmicHeight: (log: Bool, base: Double) {
    let grid = ScalarGrid(x: window.x, y: window.y, columns: 101, rows: 101) { loss.value(Vector2($0, $1)) }
    let lowest = grid.values.filter(\.isFinite).min() ?? 0
    let base = loss.minimumValue ?? lowest
    switch surfaceHeight {
    case .linear: return (false, base)
    case .logarithmic: return (true, base)
    case .automatic: return (OptimizersContourPainter.spansDecades(grid.values, minimum: loss.minimumValue), base)
    }
  }

  /// The surface chart drawn in the left column: no title and no colour bar (the z axis
  /// reads the height, and the column is narrow), the window's ranges, the paths cut where
  /// they first leave the window (``clipped(_:to:)``), an animation's frame cut as the 2-D
  /// view cuts them (``visibleCount(_:)``).
  func surfaceChart() -> SurfaceChart {
    let (log, base) = logarithmicHeight
    let value = loss.value
    let height: @Sendable (Double, Double) -> Double
    if log {
      height = { x, y in Foundation.log10(1 + max(0, value(Vector2(x, y)) - base)) }
    } else {
      height = { x, y in value(Vector2(x, y)) }
    }
    var chart = SurfaceChart(
      function: height, xRange: window.x, yRange: window.y, azimuth: azimuth?.truncatingRemainder(dividingBy: 360),
      elevation: elevation, showColorBar: false)
    chart.style = style
    chart.traces = traces.indices.map { i in
      let look = style.seriesLine(index: i, derivative: false)
      return SurfaceChart.Trace(
        points: Self.clipped(traces[i].path.points, to: window), color: look.color, dash: look.dash,
        steps: pathSteps.map { _ in visibleCount(i) - 1 })
    }
    chart.traceWidth = style.curveWidth * 0.7
    let inside = loss.minima.filter { window.x.contains($0.x) && window.y.contains($0.y) }.map { ($0.x, $0.y) }
    chart.minimum = inside.first
    chart.extraMinima = Array(inside.dropFirst())
    let names = loss.axisNames
    chart.xLabel = (try? RichText(markup: names.x)) ?? .italic("x")
    chart.yLabel = (try? RichText(markup: names.y)) ?? .italic("y")
    let star: RichText = loss.minimumValue != nil ? RichText.plain("*").scripted(.superscript) : .plain("")
    let floor: RichText =
      loss.minimumValue != nil ? .italic("L") + star : .italic("L") + RichText.plain("min").scripted(.subscript)
    chart.zLabel = log ? .plain("lg(1 + ") + .italic("L") + .plain(" − ") + floor + .plain(")") : .italic("L")
    return chart
  }

  /// `points` up to the first one outside `window` (or not finite), which is replaced by
  /// the point where the segment to it crosses the window's edge: a diverged path runs to
  /// the frame, as in the 2-D view, and is not dragged along the surface's rim (the surface
  /// clamps points into its ranges).
  static func clipped(
    _ points: [Vector2], to window: (x: ClosedRange<Double>, y: ClosedRange<Double>)
  ) -> [(Double, Double)] {
    var out: [(Double, Double)] = []
    for p in points {
      if p.isFinite && window.x.contains(p.x) && window.y.contains(p.y) {
        out.append((p.x, p.y))
        continue
      }
      guard let a = out.last, p.isFinite else { break }
      // The largest t in [0, 1] with a + t·(p − a) inside the window.
      var t = 1.0
      for (from, to, range) in [(a.0, p.x, window.x), (a.1, p.y, window.y)] where to != from {
        if to > range.upperBound { t = min(t, (range.upperBound - from) / (to - from)) }
        if to < range.lowerBound { t = min(t, (range.lowerBound - from) / (to - from)) }
      }
      t = max(0, t)
      out.append((a.0 + t * (p.x - a.0), a.1 + t * (p.y - a.1)))
      break
    }
    return out
  }
}
