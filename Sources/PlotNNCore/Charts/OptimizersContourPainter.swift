import Foundation

/// The contour panel of an ``OptimizersChart``: contours, every path (clipped to the
/// plot, so a diverged one runs to the frame), the start, the minima, frame and ticks.
struct OptimizersContourPainter {
  let chart: OptimizersChart
  let layout: OptimizersChartLayout
  let canvas: Canvas

  private var style: Style { chart.style }
  private var plot: Rect { layout.contourPlot }

  /// The contour lines as the strokes that draw them, lowest level first: the same in every
  /// frame of an animation (``OptimizersChart/preparedForFrames(size:tolerance:canvas:)``).
  func contours() -> [(Path, StrokeStyle)] {
    let grid = ScalarGrid(
      x: layout.xScale.domain, y: layout.yScale.domain,
      columns: Int(clamping: plot.width / 2.5, to: 20...360, rounding: .up) + 1,
      rows: Int(clamping: plot.height / 2.5, to: 20...360, rounding: .up) + 1
    ) { chart.loss.value(Vector2($0, $1)) }
    let levels = Self.levels(grid: grid, minimum: chart.loss.minimumValue, count: chart.levels)
    let colors = ContourColors(style: style)
    return levels.enumerated().compactMap { k, level in
      var path = Path()
      for line in MarchingSquares.isolines(in: grid, level: level) {
        guard let first = line.points.first else { continue }
        path.move(to: device(first))
        for p in line.points.dropFirst() { path.line(to: device(p)) }
        if line.isClosed { path.close() }
      }
      guard !path.isEmpty else { return nil }
      return (path, StrokeStyle(color: colors.level(k, of: levels.count), width: 1, join: .round))
    }
  }

  /// Paints the panel, with its `contours` when they were worked out before.
  func paint(contours known: [(Path, StrokeStyle)]? = nil) {
    let contours = known ?? contours()
    canvas.clipped(to: plot) {
      for (path, stroke) in contours { canvas.stroke(path, style: stroke) }
      for i in chart.traces.indices.reversed() { paintPath(i) }
      for m in chart.loss.minima {
        let star = DescentPathPainter.star(center: device(m), outer: 7, inner: 2.9)
        canvas.fill(star, color: style.foreground)
      }
      if let start = chart.traces.first?.path.points.first {
        let marker = Path.circle(center: device(start), radius: 4.5)
        canvas.fill(marker, color: style.background)
        canvas.stroke(marker, style: StrokeStyle(color: style.foreground, width: 1.6))
      }
    }
    paintFrame()
  }

  /// Levels for the grid's values above the minimum: log-spaced from the 2nd percentile to
  /// the 98th when they span two decades or more, else evenly spaced.
  static func levels(grid: ScalarGrid, minimum: Double?, count: Int) -> [Double] {
    let values = grid.values.filter(\.isFinite).sorted()
    guard let lowest = values.first, values.count > 2 else { return [] }
    let base = min(minimum ?? lowest, lowest)
    let lo = values[values.count * 2 / 100] - base, hi = values[values.count * 98 / 100] - base
    guard hi > 0 else { return [] }
    let n = max(count, 2)
    if spansDecades(values, minimum: minimum) {
      let (a, b) = (log10(lo), log10(hi))
      return (0..<n).map { base + pow(10, a + (b - a) * Double($0) / Double(n - 1)) }
    }
    return (1...n).map { base + hi * Double($0) / Double(n) }
  }

  /// Whether the values above the minimum (`minimum`, or the lowest value when it is nil or
  /// higher) span two decades or more from their 2nd percentile to their 98th: the rule
  /// for log-spaced contour levels and for the 3-D view's log height
  /// (``OptimizersChart/SurfaceHeight``).
  static func spansDecades(_ values: [Double], minimum: Double?) -> Bool {
    let values = values.filter(\.isFinite).sorted()
    guard let lowest = values.first, values.count > 2 else { return false }
    let base = min(minimum ?? lowest, lowest)
    let lo = values[values.count * 2 / 100] - base, hi = values[values.count * 98 / 100] - base
    return hi > 0 && lo > 0 && hi / lo >= 100
  }

  private func device(_ p: Vector2) -> Point { Point(layout.xScale(p.x), layout.yScale(p.y)) }

  /// The path of trace `i` with a dot at its end; points far outside the window are pulled
  /// in to 10 window widths, where the clip has long cut the line, so that no coordinate
  /// handed to the canvas is huge.
  private func paintPath(_ i: Int) {
    let points = Array(chart.traces[i].path.points.prefix(chart.visibleCount(i)))
    guard points.count > 1 else { return }
    let look = style.seriesLine(index: i, derivative: false)
    let reach = 10 * max(plot.width, plot.height)
    let clampedPoints = points.map { p -> Point in
      let d = device(p)
      return Point(
        min(max(d.x, plot.minX - reach), plot.maxX + reach), min(max(d.y, plot.minY - reach), plot.maxY + reach))
    }
    canvas.stroke(
      .polyline(clampedPoints),
      style: StrokeStyle(color: look.color, width: style.curveWidth * 0.7, dash: look.dash, cap: .round, join: .round))
    if let last = clampedPoints.last, plot.contains(last) {
      canvas.fill(.circle(center: last, radius: 2.8), color: look.color)
    }
  }

  private func paintFrame() {
    let axis = StrokeStyle(color: style.axis, width: style.axisWidth)
    var marks = Path()
    for t in layout.xTicks {
      marks.move(to: Point(t.position, plot.maxY))
      marks.line(to: Point(t.position, plot.maxY + 4))
    }
    for t in layout.yTicks {
      marks.move(to: Point(plot.minX, t.position))
      marks.line(to: Point(plot.minX - 4, t.position))
    }
    canvas.stroke(marks, style: axis)
    canvas.stroke(.rectangle(plot), style: axis)
    guard layout.showTickLabels else { return }
    for t in layout.xTicks {
      canvas.text(
        t.label, at: Point(t.position, plot.maxY + 6), style: style.tickLabel, anchor: TextAnchor(.center, .top))
    }
    var widest = 0.0
    for t in layout.yTicks {
      widest = max(widest, canvas.measure(t.label, style: style.tickLabel).width)
      canvas.text(
        t.label, at: Point(plot.minX - 7, t.position), style: style.tickLabel, anchor: TextAnchor(.right, .middle))
    }
    let labelHeight = canvas.measure(.plain("0"), style: style.tickLabel).height
    let names = chart.loss.axisNames
    canvas.text(
      (try? RichText(markup: names.x)) ?? .italic("x"), at: Point(plot.midX, plot.maxY + 8 + labelHeight),
      style: style.panelAxisName, anchor: TextAnchor(.center, .top))
    canvas.text(
      (try? RichText(markup: names.y)) ?? .italic("y"), at: Point(plot.minX - 10 - widest, plot.midY),
      style: style.panelAxisName, anchor: TextAnchor(.center, .bottom), rotation: Double.pi / 2)
  }
}
