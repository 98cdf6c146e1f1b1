import Foundation

/// A symbol drawn at evenly spaced points along a curve and on its legend swatch, so curves
/// stay apart in greyscale print (matplotlib's `marker` with `markevery` as a distance).
///
/// Decision: markers go every ``spacing(plot:)`` points of arc length along the visible curve, not
/// every n-th sample: the adaptive sampler puts vertices where the curve bends, so every
/// n-th vertex would crowd the kinks and leave straight runs bare (matplotlib's float
/// `markevery` spaces by distance for the same reason). A derivative drawn beside its
/// function takes the function's marker drawn open (filled with the background) and half a
/// spacing later, so where f and f′ coincide (ReLU and ReLU′ for x < 0) both still show;
/// the functions' markers are staggered by colour slot (0.382 of a spacing each, the golden
/// section, so no two of the first few line up) where their curves run together.
public enum CurveMarker: String, Sendable, Hashable, CaseIterable {
  case none
  case circle
  case square
  case triangle
  case diamond
  case cross

  /// Least arc length between two markers of one curve, in points.
  public static let minimumSpacing = 40.0

  /// Arc length between two markers of a curve on `plot`: a sixteenth of the plot's
  /// diagonal, at least ``minimumSpacing``. Like matplotlib's float `markevery` (a fraction
  /// of the axes' diagonal), a curve keeps about as many markers at any figure size: 40
  /// points on a 640 × 480 figure, 130 on a 1920 × 1080 one.
  public static func spacing(plot: Rect) -> Double {
    max(minimumSpacing, hypot(plot.width, plot.height) / 16)
  }
  /// Most markers on one curve: a wilder curve spaces them further apart.
  public static let maximumPerCurve = 2000

  /// The marker's width for a curve `lineWidth` wide: matplotlib's 6-point default beside
  /// its 1.5-point line (4 widths), at least 5 points so a hairline's markers still read.
  public static func size(lineWidth: Double) -> Double { max(5, 3 * lineWidth) }

  /// Whether the symbol is a filled outline (a cross is two strokes).
  public var isFilled: Bool { self != .cross }

  /// The symbol's outline centred on `c`, `size` points wide (a square's side; the circle's
  /// diameter; the triangle and diamond fill the same box; the cross its diagonals).
  public func path(at c: Point, size: Double) -> Path {
    let r = size / 2
    var path = Path()
    switch self {
    case .none: return path
    case .circle: return .circle(center: c, radius: r)
    case .square:
      // A square of the same area as the circle, so neither looks heavier.
      let s = r * 0.886
      return .rectangle(Rect(x: c.x - s, y: c.y - s, width: 2 * s, height: 2 * s))
    case .triangle:
      // Pointing up, its centroid on the curve.
      path.move(to: Point(c.x, c.y - r * 1.15))
      path.line(to: Point(c.x + r, c.y + r * 0.58))
      path.line(to: Point(c.x - r, c.y + r * 0.58))
      path.close()
    case .diamond:
      path.move(to: Point(c.x, c.y - r * 1.2))
      path.line(to: Point(c.x + r * 0.85, c.y))
      path.line(to: Point(c.x, c.y + r * 1.2))
      path.line(to: Point(c.x - r * 0.85, c.y))
      path.close()
    case .cross:
      let s = r * 0.8
      path.move(to: Point(c.x - s, c.y - s))
      path.line(to: Point(c.x + s, c.y + s))
      path.move(to: Point(c.x - s, c.y + s))
      path.line(to: Point(c.x + s, c.y - s))
    }
    return path
  }

  /// Half the extent of the symbol from its centre, for keeping texts off it.
  public static func reach(size: Double) -> Double { size / 2 * 1.2 }

  /// Centres every `spacing` points of arc length along the parts of `pieces` inside
  /// `plot` (the first `phase` points in), at most ``maximumPerCurve`` (the spacing grows
  /// for a longer curve). The length runs on across a piece's exits from the plot and from
  /// one piece to the next, so a curve broken at a jump keeps its rhythm.
  public static func centers(along pieces: [[Point]], inside plot: Rect, spacing: Double, phase: Double) -> [Point] {
    var total = 0.0
    for piece in pieces {
      for (a, b) in zip(piece, piece.dropFirst()) { total += visibleLength(a, b, in: plot) }
    }
    guard total > 0, spacing > 0 else { return [] }
    let step = max(spacing, total / Double(maximumPerCurve))
    var next = phase.truncatingRemainder(dividingBy: step)
    var run = 0.0
    var out: [Point] = []
    for piece in pieces {
      for (a, b) in zip(piece, piece.dropFirst()) {
        let length = hypot(b.x - a.x, b.y - a.y)
        guard length > 0 else { continue }
        let visible = visibleLength(a, b, in: plot)
        guard visible > 0 else { continue }
        // Visible parts of one segment are one interval (the plot is convex): walk it.
        let (t0, t1) = visibleInterval(a, b, in: plot)
        while next <= run + visible, out.count < maximumPerCurve {
          let t = t0 + (next - run) / visible * (t1 - t0)
          out.append(Point(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)))
          next += step
        }
        run += visible
      }
    }
    return out
  }

  /// Length of the part of a–b inside `r`.
  static func visibleLength(_ a: Point, _ b: Point, in r: Rect) -> Double {
    let (t0, t1) = visibleInterval(a, b, in: r)
    return max(0, t1 - t0) * hypot(b.x - a.x, b.y - a.y)
  }

  /// The parameter interval of a–b inside `r` (Liang–Barsky; empty as t0 ≥ t1).
  static func visibleInterval(_ a: Point, _ b: Point, in r: Rect) -> (Double, Double) {
    var (t0, t1) = (0.0, 1.0)
    let d = Point(b.x - a.x, b.y - a.y)
    for (p, q) in [(-d.x, a.x - r.minX), (d.x, r.maxX - a.x), (-d.y, a.y - r.minY), (d.y, r.maxY - a.y)] {
      if p == 0 {
        if q < 0 { return (1, 0) }
        continue
      }
      let t = q / p
      if p < 0 { t0 = max(t0, t) } else { t1 = min(t1, t) }
    }
    return (t0, t1)
  }
}
