import Foundation
import Testing

@testable import PlotNNCore

/// A 560 × 360 px plot: x from 40 to 600, y from 400 (bottom) up to 40 (top), the band 6.2 px
/// beyond (as LineChartLayout makes it with the default curve width 2.2).
private let left = 40.0, right = 600.0, bottom = 400.0, top = 40.0
private let band = (top - 6.2)...(bottom + 6.2)
private let tolerance = 0.1

/// The reference device map, written out independently of LinearScale.
private func deviceX(_ x: Double, _ xr: ClosedRange<Double>) -> Double {
  left + (x - xr.lowerBound) / (xr.upperBound - xr.lowerBound) * (right - left)
}
private func deviceY(_ y: Double, _ yr: ClosedRange<Double>) -> Double {
  let d = bottom - (y - yr.lowerBound) / (yr.upperBound - yr.lowerBound) * (bottom - top)
  return d.isNaN ? d : min(max(d, band.lowerBound), band.upperBound)
}

private func sample(_ f: PlotFunction, _ xr: ClosedRange<Double>, _ yr: ClosedRange<Double>) -> SampledCurve {
  let sampler = AdaptiveSampler(
    xScale: LinearScale(domain: xr, start: left, end: right),
    yScale: LinearScale(domain: yr, start: bottom, end: top), yBand: band, tolerance: tolerance)
  return sampler.sample(f, from: xr.lowerBound, to: xr.upperBound)
}

/// Distance from `p` to segment a–b, computed here so the check does not trust Geometry2D.
private func segmentDistance(_ p: Point, _ a: Point, _ b: Point) -> Double {
  let (dx, dy) = (b.x - a.x, b.y - a.y)
  let len2 = dx * dx + dy * dy
  let t = len2 == 0 ? 0 : min(1, max(0, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2))
  return hypot(a.x + t * dx - p.x, a.y + t * dy - p.y)
}

private func segments(_ curve: SampledCurve) -> [(Point, Point)] {
  curve.pieces.flatMap { piece in zip(piece, piece.dropFirst()).map { ($0, $1) } }
}

/// One function to sample: over `x`, drawn with y range `y`, with a point budget.
struct SamplerCase: CustomTestStringConvertible, Sendable {
  let name: String
  let f: PlotFunction
  let x: ClosedRange<Double>
  let y: ClosedRange<Double>
  let maxPoints: Int
  /// x the true curve must be checked at besides the uniform and random ones (edges, jumps).
  var probes: [Double] = []
  var testDescription: String { name }

  static let all: [SamplerCase] = [
    .init(name: "relu", f: PlotFunction(breakpoints: [0]) { max(0, $0) }, x: -10...10, y: -0.5...10.5, maxPoints: 3),
    .init(
      name: "relu'", f: PlotFunction(breakpoints: [0]) { $0 > 0 ? 1 : 0 }, x: -10...10, y: -0.05...1.05,
      maxPoints: 4, probes: [0]),
    .init(name: "sin", f: PlotFunction { sin($0) }, x: -10...10, y: -1.1...1.1, maxPoints: 400),
    .init(name: "x²", f: PlotFunction { $0 * $0 }, x: -10...10, y: -5...105, maxPoints: 200),
    .init(name: "tanh(20x)", f: PlotFunction { tanh(20 * $0) }, x: -10...10, y: -1.1...1.1, maxPoints: 200),
    .init(
      name: "undeclared step", f: PlotFunction { $0 < 0.3 ? 0 : 1 }, x: -10...10, y: -0.05...1.05,
      maxPoints: 4, probes: [0.3, 0.3.nextDown]),
    .init(name: "exp (full)", f: PlotFunction { exp($0) }, x: -10...10, y: -1101...23127, maxPoints: 200),
    .init(name: "exp (clamped)", f: PlotFunction { exp($0) }, x: -10...10, y: -1...5, maxPoints: 200),
    .init(
      name: "sqrt", f: PlotFunction { sqrt($0) }, x: -3...7, y: -0.2...2.8, maxPoints: 200, probes: [0, 1e-12, 1e-8]),
    .init(
      name: "sqrt (0 on grid)", f: PlotFunction { sqrt($0) }, x: -10...10, y: -0.2...3.4, maxPoints: 200,
      probes: [0, 1e-9]),
    .init(name: "1/x", f: PlotFunction { 1 / $0 }, x: -10...10, y: -5...5, maxPoints: 200, probes: [0]),
    .init(name: "1/x (0 off grid)", f: PlotFunction { 1 / $0 }, x: -3...7, y: -5...5, maxPoints: 200, probes: [0]),
  ]
}

