extension LineChart {
  /// Draws the chart on `canvas`, sized `size` points; curves stay within `tolerance`
  /// device units of the true functions (0.1 px at scale 1).
  ///
  /// Layout, then text placement; when the legend finds no free place inside the plot, or
  /// an axis's tick labels none beside the axis, the chart is laid out again with a strip
  /// above the plot for the legend, or those labels on the frame, so no text covers data.
  ///
  /// Returns what was left out for room: the placement's tick labels, offsets, axis names
  /// and mark labels, and the title, subtitle or legend that gave way in a later pass.
  @discardableResult
  public func draw(on canvas: Canvas, size: Size, tolerance: Double = 0.1) -> LayoutNotes {
    let (layout, placement) = arranged(on: canvas, size: size, tolerance: tolerance)
    LineChartPainter(chart: self, layout: layout, placement: placement, canvas: canvas).paint()
    var notes = LayoutNotes()
    if title != nil && layout.heading.title == nil { notes.leaveOut(.title) }
    if subtitle != nil && (layout.heading.subtitle == nil || layout.heading.blocks(on: canvas).subtitle == nil) {
      notes.leaveOut(.subtitle)
    }
    if showsLegend && placement.legend == nil { notes.leaveOut(.legend) }
    if resolvedDerivativeAxis == .right && layout.rightAxis == nil { notes.leaveOut(.rightAxis) }
    notes.merge(placement.notes)
    for sentence in remarks { notes.remark(sentence) }
    return notes
  }

  /// The largest share of the figure's height a legend strip may take.
  static let maximumLegendStripShare = 0.2
  /// The least share of the figure's height the plot keeps before the subtitle gives way:
  /// two fifths, so the data, not the decoration, has most of a small figure (at a quarter
  /// a 320 × 240 figure kept a plot 60 points high under its heading and legend).
  static let minimumPlotShare = 0.4

  /// The final layout and text placement ``draw(on:size:tolerance:)`` paints.
  ///
  /// A legend asked for outside the plot is given its room from the first pass: a column
  /// right of the plot (``LegendBlock/columnWidth(figureWidth:)``) or rows under the x axis.
  /// Like the strip, it is left out when it cannot fit (rows over a fifth of the figure's
  /// height or half the plot's; a column taller than the room beside the plot), so the
  /// curves keep the room.
  func arranged(on canvas: Canvas, size: Size, tolerance: Double) -> (LineChartLayout, LineChartPlacement) {
    var samples = LineChartCurves()
    return arranged(on: canvas, size: size, tolerance: tolerance, samples: &samples)
  }

  /// ``arranged(on:size:tolerance:)`` with the curves of every pass, and of every new start
  /// with less heading or no legend, from `samples`: each distinct plot is sampled once
  /// (``LineChartCurves``).
  func arranged(
    on canvas: Canvas, size: Size, tolerance: Double, samples: inout LineChartCurves
  ) -> (LineChartLayout, LineChartPlacement) {
    var (column, rows) = (0.0, 0.0)
    let outside = showsLegend && (legendPlacement == .outsideRight || legendPlacement == .outsideBottom)
    let block = LegendBlock(chart: self, canvas: canvas)
    if outside && legendPlacement == .outsideRight { column = block.columnWidth(figureWidth: size.width) }
    if outside && legendPlacement == .outsideBottom {
      rows = block.stripHeight(width: size.width - 2 * style.margin, on: canvas)
    }
    var layout = LineChartLayout(
      chart: self, size: size, canvas: canvas, tolerance: tolerance, columnWidth: column, rowsHeight: rows,
      samples: &samples)
    // A heading that leaves the plot too little height gives way, so the data keeps a plot
    // and no text runs into another: the subtitle when the plot would be under
    // ``minimumPlotShare`` of the figure's height (a two-line title and a formula over
    // 200 × 150 px left it 8 points high), the title too when nothing is left for the plot
    // (it stays whole in the file's metadata, ``Chart/documentTitle``).
    let cramped = layout.overfull || layout.plot.height < Self.minimumPlotShare * size.height
    if (cramped && subtitle != nil) || (layout.overfull && title != nil) {
      var lighter = self
      if subtitle != nil { lighter.subtitle = nil } else { lighter.title = nil }
      return lighter.arranged(on: canvas, size: size, tolerance: tolerance, samples: &samples)
    }
    let tooTall = layout.legendColumn.map { block.columnHeight > $0.height } ?? false
    // Rows under the plot: by the strip's rules, against the plot they leave.
    let rowsTooTall = rows > Self.maximumLegendStripShare * size.height || rows > (layout.plot.height + rows) / 2
    if tooTall || rowsTooTall {
      var bare = self
      bare.showLegend = false
      return bare.arranged(on: canvas, size: size, tolerance: tolerance, samples: &samples)
    }
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
        // figure's height (eight series at 200 × 150), or more than half the plot's height
        // (a two-line title and a subtitle over a 200 × 150 figure left a plot 20 points
        // high, and the strip would take all of it), is left out; the curves keep the room.
        if strip > Self.maximumLegendStripShare * size.height || strip > layout.plot.height / 2 {
          var bare = self
          bare.showLegend = false
          return bare.arranged(on: canvas, size: size, tolerance: tolerance, samples: &samples)
        }
      }
      onFrame = frame
      layout = LineChartLayout(
        chart: self, size: size, canvas: canvas, tolerance: tolerance, legendStrip: strip, onFrame: onFrame,
        columnWidth: column, rowsHeight: rows, samples: &samples)
      placement = LineChartPlacement(chart: self, layout: layout, canvas: canvas)
    }
    if layout.rightCramped { return oneAxis.arranged(on: canvas, size: size, tolerance: tolerance) }
    // A legend strip can leave the plot under its share after the heading was checked
    // (a two-line title, a `cases` subtitle and two legend rows over 320 × 240 left it
    // 50 points high): the subtitle gives way then, and if that is not enough the strip
    // (the legend had no free place inside the plot); the title stays, the figure's name.
    if layout.plot.height < Self.minimumPlotShare * size.height && (subtitle != nil || strip > 0) {
      var lighter = self
      if subtitle != nil { lighter.subtitle = nil } else { lighter.showLegend = false }
      return lighter.arranged(on: canvas, size: size, tolerance: tolerance)
    }
    return (layout, placement)
  }
}
