import Testing

@testable import PlotNNCore

/// The segment and triangle distances that keep arrowheads clear of the path, on cases
/// worked by hand.
@Suite struct TriangleGeometryTests {
  typealias G = Geometry2D

  @Test func segmentsMeetOrNot() {
    // Crossing at (1, 1); touching at an end; collinear and overlapping; collinear apart.
    #expect(G.segmentsMeet(Point(0, 0), Point(2, 2), Point(0, 2), Point(2, 0)))
    #expect(G.segmentsMeet(Point(0, 0), Point(1, 0), Point(1, 0), Point(1, 5)))
    #expect(G.segmentsMeet(Point(0, 0), Point(3, 0), Point(2, 0), Point(5, 0)))
    #expect(!G.segmentsMeet(Point(0, 0), Point(1, 0), Point(2, 0), Point(3, 0)))
    // The line of c–d crosses a–b, but the segment c–d stops short of it.
    #expect(!G.segmentsMeet(Point(0, 0), Point(4, 0), Point(2, 1), Point(2, 3)))
  }

  @Test func segmentDistances() {
    // Parallel, 3 apart; crossing, 0; end to end, 5 (a 3-4-5 triangle).
    #expect(G.distance(segment: Point(0, 0), Point(4, 0), toSegment: Point(0, 3), Point(4, 3)) == 3)
    #expect(G.distance(segment: Point(0, 0), Point(2, 2), toSegment: Point(0, 2), Point(2, 0)) == 0)
    #expect(G.distance(segment: Point(0, 0), Point(1, 0), toSegment: Point(4, 4), Point(9, 4)) == 5)
  }

  @Test func triangleDistances() {
    let t = [Point(0, 0), Point(4, 0), Point(0, 4)]
    #expect(G.triangle(t, contains: Point(1, 1)) && G.triangle(t, contains: Point(2, 2)))
    #expect(!G.triangle(t, contains: Point(3, 3)))
    #expect(G.distance(triangle: t, point: Point(1, 1)) == 0)
    // (3, 3) is √2 from the hypotenuse x + y = 4; (−2, 1) is 2 from the edge x = 0.
    #expect(abs(G.distance(triangle: t, point: Point(3, 3)) - 2.0.squareRoot()) < 1e-15)
    #expect(G.distance(triangle: t, point: Point(-2, 1)) == 2)
    // A segment through the triangle, one inside it, one 1 below it.
    #expect(G.distance(triangle: t, segmentFrom: Point(-1, 1), to: Point(5, 1)) == 0)
    #expect(G.distance(triangle: t, segmentFrom: Point(0.5, 0.5), to: Point(1, 1)) == 0)
    #expect(G.distance(triangle: t, segmentFrom: Point(-1, -1), to: Point(5, -1)) == 1)
  }
}