@Suite struct SamplerTests {
  /// The contract's core: every true point (x, f(x)), y clamped to the band, lies within
  /// `tolerance` of the polyline, on 20 000 uniform x, 5 000 seeded random x and the probes.
  @Test(arguments: SamplerCase.all) func polylineStaysWithinTolerance(_ c: SamplerCase) {
    let curve = sample(c.f, c.x, c.y)
    let segs = segments(curve)
    let (a, b) = (c.x.lowerBound, c.x.upperBound)
    var rng = SplitMix64(state: 42)
    let xs =
      (0...20_000).map { a + (b - a) * Double($0) / 20_000 }
      + (0..<5_000).map { _ in Double.random(in: c.x, using: &rng) }
      + c.probes
    var worst = 0.0
    var worstX = a
    for x in xs {
      let y = deviceY(c.f(x), c.y)
      guard !y.isNaN else { continue }
      let p = Point(deviceX(x, c.x), y)
      var best = Double.infinity
      for (s, e) in segs where min(s.x, e.x) - best <= p.x && p.x <= max(s.x, e.x) + best {
        best = min(best, segmentDistance(p, s, e))
      }
      if best > worst { (worst, worstX) = (best, x) }
    }
    print(
      "sampler \(c.name): \(curve.points.count) points, \(curve.pieces.count) pieces, max deviation \(worst) at \(worstX)"
    )
    #expect(worst <= tolerance + 1e-9, "\(c.name): deviation \(worst) px at x = \(worstX)")
    #expect(curve.points.count <= c.maxPoints, "\(c.name): \(curve.points.count) points")
    // No near-vertical connector: the steepest true slope here is √x's, < 1000 px/px where 1 px tall.
    for (s, e) in segs {
      #expect(!(abs(e.y - s.y) > 1 && abs(e.y - s.y) > 1000 * abs(e.x - s.x)), "\(c.name): \(s) – \(e)")
    }
  }

  @Test(arguments: SamplerCase.all) func everyCoordinateIsFiniteAndInsideTheBand(_ c: SamplerCase) {
    let curve = sample(c.f, c.x, c.y)
    #expect(!curve.pieces.isEmpty)
    for p in curve.points + curve.dots.map(\.center) {
      #expect(p.x.isFinite && p.y.isFinite, "\(c.name): \(p)")
      #expect(band.contains(p.y), "\(c.name): \(p) outside the band")
      #expect(p.x >= left - 1e-9 && p.x <= right + 1e-9, "\(c.name): \(p) outside the x range")
    }
    for piece in curve.pieces {
      #expect(piece.count >= 2)
      #expect(zip(piece, piece.dropFirst()).allSatisfy { $0.x <= $1.x }, "\(c.name): x goes backwards")
    }
  }

  @Test(arguments: SamplerCase.all) func samplingIsDeterministic(_ c: SamplerCase) {
    #expect(sample(c.f, c.x, c.y) == sample(c.f, c.x, c.y))
  }

  @Test func reluIsExactlyThreeVertices() throws {
    let xr = -10.0...10.0, yr = -0.5...10.5
    let curve = sample(PlotFunction(breakpoints: [0]) { max(0, $0) }, xr, yr)
    let expected = [(-10.0, 0.0), (0, 0), (10, 10)].map { Point(deviceX($0.0, xr), deviceY($0.1, yr)) }
    try #require(curve.pieces.count == 1 && curve.pieces[0].count == 3, "\(curve.pieces)")
    for (p, q) in zip(curve.pieces.first ?? [], expected) {
      #expect(abs(p.x - q.x) <= 1e-9 && abs(p.y - q.y) <= 1e-9, "\(p) vs \(q)")
    }
    #expect(curve.dots.isEmpty)
    // The y flip: larger data y is higher up the canvas.
    #expect((curve.pieces.first?.last?.y ?? 0) < (curve.pieces.first?.first?.y ?? 0))
  }

