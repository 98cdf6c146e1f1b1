import Foundation

extension NetworkPainter {
  /// The units of layer i: circles with their labels; the bias "+1"; "⋮ n" for an elided
  /// run (⋯ bottom to top), its count on a background halo since edges may pass there.
  func paintUnits(_ i: Int, _ canvas: Canvas) {
    let layer = diagram.layers[i]
    for (k, c) in layout.centers[i].enumerated() {
      switch layer.slots[k] {
      case .ellipsis(let hidden, let total):
        let dots = RichText.plain(layout.isHorizontal ? "⋮" : "⋯")
        var dotStyle = layout.labelStyle
        dotStyle.size = max(dotStyle.size, layout.noteStyle.size) * 1.3
        canvas.text(dots, at: c, style: dotStyle, anchor: TextAnchor(.center, .middle))
        let count = RichText.plain(String(total))
        let e = canvas.measure(count, style: layout.noteStyle)
        let dotExtent = canvas.measure(dots, style: dotStyle)
        let origin =
          layout.isHorizontal
          ? Point(c.x + dotExtent.width / 2 + 3, c.y - e.height / 2)
          : Point(c.x - e.width / 2, c.y + dotExtent.height / 2 + 1)
        canvas.fill(
          .rectangle(Rect(x: origin.x - 1, y: origin.y, width: e.width + 2, height: e.height)), color: style.background)
        canvas.text(
          count, at: origin, style: layout.noteStyle.with(color: style.muted), anchor: TextAnchor(.left, .top))
        _ = hidden
      case .bias:
        circle(c, fill: style.foreground.mixed(with: style.background, by: 0.9), stroke: style.foreground, canvas)
        canvas.text(.plain("+1"), at: c, style: layout.biasStyle, anchor: TextAnchor(.center, .middle))
      case .unit(let u):
        if layer.dropped.contains(u) {
          circle(c, fill: style.background, stroke: style.muted, dash: [3, 2.5], canvas)
          let q = r * 0.62
          for (dx, dy) in [(q, q), (q, -q)] {
            canvas.stroke(
              .polyline([Point(c.x - dx, c.y - dy), Point(c.x + dx, c.y + dy)]),
              style: StrokeStyle(color: crossColor, width: 1.6, cap: .round))
          }
          continue
        }
        let lit = layer.highlighted.contains(u)
        circle(
          c, fill: lit ? highlightColor.mixed(with: style.background, by: 0.55) : fill(layer: i),
          stroke: lit ? highlightColor : style.foreground, width: lit ? 2.2 : 1.2, canvas)
        if u < layer.labels.count {
          canvas.text(layer.labels[u], at: c, style: layout.labelStyles[i], anchor: TextAnchor(.center, .middle))
        }
      }
    }
  }

  func circle(_ c: Point, fill: Color, stroke: Color, width: Double = 1.2, dash: [Double] = [], _ canvas: Canvas) {
    let path = Path.circle(center: c, radius: r)
    canvas.fill(path, color: fill)
    canvas.stroke(path, style: StrokeStyle(color: stroke, width: width, dash: dash))
  }

  /// Names, weights labels, activations and the end layers' value vectors.
  func paintBands(on canvas: Canvas) {
    let horizontal = layout.isHorizontal
    let layers = diagram.layers
    for (i, layer) in layers.enumerated() {
      let a = layout.axis(i)
      if let name = layer.name {
        let at = horizontal ? Point(a, layout.nameBaseline(i)) : Point(layout.nameLine, a)
        canvas.text(
          name, at: at, style: layout.nameStyle,
          anchor: horizontal ? TextAnchor(.center, .baseline) : TextAnchor(.right, .middle))
      }
      if let activation = layer.activation {
        let at = horizontal ? Point(a, layout.activationBottom(i)) : Point(layout.activationLine, a)
        canvas.text(
          activation, at: at, style: layout.noteStyle.with(color: style.muted),
          anchor: horizontal ? TextAnchor(.center, .bottom) : TextAnchor(.left, .middle))
      }
      if i > 0, let weights = layer.weights {
        let mid = (layout.axis(i - 1) + a) / 2
        let at = horizontal ? Point(mid, layout.weightsLine) : Point(layout.weightsLine, mid)
        canvas.text(
          weights, at: at, style: layout.labelStyle.with(color: style.foreground),
          anchor: horizontal ? TextAnchor(.center, .top) : TextAnchor(.right, .middle))
      }
    }
    paintVector(0, before: true, canvas)
    if layers.count > 1 { paintVector(layers.count - 1, before: false, canvas) }
  }

  /// A layer's values in brackets, before it (the first layer) or after it (the last):
  /// a column vector left to right, a row vector bottom to top (the book's 3.4.9 box).
  func paintVector(_ i: Int, before: Bool, _ canvas: Canvas) {
    let texts = layout.valueTexts(i)
    guard !texts.isEmpty else { return }
    let centers = layout.centers[i]
    let style = layout.noteStyle
    let extents = texts.map { $0.map { canvas.measure($0, style: style) } }
    let width = extents.compactMap { $0?.width }.max() ?? 0
    let height = extents.compactMap { $0?.height }.max() ?? 0
    let drawn = texts.indices.filter { texts[$0] != nil }
    guard let first = drawn.first, let last = drawn.last else { return }
    let spacing = centers.count > 1 ? abs((centers[1].x - centers[0].x) + (centers[1].y - centers[0].y)) : 2 * r
    let arm = 4.0
    let ink = StrokeStyle(color: self.style.foreground, width: 1.1)
    if layout.isHorizontal {
      let x = before ? centers[first].x - r - 15 : centers[first].x + r + 15
      for k in drawn {
        guard let t = texts[k] else { continue }
        canvas.text(t, at: Point(x, centers[k].y), style: style, anchor: TextAnchor(before ? .right : .left, .middle))
      }
      let (xl, xr) = before ? (x - width - 4, x + 4) : (x - 4, x + width + 4)
      let y0 = centers[first].y - min(spacing * 0.45, height), y1 = centers[last].y + min(spacing * 0.45, height)
      canvas.stroke(.polyline([Point(xl + arm, y0), Point(xl, y0), Point(xl, y1), Point(xl + arm, y1)]), style: ink)
      canvas.stroke(.polyline([Point(xr - arm, y0), Point(xr, y0), Point(xr, y1), Point(xr - arm, y1)]), style: ink)
    } else {
      let y = before ? centers[first].y + r + 10 : centers[first].y - r - 10
      for k in drawn {
        guard let t = texts[k] else { continue }
        canvas.text(t, at: Point(centers[k].x, y), style: style, anchor: TextAnchor(.center, before ? .top : .bottom))
      }
      let (y0, y1) = before ? (y - 3, y + height + 3) : (y - height - 3, y + 3)
      let halfFirst = (extents[first]?.width ?? 0) / 2, halfLast = (extents[last]?.width ?? 0) / 2
      let xl = centers[first].x - max(spacing * 0.45, halfFirst + 6)
      let xr = centers[last].x + max(spacing * 0.45, halfLast + 6)
      canvas.stroke(.polyline([Point(xl + arm, y0), Point(xl, y0), Point(xl, y1), Point(xl + arm, y1)]), style: ink)
      canvas.stroke(.polyline([Point(xr - arm, y0), Point(xr, y0), Point(xr, y1), Point(xr - arm, y1)]), style: ink)
    }
  }
}
