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
///
/// Bounds on the work, so that no function, however wild, makes a curve slow or large
/// (the output stays a deterministic function of the input: no timers):
/// - at most ``maximumCuts`` (2048) breakpoints become cuts; more are thinned evenly
///   (every k-th in order) and the rest are left to the bisection;
/// - at most ``maximumWork`` (4,000,000) units of evaluation work per curve, a unit being one
///   node of the function (``PlotFunction/cost``): 4,000,000 evaluations of a catalog
///   activation, 8,000 of a 500-node expression. The cuts and the initial grid are always
///   evaluated; the bisection then proceeds breadth-first, one level of halving over the
///   whole curve at a time, and a level the remaining work cannot pay for in full is not
///   started: its segments are drawn as their chords (a gap where an end is NaN), so the
///   curve is resolved evenly to the last level paid for. The search for a domain edge
///   (``domainEdge``) draws on the same work and stops at the nearest finite sample found
///   when it runs out. Plots of the documented figures stay far below the bound and are
///   drawn exactly as without it.
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
  /// Most evaluation work spent on one curve, in units of ``PlotFunction/cost`` (one node
  /// of an expression, or one catalog activation): 4,000,000 (see the type's notes).
  public var maximumWork: Int = Self.defaultMaximumWork
  /// Most breakpoints made cuts on one curve: 2048; more are thinned evenly.
  public var maximumCuts: Int = Self.defaultMaximumCuts

  /// The default ``maximumWork``.
  public static let defaultMaximumWork = 4_000_000
  /// The default ``maximumCuts``.
  public static let defaultMaximumCuts = 2048
  /// Most segments reserved for the bisection tree up front: what a line chart's whole
  /// work (6 000 000 units) can make.
  static let maximumReservedSegments = 4_000_000

  public init(xScale: LinearScale, yScale: LinearScale, yBand: ClosedRange<Double>, tolerance: Double = 0.1) {
    self.xScale = xScale
    self.yScale = yScale
    self.yBand = yBand
    self.tolerance = tolerance
  }

  /// The evaluations left for one curve, and a way to spend them.
  struct Budget {
    var left: Int
    let f: PlotFunction
    /// Evaluations made so far (for tests of the bound).
    var spent = 0

    mutating func callAsFunction(_ x: Double) -> Double {
      left -= 1
      spent += 1
      return f(x)
    }
  }

  /// What a finished segment adds to the curve, replayed in x order: the few sequences
  /// ``split(_:in:budget:)`` makes, inline. (A segment used to hold an array of actions,
  /// one heap allocation each: with the tree of a wild curve at the work bound, ~2 million
  /// segments, that and the wider segment were 260 MB.)
  enum Leaf {
    /// Not decided yet, or split into halves.
    case open
    /// The segment's end.
    case addEnd
    /// A gap.
    case gap
    /// A new piece from the segment's end.
    case startEnd
    /// A gap, then a new piece from the segment's end.
    case gapThenStartEnd
    /// A new piece from a domain edge, then the segment's end.
    case startThenAddEnd(Point)
    /// The domain edge, then a gap.
    case addThenGap(Point)
  }

  /// A segment of the bisection tree: its ends, then either what it adds or its two halves
  /// (appended together, the second right after the first).
  struct Segment {
    var s: (x: Double, p: Point)
    var e: (x: Double, p: Point)
    var leaf = Leaf.open
    /// Index of the first half, or −1.
    var firstHalf = -1

    var halves: (Int, Int)? { firstHalf < 0 ? nil : (firstHalf, firstHalf + 1) }
  }

  /// Samples `f` over `a...b` (the function's breakpoints inside become vertices).
  public func sample(_ f: PlotFunction, from a: Double, to b: Double) -> SampledCurve {
    sampleCounting(f, from: a, to: b).curve
  }

  /// ``sample(_:from:to:)`` and the number of evaluations of `f` it made.
  func sampleCounting(_ f: PlotFunction, from a: Double, to b: Double) -> (curve: SampledCurve, evaluations: Int) {
    let cuts = [a] + self.cuts(f, from: a, to: b) + [b]
    var budget = Budget(left: max(0, maximumWork) / f.cost, f: f)
    // Each cut's samples and marks, then the roots of its piece's segments in the tree.
    var tree: [Segment] = []
    var plan: [(here: Point, left: Point?, right: Point?, roots: Range<Int>)] = []
    for (i, c) in cuts.enumerated() {
      let here = device(c, budget(c))
      let left = i > 0 ? device(c, budget(c.nextDown)) : nil
      let right = i < cuts.count - 1 ? device(c, budget(c.nextUp)) : nil
      let first = tree.count
      if let right, i < cuts.count - 1 {
        let next = cuts[i + 1]
        let end = device(next, budget(next.nextDown))
        initialSegments(from: (c, right), to: (next, end), span: b - a, into: &tree, budget: &budget)
      }
      plan.append((here, left, right, first..<tree.count))
    }
    // The most segments the bisection can add (two for every three evaluations), reserved
    // at once: growing by doubling kept the old and the new buffer alive together, half as
    // much again at the peak. Reserved pages not touched are not resident. A budget beyond
    // the figures' (a caller's `maximumWork` of Int.max) grows the tree as it goes.
    tree.reserveCapacity(tree.count + min(2 * (max(0, budget.left) / 3) + 2, Self.maximumReservedSegments))
    refine(&tree, budget: &budget)
    var builder = CurveBuilder()
    for step in plan {
      mark(cut: step.here, left: step.left, right: step.right, into: &builder)
      for root in step.roots { replay(root, of: tree, into: &builder) }
    }
    builder.endPiece()
    return (builder.curve, budget.spent)
  }

  /// The breakpoints of `f` inside (a, b) that become cuts: ascending, distinct, and at most
  /// ``maximumCuts`` or one per 8 evaluations the work bound allows (a cut costs 4
  /// evaluations before any bisection), thinned evenly beyond.
  public func cuts(_ f: PlotFunction, from a: Double, to b: Double) -> [Double] {
    Self.cuts(f, from: a, to: b, maximumWork: maximumWork, maximumCuts: maximumCuts)
  }

  /// ``cuts(_:from:to:)`` of a sampler with these bounds.
  public static func cuts(
    _ f: PlotFunction, from a: Double, to b: Double, maximumWork: Int, maximumCuts: Int = defaultMaximumCuts
  ) -> [Double] {
    let inner = Set(f.breakpoints.filter { $0 > a && $0 < b }).sorted()
    return thinned(inner, to: min(maximumCuts, max(0, maximumWork) / f.cost / 8))
  }

  /// At most `limit` of `values`, evenly spread: every value when there are few enough.
  static func thinned(_ values: [Double], to limit: Int) -> [Double] {
    guard values.count > limit else { return values }
    let n = max(0, limit)
    return (0..<n).map { values[$0 * values.count / n] }
  }

  /// The piece's uniform grid, as roots of the bisection tree.
  private func initialSegments(
    from start: (x: Double, p: Point), to end: (x: Double, p: Point), span: Double, into tree: inout [Segment],
    budget: inout Budget
  ) {
    // The piece's share of the range first: multiplying widths near 1e307 by the segment
    // count would overflow to ∞.
    let share = min(max((end.x - start.x) / span, 0), 1)
    let n = max(1, Int((Double(initialSegments) * share).rounded(.up)))
    var previous = start
    for j in 1...n {
      let x = EvenSpacing.value(j, of: n, from: start.x, to: end.x)
      let next = j == n ? end : (x, device(x, budget(x)))
      tree.append(Segment(s: previous, e: next))
      previous = next
    }
  }

  /// Bisects the tree's open segments level by level while the budget pays for a whole level.
  private func refine(_ tree: inout [Segment], budget: inout Budget) {
    var level = Array(tree.indices)
    while !level.isEmpty {
      // Three samples per segment (its midpoint and quarter points).
      let affordable = budget.left >= 3 * level.count
      var next: [Int] = []
      for index in level {
        // A domain edge earlier in the level may have spent what the level was granted.
        if affordable && budget.left >= 3 {
          if let halves = split(index, in: &tree, budget: &budget) {
            next.append(halves.0)
            next.append(halves.1)
          }
        } else {
          tree[index].leaf = chord(tree[index].s, tree[index].e)
        }
      }
      level = next
    }
  }

  /// A segment left unrefined for want of budget: its chord, or a gap where an end is NaN.
  private func chord(_ s: (x: Double, p: Point), _ e: (x: Double, p: Point)) -> Leaf {
    if e.p.y.isNaN { return .gap }
    return s.p.y.isNaN ? .startEnd : .addEnd
  }

  /// Decides one segment: what it adds when it is done, else its two halves (appended).
  private func split(_ index: Int, in tree: inout [Segment], budget: inout Budget) -> (Int, Int)? {
    let (s, e) = (tree[index].s, tree[index].e)
    let xm = 0.5 * (s.x + e.x)
    let mid = device(xm, budget(xm))
    let narrow = abs(e.p.x - s.p.x) < minimumWidth || xm <= s.x || xm >= e.x
    if s.p.y.isNaN && e.p.y.isNaN {
      tree[index].leaf = .gap
      return nil
    }
    let q1x = 0.5 * (s.x + xm)
    let q3x = 0.5 * (xm + e.x)
    let inner = [device(q1x, budget(q1x)), mid, device(q3x, budget(q3x))]
    let good =
      inner.allSatisfy { within($0, s.p, e.p) } && !looksLikeJump(s.p, mid, e.p)
      && !(meetsBandEdge([s.p] + inner + [e.p]) && abs(e.p.y - s.p.y) > tolerance)
    if good {
      tree[index].leaf = .addEnd
    } else if narrow {
      // Bisection cannot close the gap: a jump the function did not declare, or a NaN edge.
      if s.p.y.isNaN != e.p.y.isNaN {
        let edge = domainEdge(s, e, budget: &budget)
        tree[index].leaf = s.p.y.isNaN ? .startThenAddEnd(edge) : .addThenGap(edge)
      } else if abs(e.p.y - s.p.y) > 1 {
        tree[index].leaf = e.p.y.isNaN ? .gap : .gapThenStartEnd
      } else {
        tree[index].leaf = .addEnd
      }
    } else {
      let middle = (x: xm, p: mid)
      tree.append(Segment(s: s, e: middle))
      tree.append(Segment(s: middle, e: e))
      tree[index].firstHalf = tree.count - 2
      return tree[index].halves
    }
    return nil
  }

  /// Replays what a segment adds, or its halves' in order, into the curve.
  private func replay(_ index: Int, of tree: [Segment], into b: inout CurveBuilder) {
    if let (left, right) = tree[index].halves {
      replay(left, of: tree, into: &b)
      replay(right, of: tree, into: &b)
      return
    }
    let end = tree[index].e.p
    switch tree[index].leaf {
    case .open: break
    case .addEnd: b.add(end)
    case .gap: b.gap()
    case .startEnd: b.start(end)
    case .gapThenStartEnd:
      b.gap()
      b.start(end)
    case .startThenAddEnd(let edge):
      b.start(edge)
      b.add(end)
    case .addThenGap(let edge):
      b.add(edge)
      b.gap()
    }
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

  /// The finite sample nearest the NaN end of a segment with one NaN end, found by bisecting
  /// in x down to adjacent doubles.
  ///
  /// Stopping at `minimumWidth` there left the curve short of its domain's edge: √x over
  /// [−3, 7] began 1e−3 px right of x = 0 but 0.27 px above (0, 0), as √ rises that fast. A
  /// loop, not recursion: near x = 0 it may take ~1 100 halvings to reach the subnormals.
  /// It spends the curve's budget, and stops at the nearest finite sample so far when that
  /// runs out.
  private func domainEdge(_ s: (x: Double, p: Point), _ e: (x: Double, p: Point), budget: inout Budget) -> Point {
    var (finite, missing) = s.p.y.isNaN ? (e, s.x) : (s, e.x)
    while true {
      let x = 0.5 * (finite.x + missing)
      if x == finite.x || x == missing || budget.left <= 0 { return finite.p }
      let p = device(x, budget(x))
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
