/// Segments between named crossings, deduplicated, and their joining into polylines.
struct SegmentSet {
  private(set) var ends: [(CrossingID, CrossingID)] = []
  private var points: [CrossingID: Vector2] = [:]
  private var seen: Set<Pair> = []

  /// An unordered pair of crossings, for deduplication.
  private struct Pair: Hashable {
    let low: Int
    let high: Int
    init(_ a: CrossingID, _ b: CrossingID) {
      low = min(a.raw, b.raw)
      high = max(a.raw, b.raw)
    }
  }

  /// Adds the segment a–b unless it has zero length or is already present.
  mutating func add(_ a: (CrossingID, Vector2), _ b: (CrossingID, Vector2)) {
    guard a.0 != b.0, a.1 != b.1 else { return }
    guard seen.insert(Pair(a.0, b.0)).inserted else { return }
    ends.append((a.0, b.0))
    points[a.0] = a.1
    points[b.0] = b.1
  }

  /// The segments chained through shared crossings. Open chains start at a crossing used
  /// by a single segment; what is left after them are rings. Where more than two segments
  /// meet (a node exactly at the level where lines touch), a chain takes the first unused
  /// segment in creation order and the others start chains of their own.
  func joined() -> [Isoline] {
    var incident: [CrossingID: [Int]] = [:]
    for (k, (a, b)) in ends.enumerated() {
      incident[a, default: []].append(k)
      incident[b, default: []].append(k)
    }
    var used = [Bool](repeating: false, count: ends.count)
    var lines: [Isoline] = []

    func walk(from start: CrossingID) -> [CrossingID] {
      var chain = [start]
      var current = start
      while let next = incident[current]?.first(where: { !used[$0] }) {
        used[next] = true
        let (a, b) = ends[next]
        current = a == current ? b : a
        chain.append(current)
      }
      return chain
    }

    for pass in 0..<2 {
      for (k, (a, b)) in ends.enumerated() where !used[k] {
        let startOpen = [a, b].first { incident[$0]?.count == 1 }
        guard pass == 1 || startOpen != nil else { continue }
        let chain = walk(from: startOpen ?? a)
        let closed = chain.count > 2 && chain.first == chain.last
        lines.append(Isoline(points: chain.compactMap { points[$0] }, isClosed: closed))
      }
    }
    return lines
  }
}
