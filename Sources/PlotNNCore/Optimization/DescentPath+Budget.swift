import Foundation

extension DescentPath {
  /// Most a drawn path travels, in diagonals of the region it is drawn over: 100.
  ///
  /// Why a bound on length: the cost of stroking a path is the number of scan lines each of
  /// its segments spans, so a run that crosses the plot at every step (a learning rate at
  /// the stability limit, 99 999 steps) took 4–8 s at 5792² px while the figure showed a
  /// solid band after the first few hundred crossings. The chapter's paths travel 1–15
  /// diagonals; 100 diagonals stroke in about half a second at the largest size.
  public static let maximumDrawnLength = 100.0

  /// Longest stretch one segment counts for, in region diagonals: a segment that leaves the
  /// window is clipped there, and only its visible part costs.
  static let longestCountedSegment = 1.5

  /// The number of points of the path that are drawn over a region of `xSpan` × `ySpan`
  /// (data units): all of them, or the iterates up to the last one within
  /// ``maximumDrawnLength`` (never fewer than two). Lengths are measured with the region's
  /// sides scaled to 1 (so a tall, thin region counts crossings of its short side as fully
  /// as of its long one) and its diagonal as the unit.
  public func drawnPointCount(xSpan: Double, ySpan: Double) -> Int {
    guard points.count > 2, xSpan > 0, ySpan > 0, xSpan.isFinite, ySpan.isFinite else { return points.count }
    var travelled = 0.0
    for k in 1..<points.count {
      let dx = (points[k].x - points[k - 1].x) / xSpan, dy = (points[k].y - points[k - 1].y) / ySpan
      let length = (dx * dx + dy * dy).squareRoot() / 2.0.squareRoot()
      travelled += length.isFinite ? min(length, Self.longestCountedSegment) : Self.longestCountedSegment
      if travelled > Self.maximumDrawnLength { return max(k, 2) }
    }
    return points.count
  }
}
