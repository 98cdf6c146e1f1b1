/// Draws one column of a ``SoftmaxChart``: a horizontal bar per class from a zero line,
/// the value written at the bar's end, and the links between columns. Each class looks as
/// the style's n-th series (``Style/seriesLine(index:derivative:)``): its colour, and past
/// the palette a dashed outline and dashed links, so 8 or more classes stay apart.
struct SoftmaxBars {
  /// The shortest bar drawn for a non-zero value, in points (e^−3 beside e³ is 0.2 % long).
  static let stub = 3.0

  let style: Style
  let canvas: Canvas
  let rowHeight: Double
  /// The values' text style (``Style/valueLabel``, smaller on a small figure).
  var textStyle: TextStyle

  /// Draws bars for `values` in `rect`, scaled so the largest magnitude (or `fullScale`)
  /// spans the room left after the labels. Returns each row's right anchor for links.
  /// Empty `labels` draw the bars alone.
  func column(_ rect: Rect, values: [Double], labels: [RichText], fullScale: Double? = nil) -> [Point] {
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
      var length = v / magnitude * unit
      // A non-zero value too small to see gets a visible stub (its label gives the value).
      if v != 0 && abs(length) < Self.stub { length = v < 0 ? -Self.stub : Self.stub }
      let bar = Rect(
        x: min(zeroX, zeroX + length), y: midY - rowHeight * 0.3, width: abs(length), height: rowHeight * 0.6)
      let look = style.seriesLine(index: i, derivative: false)
      if v == 0 {
        // No bar for 0.
      } else if look.dash.isEmpty {
        canvas.fill(.rectangle(bar), color: look.color.withAlpha(0.85))
      } else {
        // Past the palette: a lighter fill in a dashed outline (``Style/seriesLine(index:derivative:)``).
        canvas.fill(.rectangle(bar), color: look.color.withAlpha(0.35))
        canvas.stroke(.rectangle(bar), style: StrokeStyle(color: look.color, width: 1.6, dash: look.dash, cap: .round))
      }
      let end = v < 0 ? bar.minX - 5 : bar.maxX + 5
      if i < labels.count, !labels[i].isEmpty {
        canvas.text(
          labels[i], at: Point(end, midY), style: textStyle, anchor: TextAnchor(v < 0 ? .right : .left, .middle))
      }
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
      let look = style.seriesLine(index: i, derivative: false)
      canvas.stroke(
        path, style: StrokeStyle(color: look.color.withAlpha(0.7), width: 1.6, dash: look.dash, cap: .round))
      var head = Path()
      head.move(to: Point(x - 2, a.y))
      head.line(to: Point(x - 9, a.y - 3.5))
      head.line(to: Point(x - 9, a.y + 3.5))
      head.close()
      canvas.fill(head, color: style.color(i).withAlpha(0.7))
    }
  }
}
