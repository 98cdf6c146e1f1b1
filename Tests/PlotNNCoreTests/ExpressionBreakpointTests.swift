import Foundation
import Testing

@testable import PlotNNCore

@Suite struct ExpressionBreakpointTests {
  func breakpoints(_ text: String, _ range: ClosedRange<Double> = -5...5) throws -> [Double] {
    try ExpressionParser.parse(text).breakpoints(in: range)
  }

  @Test func kinksOfAbsMaxMinWhereAndCatalogCalls() throws {
    #expect(try breakpoints("abs(x - 1/3)") == [1.0 / 3])  // exact: g is 0 at the double 1/3
    #expect(try breakpoints("relu(x - 1) + relu(2*x + 3)") == [-1.5, 1])
    #expect(try breakpoints("hard-tanh(2*x, min_val=-2, max_val=1)") == [-1, 0.5])
    #expect(try breakpoints("where(x <= -2.5, 0, x)") == [-2.5])
    #expect(try breakpoints("min(x, 1, -x)") == [-1, 0, 1])
    #expect(try breakpoints("abs(relu(x))") == [0])  // the end of a run of zeros
    #expect(try breakpoints("x^2 + sin(x) + exp(x)").isEmpty)
    #expect(try breakpoints("abs(x)", 0...1).isEmpty)  // range ends are not breakpoints
  }

  @Test func irrationalCrossingsToTheLastBit() throws {
    let root2 = try breakpoints("max(x^2, 2)")
    #expect(root2.count == 2)
    for (found, exact) in zip(root2, [-2.0.squareRoot(), 2.0.squareRoot()]) {
      #expect(abs(found - exact) <= exact.magnitude.ulp, "\(found) vs \(exact)")
    }
    let pis = try breakpoints("where(sin(x) > 0, 1, 0)")
    #expect(pis.count == 3)
    for (found, exact) in zip(pis, [-Double.pi, 0, Double.pi]) {
      #expect(abs(found - exact) <= 2 * Double.pi.ulp, "\(found) vs \(exact)")
    }
  }

  @Test func domainEdgesAndPoles() throws {
    #expect(try breakpoints("1/(x - 2)") == [2])
    #expect(try breakpoints("sqrt(x + 1)") == [-1])
    #expect(try breakpoints("log1p(x)") == [-1])
    #expect(try breakpoints("(x - 0.5)^0.5") == [0.5])
    #expect(try breakpoints("(x - 0.5)^2").isEmpty)
  }

  @Test func hugeRangesNeitherOverflowNorCrash() throws {
    #expect(try breakpoints("abs(x - 1)", -1e308...1e308) == [1])
    #expect(try breakpoints("abs(x*x - 4)", -1e308...1e308).count <= 2)
  }

  /// Through the figure: the breakpoints become vertices of the sampled curve.
  @Test func breakpointsAreVerticesOfTheSampledCurve() throws {
    let chart = try LineFigure(functions: ["abs(x - 1/3) + x/10"]).testChart(catalog: .standard)
    let f = chart.series[0].function
    #expect(f.breakpoints == [1.0 / 3])
    let curve = AdaptiveSampler(
      xScale: LinearScale(domain: -5...5, start: 0, end: 500), yScale: LinearScale(domain: -1...6, start: 400, end: 0),
      yBand: -10...410
    ).sample(f, from: -5, to: 5)
    // The kink (1/3, 1/30) on this device map, worked out here rather than by LinearScale:
    // x = (1/3 + 5)/10·500 = 266.67 px, y = 400 − (1/30 + 1)/7·400 = 340.95 px. Fails if the
    // breakpoint is not a vertex at exactly that point, or the device map is wrong.
    let (kx, ky) = ((1.0 / 3 + 5) / 10 * 500, 400 - (1.0 / 30 + 1) / 7 * 400)
    #expect(curve.points.contains { abs($0.x - kx) < 1e-9 && abs($0.y - ky) < 1e-9 }, "\(curve.points)")
  }
}
