import Foundation

/// Paints one laid-out network: edges under units, highlighted fan-ins over the other edges,
/// operator boxes with their arrows, skip curves in their lanes, units (bias units tinted,
/// dropped ones dashed and crossed out), their labels, and the bands' texts.
struct NetworkPainter {
  let layout: NetworkLayout
  let arrows: Bool
  /// The weights' scale m (the colour bar's ±m), nil when the edges carry no weights.
  var weightMaximum: Double? = nil

  var style: Style { layout.style }
  var diagram: NetworkDiagram { layout.diagram }
  var r: Double { layout.radius }

  /// Unit fills by the layer's role, the palette's first three colours 82 % of the way to
  /// the background: input, hidden, output, as NN-SVG and the book colour them apart.
  func fill(layer i: Int) -> Color {
    let role = i == 0 ? 2 : (i == diagram.layers.count - 1 ? 1 : 0)
    return style.color(role).mixed(with: style.background, by: 0.82)
  }

  var highlightColor: Color { style.color(0) }
  var crossColor: Color { style.color(1) }
  /// Edges in the foreground colour, faded; fainter still when a fan-in is highlighted.
  var edgeColor: Color {
    style.foreground.withAlpha(diagram.edges.contains { $0.highlighted } ? 0.25 : 0.55)
  }

  /// Paints everything; returns the values left off their arrows for want of length.
  @discardableResult
  func paint(on canvas: Canvas) -> LayoutNotes {
    // Weighted edges lightest first, so the strongest lie on top of the faint ones.
    let plain = diagram.edges.filter { !$0.highlighted }
    let ordered = plain.enumerated().sorted {
      (abs($0.element.weight ?? 0), $0.offset) < (abs($1.element.weight ?? 0), $1.offset)
    }.map(\.element)
    for edge in ordered {
      if let w = edge.weight, let m = weightMaximum {
        paintEdge(
          edge, color: NetworkWeights.color(w, maximum: m, style: style),
          width: NetworkWeights.width(w, maximum: m), canvas)
      } else {
        paintEdge(edge, color: edgeColor, width: NetworkLayout.edgeWidth, canvas)
      }
    }
    for edge in diagram.edges where edge.highlighted {
      paintEdge(edge, color: highlightColor, width: 2 * NetworkLayout.edgeWidth, canvas)
    }
    var notes = layout.leftOut
    for i in diagram.layers.indices { notes.leaveOut(.valueLabel, count: paintOperator(i, canvas)) }
    for (k, skip) in diagram.skips.enumerated() { paintSkip(skip, lane: layout.skipLanes[k], canvas) }
    for i in diagram.layers.indices { paintUnits(i, canvas) }
    paintBands(on: canvas)
    return notes
  }

  /// Straight from rim to rim, an arrowhead at the target's rim.
  func paintEdge(_ edge: NetworkDiagram.Edge, color: Color, width: Double, _ canvas: Canvas) {
    let (a, b) = layout.segment(edge)
    arrow(from: a, to: b, color: color, width: width, canvas)
  }

  var headLength: Double { min(7, max(3, 0.35 * r)) }

  func arrow(from a: Point, to b: Point, color: Color, width: Double, _ canvas: Canvas, head: Bool = true) {
    let (dx, dy) = (b.x - a.x, b.y - a.y)
    let length = hypot(dx, dy)
    guard length > 0 else { return }
    let (ux, uy) = (dx / length, dy / length)
    let drawHead = head && arrows && length > 2 * headLength
    // The shaft stops inside the head, so its butt end does not poke out of the tip.
    let end = drawHead ? Point(b.x - ux * headLength * 0.6, b.y - uy * headLength * 0.6) : b
    canvas.stroke(.polyline([a, end]), style: StrokeStyle(color: color, width: width))
    if drawHead {
      canvas.fill(
        .arrowhead(tip: b, dx: ux, dy: uy, length: headLength, halfWidth: headLength * 0.38 + width / 2), color: color)
    }
  }

