/// Iso-lines of a ``ScalarGrid`` by marching squares (the 2-D case of Lorensen & Cline's
/// marching cubes, SIGGRAPH 1987; cases as in Wikipedia's "Marching squares").
///
/// Conventions:
/// - A node is *inside* when its value is ≥ the level. Each cell's four corners give one
///   of 16 cases; a cell edge whose ends differ is crossed at the point found by linear
///   interpolation, t = (level − a)/(b − a) from end a to end b.
/// - A node whose value equals the level is itself the crossing (t is exactly 0 or 1), so
///   both cells sharing it meet there exactly. Segments of zero length (a cell touching
///   the level only at a corner) are dropped, and a segment along a grid edge that two
///   cells both produce (a row of nodes at the level with lower values on both sides) is
///   kept once. A grid flat at the level is all inside: no lines.
/// - Saddles (cases 5 and 10: diagonal corners inside, the other two outside) are decided
///   by the cell centre's value, taken as the mean of the four corners (the bilinear
///   interpolant at the centre): if the mean is ≥ the level the centre is inside and the
///   two inside corners are joined through it (the segments cut off the outside corners);
///   otherwise the outside corners are joined and the inside corners are cut off.
/// - A cell with a NaN corner is skipped, so lines end at its border.
///
/// Segments are then joined into polylines through their shared crossings: open lines run
/// from one border (or skipped cell) to another; rings repeat their first point.
/// Output order is deterministic (cells in row-major order).
public enum MarchingSquares {
  /// The connected iso-lines of `grid` at `level`.
  public static func isolines(in grid: ScalarGrid, level: Double) -> [Isoline] {
    guard level.isFinite else { return [] }
    let builder = SegmentBuilder(grid: grid, level: level)
    return builder.segments().joined()
  }

  /// The iso-lines at each of `levels`, in the same order.
  public static func isolines(in grid: ScalarGrid, levels: [Double]) -> [[Isoline]] {
    levels.map { isolines(in: grid, level: $0) }
  }

  /// Which cell edges hold the ends of each segment, per case (edges: 0 bottom (corners
  /// 0–1), 1 right (1–2), 2 top (3–2), 3 left (0–3); corners 0 (i, j), 1 (i+1, j),
  /// 2 (i+1, j+1), 3 (i, j+1); case bit k set when corner k is inside). Saddles 5 and 10
  /// are listed with the centre outside; `saddleInside` gives the other choice.
  static let table: [[(Int, Int)]] = [
    [], [(3, 0)], [(0, 1)], [(3, 1)],
    [(1, 2)], [(3, 0), (1, 2)], [(0, 2)], [(3, 2)],
    [(2, 3)], [(0, 2)], [(0, 1), (2, 3)], [(1, 2)],
    [(1, 3)], [(0, 1)], [(3, 0)], [],
  ]

  /// Saddle segments when the centre is inside: the inside corners are joined, so the
  /// segments cut off the outside corners (1 and 3 for case 5, 0 and 2 for case 10).
  static func saddleInside(_ index: Int) -> [(Int, Int)] {
    index == 5 ? [(0, 1), (2, 3)] : [(3, 0), (1, 2)]
  }
}

/// A level crossing, named by where it lies so that the two cells sharing it produce the
/// same name: a grid node (value exactly at the level), or the interior of a horizontal
/// or vertical grid edge identified by its lower-index node.
struct CrossingID: Hashable {
  /// 3·node + 0 for a node, + 1 for the edge to (i+1, j), + 2 for the edge to (i, j+1).
  let raw: Int
}

/// The segments of every cell, before joining.
struct SegmentBuilder {
  let grid: ScalarGrid
  let level: Double

  func segments() -> SegmentSet {
    var set = SegmentSet()
    let nx = grid.xs.count
    let ny = grid.ys.count
    guard nx >= 2, ny >= 2 else { return set }
    for j in 0..<(ny - 1) {
      for i in 0..<(nx - 1) {
        // Four scalars, not an array: this runs once per cell and level, and a heap
        // allocation here was most of the descent figure's time.
        let (v0, v1, v2, v3) = (grid[i, j], grid[i + 1, j], grid[i + 1, j + 1], grid[i, j + 1])
        if v0.isNaN || v1.isNaN || v2.isNaN || v3.isNaN { continue }
        let index =
          (v0 >= level ? 1 : 0) | (v1 >= level ? 2 : 0) | (v2 >= level ? 4 : 0) | (v3 >= level ? 8 : 0)
        if index == 0 || index == 15 { continue }
        var pairs = MarchingSquares.table[index]
        if index == 5 || index == 10, (v0 + v1 + v2 + v3) / 4 >= level {
          pairs = MarchingSquares.saddleInside(index)
        }
        for (e, f) in pairs {
          set.add(crossing(edge: e, i: i, j: j), crossing(edge: f, i: i, j: j))
        }
      }
    }
    return set
  }

  /// The crossing on edge `edge` of cell (i, j), interpolated from the edge's lower-index
  /// node towards the other so that both cells sharing an edge compute the same point.
  private func crossing(edge: Int, i: Int, j: Int) -> (CrossingID, Vector2) {
    let nx = grid.xs.count
    let (i0, j0, horizontal): (Int, Int, Bool)
    switch edge {
    case 0: (i0, j0, horizontal) = (i, j, true)
    case 1: (i0, j0, horizontal) = (i + 1, j, false)
    case 2: (i0, j0, horizontal) = (i, j + 1, true)
    default: (i0, j0, horizontal) = (i, j, false)
    }
    let (i1, j1) = horizontal ? (i0 + 1, j0) : (i0, j0 + 1)
    let a = grid[i0, j0]
    let b = grid[i1, j1]
    if a == level { return (CrossingID(raw: 3 * (j0 * nx + i0)), Vector2(grid.xs[i0], grid.ys[j0])) }
    if b == level { return (CrossingID(raw: 3 * (j1 * nx + i1)), Vector2(grid.xs[i1], grid.ys[j1])) }
    let t = (level - a) / (b - a)
    let id = CrossingID(raw: 3 * (j0 * nx + i0) + (horizontal ? 1 : 2))
    if horizontal {
      return (id, Vector2(grid.xs[i0] + t * (grid.xs[i1] - grid.xs[i0]), grid.ys[j0]))
    }
    return (id, Vector2(grid.xs[i0], grid.ys[j0] + t * (grid.ys[j1] - grid.ys[j0])))
  }
}
