import Foundation

/// Where everything of one ``NetworkDiagram`` goes inside a rectangle: the centres of the
/// units (one radius for all), the boxes of operators, and the bands around the units that
/// hold names, weights labels, skip lanes and value vectors.
///
/// Layers follow each other along the *layer axis* (x left to right, or y bottom to top);
/// a layer's slots lie along the *unit axis*, evenly spaced at one spacing s for every
/// layer (set by the longest column) and centred, so columns of different sizes line up
/// on their middles, as in the book's figures. The radius is 0.34 s, at most 0.2 of the gap
/// between layers and ``maximumRadius``, and then shrunk (×0.85 steps) until every edge
/// keeps half a line width and 1 point clear of every unit it does not connect.
struct NetworkLayout {
  let diagram: NetworkDiagram
  let orientation: NetworkFigure.Orientation
  let style: Style
  let bounds: Rect

  /// The centre of every slot, by layer.
  private(set) var centers: [[Point]] = []
  private(set) var radius = 0.0
  /// The box of the operator before layer i, by layer (nil: edges, or the first layer).
  private(set) var operatorBoxes: [Rect?] = []
  /// Text styles, shrunk to fit where needed.
  private(set) var nameStyle: TextStyle
  private(set) var labelStyle: TextStyle
  private(set) var noteStyle: TextStyle
  /// The unit labels' style, by layer.
  private(set) var labelStyles: [TextStyle] = []
  /// Operator names in their boxes.
  private(set) var operatorStyle: TextStyle
  /// The bias units' "+1".
  private(set) var biasStyle: TextStyle
  /// Where the skip lanes run: their coordinate across the unit axis, by skip.
  private(set) var skipLanes: [Double] = []
  /// Band lines: the names' (LTR: their baseline y; BTT: their right x), the weights' (LTR:
  /// their top y), the activations' (LTR: their bottom y; BTT: their left x).
  private(set) var nameLine = 0.0
  private(set) var weightsLine = 0.0
  private(set) var activationLine = 0.0

  /// The largest radius: 24 points, or 4.5 % of the bounds' shorter side when that is more,
  /// so a 1920x1080 figure is not a scatter of dots.
  var maximumRadius: Double { max(24, 0.045 * min(bounds.width, bounds.height)) }
  static let edgeWidth = 0.9
  /// Space between a band's text and what it labels.
  static let bandGap = 6.0

  var isHorizontal: Bool { orientation == .leftToRight }

  init(diagram: NetworkDiagram, orientation: NetworkFigure.Orientation, style: Style, bounds: Rect, canvas: Canvas) {
    self.diagram = diagram
    self.orientation = orientation
    self.style = style
    self.bounds = bounds
    nameStyle = style.axisName
    nameStyle.bold = true
    labelStyle = style.annotation
    biasStyle = style.annotation
    operatorStyle = style.annotation
    noteStyle = style.tickLabel
    layOut(canvas)
  }

  // MARK: measuring

  func extent(_ t: RichText?, _ s: TextStyle, _ canvas: Canvas) -> TextExtent {
    guard let t, !t.isEmpty else { return TextExtent(width: 0, height: 0, baseline: 0) }
    return canvas.measure(t, style: s)
  }

  /// The widest and tallest of `texts`.
  func largest(_ texts: [RichText?], _ s: TextStyle, _ canvas: Canvas) -> (width: Double, height: Double) {
    let e = texts.map { extent($0, s, canvas) }
    return (e.map(\.width).max() ?? 0, e.map(\.height).max() ?? 0)
  }

  /// The value texts of layer `i`, by slot (nil where none).
  func valueTexts(_ i: Int) -> [RichText?] {
    let layer = diagram.layers[i]
    guard !layer.values.isEmpty else { return [] }
    return layer.slots.map { slot -> RichText? in
      guard case .unit(let u) = slot else { return nil }
      return .plain(Self.format(layer.values[u], computed: i > 0 && layer.op != nil && diagram.layers[i - 1].values.count > 0))
    }
  }

  /// A value as written: given ones as typed (6 significant digits), computed ones (an
  /// operator's outputs, probabilities) to 3 decimals, the book's precision (0.879,
  /// 0.119, 0.002); minus signs as U+2212.
  static func format(_ v: Double, computed: Bool) -> String {
    computed ? NumberFormat.fixed(v, decimals: 3) : NumberFormat.significant(v, digits: 6)
  }

