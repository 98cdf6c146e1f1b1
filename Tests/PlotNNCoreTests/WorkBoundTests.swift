import Foundation
import Testing

@testable import PlotNNCore

/// Counts calls from any thread (a `PlotFunction` closure must be `Sendable`).
private final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0
  func tick() { lock.withLock { count += 1 } }
  var value: Int { lock.withLock { count } }
}

/// A sampler over a 640 px wide, 480 px tall plot of `x` and `y`.
private func sampler(_ x: ClosedRange<Double>, _ y: ClosedRange<Double>) -> AdaptiveSampler {
  AdaptiveSampler(
    xScale: LinearScale(domain: x, start: 0, end: 640), yScale: LinearScale(domain: y, start: 480, end: 0),
    yBand: -10...490)
}

/// The bounds on the work of lexing, breakpoint search, sampling and `sample` tables: each
/// asserted as a count of work (lookups, evaluations), never as a time.
@Suite struct WorkBoundTests {
  /// Lexes `text` with the standard catalog's names, counting the name lookups and the
  /// characters they normalize.
  private func lexWork(_ text: String) throws -> (tokens: [ExpressionToken], lookups: Int, characters: Int) {
    let known = ExpressionName.knownNames(catalog: .standard)
    let longest = known.map(\.unicodeScalars.count).max() ?? 0
    var lookups = 0
    var characters = 0
    let lexer = ExpressionLexer(text: text, characters: Array(text), longestKnownName: longest) {
      lookups += 1
      characters += $0.count
      return known.contains($0)
    }
    return (try lexer.tokens(), lookups, characters)
  }

  /// `x-x-…-x` of 500 terms (999 characters) used to take 60 s: every name rescanned the
  /// rest of the run and normalized every longer join. Now each name looks up at most the
  /// joins of its first `longest` parts, so the work per term is a constant.
  @Test func aHyphenChainLexesInLinearWork() throws {
    let known = ExpressionName.knownNames(catalog: .standard)
    let longest = try #require(known.map(\.unicodeScalars.count).max())
    let short = try lexWork("x" + String(repeating: "-x", count: 249))
    let long = try lexWork("x" + String(repeating: "-x", count: 499))
    #expect(long.tokens.count == 1000)  // 500 names, 499 minus signs, the end
    #expect(long.lookups <= 500 * longest)
    #expect(long.characters <= 500 * longest * longest)
    // Doubling the chain doubles the work (cubic would be 8 times, quadratic 4).
    #expect(Double(long.characters) <= 2.1 * Double(short.characters))
    #expect(Double(long.lookups) <= 2.1 * Double(short.lookups))
  }

  /// The lookup window changes no meaning: hyphens still join only into known names, and a
  /// run before `(` is still reported whole.
  @Test func hyphenJoinsAreUnchanged() throws {
    let names = { (text: String) in
      try self.lexWork(text).tokens.compactMap { token -> String? in
        if case .name(let n) = token.kind { return n }
        return nil
      }
    }
    #expect(try names("x-relu(x)") == ["x", "relu", "x"])
    #expect(try names("gelu-tanh") == ["gelu-tanh"])
    #expect(try names("x-x-leaky-relu-x") == ["x", "x", "leaky-relu", "x"])
    #expect(try names("hard-sigmoid-keras-x") == ["hard-sigmoid-keras", "x"])
    let run = try lexWork("x-lealy-relu(x)").tokens[0].run
    #expect(run?.text == "x-lealy-relu")
    let inner = try lexWork("x-lealy-relu(x)").tokens[2].run
    #expect(inner?.text == "lealy-relu")
    // Beyond the window: a long run of unknown parts is one run, each part its own name.
    let chain = Array(repeating: "ab", count: 40).joined(separator: "-")
    let tokens = try lexWork(chain + "(x)").tokens
    #expect(tokens[0].run?.text == chain)
    #expect(tokens[78].name == "ab" && tokens[78].run == nil)
  }

  /// A function that is wild everywhere (nested tan) is sampled within the work bound, and
  /// the count the sampler reports is the count of calls.
  @Test func theSamplerSpendsAtMostItsWork() {
    let calls = Counter()
    let wild = PlotFunction(cost: 61) { x in
      calls.tick()
      var y = x
      for _ in 0..<60 { y = tan(y) }
      return y
    }
    var s = sampler(-5...5, -10...10)
    s.maximumWork = 61 * 20_000
    let (curve, evaluations) = s.sampleCounting(wild, from: -5, to: 5)
    #expect(evaluations == calls.value)
    // The budget, and the cuts (here none) and grid it always evaluates.
    #expect(evaluations <= 20_000 + 2 + 48)
    #expect(evaluations >= 5_000)  // it does use the budget it has
    #expect(!curve.pieces.isEmpty && curve.points.count <= evaluations)
    // Deterministic: the same bound gives the same curve.
    #expect(s.sample(wild, from: -5, to: 5) == curve)
  }

  /// A smooth function stays far below the bound and is drawn exactly as without it.
  @Test func aTameFunctionIsUntouchedByTheBound() {
    let f = PlotFunction(breakpoints: [0, 1.5]) { x in x < 0 ? 0.1 * x : sin(3 * x) + (x > 1.5 ? 1 : 0) }
    var unbounded = sampler(-5...5, -2...3)
    unbounded.maximumWork = .max
    let (curve, evaluations) = unbounded.sampleCounting(f, from: -5, to: 5)
    #expect(evaluations < 5_000)
    #expect(sampler(-5...5, -2...3).sample(f, from: -5, to: 5) == curve)
  }

