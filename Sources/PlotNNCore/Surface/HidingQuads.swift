/// The quads of a projected surface, ready to answer whether one of them hides a point: the
/// visibility test of ``LiftedPath`` (see there), with the quads' canvas bounding boxes
/// bucketed on a uniform grid.
///
/// Why a grid: the test runs once per path sample, and testing every quad made it samples ×
/// quads (the 3.6.4 surface: ~1000 samples × 1600 quads, a tenth of the figure's
/// instructions with the view search). A sample now tests only the quads whose bounding box
/// meets its grid cell, in their original order, with the same comparisons, so the answer
/// is the same as testing every quad: a box that contains the point lies in the point's
/// cell, because the cell index ⌊(x − x₀)/w⌋ is monotone in x (IEEE subtraction and
/// division by a positive w are), so minX ≤ x ≤ maxX puts it between the box's first and
/// last cells. A quad whose box is not finite is tested for every point, as before.
struct HidingQuads {
  /// A quad's canvas bounding box and nearest corner depth, computed once so the
  /// per-sample test allocates nothing.
  struct Bounds {
    let i: Int
    let j: Int
    let minX: Double
    let maxX: Double
    let minY: Double
    let maxY: Double
    let nearest: Double

    /// The extremes as `Sequence.min()` and `max()` find them (first element, then each
    /// smaller or larger one), without the arrays of a `map`.
    init(_ quad: SurfaceQuad) {
      (i, j) = (quad.i, quad.j)
      var (minX, maxX, minY, maxY) = (Double.infinity, -Double.infinity, Double.infinity, -Double.infinity)
      for (n, p) in quad.points.enumerated() {
        if n == 0 {
          (minX, maxX, minY, maxY) = (p.x, p.x, p.y, p.y)
          continue
        }
        if p.x < minX { minX = p.x }
        if maxX < p.x { maxX = p.x }
        if p.y < minY { minY = p.y }
        if maxY < p.y { maxY = p.y }
      }
      (self.minX, self.maxX, self.minY, self.maxY) = (minX, maxX, minY, maxY)
      nearest = quad.depths.max() ?? -.infinity
    }

    var isFinite: Bool { minX.isFinite && maxX.isFinite && minY.isFinite && maxY.isFinite }
  }

  let quads: [SurfaceQuad]
  let bounds: [Bounds]
  /// The grid: `columns` × `rows` cells of `cellWidth` × `cellHeight` from `origin`; cell c
  /// holds `entries[starts[c]..<starts[c + 1]]`, the indices (ascending) of the quads whose
  /// box meets it, the unbounded ones too.
  private let origin: Point
  private let cellWidth: Double
  private let cellHeight: Double
  private let columns: Int
  private let rows: Int
  private let starts: [Int]
  private let entries: [Int]

  init(_ quads: [SurfaceQuad]) {
    self.quads = quads
    let bounds = quads.map(Bounds.init)
    self.bounds = bounds
    var (minX, maxX, minY, maxY) = (Double.infinity, -Double.infinity, Double.infinity, -Double.infinity)
    for b in bounds where b.isFinite {
      (minX, maxX) = (Swift.min(minX, b.minX), Swift.max(maxX, b.maxX))
      (minY, maxY) = (Swift.min(minY, b.minY), Swift.max(maxY, b.maxY))
    }
    if !minX.isFinite { (minX, maxX, minY, maxY) = (0, 0, 0, 0) }
    // About one quad a cell: a side of √n cells.
    let side = max(1, min(256, Int(Double(quads.count).squareRoot().rounded())))
    let (columns, rows) = (side, side)
    let origin = Point(minX, minY)
    let cellWidth = max((maxX - minX) / Double(side), .leastNormalMagnitude)
    let cellHeight = max((maxY - minY) / Double(side), .leastNormalMagnitude)
    // Each quad's cell ranges, then the cells filled in quad order (a counting sort).
    let ranges = bounds.map { b -> (ClosedRange<Int>, ClosedRange<Int>) in
      guard b.isFinite else { return (0...(columns - 1), 0...(rows - 1)) }
      return (
        Self.index(b.minX, origin.x, cellWidth, columns)...Self.index(b.maxX, origin.x, cellWidth, columns),
        Self.index(b.minY, origin.y, cellHeight, rows)...Self.index(b.maxY, origin.y, cellHeight, rows)
      )
    }
    var counts = [Int](repeating: 0, count: columns * rows + 1)
    for (cs, rs) in ranges {
      for r in rs {
        for c in cs { counts[r * columns + c + 1] += 1 }
      }
    }
    for c in 1..<counts.count { counts[c] += counts[c - 1] }
    var next = counts
    var entries = [Int](repeating: 0, count: counts[counts.count - 1])
    for (k, (cs, rs)) in ranges.enumerated() {
      for r in rs {
        for c in cs {
          entries[next[r * columns + c]] = k
          next[r * columns + c] += 1
        }
      }
    }
    (self.origin, self.cellWidth, self.cellHeight, self.columns, self.rows) = (
      origin, cellWidth, cellHeight, columns, rows
    )
    (starts, self.entries) = (counts, entries)
  }

  /// The cell index of coordinate `v`, clamped into 0..<count (a point outside every box
  /// is tested against the quads of the nearest cell, which cannot contain it).
  private static func index(_ v: Double, _ origin: Double, _ width: Double, _ count: Int) -> Int {
    let t = ((v - origin) / width).rounded(.down)
    guard t.isFinite else { return t > 0 ? count - 1 : 0 }
    return Int(min(max(t, 0), Double(count - 1)))
  }

  /// Whether a quad two or more cells from `cell` (mesh indices) covers `q` with a surface
  /// depth more than 10⁻³ box units nearer the viewer.
  func hides(_ q: ProjectedPoint, cell: (i: Int, j: Int)) -> Bool {
    let (x, y) = (q.point.x, q.point.y)
    guard !quads.isEmpty, x.isFinite, y.isFinite else { return hidesTestingEvery(q, cell: cell) }
    let c = Self.index(x, origin.x, cellWidth, columns)
    let r = Self.index(y, origin.y, cellHeight, rows)
    return entries[starts[r * columns + c]..<starts[r * columns + c + 1]].contains { quad($0, hides: q, from: cell) }
  }

  /// The test against every quad: for a point that is not finite (no grid cell holds it),
  /// and the reference the grid must agree with.
  func hidesTestingEvery(_ q: ProjectedPoint, cell: (i: Int, j: Int)) -> Bool {
    bounds.indices.contains { quad($0, hides: q, from: cell) }
  }

  /// Whether quad `k`, two or more cells from `cell`, covers `q` nearer the viewer: its box
  /// and nearest corner first, then its depth at `q`.
  private func quad(_ k: Int, hides q: ProjectedPoint, from cell: (i: Int, j: Int)) -> Bool {
    let eps = 1e-3
    let b = bounds[k]
    let (x, y) = (q.point.x, q.point.y)
    guard abs(b.i - cell.i) > 1 || abs(b.j - cell.j) > 1 else { return false }
    guard b.nearest > q.depth + eps, x >= b.minX, x <= b.maxX, y >= b.minY, y <= b.maxY else { return false }
    guard let d = quads[k].depth(at: q.point) else { return false }
    return d > q.depth + eps
  }
}
