import Foundation

/// A path in the (x, y) plane lifted onto the surface z = f(x, y), projected, and split into
/// the runs a viewer sees and the runs the surface hides.
///
/// Sampling: points are clamped into the mesh's ranges; each segment is cut into pieces at
/// most a quarter of a grid cell long (in box units; but not shorter than 1/400 of the box's
/// longest side, which bounds the work on very fine grids), so the lifted polyline follows
/// the surface's curvature; a sample where f is not finite breaks the path.
///
/// Visibility: a sample q (canvas point, depth d) is hidden when a quad at least two cells
/// away from the one under it covers q on the canvas with a surface depth > d + 10⁻³ box
/// units there (depth interpolated over the quad's two triangles, see
/// ``SurfaceQuad/depth(at:)``). The quads under the sample and their neighbours are skipped:
/// they are the surface the path lies on, whose flat facets pass just above or below the true
/// surface. Runs shorter than three samples between two runs of the other kind are merged
/// into them (``smoothed(_:)``); where visibility changes between two samples both runs end
/// at their midpoint.
public struct LiftedPath: Sendable {
  /// A stretch of the path, all visible or all hidden.
  public struct Run: Sendable {
    public let points: [Point]
    public let hidden: Bool
    /// The step of the path (index of its iterate) each point is reached by: a sample on
    /// the segment from iterate i − 1 to i belongs to step i.
    public var steps: [Int] = []
  }

  /// The first or last point of the path.
  public struct Marker: Sendable {
    public let point: Point
    public let hidden: Bool
  }

  public let runs: [Run]
  public let start: Marker?
  public let end: Marker?
  /// The step of ``end``: the last iterate's.
  public private(set) var endStep = 0

  /// Most samples along the whole path (3000; the 3.6.4 path takes fewer, and its bytes are
  /// those of an unbounded run): each is tested against the quads in front of it, so
  /// 100 000 steps bouncing across the box took 12 s and 10 000 took 5 s.
  public static let maximumSamples = 3_000

  public init(
    _ path: [(Double, Double)], function: (Double, Double) -> Double, mesh: SurfaceMesh, projection p: Projection,
    quads: [SurfaceQuad]
  ) {
    self.init(path, function: function, mesh: mesh, projection: p, hiding: HidingQuads(quads))
  }

  /// The path tested against `hiding`, built once for all the paths and marks of one view.
  init(
    _ path: [(Double, Double)], function: (Double, Double) -> Double, mesh: SurfaceMesh, projection p: Projection,
    hiding: HidingQuads
  ) {
    guard let x0 = mesh.xs.first, let x1 = mesh.xs.last, let y0 = mesh.ys.first, let y1 = mesh.ys.last else {
      (runs, start, end) = ([], nil, nil)
      return
    }
    let clamped = path.filter { $0.0.isFinite && $0.1.isFinite }.map {
      (min(max($0.0, x0), x1), min(max($0.1, y0), y1))
    }
    let cell = min(p.boxAspect.x / Double(mesh.columns), p.boxAspect.y / Double(mesh.rows))
    let lengths = zip(clamped, clamped.dropFirst()).map { a, b in (p.box(b.0, b.1, 0) - p.box(a.0, a.1, 0)).length }
    let step = max(cell / 4, max(p.boxAspect.x, p.boxAspect.y) / 400)
    let pieces = lengths.map { Int(clamping: $0 / step, to: 1...Self.maximumSamples, rounding: .up) }
    let samples: [(Double, Double)]
    let sampleSteps: [Int]
    if pieces.reduce(0, +) <= Self.maximumSamples {
      samples = Self.sampled(clamped, pieces: pieces)
      sampleSteps = [0] + pieces.enumerated().flatMap { k, n in [Int](repeating: k + 1, count: n) }
    } else {
      // A long path (100 000 steps bouncing across the box): evenly spaced along its length
      // instead, so the samples, each tested against the quads in front of it, stay within
      // the bound.
      (samples, sampleSteps) = Self.resampledWithSteps(clamped, lengths: lengths, count: Self.maximumSamples)
    }
    var points: [Point?] = []
    var flags: [Bool] = []
    for (x, y) in samples {
      let z = function(x, y)
      guard z.isFinite else {
        points.append(nil)
        flags.append(false)
        continue
      }
      let q = p.project(x, y, z)
      points.append(q.point)
      flags.append(hiding.hides(q, cell: mesh.cell(containing: x, y)))
    }
    flags = Self.smoothed(flags)
    var runs: [Run] = []
    var current: [Point] = []
    var currentSteps: [Int] = []
    var hiddenNow = false
    for ((point, hidden), step) in zip(zip(points, flags), sampleSteps) {
      guard let point else {
        if current.count >= 2 { runs.append(Run(points: current, hidden: hiddenNow, steps: currentSteps)) }
        (current, currentSteps) = ([], [])
        continue
      }
      if let last = current.last, hidden != hiddenNow {
        let mid = Point((last.x + point.x) / 2, (last.y + point.y) / 2)
        current.append(mid)
        currentSteps.append(step)
        if current.count >= 2 { runs.append(Run(points: current, hidden: hiddenNow, steps: currentSteps)) }
        (current, currentSteps) = ([mid], [step])
      }
      hiddenNow = hidden
      current.append(point)
      currentSteps.append(step)
    }
    if current.count >= 2 { runs.append(Run(points: current, hidden: hiddenNow, steps: currentSteps)) }
    let markers = zip(points, flags).compactMap { point, hidden in point.map { Marker(point: $0, hidden: hidden) } }
    self.runs = runs
    start = markers.first
    end = markers.count >= 2 ? markers.last : nil
    endStep = sampleSteps.last ?? 0
  }

