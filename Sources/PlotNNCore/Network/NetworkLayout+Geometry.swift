import Foundation

extension NetworkLayout {
  /// The layer-axis coordinate of every layer, from `start` to `end`: equal gaps, except
  /// that a gap holding an operator box gets what its box and the value labels on its
  /// arrows need (box, two arrows each 14 points longer than the widest value, two radii),
  /// taken evenly from the other gaps while they keep half the equal gap; else all equal.
  func gapPositions(from start: Double, to end: Double, spacing: Double, _ canvas: Canvas) -> [Double] {
    let layers = diagram.layers
    guard layers.count > 1 else { return [start] }
    let n = Double(layers.count - 1)
    let equal = (end - start) / n
    let r = min(0.34 * spacing, maximumRadius)
    var needs = [Double](repeating: 0, count: layers.count - 1)
    for i in layers.indices.dropFirst() {
      guard let op = layers[i].op else { continue }
      let box = extent(op, labelStyle, canvas)
      let values = i - 1 > 0 ? largest(valueTexts(i - 1), noteStyle, canvas) : (width: 0, height: 0)
      let arrow = (isHorizontal ? values.width : values.height) + 14
      needs[i - 1] = 2 * r + (isHorizontal ? box.width + 16 : box.height + 12) + 2 * max(arrow, 18)
    }
    let length = abs(end - start)
    let opTotal = needs.filter { $0 > 0 }.map { max($0, length / n) }.reduce(0, +)
    let others = Double(needs.filter { $0 == 0 }.count)
    let rest = others > 0 ? (length - opTotal) / others : 0
    let feasible = opTotal <= length && (others == 0 || rest >= 0.5 * length / n)
    var a = start
    var positions = [start]
    let sign = end >= start ? 1.0 : -1.0
    for need in needs {
      let g = feasible ? (need > 0 ? (others == 0 ? length / n : max(need, length / n)) : rest) : abs(equal)
      a += sign * g
      positions.append(a)
    }
    return positions
  }

  /// The segment an edge is drawn along: from the rim of its source to the rim of its target.
  func segment(_ edge: NetworkDiagram.Edge) -> (Point, Point) {
    let p = centers[edge.layer - 1][edge.fromSlot]
    let q = centers[edge.layer][edge.toSlot]
    let (dx, dy) = (q.x - p.x, q.y - p.y)
    let length = max(hypot(dx, dy), 1e-9)
    let (ux, uy) = (dx / length, dy / length)
    return (Point(p.x + ux * radius, p.y + uy * radius), Point(q.x - ux * radius, q.y - uy * radius))
  }

  /// Whether every edge keeps clear of every unit but its two ends.
  func edgesClear() -> Bool {
    // Weighted edges are up to ``NetworkWeights/thickest`` wide.
    let width = diagram.weightMaximum == nil ? Self.edgeWidth : NetworkWeights.thickest
    for edge in diagram.edges {
      let (a, b) = segment(edge)
      for layer in [edge.layer - 1, edge.layer] {
        for (k, c) in centers[layer].enumerated() {
          if layer == edge.layer - 1 && k == edge.fromSlot { continue }
          if layer == edge.layer && k == edge.toSlot { continue }
          if Self.distance(from: c, to: a, b) < radius + width + 1 { return false }
        }
      }
    }
    return true
  }

  /// Distance from `p` to the segment a–b.
  static func distance(from p: Point, to a: Point, _ b: Point) -> Double {
    let (dx, dy) = (b.x - a.x, b.y - a.y)
    let l2 = dx * dx + dy * dy
    let t = l2 == 0 ? 0 : max(0, min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / l2))
    return hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy))
  }

  /// The layer-axis coordinate of layer i.
  func axis(_ i: Int) -> Double {
    guard let c = centers[i].first else { return 0 }
    return isHorizontal ? c.x : c.y
  }
}