  // MARK: layout

  private mutating func layOut(_ canvas: Canvas) {
    let layers = diagram.layers
    let count = layers.count
    let names = layers.map(\.name)
    let activations = layers.map(\.activation)
    let weights = layers.map(\.weights)
    let skipLabels = diagram.skips.map(\.label)
    let gapCount = Double(max(count - 1, 1))
    let slotsMax = Double(max(diagram.longestColumn, 1))
    let firstValues = valueTexts(0)
    let lastValues = count > 1 ? valueTexts(count - 1) : []
    let bracket = 14.0  // the bracket strokes and their gap to the numbers, both sides
    // Names shrink (to 70 %) when neighbours would touch along the layer axis.
    var bandStart = 0.0, bandEnd = 0.0, aLow = 0.0, aHigh = 0.0, bLow = 0.0, bHigh = 0.0
    if isHorizontal {
      let approximateGap = bounds.width / Double(max(count, 1))
      let widest = largest(names, nameStyle, canvas).width
      if widest > approximateGap - 8 { nameStyle.size *= max(0.7, (approximateGap - 8) / widest) }
      let nameH = largest(names, nameStyle, canvas).height
      let weightsH = largest(weights, labelStyle, canvas).height
      let actH = largest(activations, noteStyle, canvas).height
      let laneH = largest(skipLabels, noteStyle, canvas).height + 10
      var top = bounds.minY
      // Names share a baseline (CJK and Latin names have different ascents).
      nameLine = top + names.map { extent($0, nameStyle, canvas).baseline }.reduce(0, max)
      top += nameH > 0 ? nameH + Self.bandGap : 0
      weightsLine = top
      top += weightsH > 0 ? weightsH + Self.bandGap : 0
      skipLanes = diagram.skips.indices.map { top + (Double($0) + 0.5) * laneH + 4 }
      top += Double(diagram.skips.count) * laneH
      activationLine = bounds.maxY
      let bottom = bounds.maxY - (actH > 0 ? actH + Self.bandGap : 0)
      let left = bounds.minX + (firstValues.isEmpty ? 0 : largest(firstValues, noteStyle, canvas).width + bracket + 8)
      let right = bounds.maxX - (lastValues.isEmpty ? 0 : largest(lastValues, noteStyle, canvas).width + bracket + 8)
      // The end columns keep half their widest text inside the bounds.
      let half0 = max(extent(names.first ?? nil, nameStyle, canvas).width, extent(activations.first ?? nil, noteStyle, canvas).width) / 2
      let halfL = max(extent(names.last ?? nil, nameStyle, canvas).width, extent(activations.last ?? nil, noteStyle, canvas).width) / 2
      let s = (bottom - top) / slotsMax
      let r0 = min(0.34 * s, maximumRadius)
      aLow = left + max(half0, r0)
      aHigh = count > 1 ? right - max(halfL, r0) : aLow
      if count == 1 { aLow = (left + right) / 2; aHigh = aLow }
      (bLow, bHigh) = (top, bottom)
      bandStart = top
      bandEnd = bottom
    } else {
      let nameW = largest(names + weights, nameStyle, canvas).width
      let actW = largest(activations, noteStyle, canvas).width
      let laneW = largest(skipLabels, noteStyle, canvas).width + 12
      nameLine = bounds.minX + nameW
      weightsLine = nameLine
      var left = bounds.minX + (nameW > 0 ? nameW + Self.bandGap : 0)
      skipLanes = diagram.skips.indices.map { left + (Double($0) + 0.5) * laneW + 4 }
      left += Double(diagram.skips.count) * laneW
      activationLine = bounds.maxX - actW
      let right = bounds.maxX - (actW > 0 ? actW + Self.bandGap : 0)
      let valueH = largest(firstValues + lastValues, noteStyle, canvas).height
      let bottom = bounds.maxY - (firstValues.isEmpty ? 0 : valueH + bracket)
      let top = bounds.minY + (lastValues.isEmpty ? 0 : valueH + bracket)
      let s = (right - left) / slotsMax
      let r0 = min(0.34 * s, maximumRadius)
      aLow = bottom - r0
      aHigh = count > 1 ? top + r0 : aLow
      if count == 1 { aLow = (top + bottom) / 2; aHigh = aLow }
      (bLow, bHigh) = (left, right)
      bandStart = left
      bandEnd = right
    }
    let spacing = (bandEnd - bandStart) / slotsMax
    let positions = gapPositions(from: aLow, to: aHigh, spacing: spacing, canvas)
    let gaps = zip(positions, positions.dropFirst()).map { abs($1 - $0) }
    let plainGaps = gaps.indices.filter { layers[$0 + 1].op == nil }.map { gaps[$0] }
    let gap = plainGaps.min() ?? gaps.min() ?? 0
    let middle = (bLow + bHigh) / 2
    centers = layers.indices.map { i in
      let a = positions[i]
      let n = Double(layers[i].slots.count)
      return layers[i].slots.indices.map { k in
        let b = middle + (Double(k) - (n - 1) / 2) * spacing
        return isHorizontal ? Point(a, b) : Point(b, a)
      }
    }
    radius = min(0.34 * spacing, maximumRadius, count > 1 ? 0.2 * gap : .infinity)
    // Operator boxes: across every slot of both layers, centred in the gap, as thick as
    // their label and some padding, never reaching within 8 points of a unit (the label
    // then shrinks to fit, ``operatorStyle``).
    operatorBoxes = layers.indices.map { i -> Rect? in
      guard i > 0, let op = layers[i].op else { return nil }
      let e = extent(op, labelStyle, canvas)
      let all = centers[i - 1] + centers[i]
      let pad = radius + 6
      if isHorizontal {
        let mid = (centers[i - 1][0].x + centers[i][0].x) / 2
        let w = max(4, min(e.width + 16, gaps[i - 1] - 2 * radius - 16))
        let ys = all.map(\.y)
        let y0 = (ys.min() ?? 0) - pad, y1 = (ys.max() ?? 0) + pad
        return Rect(x: mid - w / 2, y: y0, width: w, height: y1 - y0)
      }
      let mid = (centers[i - 1][0].y + centers[i][0].y) / 2
      let h = max(4, min(e.height + 12, gaps[i - 1] - 2 * radius - 16))
      let xs = all.map(\.x)
      let x0 = (xs.min() ?? 0) - pad, x1 = (xs.max() ?? 0) + pad
      return Rect(x: x0, y: mid - h / 2, width: x1 - x0, height: h)
    }
    for _ in 0..<12 where !edgesClear() { radius *= 0.85 }
    let widest = largest(layers.map(\.op), labelStyle, canvas)
    let thinnest = operatorBoxes.compactMap { $0 }.map { isHorizontal ? $0.width : $0.height }.min() ?? 0
    let across = isHorizontal ? widest.width : widest.height
    if across > 0, thinnest - 6 < across { operatorStyle.size *= max(0.6, (thinnest - 6) / across) }
    fitLabels(canvas)
  }