  /// The box before layer i, an arrow from every unit before it and one to every unit of
  /// layer i, and the previous layer's values on its arrows when it is not the first;
  /// returns how many values did not fit their arrows.
  func paintOperator(_ i: Int, _ canvas: Canvas) -> Int {
    guard let box = layout.operatorBoxes[i], let op = diagram.layers[i].op else { return 0 }
    var omitted = 0
    let horizontal = layout.isHorizontal
    let inputs = diagram.layers[i - 1]
    let values = i - 1 > 0 ? layout.valueTexts(i - 1) : []
    for (k, c) in layout.centers[i - 1].enumerated() {
      guard case .unit(let u) = inputs.slots[k], !inputs.dropped.contains(u) else { continue }
      let start = horizontal ? Point(c.x + r, c.y) : Point(c.x, c.y - r)
      let end = horizontal ? Point(box.minX, c.y) : Point(c.x, box.maxY)
      arrow(from: start, to: end, color: style.foreground, width: NetworkLayout.edgeWidth, canvas)
      if k < values.count, let text = values[k] {
        guard let style = arrowValueStyle(text, length: hypot(end.x - start.x, end.y - start.y), canvas) else {
          omitted += 1
          continue
        }
        let mid = Point((start.x + end.x) / 2, (start.y + end.y) / 2)
        if horizontal {
          canvas.text(text, at: Point(mid.x, mid.y - 2), style: style, anchor: TextAnchor(.center, .bottom))
        } else {
          canvas.text(text, at: Point(mid.x + 4, mid.y), style: style, anchor: TextAnchor(.left, .middle))
        }
      }
    }
    for (k, c) in layout.centers[i].enumerated() {
      guard case .unit = diagram.layers[i].slots[k] else { continue }
      let start = horizontal ? Point(box.maxX, c.y) : Point(c.x, box.minY)
      let end = horizontal ? Point(c.x - r, c.y) : Point(c.x, c.y + r)
      arrow(from: start, to: end, color: style.foreground, width: NetworkLayout.edgeWidth, canvas)
    }
    canvas.fill(.rectangle(box), color: style.foreground.mixed(with: style.background, by: 0.92))
    canvas.stroke(.rectangle(box), style: StrokeStyle(color: style.foreground, width: 1.1))
    canvas.text(
      op, at: Point(box.midX, box.midY), style: layout.operatorStyle, anchor: TextAnchor(.center, .middle),
      rotation: layout.operatorRotated ? Double.pi / 2 : 0)
    return omitted
  }

  /// The style a value on an arrow `length` long is written in: the note style, or 75 % of
  /// it when that is what fits within the arrow (its width along a left-to-right arrow, its
  /// height along an upward one, 4 points spare); nil when neither fits: the value is left
  /// out rather than written over a unit.
  func arrowValueStyle(_ text: RichText, length: Double, _ canvas: Canvas) -> TextStyle? {
    var style = layout.noteStyle
    for factor in [1, 0.75] {
      style.size = layout.noteStyle.size * factor
      let e = canvas.measure(text, style: style)
      if (layout.isHorizontal ? e.width : e.height) <= length - 4 { return style }
    }
    return nil
  }

  /// A skip: out of the rim of the source layer's first unit, along its lane (above the
  /// units, or left of them bottom to top) and into the rim of the target's first unit,
  /// with rounded corners that stay within 0.45 of a gap of either end column.
  func paintSkip(_ skip: NetworkDiagram.Skip, lane: Double, _ canvas: Canvas) {
    guard let f = layout.centers[skip.from].first, let t = layout.centers[skip.to].first else { return }
    let gap = abs(layout.axis(1) - layout.axis(0))
    let d = min(0.45 * gap, 40)
    var path = Path()
    let color = style.color(2)
    let end: Point
    let labelPoint: Point
    let anchor: TextAnchor
    if layout.isHorizontal {
      let start = Point(f.x, f.y - r)
      end = Point(t.x, t.y - r)
      path.move(to: start)
      path.curve(to: Point(f.x + d, lane), control1: Point(f.x, lane), control2: Point(f.x + d / 2, lane))
      path.line(to: Point(t.x - d, lane))
      path.curve(to: end, control1: Point(t.x - d / 2, lane), control2: Point(t.x, lane))
      labelPoint = Point((f.x + t.x) / 2, lane - 2)
      anchor = TextAnchor(.center, .bottom)
    } else {
      let start = Point(f.x - r, f.y)
      end = Point(t.x - r, t.y)
      path.move(to: start)
      path.curve(to: Point(lane, f.y - d), control1: Point(lane, f.y), control2: Point(lane, f.y - d / 2))
      path.line(to: Point(lane, t.y + d))
      path.curve(to: end, control1: Point(lane, t.y + d / 2), control2: Point(lane, t.y))
      labelPoint = Point(lane - 3, (f.y + t.y) / 2)
      anchor = TextAnchor(.right, .middle)
    }
    canvas.stroke(path, style: StrokeStyle(color: color, width: 1.6))
    if arrows {
      let (dx, dy) = layout.isHorizontal ? (0.0, 1.0) : (1.0, 0.0)
      canvas.fill(.arrowhead(tip: end, dx: dx, dy: dy, length: 7, halfWidth: 3.2), color: color)
    }
    if let label = skip.label {
      canvas.text(label, at: labelPoint, style: layout.noteStyle.with(color: color), anchor: anchor)
    }
  }
}
