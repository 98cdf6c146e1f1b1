import Foundation

extension NetworkPainter {
  /// Paints a block chain left to right: for a conv or pool step, its window on the side
  /// face of the box before (k of the box's width and k of its height, to scale within the
  /// box) and four lines from the window's corners toward the next box's side face, drawn
  /// before that box so it hides their ends, as NN-SVG draws its LeNet; for a dense step an
  /// arrow across the gap. Boxes: the front face in the layer's role colour (input, hidden,
  /// output, as units are), the top lighter and the side darker, so the depth reads; then
  /// every text of the layout.
  static func paintBlocks(_ layout: NetworkBlockLayout, on canvas: Canvas) {
    let style = layout.style
    let layers = layout.diagram.layers
    let ink = StrokeStyle(color: style.foreground, width: 0.9)
    let accent = style.color(1)
    for (i, box) in layout.boxes.enumerated() {
      if i > 0 {
        let before = layout.boxes[i - 1]
        if let k = layers[i].window, let shape = layers[i - 1].shape {
          let s = Point(before.x + before.w + before.dx / 2, before.cy - before.dy / 2)
          let along = (Double(k) / Double(shape.width)) / 2
          let across = (Double(k) / Double(shape.height)) * before.h / 2
          let corners = [(-1.0, -1.0), (1, -1), (1, 1), (-1, 1)].map { (a, b) in
            Point(s.x + a * along * before.dx, s.y - a * along * before.dy + b * across)
          }
          let target = Point(box.x + box.w + box.dx / 2, box.cy - box.dy / 2)
          for c in corners {
            canvas.stroke(.polyline([c, target]), style: StrokeStyle(color: style.muted, width: 0.7))
          }
          var window = Path()
          window.move(to: corners[0])
          for c in corners.dropFirst() { window.line(to: c) }
          window.close()
          canvas.fill(window, color: accent.withAlpha(0.35))
          canvas.stroke(window, style: StrokeStyle(color: accent, width: 1))
        } else if layers[i].link != nil {
          let startX = before.x + before.w + min(before.dx, before.dx * (before.h / 2) / max(before.dy, 1e-9))
          let a = Point(startX + 3, box.cy)
          let b = Point(box.x - 3, box.cy)
          if b.x - a.x > 8 {
            canvas.stroke(.polyline([a, Point(b.x - 3, b.y)]), style: StrokeStyle(color: style.foreground, width: 0.9))
            canvas.fill(.arrowhead(tip: b, dx: 1, dy: 0, length: 6, halfWidth: 2.6), color: style.foreground)
          }
        }
      }
      let role = i == 0 ? 2 : (i == layers.count - 1 ? 1 : 0)
      let face = style.color(role).mixed(with: style.background, by: 0.7)
      let o = box.outline
      let front = Path.rectangle(Rect(x: box.x, y: box.cy - box.h / 2, width: box.w, height: box.h))
      let top = polygon([o[0], o[1], o[2], Point(box.x + box.w, box.cy - box.h / 2)])
      let side = polygon([Point(box.x + box.w, box.cy - box.h / 2), o[2], o[3], o[4]])
      canvas.fill(top, color: face.mixed(with: style.background, by: 0.45))
      canvas.fill(side, color: face.mixed(with: style.foreground, by: 0.18))
      canvas.fill(front, color: face)
      for p in [top, side, front] { canvas.stroke(p, style: ink) }
    }
    for label in layout.labels + layout.links.compactMap({ $0 }) {
      canvas.text(
        label.text, at: Point(label.rect.minX, label.rect.minY), style: label.style, anchor: TextAnchor(.left, .top))
    }
  }

  static func polygon(_ points: [Point]) -> Path {
    var path = Path()
    guard let first = points.first else { return path }
    path.move(to: first)
    for p in points.dropFirst() { path.line(to: p) }
    path.close()
    return path
  }
}
