import Foundation

/// The legend of a ``LineChart``: a swatch (solid or dashed) and a label per series, in a
/// box at the plot corner its curves cover least (top left on ties), like matplotlib's
/// `loc="best"`.
struct LegendPainter {
  let chart: LineChart
  let layout: LineChartLayout
  let canvas: Canvas

  private var style: Style { chart.style }

  func paint() {
    let textStyle = style.legend
    let extents = chart.series.map { canvas.measure($0.label, style: textStyle) }
    let swatch = 28.0
    let rowHeight = max(extents.map(\.height).max() ?? 0, 12) + 3
    let width = swatch + 8 + (extents.map(\.width).max() ?? 0) + 20
    let height = rowHeight * Double(chart.series.count) + 12
    let box = bestBox(width: width, height: height)
    let frame = Path.rectangle(box)
    canvas.fill(frame, color: style.panel)
    canvas.stroke(frame, style: StrokeStyle(color: style.grid, width: 1))
    for (i, series) in chart.series.enumerated() {
      let y = box.minY + 6 + rowHeight * (Double(i) + 0.5)
      let line = Path.polyline([Point(box.minX + 10, y), Point(box.minX + 10 + swatch, y)])
      let look = style.seriesLine(index: series.colorIndex, derivative: series.dashed)
      let stroke = StrokeStyle(
        color: look.color, width: style.curveWidth, dash: look.buttDash(width: style.curveWidth), cap: .butt)
      canvas.stroke(line, style: stroke)
      canvas.text(
        series.label, at: Point(box.minX + 18 + swatch, y), style: textStyle, anchor: TextAnchor(.left, .middle))
    }
  }

  private func bestBox(width: Double, height: Double) -> Rect {
    let plot = layout.plot
    let inset = 10.0
    let left = plot.minX + inset + (layout.verticalAxisInside ? 0 : 4)
    let right = plot.maxX - inset - width
    let top = plot.minY + inset
    let bottom = plot.maxY - inset - height
    let candidates = [
      Rect(x: left, y: top, width: width, height: height),
      Rect(x: right, y: top, width: width, height: height),
      Rect(x: right, y: bottom, width: width, height: height),
      Rect(x: left, y: bottom, width: width, height: height),
    ]
    let points = layout.curves.flatMap { $0.densePoints(spacing: 4) }
    var best = candidates[0]
    var fewest = Int.max
    for box in candidates {
      let covered = points.filter { box.insetBy(-4).contains($0) }.count
      if covered < fewest {
        fewest = covered
        best = box
      }
    }
    return best
  }
}