  /// A jump at a declared breakpoint: two pieces meeting no segment across the jump, a
  /// filled dot at (c, f(c)) and an open one at the other limit.
  @Test(arguments: [
    ("relu' (x > 0)", 0.0, 1.0, 0.0),  // f(0) = 0 = f(0⁻): filled at 0, open at 1
    ("heaviside (x ≥ 0)", 1.0, 1.0, 0.0),  // f(0) = 1 = f(0⁺): filled at 1, open at 0
  ])
  func declaredJumpBreaksThePathWithDots(name: String, atZero: Double, rightLimit: Double, leftLimit: Double) {
    let xr = -10.0...10.0, yr = -0.05...1.05
    let f = PlotFunction(breakpoints: [0]) { $0 < 0 ? leftLimit : $0 > 0 ? rightLimit : atZero }
    let curve = sample(f, xr, yr)
    let x0 = deviceX(0, xr)
    let jump = abs(deviceY(1, yr) - deviceY(0, yr))
    #expect(curve.pieces.count == 2, "\(name)")
    for (s, e) in segments(curve) where min(s.x, e.x) <= x0 + 1e-9 && max(s.x, e.x) >= x0 - 1e-9 {
      #expect(abs(e.y - s.y) < 0.5 * jump, "\(name): segment \(s) – \(e) crosses the jump")
    }
    let open = atZero == leftLimit ? rightLimit : leftLimit
    let filled = Point(x0, deviceY(atZero, yr)), hollow = Point(x0, deviceY(open, yr))
    #expect(curve.dots.count == 2, "\(name): \(curve.dots)")
    #expect(curve.dots.contains { $0.filled && hypot($0.center.x - filled.x, $0.center.y - filled.y) < 1e-9 })
    #expect(curve.dots.contains { !$0.filled && hypot($0.center.x - hollow.x, $0.center.y - hollow.y) < 1e-9 })
    // The pieces end and start on the jump's two limits.
    let ends = curve.pieces.map { ($0.first!, $0.last!) }
    #expect(ends.count == 2 && abs(ends[0].1.x - x0) < 1e-9 && abs(ends[0].1.y - deviceY(leftLimit, yr)) < 1e-9)
    #expect(ends.count == 2 && abs(ends[1].0.x - x0) < 1e-9 && abs(ends[1].0.y - deviceY(rightLimit, yr)) < 1e-9)
  }