  /// The layer-axis coordinate of every layer, from `start` to `end`: equal gaps, except
  /// that a gap holding an operator box gets what its box and the value labels on its
  /// arrows need (box, two arrows each 14 points longer than the widest value, two radii),
  /// taken evenly from the other gaps while they keep half the equal gap; else all equal.
  private func gapPositions(from start: Double, to end: Double, spacing: Double, _ canvas: Canvas) -> [Double] {
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

  /// The unit labels of a layer share one size: the annotation role, shrunk (to 45 % at
  /// least) until the layer's widest label fits 1.5 r across and its tallest 1.3 r; "+1" on
  /// its own (``biasStyle``); operator names and weights keep the role's size.
  private mutating func fitLabels(_ canvas: Canvas) {
    let role = labelStyle
    labelStyles = diagram.layers.map { layer in
      let (w, h) = largest(layer.labels + [RichText.plain("+1")], role, canvas)
      var s = role
      if w > 0, h > 0 { s.size *= max(0.45, min(1, 1.5 * radius / w, 1.3 * radius / h)) }
      return s
    }
    biasStyle = role
    let (w, h) = largest([RichText.plain("+1")], role, canvas)
    if w > 0, h > 0 { biasStyle.size *= max(0.45, min(1, 1.5 * radius / w, 1.3 * radius / h)) }
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
    for edge in diagram.edges {
      let (a, b) = segment(edge)
      for layer in [edge.layer - 1, edge.layer] {
        for (k, c) in centers[layer].enumerated() {
          if layer == edge.layer - 1 && k == edge.fromSlot { continue }
          if layer == edge.layer && k == edge.toSlot { continue }
          if Self.distance(from: c, to: a, b) < radius + Self.edgeWidth + 1 { return false }
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
