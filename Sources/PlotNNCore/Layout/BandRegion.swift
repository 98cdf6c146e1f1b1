/// The area a ``CurveBand`` fills, as boxes searched by x: what ``CurveObstacles`` files for
/// a band.
///
/// Box k spans from column k's leftmost vertex to column k + 1's rightmost (the last box, its
/// own column), and from the least of their top vertices' y to the greatest of their bottom
/// vertices': it holds the band's polygon between those columns (its top edge runs between
/// the two top vertices, its bottom edge between the two bottom ones). The union is a little
/// larger than the band, never smaller, so a label kept off it is kept off the band.
/// The boxes' left and right ends both grow left to right (the columns do), so the boxes a
/// query reaches are one run found by binary search: a query costs the columns under it.
struct BandRegion {
  private var minX: [Double] = []
  private var maxX: [Double] = []
  private var minY: [Double] = []
  private var maxY: [Double] = []

  /// The boxes of `band` within `bounds` (the plot the band is clipped to, as a curve's
  /// segments are).
  init(_ band: CurveBand, within bounds: Rect) {
    let n = min(band.top.count, band.bottom.count)
    minX.reserveCapacity(n)
    for k in 0..<n {
      let next = min(k + 1, n - 1)
      let (top, bottom, nextTop, nextBottom) = (band.top[k], band.bottom[k], band.top[next], band.bottom[next])
      let (x0, x1) = (
        max(min(top.x, bottom.x), bounds.minX), min(max(nextTop.x, nextBottom.x, top.x, bottom.x), bounds.maxX)
      )
      let (y0, y1) = (max(min(top.y, nextTop.y), bounds.minY), min(max(bottom.y, nextBottom.y), bounds.maxY))
      guard x0 <= x1, y0 <= y1 else { continue }
      minX.append(x0)
      maxX.append(x1)
      minY.append(y0)
      maxY.append(y1)
    }
    // Left ends grow with k by construction; the right ends are made to (a running maximum),
    // which only widens a box.
    for k in maxX.indices.dropFirst() { maxX[k] = max(maxX[k], maxX[k - 1]) }
  }

  /// The first box whose right end reaches `x`.
  private func first(reaching x: Double) -> Int {
    var (lo, hi) = (0, maxX.count)
    while lo < hi {
      let mid = (lo + hi) / 2
      if maxX[mid] < x { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  /// How many boxes meet `r`, counting no further than `limit`.
  func count(in r: Rect, upTo limit: Int) -> Int {
    var found = 0
    var k = first(reaching: r.minX)
    while k < minX.count, minX[k] <= r.maxX, found < limit {
      if minY[k] <= r.maxY && maxY[k] >= r.minY { found += 1 }
      k += 1
    }
    return found
  }

  /// Whether the segment a–b comes within `reach` of a box: per box, the segment's y over the
  /// box's x span (grown by `reach`) against the box's y span (grown too).
  func meets(segmentFrom a: Point, to b: Point, reach: Double) -> Bool {
    let (left, right) = a.x <= b.x ? (a, b) : (b, a)
    var k = first(reaching: left.x - reach)
    while k < minX.count, minX[k] - reach <= right.x {
      let x0 = max(minX[k] - reach, left.x)
      let x1 = min(maxX[k] + reach, right.x)
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
