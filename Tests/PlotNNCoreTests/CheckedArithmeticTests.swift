import Testing

@testable import PlotNNCore

/// Conversions and geometry that must not trap or take time in proportion to a huge value.
@Suite struct CheckedArithmeticTests {
  @Test func clampingConversionNeverTraps() {
    #expect(Int(clamping: .nan, to: 1...10) == 1)
    #expect(Int(clamping: .infinity, to: 1...10) == 10)
    #expect(Int(clamping: -.infinity, to: 1...10) == 1)
    #expect(Int(clamping: 1e300, to: 0...100_000) == 100_000)
    #expect(Int(clamping: -1e300, to: -5...5) == -5)
    #expect(Int(clamping: 3.2, to: 0...10, rounding: .up) == 4)
    #expect(Int(clamping: 3.8, to: 0...10) == 3)
    #expect(Int(clamping: -3.8, to: -10...10, rounding: .down) == -4)
    #expect(Int(clamping: Double(Int.max), to: 0...Int.max) == Int.max)
  }

  /// Segment–rectangle tests worked out by hand on the unit square [0, 1]².
  @Test func segmentsMeetRectanglesExactly() {
    let square = Rect(x: 0, y: 0, width: 1, height: 1)
    #expect(square.meets(segmentFrom: Point(-1, 0.5), to: Point(2, 0.5)))  // straight through
    #expect(square.meets(segmentFrom: Point(0.2, 0.2), to: Point(0.3, 0.3)))  // inside
    #expect(square.meets(segmentFrom: Point(-1, 1), to: Point(1, -1)))  // through the corner (0, 0)
    #expect(!square.meets(segmentFrom: Point(-1, 0.5), to: Point(-0.1, 0.5)))  // stops short
    #expect(!square.meets(segmentFrom: Point(-1, 1.5), to: Point(1.5, 2.5)))  // passes above
    #expect(!square.meets(segmentFrom: Point(2, -1), to: Point(3, 2)))  // beside, the line itself misses
    // A diverging step: 10¹⁸ points long, crossing the square once, answered at once.
    #expect(square.meets(segmentFrom: Point(-1e18, -1e18), to: Point(1e18, 1e18)))
    #expect(!square.meets(segmentFrom: Point(-1e18, 5), to: Point(1e18, 5)))
    #expect(!square.meets(segmentFrom: Point(.nan, 0), to: Point(0.5, 0.5)))
  }
}
