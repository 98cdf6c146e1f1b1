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
extension MathExpression {
  /// Candidate breakpoints inside `range` (ends excluded), ascending, without duplicates.
  public func breakpoints(in range: ClosedRange<Double>, gridSegments: Int = 512) -> [Double] {
    var crossings: [(MathExpression, MathExpression)] = []
    collectCrossings(into: &crossings)
    var found = Set<Double>()
    for (u, v) in crossings where u.dependsOnX || v.dependsOnX {
      found.formUnion(Self.roots(of: u, minus: v, in: range, segments: max(1, gridSegments)))
    }
    return found.filter { $0 > range.lowerBound && $0 < range.upperBound }.sorted()
  }

  /// Appends the (u, v) pairs whose crossings are candidate breakpoints.
  private func collectCrossings(into crossings: inout [(MathExpression, MathExpression)]) {
    let zero = MathExpression.number(0)
    switch self {
    case .variable, .number, .constant:
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

  /// The x in `range` where u(x) − v(x) changes sign (see the type's notes).
  private static func roots(of u: MathExpression, minus v: MathExpression, in range: ClosedRange<Double>, segments: Int)
    -> [Double]
  {
    switch (u, v) {
    case (.variable, .number(let k)), (.number(let k), .variable): return [k]
    default: break
    }
    func g(_ x: Double) -> Double { u.value(at: x) - v.value(at: x) }
    let a = range.lowerBound
    let b = range.upperBound
    let step = b / Double(segments) - a / Double(segments)  // no overflow for huge ranges
    var roots: [Double] = []
    var previous = (x: a, sign: sign(g(a)))
    for i in 1...segments {
      let x = i == segments ? b : min(b, a + step * Double(i))
      let here = (x: x, sign: sign(g(x)))
      if let s0 = previous.sign, let s1 = here.sign, s0 != s1 {
        roots.append(bisect(g, previous.x, here.x))
      }
      previous = here
    }
    return roots
  }

  /// −1, 0 or 1; nil for NaN.
  private static func sign(_ y: Double) -> Int? { y.isNaN ? nil : y > 0 ? 1 : y < 0 ? -1 : 0 }

  /// Narrows [lo, hi], where g has different signs at the ends, to two adjacent doubles.
  private static func bisect(_ g: (Double) -> Double, _ low: Double, _ high: Double) -> Double {
    var lo = (key: orderedKey(low), y: g(low))
    var hi = (key: orderedKey(high), y: g(high))
    while hi.key > lo.key &+ 1 {
      let mid = (lo.key >> 1) &+ (hi.key >> 1) &+ (lo.key & hi.key & 1)
      let x = double(fromKey: mid)
      let y = g(x)
      guard let s = sign(y) else { break }
      if s == sign(lo.y) { lo = (mid, y) } else { hi = (mid, y) }
    }
    if lo.y == 0 { return double(fromKey: lo.key) }
    if hi.y == 0 { return double(fromKey: hi.key) }
    return abs(hi.y) < abs(lo.y) ? double(fromKey: hi.key) : double(fromKey: lo.key)
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
