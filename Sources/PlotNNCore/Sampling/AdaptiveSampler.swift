import Foundation

/// Turns a ``PlotFunction`` into device-space polylines that stay within `tolerance`
/// of the true curve.
///
/// The x range is cut at every breakpoint; each piece starts on a uniform grid and each
/// grid segment is bisected until the curve at its midpoint and quarter points lies within
/// `tolerance` of the chord (distance in device units). So a kink or jump is always a
/// vertex, and a straight piece collapses to its two ends (collinear vertices are dropped).
///
/// At each cut the one-sided limits f(c⁻) = f(c.nextDown) and f(c⁺) = f(c.nextUp) are
/// compared with f(c) in device space: within tolerance the path goes on; otherwise it
/// breaks there and ``SampledCurve/Dot``s mark the jump, filled at f(c), open at each limit
/// f does not take (never a vertical connector). A jump found only by
/// bisection (no breakpoint declared) also breaks the path, without dots.
///
/// Values are clamped to the device band `yBand` (a little outside the clip rectangle),
/// so curves leaving the plot are clipped cleanly instead of spiking to ±∞; NaN leaves a gap.
public struct AdaptiveSampler: Sendable {
  public var xScale: LinearScale
  public var yScale: LinearScale
  /// Device y interval values are clamped to (min...max of device y).
  public var yBand: ClosedRange<Double>
  /// Largest allowed distance between curve and polyline, in device units.
  public var tolerance: Double
  /// Grid segments over the whole x range before bisection (catches narrow features).
  public var initialSegments: Int = 48
  /// Bisection stops at this device width; a gap still open there is a jump.
  public var minimumWidth: Double = 1e-3

  public init(xScale: LinearScale, yScale: LinearScale, yBand: ClosedRange<Double>, tolerance: Double = 0.1) {
    self.xScale = xScale
    self.yScale = yScale
    self.yBand = yBand
    self.tolerance = tolerance
  }

  /// Samples `f` over `a...b` (the function's breakpoints inside become vertices).
  public func sample(_ f: PlotFunction, from a: Double, to b: Double) -> SampledCurve {
    let inner = Set(f.breakpoints.filter { $0 > a && $0 < b }).sorted()
    let cuts = [a] + inner + [b]
    var builder = CurveBuilder()
    for (i, c) in cuts.enumerated() {
      let here = device(c, f(c))
      let left = i > 0 ? device(c, f(c.nextDown)) : nil
      let right = i < cuts.count - 1 ? device(c, f(c.nextUp)) : nil
      mark(cut: here, left: left, right: right, into: &builder)
      guard let right, i < cuts.count - 1 else { continue }
      let next = cuts[i + 1]
      let end = device(next, f(next.nextDown))
      samplePiece(f, from: (c, right), to: (next, end), span: b - a, into: &builder)
    }
    builder.endPiece()
    return builder.curve
  }

  /// Decides at a cut whether the path continues, and places jump dots.
  private func mark(cut here: Point, left: Point?, right: Point?, into b: inout CurveBuilder) {
    let sides = [left, right].compactMap { $0 }
    let mismatched = sides.filter { !close($0, here) }
    let continuous = left.flatMap { l in right.map { close(l, $0) } } ?? true
    if !continuous { b.endPiece() }
    if let right, left == nil || !continuous { b.start(right) }
    guard !mismatched.isEmpty else { return }
    if inside(here) { b.curve.dots.append(.init(center: here, filled: true)) }
    var placed: [Point] = []
    for p in mismatched where inside(p) && !placed.contains(where: { close($0, p) }) {
      b.curve.dots.append(.init(center: p, filled: false))
      placed.append(p)
    }
  }

  private func samplePiece(
    _ f: PlotFunction, from start: (x: Double, p: Point), to end: (x: Double, p: Point),
    span: Double, into b: inout CurveBuilder
  ) {
    // The piece's share of the range first: multiplying widths near 1e307 by the segment
    // count would overflow to ∞.
    let share = min(max((end.x - start.x) / span, 0), 1)
    let n = max(1, Int((Double(initialSegments) * share).rounded(.up)))
    var previous = start
    for j in 1...n {
      let x = EvenSpacing.value(j, of: n, from: start.x, to: end.x)
      let next = j == n ? end : (x, device(x, f(x)))
      refine(f, previous, next, into: &b)
      previous = next
    }
  }

