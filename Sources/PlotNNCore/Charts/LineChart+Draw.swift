extension LineChart {
  /// Draws the chart on `canvas`, sized `size` points; curves stay within `tolerance`
  /// device units of the true functions (0.1 px at scale 1).
  ///
  /// Layout, then text placement; when the legend finds no free place inside the plot, or
  /// an axis's tick labels none beside the axis, the chart is laid out again with a strip
  /// above the plot for the legend, or those labels on the frame, so no text covers data.
  public func draw(on canvas: Canvas, size: Size, tolerance: Double = 0.1) {
    let (layout, placement) = arranged(on: canvas, size: size, tolerance: tolerance)
    LineChartPainter(chart: self, layout: layout, placement: placement, canvas: canvas).paint()
  }

  /// The largest share of the figure's height a legend strip may take.
  static let maximumLegendStripShare = 0.2

  /// The final layout and text placement ``draw(on:size:tolerance:)`` paints.
  func arranged(on canvas: Canvas, size: Size, tolerance: Double) -> (LineChartLayout, LineChartPlacement) {
    var layout = LineChartLayout(chart: self, size: size, canvas: canvas, tolerance: tolerance)
    var placement = LineChartPlacement(chart: self, layout: layout, canvas: canvas)
    var strip = 0.0
    var onFrame = LineChartLayout.LabelsOnFrame()
    // Each pass can only move more texts out of the plot, so two more passes suffice.
    for _ in 0..<2 {
      let wantsStrip = placement.legendWantsStrip && strip == 0
      let wants = placement.labelsWantFrame
      let frame = LineChartLayout.LabelsOnFrame(x: onFrame.x || wants.x, y: onFrame.y || wants.y)
      guard wantsStrip || frame != onFrame else { break }
      if wantsStrip {
        strip = LegendBlock(chart: self, canvas: canvas).stripHeight(
          width: size.width - 2 * style.margin, on: canvas)
        // The data comes first: a legend whose rows would take more than a fifth of the
        // figure's height (eight series at 200 × 150) is left out; the curves keep the room.
        if strip > Self.maximumLegendStripShare * size.height {
          var bare = self
          bare.showLegend = false
          return bare.arranged(on: canvas, size: size, tolerance: tolerance)
        }
      }
      onFrame = frame
      layout = LineChartLayout(
        chart: self, size: size, canvas: canvas, tolerance: tolerance, legendStrip: strip, onFrame: onFrame)
      placement = LineChartPlacement(chart: self, layout: layout, canvas: canvas)
    }
    return (layout, placement)
  }
}
