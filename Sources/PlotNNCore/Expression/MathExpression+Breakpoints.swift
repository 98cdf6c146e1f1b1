/// Kinks, jumps and domain edges of an expression, found numerically so that the sampler
/// can make each one a vertex (see ``AdaptiveSampler``).
///
/// Candidates are the x where some inner expression u crosses a level or another
/// expression v (g = u − v changes sign):
/// - abs(u), sign(u): u = 0;  max(u, v), min(u, v): u = v (every pair of arguments);
/// - where(l op r, a, b): l = r;  a catalog call f(u): u = k for each breakpoint k of f
///   (relu(x − 1) has one at 1);
/// - domain edges and poles: the divisor of `/` = 0, sqrt(u) and log(u): u = 0,
///   log1p(u): u = −1, u^v: u = 0 unless v is a constant non-negative integer.
///   (The poles of tan are not listed; the sampler's bisection breaks the curve there.)
///
/// Method: g is evaluated on a uniform grid of `gridSegments` + 1 points over the range;
/// each pair of neighbours whose signs differ (−, 0 and + are three signs, so an exact
/// zero and the ends of an interval where g is 0 are found too) is bisected to two
/// adjacent doubles, in at most 64 steps, by halving the interval of the doubles' ordered
/// bit patterns (not of their values: that reaches 0 and tiny roots in the same number of
/// steps); the one of the two where |g| is smaller is the breakpoint (the one where g = 0
/// if any). A crossing of x itself with a constant is taken as that constant exactly.
///
/// Limits: two crossings inside one grid cell (closer than (to − from)/gridSegments) cancel
/// and a tangential touch (no sign change) is seen only when it falls on a grid point; a
/// NaN at either end of a cell skips that cell. What is missed is still drawn correctly
/// to the sampler's tolerance, by its own bisection, but without the exact vertex (and a
/// jump without its dots).
///
/// Bounds on the work, so that a long formula (a `max` of 90 arguments has 4005 pairs, a
/// sum of 80 `abs(sin(k*x))` thousands of kinks over ±1e3) cannot make the search slow; all
/// count evaluation work in nodes (``nodeCount`` of u plus v, per x), deterministically:
/// - ``breakpointWork`` (4,000,000 nodes) in all, by default: half for the grids, the rest
///   for the bisections. When the grids of all the crossings at `gridSegments` cells would
///   cost more than half, every grid gets fewer cells (at least ``minimumBreakpointGrid``,
///   16); when even those cost too much, the crossings beyond the first that fit are not
///   searched. A bisection starts only while the rest can pay for its 66 evaluations;
///   roots left over are not bisected.
/// - at most ``maximumBreakpoints`` (2048) are returned; more are thinned evenly (every
///   k-th in order), so that the sampler's cuts stay few.
/// What a bound leaves out is drawn by the sampler's bisection, as above. The figures of
/// the documentation stay far below these bounds and find exactly what they did without.
extension MathExpression {
  /// Default work bound of ``breakpoints(in:gridSegments:maximumWork:)``, in nodes evaluated.
  public static let breakpointWork = 4_000_000
  /// Fewest grid cells per crossing when the work bound shrinks the grids.
  public static let minimumBreakpointGrid = 16
  /// Most breakpoints returned by ``breakpoints(in:gridSegments:maximumWork:)``.
  public static let maximumBreakpoints = 2048

  /// Candidate breakpoints inside `range` (ends excluded), ascending, without duplicates,
  /// spending at most about `maximumWork` nodes of evaluation (see the type's notes).
  public func breakpoints(
    in range: ClosedRange<Double>, gridSegments: Int = 512, maximumWork: Int = breakpointWork
  ) -> [Double] {
    breakpointSearch(in: range, gridSegments: gridSegments, maximumWork: maximumWork).breakpoints
  }

  /// ``breakpoints(in:gridSegments:maximumWork:)`` and the work it spent, in nodes.
  func breakpointSearch(in range: ClosedRange<Double>, gridSegments: Int = 512, maximumWork: Int = breakpointWork)
    -> (breakpoints: [Double], work: Int)
  {
    var crossings: [(MathExpression, MathExpression)] = []
    collectCrossings(into: &crossings)
    var found = Set<Double>()
    var searched: [(u: MathExpression, v: MathExpression, cost: Int)] = []
    for (u, v) in crossings where u.dependsOnX || v.dependsOnX {
      switch (u, v) {
      case (.variable, .number(let k)), (.number(let k), .variable): found.insert(k)
      default: searched.append((u, v, u.nodeCount + v.nodeCount))
      }
    }
    // The grids: `gridSegments` cells each if half the work pays for them, else fewer.
    let gridWork = max(0, maximumWork) / 2
    let perPoint = searched.reduce(0) { $0 + $1.cost }
    var segments = max(1, gridSegments)
    if perPoint > 0, perPoint > gridWork / (segments + 1) {
      segments = min(segments, max(Self.minimumBreakpointGrid, gridWork / perPoint - 1))
    }
    // The crossings whose grids fit, then what is left for the bisections.
    var gridsCost = 0
    var count = 0
    for crossing in searched {
      let cost = crossing.cost * (segments + 1)
      guard gridsCost + cost <= gridWork || count == 0 && cost <= maximumWork else { break }
      gridsCost += cost
      count += 1
    }
    var bisections = max(0, maximumWork) - gridsCost
    for crossing in searched.prefix(count) {
      found.formUnion(
        Self.roots(of: crossing.u, minus: crossing.v, in: range, segments: segments, bisectionWork: &bisections))
    }
    let inside = found.filter { $0 > range.lowerBound && $0 < range.upperBound }.sorted()
    return (AdaptiveSampler.thinned(inside, to: Self.maximumBreakpoints), max(0, maximumWork) - bisections)
  }