  private init(runs: [Run], start: Marker?, end: Marker?, endStep: Int) {
    (self.runs, self.start, self.end, self.endStep) = (runs, start, end, endStep)
  }

  /// The path up to iterate `step`: each run's points reached by then, the end marker once
  /// the last iterate is; nothing sampled or tested anew, so every frame of an animation is
  /// a part of the whole path's drawing.
  public func cut(atStep step: Int) -> LiftedPath {
    let kept = runs.compactMap { run -> Run? in
      let n = run.steps.prefix { $0 <= step }.count
      guard n >= 2 else { return nil }
      return Run(points: Array(run.points.prefix(n)), hidden: run.hidden, steps: Array(run.steps.prefix(n)))
    }
    return LiftedPath(runs: kept, start: start, end: step >= endStep ? end : nil, endStep: endStep)
  }

  /// Each segment of `path` cut into its number of `pieces`, the first point kept.
  static func sampled(_ path: [(Double, Double)], pieces: [Int]) -> [(Double, Double)] {
    var samples: [(Double, Double)] = path.first.map { [$0] } ?? []
    for ((a, b), n) in zip(zip(path, path.dropFirst()), pieces) {
      for k in 1...n {
        let t = Double(k) / Double(n)
        samples.append((a.0 + t * (b.0 - a.0), a.1 + t * (b.1 - a.1)))
      }
    }
    return samples
  }

  /// ``resampled(_:lengths:count:)`` with the step of each point: the segment it lies on
  /// plus one (0 for the start).
  static func resampledWithSteps(_ path: [(Double, Double)], lengths: [Double], count: Int) -> (
    [(Double, Double)], [Int]
  ) {
    let samples = resampled(path, lengths: lengths, count: count)
    let total = lengths.reduce(0, +)
    var steps: [Int] = []
    var segment = 0
    var before = 0.0
    for k in samples.indices {
      if k == 0 {
        steps.append(0)
        continue
      }
      let target = k == samples.count - 1 ? total : total * Double(k) / Double(count)
      while segment < lengths.count - 1 && before + lengths[segment] < target {
        before += lengths[segment]
        segment += 1
      }
      steps.append(k == samples.count - 1 ? lengths.count : segment + 1)
    }
    return (samples, steps)
  }

  /// `count` + 1 points evenly spaced along `path` by arc length (`lengths` of its segments),
  /// both ends included.
  static func resampled(_ path: [(Double, Double)], lengths: [Double], count: Int) -> [(Double, Double)] {
    guard let first = path.first, let last = path.last else { return [] }
    let total = lengths.reduce(0, +)
    guard total > 0, count > 0 else { return [first, last] }
    var samples = [first]
    var segment = 0
    var before = 0.0  // arc length up to the start of `segment`
    for k in 1..<count {
      let target = total * Double(k) / Double(count)
      while segment < lengths.count - 1 && before + lengths[segment] < target {
        before += lengths[segment]
        segment += 1
      }
      let t = lengths[segment] > 0 ? min(max((target - before) / lengths[segment], 0), 1) : 0
      let (a, b) = (path[segment], path[segment + 1])
      samples.append((a.0 + t * (b.0 - a.0), a.1 + t * (b.1 - a.1)))
    }
    samples.append(last)
    return samples
  }

  /// `flags` with every run shorter than three samples between two runs of the other kind
  /// flipped: near a silhouette the test flickers from sample to sample, and a dash a
  /// sample long tells nothing.
  static func smoothed(_ flags: [Bool]) -> [Bool] {
    var out = flags
    var k = 0
    while k < out.count {
      var end = k
      while end + 1 < out.count && out[end + 1] == out[k] { end += 1 }
      if k > 0 && end + 1 < out.count && end - k + 1 < 3 {
        for m in k...end { out[m].toggle() }
      }
      k = end + 1
    }
    return out
  }
}
