/// The area a ``CurveBand`` fills, as boxes searched by x: what ``CurveObstacles`` files for
/// a band.
///
/// Box k spans from column k's leftmost vertex to column k + 1's rightmost (the last box, its
/// own column), and from the least of their top vertices' y to the greatest of their bottom
/// vertices': it holds the band's polygon between those columns (its top edge runs between
/// the two top vertices, its bottom edge between the two bottom ones). The union is a little
/// larger than the band, never smaller, so a label kept off it is kept off the band.
/// Ordered by their left ends, the boxes a query reaches are one run found by binary search
/// on the right ends' running maximum: a query costs the columns under it.
struct BandRegion {
  private var minX: [Double] = []
  private var maxX: [Double] = []
  private var minY: [Double] = []
  private var maxY: [Double] = []
  /// The greatest right end of the boxes up to each: what the search runs on.
  private var reachRight: [Double] = []

  /// The boxes of `bands` within `bounds` (the plot the bands are clipped to, as a curve's
  /// segments are), all in one list ordered by their left ends: bands of several curves
  /// share x, and one search finds the boxes under a query in all of them (a search a
  /// band cost as many searches as a wild curve has bands: sin(x) over ±1000 at 1920×1080
  /// is broken into hundreds).
  init(_ bands: [CurveBand], within bounds: Rect) {
    var boxes: [(x0: Double, x1: Double, y0: Double, y1: Double)] = []
    for band in bands {
      let n = min(band.top.count, band.bottom.count)
      for k in 0..<n {
        let next = min(k + 1, n - 1)
        let (top, bottom, nextTop, nextBottom) = (band.top[k], band.bottom[k], band.top[next], band.bottom[next])
        let x0 = max(min(top.x, bottom.x), bounds.minX)
        let x1 = min(max(nextTop.x, nextBottom.x, top.x, bottom.x), bounds.maxX)
        let (y0, y1) = (max(min(top.y, nextTop.y), bounds.minY), min(max(bottom.y, nextBottom.y), bounds.maxY))
        guard x0 <= x1, y0 <= y1 else { continue }
        boxes.append((x0, x1, y0, y1))
      }
    }
    // A band's boxes come in order already; bands of several curves are merged by a stable sort.
    let order = boxes.indices.sorted { boxes[$0].x0 < boxes[$1].x0 || (boxes[$0].x0 == boxes[$1].x0 && $0 < $1) }
    minX = order.map { boxes[$0].x0 }
    maxX = order.map { boxes[$0].x1 }
    minY = order.map { boxes[$0].y0 }
    maxY = order.map { boxes[$0].y1 }
    // Left ends grow with k; the search runs on the right ends' running maximum (``reachRight``).
    reachRight = maxX
    for k in reachRight.indices.dropFirst() { reachRight[k] = max(reachRight[k], reachRight[k - 1]) }
  }

  /// The first box whose right end, or an earlier box's, reaches `x`: no box before it does.
  private func first(reaching x: Double) -> Int {
    var (lo, hi) = (0, maxX.count)
    while lo < hi {
      let mid = (lo + hi) / 2
      if reachRight[mid] < x { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  /// How much of the bands `r` covers, counting no further than `limit`: for each box it
  /// meets, 1 and one more for every ``depthUnit`` points of the box's height inside `r`.
  ///
  /// Decision: the depth counts, not only the columns, so that a label grazing a band's
  /// edge counts as hiding less than one sunk into it (as the path's segments made it: a
  /// box inside a dense band met several of them a column, one at its edge few). Counting
  /// columns alone set the y axis's name of `sin(200x)` on the band rather than over the
  /// arrow, where it only touched the band's top.
  func count(in r: Rect, upTo limit: Int) -> Int {
    var found = 0
    var k = first(reaching: r.minX)
    while k < minX.count, minX[k] <= r.maxX, found < limit {
      let depth = min(maxY[k], r.maxY) - max(minY[k], r.minY)
      if maxX[k] >= r.minX && depth >= 0 { found += 1 + Int(depth / Self.depthUnit) }
      k += 1
    }
    return min(found, limit)
  }

  /// Points of a box's height inside a query that count as one more (``count(in:upTo:)``).
  static let depthUnit = 4.0

  /// Whether the segment a–b comes within `reach` of a box: per box, the segment's y over the
  /// box's x span (grown by `reach`) against the box's y span (grown too).
  func meets(segmentFrom a: Point, to b: Point, reach: Double) -> Bool {
    let (left, right) = a.x <= b.x ? (a, b) : (b, a)
    var k = first(reaching: left.x - reach)
    while k < minX.count, minX[k] - reach <= right.x {
      let x0 = max(minX[k] - reach, left.x)
      let x1 = min(maxX[k] + reach, right.x)
      guard x0 <= x1 else {
        k += 1
        continue
      }
      let y = { (x: Double) in
        right.x > left.x ? left.y + (right.y - left.y) * (x - left.x) / (right.x - left.x) : left.y
      }
      let (ya, yb) = right.x > left.x ? (y(x0), y(x1)) : (min(left.y, right.y), max(left.y, right.y))
      if min(ya, yb) <= maxY[k] + reach && max(ya, yb) >= minY[k] - reach { return true }
      k += 1
    }
    return false
  }
}
