import Foundation

/// What of a descent path is drawn, in device points: a polyline through the iterates,
/// small dots at them, and arrowheads only where they read. The drawing is bounded
/// whatever the number of steps.
///
/// - **Merging.** An iterate closer than ``mergeDistance`` (about a device pixel) to the
///   last one kept merges into it: the hundreds of steps a run takes creeping into the
///   minimum cost nothing and draw nothing on top of each other.
/// - **No segment twice.** A segment whose ends round to the same device pixels as one
///   already drawn (either way round) is left out: a run bouncing between two points (at
///   the stability limit, `--learning-rate 1`) draws its bounce once, not 100 000 times.
/// - **At most ``maximumSegments``** are kept in any case, a bound on the drawing, not a
///   limit any default or documented figure reaches (a converging run on the descent
///   figure's bowls visits a few hundred distinct pixel pairs at most).
/// - **Dots** (radius ``dotRadius``) at kept iterates at least two radii from the last dot
///   drawn and not on a pixel already dotted; none at the start, which has its own marker.
/// - **Arrowheads** on steps at least ``shortestArrow`` long, at the end (the tip just short
///   of the iterate's dot) or, where that is not clear, with the tip at ``headPlaces`` of
///   the way along the step, and only where the head keeps ``headClearance`` from every
///   other segment, dot, head, the start marker and the minimum: a head that would sit on
///   another part of the path (a zig-zag whose crossings crowd together, the far end of a
///   step that the next one folds back along, as on the round bowl) cannot be read, so it
///   is not drawn there. Only the first ``maximumArrowheadCandidates`` long steps are
///   tried; later ones are short or crowded.
struct DescentPathGeometry {
  /// An arrowhead: its tip and the unit direction it points.
  struct Arrowhead: Equatable {
    let tip: Point
    let direction: Point

    /// The triangle: tip, then the two base corners.
    var corners: [Point] {
      let (l, w) = (DescentPathGeometry.headLength, DescentPathGeometry.headHalfWidth)
      let base = Point(tip.x - direction.x * l, tip.y - direction.y * l)
      let normal = Point(-direction.y, direction.x)
      return [
        tip, Point(base.x + normal.x * w, base.y + normal.y * w), Point(base.x - normal.x * w, base.y - normal.y * w),
      ]
    }

    var path: Path {
      let c = corners
      var path = Path()
      path.move(to: c[0])
      path.line(to: c[1])
      path.line(to: c[2])
      path.close()
      return path
    }
  }

  static let mergeDistance = 1.0
  static let maximumSegments = 4096
  static let dotRadius = 2.3
  /// Radius of the open circle at the start.
  static let startRadius = 4.6
  static let headLength = 8.0
  static let headHalfWidth = 3.2
  static let shortestArrow = 22.0
  static let headClearance = 1.5
  static let maximumArrowheadCandidates = 64
  /// Where along a step (as a fraction of its length) a head's tip may go when the end is
  /// not clear: before the middle first, away from where a folding-back step returns.
  static let headPlaces = [0.45, 0.3]
  /// How far a head must keep from the minimum's star (its outer radius is 7).
  static let starClearance = 8.0

  /// The start, if the path has a finite one.
  let start: Point?
  /// The kept segments in path order; consecutive ones that share an end form one run.
  let segments: [(Point, Point)]
  let dots: [Point]
  let heads: [Arrowhead]
  /// The step (index of the iterate in the path) at which each segment, dot and head is
  /// reached: what ``cut(atStep:)`` keeps.
  private(set) var segmentSteps: [Int] = []
  private(set) var dotSteps: [Int] = []
  private(set) var headSteps: [Int] = []

  /// The drawing of a path through `points` (device coordinates, the start first), with the
  /// minimum's star at `minimum`.
  init(points: [Point], minimum: Point?) {
    let finite = points.enumerated().filter { $0.element.x.isFinite && $0.element.y.isFinite }
    start = points.first.flatMap { $0.x.isFinite && $0.y.isFinite ? $0 : nil }
    var segments: [(Point, Point)] = []
    var segmentSteps: [Int] = []
    var drawn = Set<[Double]>()
    var last = finite.first?.element
    for (step, p) in finite.dropFirst() {
      guard segments.count < Self.maximumSegments, let a = last else { break }
      if hypot(p.x - a.x, p.y - a.y) < Self.mergeDistance { continue }
      last = p
      let (ka, kb) = ([a.x.rounded(), a.y.rounded()], [p.x.rounded(), p.y.rounded()])
      let key = ka.lexicographicallyPrecedes(kb) ? ka + kb : kb + ka
      if drawn.insert(key).inserted {
        segments.append((a, p))
        segmentSteps.append(step)
      }
    }
    self.segments = segments
    var dots: [Point] = []
    var dotSteps: [Int] = []
    var dotted = Set<[Double]>()
    for ((_, b), step) in zip(segments, segmentSteps) {
      if let d = dots.last, hypot(b.x - d.x, b.y - d.y) < 2 * Self.dotRadius { continue }
      if let s = start, hypot(b.x - s.x, b.y - s.y) < Self.startRadius + Self.dotRadius { continue }
      if dotted.insert([b.x.rounded(), b.y.rounded()]).inserted {
        dots.append(b)
        dotSteps.append(step)
      }
    }
    self.dots = dots
    let placed = Self.arrowheads(segments: segments, dots: dots, start: start, minimum: minimum)
    heads = placed.map(\.head)
    (self.segmentSteps, self.dotSteps) = (segmentSteps, dotSteps)
    headSteps = placed.map { segmentSteps[$0.segment] }
  }