  @Test func valueBetweenTheLimitsGetsTwoOpenDots() {
    let xr = -1.0...1.0, yr = -0.05...1.05
    let curve = sample(PlotFunction(breakpoints: [0]) { $0 < 0 ? 0 : $0 > 0 ? 1 : 0.5 }, xr, yr)
    let x0 = deviceX(0, xr)
    #expect(curve.pieces.count == 2)
    #expect(
      Set(curve.dots) == [
        .init(center: Point(x0, deviceY(0.5, yr)), filled: true),
        .init(center: Point(x0, deviceY(0, yr)), filled: false),
        .init(center: Point(x0, deviceY(1, yr)), filled: false),
      ])
  }

  /// Continuous at a declared breakpoint (a kink, or no kink at all): one piece, no dots,
  /// and the breakpoint is a vertex.
  @Test(arguments: [0.0, 1.0, -2.5])
  func continuousBreakpointKeepsOnePiece(c: Double) {
    let xr = -10.0...10.0, yr = -1.1...11
    let cases = [
      (PlotFunction(breakpoints: [c, c]) { abs($0 - c) / 2 }, true),
      (PlotFunction(breakpoints: [c]) { sin($0) }, false),
    ]
    for (f, kink) in cases {
      let curve = sample(f, xr, yr)
      #expect(curve.pieces.count == 1)
      #expect(curve.dots.isEmpty)
      // A kink must be a vertex; sin's vertex at a breakpoint may go as collinear (it does at 0).
      let xc = deviceX(c, xr), yc = deviceY(f(c), yr)
      #expect(!kink || curve.points.contains { abs($0.x - xc) < 1e-9 && abs($0.y - yc) < 1e-9 }, "no vertex at \(c)")
    }
  }

  /// A removable discontinuity: the limits agree, so the path goes on; f(c) gets a filled dot
  /// and the limit an open one.
  @Test func removablePointKeepsThePathAndMarksTheHole() {
    let xr = -2.0...2.0, yr = -0.05...1.05
    let curve = sample(PlotFunction(breakpoints: [0]) { $0 == 0 ? 1 : 0 }, xr, yr)
    #expect(curve.pieces.count == 1)
    #expect(
      Set(curve.dots) == [
        .init(center: Point(deviceX(0, xr), deviceY(1, yr)), filled: true),
        .init(center: Point(deviceX(0, xr), deviceY(0, yr)), filled: false),
      ])
  }

  /// A jump nobody declared: the path breaks within bisection width of it, no connector, no dots.
  @Test(arguments: [0.3, -7.123, 1.0 / 3])
  func undeclaredJumpBreaksWithoutDots(at c: Double) {
    let xr = -10.0...10.0, yr = -0.05...1.05
    let curve = sample(PlotFunction { $0 < c ? 0 : 1 }, xr, yr)
    let xc = deviceX(c, xr)
    #expect(curve.pieces.count == 2)
    #expect(curve.dots.isEmpty)
    for (s, e) in segments(curve) { #expect(abs(e.y - s.y) <= 1, "connector \(s) – \(e)") }
    if curve.pieces.count == 2 {
      #expect(abs(curve.pieces[0].last!.x - xc) <= 2e-3 && abs(curve.pieces[1].first!.x - xc) <= 2e-3)
    }
  }

  @Test func nanRegionLeavesAGap() {
    let xr = -4.0...4.0, yr = -4.4...4.4
    let curve = sample(PlotFunction { abs($0) < 1 ? .nan : $0 }, xr, yr)
    #expect(curve.pieces.count == 2)
    #expect(
      curve.points.allSatisfy { !$0.y.isNaN && abs($0.x - deviceX(0, xr)) >= deviceX(1, xr) - deviceX(0, xr) - 1e-9 })
    // The pieces run exactly to the gap's edges, (−1, −1) and (1, 1): f is finite there.
    let ends = curve.pieces.count == 2 ? [curve.pieces[0].last!, curve.pieces[1].first!] : []
    for (p, v) in zip(ends, [-1.0, 1]) {
      #expect(abs(p.x - deviceX(v, xr)) < 1e-9 && abs(p.y - deviceY(v, yr)) < 1e-9, "\(p)")
    }
    #expect(sample(PlotFunction { _ in .nan }, xr, yr).pieces.isEmpty)
  }

  /// √x over a range where 0 falls between grid points: the curve starts at (0, 0).
  @Test func curveReachesTheEdgeOfItsDomain() {
    let xr = -3.0...7.0, yr = -0.2...2.8
    let start = sample(PlotFunction { sqrt($0) }, xr, yr).pieces.first?.first
    let at = { (p: Point) in abs(p.x - deviceX(0, xr)) < 1e-9 && abs(p.y - deviceY(0, yr)) < 1e-6 }
    #expect(start.map(at) == true, "\(String(describing: start))")
  }

  /// A pole nobody declared: two pieces, each running into the band, no dots.
  @Test(arguments: [-10.0...10.0, -3.0...7.0])
  func poleBreaksThePath(xr: ClosedRange<Double>) {
    let curve = sample(PlotFunction { 1 / $0 }, xr, -5...5)
    #expect(curve.pieces.count == 2)
    #expect(curve.dots.isEmpty)
    #expect(curve.pieces.first?.last?.y == band.upperBound && curve.pieces.last?.first?.y == band.lowerBound)
  }

  /// A jump whose far side is beyond the y range: the dot there would sit on the band, off the
  /// plot, so only the filled one is drawn.
  @Test func dotBeyondTheRangeIsLeftOut() {
    let xr = -1.0...1.0, yr = -0.05...0.5
    let curve = sample(PlotFunction(breakpoints: [0]) { $0 > 0 ? 1 : 0 }, xr, yr)
    #expect(curve.dots == [.init(center: Point(deviceX(0, xr), deviceY(0, yr)), filled: true)])
  }

  @Test func breakpointsOutsideTheRangeAndDuplicatesChangeNothing() {
    let xr = -1.0...1.0, yr = -1.1...1.1
    let plain = sample(PlotFunction { sin(3 * $0) }, xr, yr)
    #expect(sample(PlotFunction(breakpoints: [-5, 1, -1, 7]) { sin(3 * $0) }, xr, yr) == plain)
  }

  @Test func sinPointCountIsModestAtEveryTolerance() {
    // Halving the tolerance should cost about √2 more points (chord error ∝ h²), not a blow-up.
    let xr = -10.0...10.0, yr = -1.1...1.1
    func count(_ tol: Double) -> Int {
      AdaptiveSampler(
        xScale: LinearScale(domain: xr, start: left, end: right),
        yScale: LinearScale(domain: yr, start: bottom, end: top),
        yBand: band, tolerance: tol
      ).sample(PlotFunction { sin($0) }, from: -10, to: 10).points.count
    }
    let (coarse, fine) = (count(0.1), count(0.025))
    print("sampler sin: \(coarse) points at 0.1 px, \(fine) at 0.025 px")
    #expect(Double(fine) <= 2.6 * Double(coarse))
    #expect(coarse >= 30)  // a sine over 3 periods cannot be drawn within 0.1 px with fewer
  }
}
