import Foundation

/// The loss panel of an ``OptimizersChart``: L − L* (or L) against the step, one line per
/// optimizer in its path's look, on a log axis with decades labelled `$10^{k}$` and minor
/// ticks at 2 … 9 (``LogTickLocator``), or a linear axis when some loss is ≤ 0.
struct OptimizersLossPainter {
  let chart: OptimizersChart
  let plot: Rect
  let canvas: Canvas
  /// Whether the layout left room for the tick labels and axis names
  /// (``OptimizersChartLayout/showTickLabels``): without it they would be drawn over the
  /// legend or the left panel (at 480 × 240 px the x labels ran into the legend's row).
  var labels = true

  private var style: Style { chart.style }

  /// The values drawn for trace `i`: L − L* when L* is known, else L.
  func values(_ i: Int) -> [Double] {
    let losses = chart.traces[i].path.losses
    guard let best = chart.loss.minimumValue else { return losses }
    return losses.map { $0 - best }
  }

  /// Whether the axis is logarithmic: every value drawn is positive somewhere and none is
  /// negative (a value of exactly 0, the minimum reached, sits on the floor).
  var isLog: Bool {
    let all = chart.traces.indices.flatMap(values).filter(\.isFinite)
    return all.contains { $0 > 0 } && !all.contains { $0 < 0 }
  }

  /// Draws the panel; returns its tick labels and axis names left out for want of room.
  @discardableResult
  func paint() -> LayoutNotes {
    var notes = LayoutNotes()
    let all = chart.traces.indices.flatMap(values).filter(\.isFinite)
    guard let top = all.max(), let bottom = all.min() else { return notes }
    let perStep = { (i: Int) in Double(chart.samplesPerStep.map { i < $0.count ? $0[i] : 1 } ?? 1) }
    let steps = max(
      chart.traces.indices.map { Int(Double(chart.traces[$0].path.points.count - 1) * perStep($0)) }.max() ?? 1, 1)
    let xScale = LinearScale(domain: 0...Double(steps), start: plot.minX, end: plot.maxX)
    let log = isLog
    let yRange: ClosedRange<Double>
    if log {
      let positive = all.filter { $0 > 0 }
      let low = max(positive.min() ?? top, top * 1e-16)
      yRange = LogScale.decades(containing: low, max(top, low))
    } else {
      yRange = bottom < top ? bottom...top : (bottom - 1)...(top + 1)
    }
    let logScale = LogScale(domain: yRange, start: plot.maxY, end: plot.minY)
    let linear = LinearScale(domain: yRange, start: plot.maxY, end: plot.minY)
    let y: (Double) -> Double = { v in log ? logScale(v) : linear(v) }
    canvas.clipped(to: plot) {
      for i in chart.traces.indices.reversed() {
        let look = style.seriesLine(index: i, derivative: false)
        let points = values(i).prefix(chart.visibleCount(i)).enumerated().map { k, v in
          Point(xScale(Double(k) * perStep(i)), min(max(y(v.isFinite ? v : top), plot.minY - 1e4), plot.maxY + 1e4))
        }
        canvas.stroke(
          .polyline(points),
          style: StrokeStyle(
            color: look.color, width: style.curveWidth * 0.7, dash: look.dash, cap: .round, join: .round))
      }
    }
    let axis = StrokeStyle(color: style.axis, width: style.axisWidth)
    canvas.stroke(.rectangle(plot), style: axis)
    var marks = Path()
    let xTicks = TickLocator.labelledTicks(0...Double(steps), length: plot.width, bins: 5) { a, b in
      (canvas.measure(a, style: style.tickLabel).width + canvas.measure(b, style: style.tickLabel).width) / 2 + 8
    }.ticks.map { $0.placed(by: xScale) }
    for t in xTicks {
      marks.move(to: Point(t.position, plot.maxY))
      marks.line(to: Point(t.position, plot.maxY + 4))
    }
    var yLabels: [(RichText, Double)] = []
    if log {
      let locator = LogTickLocator(maxTicks: max(2, min(9, Int(plot.height / 22))))
      for k in locator.majorExponents(from: yRange.lowerBound, to: yRange.upperBound).exponents {
        let p = logScale(pow(10, Double(k)))
        marks.move(to: Point(plot.minX, p))
        marks.line(to: Point(plot.minX - 4, p))
        if let label = try? RichText(markup: LogTickLocator.label(exponent: k)) { yLabels.append((label, p)) }
      }
      for v in locator.minorTicks(from: yRange.lowerBound, to: yRange.upperBound) {
        let p = logScale(v)
        marks.move(to: Point(plot.minX, p))
        marks.line(to: Point(plot.minX - 2, p))
      }
    } else {
      let ticks = TickLocator.labelledTicks(yRange, length: plot.height, bins: 6) { _, _ in 16 }.ticks
      for t in ticks.map({ $0.placed(by: linear) }) {
        marks.move(to: Point(plot.minX, t.position))
        marks.line(to: Point(plot.minX - 4, t.position))
        yLabels.append((t.label, t.position))
      }
    }
    canvas.stroke(marks, style: axis)
    guard labels else {
      notes.leaveOut(.tickLabel, count: xTicks.count + yLabels.count)
      notes.leaveOut(.axisName, count: 2)
      return notes
    }
    for t in xTicks {
      canvas.text(
        t.label, at: Point(t.position, plot.maxY + 6), style: style.tickLabel, anchor: TextAnchor(.center, .top))
    }
    var widest = 0.0
    for (label, p) in yLabels {
      widest = max(widest, canvas.measure(label, style: style.tickLabel).width)
      canvas.text(label, at: Point(plot.minX - 7, p), style: style.tickLabel, anchor: TextAnchor(.right, .middle))
    }
    let labelHeight = canvas.measure(.plain("0"), style: style.tickLabel).height
    canvas.text(
      .plain(chart.samplesPerStep == nil ? "步数" : "已见样本数"), at: Point(plot.midX, plot.maxY + 8 + labelHeight),
      style: style.panelAxisName,
      anchor: TextAnchor(.center, .top))
    let name: RichText =
      chart.loss.minimumValue != nil
      ? .italic("L") + .plain(" − ") + .italic("L") + RichText.plain("*").scripted(.superscript) : .italic("L")
    canvas.text(
      name, at: Point(plot.minX - 10 - widest, plot.midY), style: style.panelAxisName,
      anchor: TextAnchor(.center, .bottom), rotation: Double.pi / 2)
    return notes
  }
}