  private func refine(
    _ f: PlotFunction, _ s: (x: Double, p: Point), _ e: (x: Double, p: Point), into b: inout CurveBuilder
  ) {
    let xm = 0.5 * (s.x + e.x)
    let mid = device(xm, f(xm))
    let narrow = abs(e.p.x - s.p.x) < minimumWidth || xm <= s.x || xm >= e.x
    if s.p.y.isNaN && e.p.y.isNaN {
      b.gap()
      return
    }
    let q1x = 0.5 * (s.x + xm)
    let q3x = 0.5 * (xm + e.x)
    let inner = [device(q1x, f(q1x)), mid, device(q3x, f(q3x))]
    let good =
      inner.allSatisfy { within($0, s.p, e.p) } && !looksLikeJump(s.p, mid, e.p)
      && !(meetsBandEdge([s.p] + inner + [e.p]) && abs(e.p.y - s.p.y) > tolerance)
    if good {
      b.add(e.p)
    } else if narrow {
      // Bisection cannot close the gap: a jump the function did not declare, or a NaN edge.
      if s.p.y.isNaN != e.p.y.isNaN {
        let edge = domainEdge(f, s, e)
        if s.p.y.isNaN {
          b.start(edge)
          b.add(e.p)
        } else {
          b.add(edge)
          b.gap()
        }
      } else if abs(e.p.y - s.p.y) > 1 {
        b.gap()
        if !e.p.y.isNaN { b.start(e.p) }
      } else {
        b.add(e.p)
      }
    } else {
      refine(f, s, (xm, mid), into: &b)
      refine(f, (xm, mid), e, into: &b)
    }
  }

  /// The finite sample nearest the NaN end of a segment with one NaN end, found by bisecting
  /// in x down to adjacent doubles.
  ///
  /// Stopping at `minimumWidth` there left the curve short of its domain's edge: √x over
  /// [−3, 7] began 1e−3 px right of x = 0 but 0.27 px above (0, 0), as √ rises that fast. A
  /// loop, not recursion: near x = 0 it may take ~1 100 halvings to reach the subnormals.
  private func domainEdge(_ f: PlotFunction, _ s: (x: Double, p: Point), _ e: (x: Double, p: Point)) -> Point {
    var (finite, missing) = s.p.y.isNaN ? (e, s.x) : (s, e.x)
    while true {
      let x = 0.5 * (finite.x + missing)
      if x == finite.x || x == missing { return finite.p }
      let p = device(x, f(x))
      if p.y.isNaN { missing = x } else { finite = (x, p) }
    }
  }

  /// Device point for (x, y), y clamped into the band; NaN stays NaN.
  func device(_ x: Double, _ y: Double) -> Point {
    let dy = yScale(y)
    let clamped = dy.isNaN ? dy : min(max(dy, yBand.lowerBound), yBand.upperBound)
    return Point(xScale(x), clamped)
  }

  private func close(_ p: Point, _ q: Point) -> Bool {
    (p.y.isNaN && q.y.isNaN) || abs(p.y - q.y) <= tolerance
  }

  private func inside(_ p: Point) -> Bool {
    !p.y.isNaN && p.y > yBand.lowerBound && p.y < yBand.upperBound
  }

  /// Whether the chord s–e may be standing in for a jump: taller than 1 px, with the midpoint
  /// sample near the height of one end rather than in between.
  ///
  /// The distance test alone cannot see a jump: once a segment around it is narrower than
  /// about 2·`tolerance`, every sample on either side lies within `tolerance` of the
  /// near-vertical chord, so the chord was accepted and drawn as a vertical connector (an
  /// undeclared step, or 1/x across its pole). A continuous curve that close to its chord
  /// has its midpoint a quarter or more of the way up (exactly half way when straight), while
  /// at a jump the midpoint sits on one side's level; such a segment is bisected on until
  /// `minimumWidth`, where the narrow test below tells a jump from a steep slope.
  private func looksLikeJump(_ s: Point, _ mid: Point, _ e: Point) -> Bool {
    let rise = e.y - s.y
    guard abs(rise) > 1 else { return false }
    let along = (mid.y - s.y) / rise
    return along < 0.25 || along > 0.75
  }

  /// Whether some of these samples are clamped to the band and others are not: the segment
  /// holds the kink where the curve meets the band edge.
  ///
  /// Clamping makes a kink the function does not declare, and the three interior samples can
  /// straddle it: with the kink between them the curve strays up to 4/3 of the largest
  /// sampled distance from the chord (exp clamped at the top of its plot was 0.11 px off at
  /// tolerance 0.1). Such a segment is bisected until it is no taller than `tolerance`, so
  /// the curve across the kink (monotone at that scale) stays within its chord's height.
  private func meetsBandEdge(_ samples: [Point]) -> Bool {
    let clamped = samples.filter { !$0.y.isNaN }.map { $0.y <= yBand.lowerBound || $0.y >= yBand.upperBound }
    return clamped.contains(true) && clamped.contains(false)
  }

  /// Whether `p` lies within `tolerance` of the segment a–b.
  private func within(_ p: Point, _ a: Point, _ b: Point) -> Bool {
    guard !p.y.isNaN, !a.y.isNaN, !b.y.isNaN else { return false }
    return Geometry2D.distance(from: p, toSegment: a, b) <= tolerance
  }
}