  /// Appends the (u, v) pairs whose crossings are candidate breakpoints.
  private func collectCrossings(into crossings: inout [(MathExpression, MathExpression)]) {
    let zero = MathExpression.number(0)
    switch self {
    case .variable, .variableY, .number, .constant:
      return
    case .negation(let u):
      u.collectCrossings(into: &crossings)
    case .sum(let terms):
      for t in terms { t.operand.collectCrossings(into: &crossings) }
    case .product(let factors):
      for f in factors {
        f.operand.collectCrossings(into: &crossings)
        if f.isDivisor { crossings.append((f.operand, zero)) }
      }
    case .power(let base, let exponent):
      base.collectCrossings(into: &crossings)
      exponent.collectCrossings(into: &crossings)
      if case .number(let n) = exponent, n >= 0, n == n.rounded() { return }
      crossings.append((base, zero))
    case .call(let f, let arguments):
      for a in arguments { a.collectCrossings(into: &crossings) }
      guard let u = arguments.first else { return }
      switch f {
      case .abs, .sign, .sqrt, .log: crossings.append((u, zero))
      case .log1p: crossings.append((u, .number(-1)))
      case .min, .max:
        for i in arguments.indices {
          for j in arguments.indices where j > i { crossings.append((arguments[i], arguments[j])) }
        }
      default: break
      }
    case .conditional(let c, let a, let b):
      for e in [c.lhs, c.rhs, a, b] { e.collectCrossings(into: &crossings) }
      crossings.append((c.lhs, c.rhs))
    case .activation(let f, let u):
      u.collectCrossings(into: &crossings)
      for k in f.activation.breakpoints(f.parameters) { crossings.append((u, .number(k))) }
    }
  }

  /// The x in `range` where u(x) − v(x) changes sign (see the type's notes), on a grid of
  /// `segments` cells; a sign change is bisected only while `bisectionWork` (in nodes)
  /// pays for its at most 66 evaluations.
  private static func roots(
    of u: MathExpression, minus v: MathExpression, in range: ClosedRange<Double>, segments: Int,
    bisectionWork: inout Int
  ) -> [Double] {
    let cost = u.nodeCount + v.nodeCount
    func g(_ x: Double) -> Double { u.value(at: x) - v.value(at: x) }
    let a = range.lowerBound
    let b = range.upperBound
    let step = b / Double(segments) - a / Double(segments)  // no overflow for huge ranges
    var roots: [Double] = []
    var previous = (x: a, sign: sign(g(a)))
    for i in 1...segments {
      let x = i == segments ? b : min(b, a + step * Double(i))
      let here = (x: x, sign: sign(g(x)))
      // At most 64 halvings and the two ends.
      if let s0 = previous.sign, let s1 = here.sign, s0 != s1, bisectionWork >= 66 * cost {
        let root = bisect(g, previous.x, here.x)
        bisectionWork -= root.evaluations * cost
        roots.append(root.x)
      }
      previous = here
    }
    return roots
  }

  /// −1, 0 or 1; nil for NaN.
  private static func sign(_ y: Double) -> Int? { y.isNaN ? nil : y > 0 ? 1 : y < 0 ? -1 : 0 }

  /// Narrows [lo, hi], where g has different signs at the ends, to two adjacent doubles;
  /// with the evaluations of g it made (at most 66).
  private static func bisect(_ g: (Double) -> Double, _ low: Double, _ high: Double) -> (x: Double, evaluations: Int) {
    var lo = (key: orderedKey(low), y: g(low))
    var hi = (key: orderedKey(high), y: g(high))
    var evaluations = 2
    while hi.key > lo.key &+ 1 {
      let mid = (lo.key >> 1) &+ (hi.key >> 1) &+ (lo.key & hi.key & 1)
      let x = double(fromKey: mid)
      let y = g(x)
      evaluations += 1
      guard let s = sign(y) else { break }
      if s == sign(lo.y) { lo = (mid, y) } else { hi = (mid, y) }
    }
    if lo.y == 0 { return (double(fromKey: lo.key), evaluations) }
    if hi.y == 0 { return (double(fromKey: hi.key), evaluations) }
    return (abs(hi.y) < abs(lo.y) ? double(fromKey: hi.key) : double(fromKey: lo.key), evaluations)
  }

  /// A signed integer in the order of the doubles (−0 and +0 both map to 0).
  private static func orderedKey(_ x: Double) -> Int64 {
    let bits = Int64(bitPattern: x.bitPattern)
    return bits >= 0 ? bits : Int64.min &- bits
  }

  private static func double(fromKey key: Int64) -> Double {
    key >= 0 ? Double(bitPattern: UInt64(bitPattern: key)) : Double(bitPattern: UInt64(bitPattern: Int64.min &- key))
  }
}