  private init(
    start: Point?, segments: [(Point, Point)], dots: [Point], heads: [Arrowhead], steps: ([Int], [Int], [Int])
  ) {
    (self.start, self.segments, self.dots, self.heads) = (start, segments, dots, heads)
    (segmentSteps, dotSteps, headSteps) = steps
  }

  /// The drawing of the path up to iterate `step`: the segments, dots and heads of the whole
  /// path's drawing reached by then, nothing placed anew.
  ///
  /// Decision: an animation frame is this cut, not the drawing of the shorter path, whose
  /// arrowheads could sit where a later step of the path runs: each frame is then a part of
  /// the last, and no head jumps between frames.
  func cut(atStep step: Int) -> DescentPathGeometry {
    let s = segmentSteps.prefix { $0 <= step }.count
    let d = dotSteps.prefix { $0 <= step }.count
    let h = headSteps.prefix { $0 <= step }.count
    return DescentPathGeometry(
      start: start, segments: Array(segments.prefix(s)), dots: Array(dots.prefix(d)), heads: Array(heads.prefix(h)),
      steps: (Array(segmentSteps.prefix(s)), Array(dotSteps.prefix(d)), Array(headSteps.prefix(h))))
  }

  /// The segments joined into polylines where one ends where the next begins.
  var runs: [[Point]] {
    var runs: [[Point]] = []
    for (a, b) in segments {
      if let end = runs.last?.last, end == a { runs[runs.count - 1].append(b) } else { runs.append([a, b]) }
    }
    return runs
  }

  /// The heads placed, each with the index of its segment.
  private static func arrowheads(segments: [(Point, Point)], dots: [Point], start: Point?, minimum: Point?)
    -> [(head: Arrowhead, segment: Int)]
  {
    var heads: [Arrowhead] = []
    var placed: [(head: Arrowhead, segment: Int)] = []
    var tried = 0
    for (k, (a, b)) in segments.enumerated() {
      let length = hypot(b.x - a.x, b.y - a.y)
      guard length >= shortestArrow, length.isFinite else { continue }
      guard tried < maximumArrowheadCandidates else { break }
      tried += 1
      let u = Point((b.x - a.x) / length, (b.y - a.y) / length)
      let back = dotRadius + 0.6
      let tips =
        [Point(b.x - u.x * back, b.y - u.y * back)]
        + headPlaces.map { Point(a.x + u.x * length * $0, a.y + u.y * length * $0) }
      for tip in tips {
        let head = Arrowhead(tip: tip, direction: u)
        if clear(head, segment: k, end: b, segments: segments, dots: dots, heads: heads, start: start, minimum: minimum)
        {
          heads.append(head)
          placed.append((head, k))
          break
        }
      }
    }
    return placed
  }

  /// Whether `head` on segment `k` (ending at `end`) keeps clear of the rest of the drawing.
  private static func clear(
    _ head: Arrowhead, segment k: Int, end b: Point, segments: [(Point, Point)], dots: [Point], heads: [Arrowhead],
    start: Point?, minimum: Point?
  ) -> Bool {
    let corners = head.corners
    let clear =
      segments.indices.allSatisfy { j in
        j == k || Geometry2D.distance(triangle: corners, segmentFrom: segments[j].0, to: segments[j].1) >= headClearance
      }
      && dots.allSatisfy { d in
        d == b || Geometry2D.distance(triangle: corners, point: d) >= dotRadius + headClearance
      }
      && heads.allSatisfy { other in
        other.corners.allSatisfy { Geometry2D.distance(triangle: corners, point: $0) >= headClearance }
          && corners.allSatisfy { Geometry2D.distance(triangle: other.corners, point: $0) >= headClearance }
      }
      && [start].compactMap { $0 }.allSatisfy {
        Geometry2D.distance(triangle: corners, point: $0) >= startRadius + headClearance
      }
      && [minimum].compactMap { $0 }.allSatisfy {
        Geometry2D.distance(triangle: corners, point: $0) >= starClearance
      }
    return clear
  }
}