  /// A domain edge's bisection draws on the same budget: `sqrt(sin(k·x))` has hundreds of
  /// edges, each worth up to ~1100 halvings.
  @Test func domainEdgesShareTheBudget() {
    let calls = Counter()
    let f = PlotFunction { x in
      calls.tick()
      return sin(300 * x).squareRoot()
    }
    var s = sampler(-5...5, -1...2)
    s.maximumWork = 30_000
    let (curve, evaluations) = s.sampleCounting(f, from: -5, to: 5)
    #expect(evaluations == calls.value && evaluations <= 30_000 + 50)
    #expect(!curve.pieces.isEmpty)
  }

  /// More breakpoints than ``AdaptiveSampler/maximumCuts`` are thinned evenly; the work
  /// bound limits them too (a cut costs evaluations before any bisection).
  @Test func cutsAreBounded() {
    let many = PlotFunction(breakpoints: (1..<10_000).map { -5 + Double($0) / 1000 }) { $0 }
    let s = sampler(-5...5, -5...5)
    let cuts = s.cuts(many, from: -5, to: 5)
    #expect(cuts.count == AdaptiveSampler.defaultMaximumCuts)
    #expect(cuts == cuts.sorted() && cuts.first == -5 + 0.001)
    #expect(AdaptiveSampler.cuts(many, from: -5, to: 5, maximumWork: 8_000).count == 1000)
    var costly = many
    costly.cost = 1000
    #expect(AdaptiveSampler.cuts(costly, from: -5, to: 5, maximumWork: 800_000).count == 100)
    let few = PlotFunction(breakpoints: [3, 1, 2, 1, 9]) { $0 }
    #expect(s.cuts(few, from: 0, to: 5) == [1, 2, 3])
  }

  /// A `max` of 90 sines has 4005 pairs of arguments and tens of thousands of crossings:
  /// the search spends at most its bound and returns at most 2048.
  @Test func theBreakpointSearchIsBounded() throws {
    let text = "max(" + (1...90).map { "sin(\($0)*x)" }.joined(separator: ", ") + ")"
    let e = try ExpressionParser.parse(text)
    let (found, work) = e.breakpointSearch(in: -5...5, maximumWork: 400_000)
    #expect(work <= 400_000)
    #expect(!found.isEmpty && found.count <= MathExpression.maximumBreakpoints)
    #expect(found == found.sorted())
    let full = e.breakpointSearch(in: -5...5)
    #expect(full.work <= MathExpression.breakpointWork && full.breakpoints.count == MathExpression.maximumBreakpoints)
  }

  /// Small formulas find exactly what they found without a bound.
  @Test func smallFormulasFindTheSameBreakpoints() throws {
    for text in ["abs(x - 1/3)", "min(x, 1, -x)", "where(sin(x) > 0, 1, 0)", "relu(x - 1) + abs(2*x + 3)"] {
      let e = try ExpressionParser.parse(text)
      #expect(e.breakpoints(in: -5...5) == e.breakpoints(in: -5...5, maximumWork: .max / 4), "\(text)")
    }
  }

  /// Node counts: the unit of every bound above.
  @Test func nodeCounts() throws {
    #expect(try ExpressionParser.parse("x").nodeCount == 1)
    #expect(try ExpressionParser.parse("x*sigmoid(1.702*x)").nodeCount == 6)
    #expect(try ExpressionParser.parse("where(x < 0, -x, max(x, 1, 2))").nodeCount == 9)
  }

  /// A chart's curves share its work: 128 curves of a 500-node function cost a bounded
  /// number of evaluations for the y extent, however many breakpoints they declare.
  @Test func theYExtentIsBounded() {
    let calls = Counter()
    let f = PlotFunction(breakpoints: (1..<5000).map { Double($0) / 1000 }, cost: 500) { x in
      calls.tick()
      return sin(x)
    }
    let series = (0..<128).map { LineChart.Series(label: .plain("f"), function: f, colorIndex: $0) }
    let chart = LineChart(series: series, xRange: -5...5)
    _ = chart.resolvedYRange
    // 128 curves × (49 samples + 3 per cut, cuts ≤ work / cost / 8 = 11).
    #expect(calls.value <= 128 * (LineChart.minimumExtentSamples + 1 + 3 * 11))
    // One cheap curve keeps the 1025 samples.
    let one = Counter()
    let g = PlotFunction { x in
      one.tick()
      return x
    }
    _ = LineChart(series: [.init(label: .plain("g"), function: g, colorIndex: 0)], xRange: -1...1).resolvedYRange
    #expect(one.value == 1025)
  }

  /// `plotnn sample` of an expression: count × nodes is bounded up front, naming the field.
  @Test func sampleTablesOfExpressionsAreBounded() throws {
    let text = "max(" + (1...90).map { "sin(\($0)*x)" }.joined(separator: ", ") + ")"
    let nodes = try ExpressionParser.parse(text).nodeCount
    let most = SampleTable.maximumExpressionWork / nodes
    #expect(throws: FigureSpecError.self) {
      try SampleTable(text, from: -1, to: 1, count: most + 1, catalog: .standard)
    }
    do {
      _ = try SampleTable(text, from: -1, to: 1, count: most + 1, catalog: .standard)
    } catch {
      #expect(error.field == "count" && "\(error.message)".contains("\(most)"))
    }
    #expect(try SampleTable(text, from: -1, to: 1, count: 3, catalog: .standard).rows.count == 3)
    // Catalog functions keep the plain count bound.
    #expect(try SampleTable("relu", from: -1, to: 1, count: most + 1, catalog: .standard).rows.count == most + 1)
  }
}
