/// Draws one column of a ``SoftmaxChart``: a horizontal bar per class from a zero line,
/// the value written at the bar's end, and the links between columns.
struct SoftmaxBars {
  let style: Style
  let canvas: Canvas
  let rowHeight: Double

  /// Draws bars for `values` in `rect`, scaled so the largest magnitude (or `fullScale`)
  /// spans the room left after the labels. Returns each row's right anchor for links.
  func column(_ rect: Rect, values: [Double], labels: [RichText], fullScale: Double? = nil) -> [Point] {
    let textStyle = style.valueLabel
    let labelRoom = (labels.map { canvas.measure($0, style: textStyle).width }.max() ?? 0) + 8
    // Bars run from a zero line: the room splits between the most negative and the most
    // positive value (or `fullScale`), labels outside both ends.
    let lowest = max(-(values.min() ?? 0), 0)
    let highest = max(fullScale ?? (values.max() ?? 0), 0)
    // Values are divided by the largest magnitude first: lowest + highest overflows for
    // logits of ±1e308.
    let magnitude = max(lowest, highest, 1e-300)
    let span = rect.width - labelRoom * (lowest > 0 ? 2 : 1)
    let unit = span / max(lowest / magnitude + highest / magnitude, 1e-300)
    let zeroX = rect.minX + (lowest > 0 ? labelRoom : 0) + lowest / magnitude * unit
    var anchors: [Point] = []
    var axis = Path()
    axis.move(to: Point(zeroX, rect.minY))
    axis.line(to: Point(zeroX, rect.maxY))
    canvas.stroke(axis, style: StrokeStyle(color: style.axis, width: 1))
    for (i, v) in values.enumerated() {
      let midY = rect.minY + rowHeight * (Double(i) + 0.5)
      let length = v / magnitude * unit
      let bar = Rect(
        x: min(zeroX, zeroX + length), y: midY - rowHeight * 0.3, width: max(abs(length), 0.75), height: rowHeight * 0.6
      )
      canvas.fill(.rectangle(bar), color: style.color(i).withAlpha(0.85))
      let end = v < 0 ? bar.minX - 5 : bar.maxX + 5
      canvas.text(
        labels[i], at: Point(end, midY), style: textStyle, anchor: TextAnchor(v < 0 ? .right : .left, .middle))
      anchors.append(Point(rect.maxX, midY))
    }
    return anchors
  }

  /// A curve from each anchor to the same row at `x`, in the row's colour.
  func links(from anchors: [Point], to x: Double) {
    for (i, a) in anchors.enumerated() {
      var path = Path()
      let start = Point(a.x + 4, a.y)
      let end = Point(x - 8, a.y)
      path.move(to: start)
      path.curve(
        to: end, control1: Point((start.x + end.x) / 2, start.y), control2: Point((start.x + end.x) / 2, end.y))
      canvas.stroke(path, style: StrokeStyle(color: style.color(i).withAlpha(0.7), width: 1.6, cap: .round))
      var head = Path()
      head.move(to: Point(x - 2, a.y))
      head.line(to: Point(x - 9, a.y - 3.5))
      head.line(to: Point(x - 9, a.y + 3.5))
      head.close()
      canvas.fill(head, color: style.color(i).withAlpha(0.7))
    }
  }
}
