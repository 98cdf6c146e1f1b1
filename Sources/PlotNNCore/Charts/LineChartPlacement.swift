import Foundation

/// Where every text of a ``LineChart`` goes, decided through one ``FreeSpace`` so that no
/// label, axis name, legend or mark label covers a curve or another text, and all lie
/// inside the figure: a legend outside the plot (strip, column or rows, in room the layout
/// kept for it), the origin's 0, the x tick labels, the y tick labels, the axis names, a
/// legend inside the plot, the mark labels, in that order (earlier ones have the better
/// places).
///
/// Tick labels beside an origin-style axis keep one side of it for each half of the axis
/// (the usual side first: under the x axis, left of the y axis); when a half is free on
/// neither side, the chart is laid out again with that axis's labels on the frame, in the
/// margin where no curve goes.
struct LineChartPlacement {
  enum Legend {
    /// A framed box inside the plot.
    case box(Rect, [LegendBlock.Slot])
    /// Entries outside the plot, without a frame: rows in the strip above the plot or under
    /// the x axis, or a column right of the plot.
    case strip([LegendBlock.Slot])
  }

  /// A marked point, its label and the leader line from the label back to the point.
  struct Mark {
    let point: Point
    let colorIndex: Int
    /// Nil when no place off the other texts was left for it.
    let label: PlacedLabel?
    let leader: (Point, Point)?
  }

  private(set) var tickLabels: [PlacedLabel] = []
  private(set) var axisNames: [PlacedLabel] = []
  /// Box style: the y name as drawn turned a quarter in the left margin (nil: none).
  private(set) var rotatedYName: RichText?
  private(set) var legend: Legend?
  private(set) var marks: [Mark] = []
  /// Tick labels, offsets, axis names and mark labels that found no place (the legend and
  /// the heading are noted by ``LineChart/draw(on:size:tolerance:)``, which sees the passes).
  var notes = LayoutNotes()
  /// The labels of the chart's data annotations that found a place (``placeAnnotations()``),
  /// and whether each names a span (its halo is then the span's colour).
  var annotationLabels: [(label: PlacedLabel, onSpan: Bool)] = []
  /// Whether the legend found no free place inside the plot (the chart is then laid out
  /// again with a strip for it, ``LineChartLayout/legendTop``).
  private(set) var legendWantsStrip = false
  /// The axes some of whose labels found no free place beside the axis line (the chart is
  /// then laid out again with those labels on the frame, where curves never are).
  private(set) var labelsWantFrame = LineChartLayout.LabelsOnFrame()

  var space: FreeSpace
  let chart: LineChart
  let layout: LineChartLayout
  let canvas: Canvas

  init(chart: LineChart, layout: LineChartLayout, canvas: Canvas) {
    self.chart = chart
    self.layout = layout
    self.canvas = canvas
    let markers = zip(chart.series, layout.markers).flatMap { series, centers in
      let reach = CurveMarker.reach(size: chart.stroke(of: series).markerSize)
      return centers.flatMap(Self.markerOutline(reach: reach))
    }
    let curves = CurveObstacles(
      curves: layout.curves.flatMap { $0.pieces + $0.dots.map { [$0.center] } } + markers,
      bands: layout.curves.flatMap(\.bands), plot: layout.plot,
      halfWidth: chart.widestCurve / 2 + 1)
    space = FreeSpace(bounds: Rect(x: 0, y: 0, width: layout.size.width, height: layout.size.height), curves: curves)
    for box in layout.heading.lineBoxes(on: canvas, width: layout.size.width) { space.take(box) }
    // A legend outside the plot has room of its own (``LineChartLayout/legendColumn``,
    // ``LineChartLayout/legendTop``): placed first, so the axis names and tick labels keep off it.
    if chart.showsLegend { placeOutsideLegend() }
    if chart.axes == .origin {
      placeOriginZero()
      let (xFlipped, yFlipped) = placeTickLabels()
      placeRightAxisLabels()
      placeOffsetTexts(xLabelsAbove: xFlipped, yLabelsRight: yFlipped)
      placeOriginNames(xLabelsAbove: xFlipped, yLabelsRight: yFlipped)
    } else {
      _ = placeTickLabels()
      placeRightAxisLabels()
      placeOffsetTexts(xLabelsAbove: false, yLabelsRight: false)
      reserveBoxNames()
    }
    if chart.showsLegend && legend == nil { placeLegend() }
    placeMarks()
    placeAnnotations()
  }

  /// A marker's box around `c` as obstacle lines: its outline and both diagonals, so no text
  /// sits on it or inside it.
  static func markerOutline(reach: Double) -> (Point) -> [[Point]] {
    { c in
      let (l, r, t, b) = (c.x - reach, c.x + reach, c.y - reach, c.y + reach)
      return [
        [Point(l, t), Point(r, t), Point(r, b), Point(l, b), Point(l, t)], [Point(l, t), Point(r, b)],
        [Point(r, t), Point(l, b)],
      ]
    }
  }

  private var origin: Bool { chart.axes == .origin }
  private var labelStyle: TextStyle { chart.style.tickLabel }
  /// Whether the 0 of both axes is written once, at the origin.
  private var bothInside: Bool {
    origin && layout.verticalAxisInside && layout.horizontalAxisInside && layout.labelsOnFrame == .init()
  }
  /// Whether the origin's 0 stands for both axes' zeros: not when one axis writes no
  /// labels (a panel sharing it), where the other keeps its own 0.
  private var writesOriginZero: Bool { bothInside && chart.showsXTickLabels && chart.showsYTickLabels }
  /// Whether x labels hang from the axis line (not the frame), and likewise y.
  private var xAtAxis: Bool { origin && !layout.labelsOnFrame.x }
  private var yAtAxis: Bool { origin && !layout.labelsOnFrame.y }

  // MARK: Tick labels

  /// The place of `t`'s label on the usual side of its axis, or the other one (`flipped`).
  private func tickLabel(_ t: AxisTick, vertical: Bool, flipped: Bool) -> PlacedLabel {
    let tick = LineChartLayout.tickRoom(chart.style)
    let at: Point
    let anchor: TextAnchor
    switch (vertical, flipped) {
    case (false, false): (at, anchor) = (Point(t.position, layout.xLabelLine + tick + 2), TextAnchor(.center, .top))
    case (false, true): (at, anchor) = (Point(t.position, layout.xLabelLine - 3), TextAnchor(.center, .bottom))
    case (true, false):
      (at, anchor) = (
        Point(layout.yLabelLine - tick - LineChartLayout.labelGap + 2, t.position), TextAnchor(.right, .middle)
      )
    case (true, true): (at, anchor) = (Point(layout.yLabelLine + 5, t.position), TextAnchor(.left, .middle))
    }
    let halo = vertical ? yAtAxis : xAtAxis
    return PlacedLabel(t.label, at: at, anchor: anchor, style: labelStyle, halo: halo, on: canvas)
  }

  /// The ticks of one axis that get a label: not 0 where the origin's own 0 stands, and
  /// none so close to the other axis that it would sit on that axis's line where the two
  /// cross inside the plot (the line itself marks 0 there). An axis on the frame ends at
  /// the other axis's labels, so those stay.
  private func labelled(_ ticks: [AxisTick], vertical: Bool) -> [AxisTick] {
    guard vertical ? chart.showsYTickLabels : chart.showsXTickLabels else { return [] }
    return ticks.filter { t in
      if writesOriginZero && t.value == 0 { return false }
      let extent = canvas.measure(t.label, style: labelStyle)
      let crossing =
        vertical
        ? yAtAxis && layout.horizontalAxisInside && layout.verticalAxisInside
          && abs(t.position - layout.axisY) < extent.height / 2 + 2
        : xAtAxis && layout.verticalAxisInside && layout.horizontalAxisInside
          && abs(t.position - layout.axisX) < extent.width / 2 + 4
      return !crossing
    }
  }

  /// Whether `label` may go where it is: free, and inside the plot when on the side the
  /// margins make no room for.
  private func fits(_ label: PlacedLabel, flipped: Bool, in space: FreeSpace) -> Bool {
    let plot = layout.plot
    let box = label.box
    let inPlot = box.minX >= plot.minX && box.maxX <= plot.maxX && box.minY >= plot.minY && box.maxY <= plot.maxY
    return space.isFree(box) && (!flipped || inPlot)
  }

  /// Places both axes' labels; returns whether most x labels went above the axis and most
  /// y labels right of it.
  private mutating func placeTickLabels() -> (Bool, Bool) {
    let xTicks = labelled(layout.xTicks, vertical: false)
    let yTicks = labelled(layout.yTicks, vertical: true)
    let (x, xAll) = placeAxis(xTicks, vertical: false, canFlip: xAtAxis && layout.horizontalAxisInside)
    let (y, yAll) = placeAxis(yTicks, vertical: true, canFlip: yAtAxis && layout.verticalAxisInside)
    labelsWantFrame = LineChartLayout.LabelsOnFrame(x: xAtAxis && !xAll, y: yAtAxis && !yAll)
    return (x, y)
  }

  /// One axis's labels (see the type's comment); returns whether most went to the other
  /// side, and whether every label found a place.
  ///
  /// Beside an axis line, the labels on either side of the origin (negative values, positive
  /// ones) each keep one side of the axis: tanh's positive y labels left of the axis and its
  /// negative ones right, in the quadrants the curve leaves free. A half that fits on
  /// neither side sends the axis's labels to the frame rather than scatter them, as one
  /// flipped label among many reads as a mistake.
  private mutating func placeAxis(_ ticks: [AxisTick], vertical: Bool, canFlip: Bool) -> (Bool, Bool) {
    guard canFlip else {
      var placed = 0
      for t in ticks {
        let label = tickLabel(t, vertical: vertical, flipped: false)
        guard fits(label, flipped: false, in: space) else {
          notes.leaveOut(.tickLabel)
          continue
        }
        space.take(label.box)
        tickLabels.append(label)
        placed += 1
      }
      return (false, placed == ticks.count)
    }
    var flipped = 0
    var complete = true
    for half in [ticks.filter { $0.value < 0 }, ticks.filter { $0.value >= 0 }] where !half.isEmpty {
      var fitted = false
      for flip in [false, true] {
        var trial = space
        let labels = half.map { tickLabel($0, vertical: vertical, flipped: flip) }
        let all = labels.allSatisfy { label in
          guard fits(label, flipped: flip, in: trial) else { return false }
          trial.take(label.box)
          return true
        }
        guard all else { continue }
        space = trial
        tickLabels += labels
        if flip { flipped += half.count }
        fitted = true
        break
      }
      if !fitted { notes.leaveOut(.tickLabel, count: half.count) }
      complete = complete && fitted
    }
    return (2 * flipped > ticks.count, complete)
  }

  /// The right axis's tick labels, left-aligned right of its marks in the margin the layout
  /// kept (no curve goes there), and its offset text over the top label; its name is drawn
  /// turned a quarter in a strip of its own (``LineChartLayout/RightAxis``), so is only
  /// reserved here.
  ///
  /// With origin-style axes the x axis ends on the right axis without an arrowhead
  /// (``AxesPainter``), so the right axis's 0 is written where the x axis meets it
  /// (``LineChart/zeroAligned(_:to:)``). A label meeting another text (the x axis's last
  /// label) may sit just above or below its tick instead; one finding no free place is left
  /// out and noted.
  private mutating func placeRightAxisLabels() {
    guard let right = layout.rightAxis else { return }
    let plot = layout.plot
    let tick = LineChartLayout.tickRoom(chart.style)
    for t in right.ticks {
      // Centred on its tick, else just above or just below it: the bottom label meets the
      // x axis's last label in origin style, and may step off it (the tick mark stays).
      let labels = [(TextAnchor.Vertical.middle, 0.0), (.bottom, 1.0), (.top, -1.0)].map { v, dy in
        PlacedLabel(
          t.label, at: Point(plot.maxX + tick + 2, t.position - dy), anchor: TextAnchor(.left, v), style: labelStyle,
          halo: false, on: canvas)
      }
      guard let label = labels.first(where: { space.isFree($0.box) }) else {
        notes.leaveOut(.tickLabel)
        continue
      }
      space.take(label.box)
      tickLabels.append(label)
    }
    if let text = right.offsetText {
      let labelHeight = canvas.measure(.plain("0"), style: labelStyle).height
      let label = PlacedLabel(
        text, at: Point(plot.maxX + tick + 2, plot.minY - labelHeight / 2 - 2), anchor: TextAnchor(.left, .bottom),
        style: labelStyle, halo: false, on: canvas)
      if space.isFree(label.box) {
        space.take(label.box)
        tickLabels.append(label)
      } else {
        notes.leaveOut(.offsetText)
      }
    }
    if right.showsName {
      let e = canvas.measure(chart.rightYLabel, style: chart.style.axisName)
      let total = chart.rightNameLength(on: canvas, curves: layout.onRight.filter { $0 }.count)
      space.take(Rect(x: right.nameX, y: plot.midY - total / 2, width: e.height, height: total))
    } else if !chart.rightYLabel.isEmpty {
      notes.leaveOut(.axisName)
    }
  }

  /// The origin's single 0, always in the lower left quadrant (the textbook place), moved
  /// further left and down in 3-point steps while a curve passes there; left out when
  /// none of those places is free (the axes' crossing still reads as 0).
  private mutating func placeOriginZero() {
    guard writesOriginZero, layout.xTicks.contains(where: { $0.value == 0 }) else { return }
    let zero = TickFormatter(ticks: [0]).label(0)
    for k in 0..<5 {
      for (dx, dy) in [(3.0 * Double(k), 0.0), (3.0 * Double(k), 3.0 * Double(k))] where k == 0 || dx > 0 {
        let label = PlacedLabel(
          zero, at: Point(layout.axisX - 4 - dx, layout.axisY + 3 + dy), anchor: TextAnchor(.right, .top),
          style: labelStyle, halo: true, on: canvas)
        if space.isFree(label.box) {
          space.take(label.box)
          tickLabels.append(label)
          return
        }
      }
    }
  }

  // MARK: Offset texts

  /// The offset and power of ten an axis's labels share (``LineChartLayout/xOffsetText``),
  /// where matplotlib writes them: under the right end of the x labels (over them when they
  /// went above the axis), above the top y label. The margins keep a line for each; beside
  /// an axis line inside the plot, a curve may be in the way, and then the axis's labels go
  /// to the frame, since a label read without its offset reads wrong.
  private mutating func placeOffsetTexts(xLabelsAbove: Bool, yLabelsRight: Bool) {
    let tick = LineChartLayout.tickRoom(chart.style)
    let labelHeight = canvas.measure(.plain("0"), style: labelStyle).height
    let plot = layout.plot
    if let text = layout.xOffsetText, chart.showsXTickLabels {
      let below = Point(plot.maxX, layout.xLabelLine + tick + 2 + labelHeight + 2)
      let above = Point(plot.maxX, layout.xLabelLine - 3 - labelHeight - 2)
      let options = [
        (xLabelsAbove ? above : below, TextAnchor(.right, xLabelsAbove ? .bottom : .top)),
        (xLabelsAbove ? below : above, TextAnchor(.right, xLabelsAbove ? .top : .bottom)),
      ]
      placeOffset(text, options: options, atAxis: xAtAxis) { $0.labelsWantFrame.x = true }
    }
    if let text = layout.yOffsetText, chart.showsYTickLabels {
      let y = plot.minY - labelHeight / 2 - 2
      let right = layout.yLabelLine - tick - LineChartLayout.labelGap + 2
      let beside = (Point(layout.yLabelLine + 5, y), TextAnchor(.left, .bottom))
      let before = (Point(right, y), TextAnchor(.right, .bottom))
      // Right-aligned with the labels, or from the figure's left margin when that is too
      // far left (a wide "×10⁻⁶ + 1" over narrow labels on the frame).
      let margin = (Point(chart.style.margin / 2, y), TextAnchor(.left, .bottom))
      placeOffset(text, options: yLabelsRight ? [beside, before, margin] : [before, margin, beside], atAxis: yAtAxis) {
        $0.labelsWantFrame.y = true
      }
    }
  }

  /// The first free of `options` for an offset text; when none is free, the axis's labels
  /// go to the frame (`atAxis`), or on the frame the first place inside the figure and off
  /// other texts (the margins hold no curve), so the offset is never lost.
  private mutating func placeOffset(
    _ text: RichText, options: [(Point, TextAnchor)], atAxis: Bool, toFrame: (inout Self) -> Void
  ) {
    let labels = options.map { PlacedLabel(text, at: $0.0, anchor: $0.1, style: labelStyle, halo: false, on: canvas) }
    let chosen =
      labels.first { space.isFree($0.box) }
      ?? (atAxis ? nil : labels.first { space.inside($0.box) && !space.overlapsTaken($0.box) })
    guard let chosen else {
      if atAxis { toFrame(&self) }
      notes.leaveOut(.offsetText)
      return
    }
    space.take(chosen.box)
    tickLabels.append(chosen)
  }

  // MARK: Axis names

  /// Axis names at the arrow tips, on the side of each axis its labels leave free, moved
  /// along the axis (x leftwards, y downwards) while a curve or a label is in the way.
  private mutating func placeOriginNames(xLabelsAbove: Bool, yLabelsRight: Bool) {
    let plot = layout.plot
    let nameStyle = chart.style.axisName
    var xOptions: [(Point, TextAnchor)] = []
    var yOptions: [(Point, TextAnchor)] = []
    // Shifts of up to a third of the axis, so a name never drifts to the axis's far end.
    // With a right axis the x name stays left of its line (its labels are right of it).
    let end = layout.rightAxis == nil ? plot.maxX + 6 : plot.maxX - 4
    for step in 0..<6 where 12 * Double(step) <= max(plot.width, plot.height) / 3 {
      let shift = 12 * Double(step)
      let above = (Point(end - shift, layout.axisY - 6), TextAnchor(.right, .bottom))
      let below = (Point(end - shift, layout.axisY + 6), TextAnchor(.right, .top))
      xOptions += xLabelsAbove ? [below, above] : [above, below]
      let right = (Point(layout.axisX + 8, plot.minY - 8 + shift), TextAnchor(.left, .top))
      let left = (Point(layout.axisX - 8, plot.minY - 8 + shift), TextAnchor(.right, .top))
      yOptions += yLabelsRight ? [left, right] : [right, left]
    }
    // Outside the plot, where no curve goes: past the x arrow's tip, over the y arrow's.
    xOptions.append((Point(plot.maxX + 12, layout.axisY), TextAnchor(.left, .middle)))
    yOptions += [
      (Point(layout.axisX + 6, plot.minY - 1), TextAnchor(.left, .bottom)),
      (Point(layout.axisX - 6, plot.minY - 1), TextAnchor(.right, .bottom)),
    ]
    for (text, options) in [(chart.xLabel, xOptions), (chart.yLabel, yOptions)] where !text.isEmpty {
      let labels = options.map { PlacedLabel(text, at: $0.0, anchor: $0.1, style: nameStyle, halo: false, on: canvas) }
      // When no place is free (a tiny figure), the one covering the least of the curves
      // among those off other texts; a name with no such place is left out.
      let clear = labels.filter { space.inside($0.box) && !space.overlapsTaken($0.box) }
      let chosen =
        labels.first { space.isFree($0.box) }
        ?? clear.min { space.curves.count(in: $0.box) < space.curves.count(in: $1.box) }
      guard let chosen else {
        notes.leaveOut(.axisName)
        continue
      }
      space.take(chosen.box)
      axisNames.append(chosen)
    }
  }

  /// Box style: the names are centred in the margins, above an outside-bottom legend (the
  /// painter draws the y name turned a quarter, ``rotatedYName``); their boxes are reserved.
  /// A name longer than the figure is wide (x) or the plot is high (y) is elided.
  private mutating func reserveBoxNames() {
    let plot = layout.plot
    let nameStyle = chart.style.axisName
    let pad = chart.style.margin
    let measure = { [canvas] (t: RichText) in canvas.measure(t, style: nameStyle).width }
    if !chart.xLabel.isEmpty {
      let bottom = (layout.legendRows.map { $0.minY - 4 } ?? layout.size.height - pad) - layout.aspectInset.bottom
      let x = PlacedLabel(
        chart.xLabel.elided(toWidth: layout.size.width - 2 * pad, measure: measure), at: Point(plot.midX, bottom),
        anchor: TextAnchor(.center, .bottom), style: nameStyle, halo: false, on: canvas)
      axisNames.append(x)
      space.take(x.box)
    }
    guard !chart.yLabel.isEmpty else { return }
    let name = chart.yLabel.elided(toWidth: plot.height, measure: measure)
    rotatedYName = name
    let e = canvas.measure(name, style: nameStyle)
    space.take(Rect(x: pad + layout.aspectInset.x, y: plot.midY - e.width / 2, width: e.height, height: e.width))
  }

  // MARK: Legend

  /// The legend in the first free place of matplotlib's `loc="best"` order (upper right,
  /// upper left, lower left, lower right, right (= centre right), centre left, lower centre,
  /// upper centre, centre), off the axis lines too, or asking for the strip when no place
  /// inside is free (``placeOutsideLegend()`` places it there).
  private mutating func placeLegend() {
    let block = LegendBlock(chart: chart, canvas: canvas)
    let plot = layout.plot
    let size = block.boxSize
    let inset = 10.0
    let (l, r) = (plot.minX + inset, plot.maxX - inset - size.width)
    let (t, b) = (plot.minY + inset, plot.maxY - inset - size.height)
    // A named corner and the directions that lead inward from it.
    let named: (x: Double, y: Double, inward: (Double, Double))? =
      switch chart.legendPlacement {
      case .upperLeft: (l, t, (1, 1))
      case .upperRight: (r, t, (-1, 1))
      case .lowerLeft: (l, b, (1, -1))
      case .lowerRight: (r, b, (-1, -1))
      default: nil
      }
    if let named {
      placeNamedCorner(block, x: named.x, y: named.y, inward: named.inward)
      return
    }
    let (cx, cy) = (plot.midX - size.width / 2, plot.midY - size.height / 2)
    let corners = [(r, t), (l, t), (l, b), (r, b), (r, cy), (l, cy), (cx, b), (cx, t), (cx, cy)]
    for (x, y) in corners {
      let box = Rect(x: x, y: y, width: size.width, height: size.height)
      let inside = box.minX >= plot.minX && box.maxX <= plot.maxX && box.minY >= plot.minY && box.maxY <= plot.maxY
      guard inside, !onAxisLine(box.insetBy(-2)), space.isFree(box.insetBy(-2)) else { continue }
      space.take(box)
      legend = .box(box, block.boxSlots(at: Point(box.minX, box.minY), on: canvas))
      return
    }
    legendWantsStrip = true
  }

  /// A corner given by name (``LineChart/LegendPlacement``): the box there even over data,
  /// moved inward along the plot's edges in 4-point steps (along the side first, then
  /// across, then both, up to half the plot) while it would cover a tick label or axis
  /// name; in the strip above the plot when it fits nowhere inside.
  private mutating func placeNamedCorner(_ block: LegendBlock, x: Double, y: Double, inward: (Double, Double)) {
    let plot = layout.plot
    let size = block.boxSize
    let steps = Int(clamping: max(plot.width, plot.height) / 8, to: 0...2000, rounding: .down)
    for d in 0...steps {
      let shift = 4 * Double(d)
      for (sx, sy) in d == 0 ? [(0.0, 0.0)] : [(0, shift), (shift, 0), (shift, shift)] {
        let box = Rect(x: x + inward.0 * sx, y: y + inward.1 * sy, width: size.width, height: size.height)
        let inside = box.minX >= plot.minX && box.maxX <= plot.maxX && box.minY >= plot.minY && box.maxY <= plot.maxY
        guard inside, space.inside(box), !space.overlapsTaken(box.insetBy(-2)) else { continue }
        space.take(box)
        legend = .box(box, block.boxSlots(at: Point(box.minX, box.minY), on: canvas))
        return
      }
    }
    legendWantsStrip = true
  }

  /// An outside-right column, outside-bottom rows or the strip above the plot, in the room
  /// the layout kept for them.
  private mutating func placeOutsideLegend() {
    let block = LegendBlock(chart: chart, canvas: canvas)
    let slots: [LegendBlock.Slot]
    if let top = layout.legendTop {
      slots = block.stripSlots(
        width: layout.size.width - 2 * chart.style.margin, centerX: layout.size.width / 2, top: top, on: canvas)
    } else if let column = layout.legendColumn {
      slots = block.columnSlots(in: column, on: canvas)
    } else if let rows = layout.legendRows {
      slots = block.stripSlots(width: rows.width, centerX: rows.midX, top: rows.minY, on: canvas)
    } else {
      return
    }
    for slot in slots {
      let swatch = Rect(
        x: slot.swatchFrom.x, y: slot.swatchFrom.y - block.rowHeight / 2, width: slot.swatchTo.x - slot.swatchFrom.x,
        height: block.rowHeight)
      space.take(swatch)
      space.take(slot.label.box)
    }
    legend = .strip(slots)
  }

  /// Whether `box` lies across an origin-style axis line (the legend and mark labels keep
  /// off them; tick labels sit beside them by construction).
  func onAxisLine(_ box: Rect) -> Bool {
    guard origin else { return false }
    let plot = layout.plot
    return box.meets(segmentFrom: Point(layout.axisX, plot.minY - 10), to: Point(layout.axisX, plot.maxY))
      || box.meets(segmentFrom: Point(plot.minX, layout.axisY), to: Point(plot.maxX + 10, layout.axisY))
  }

  // MARK: Marks

  /// Each mark's label in the nearest free place around its point: 24 directions (every
  /// 15°, upper right first, ``markDirections``) at growing distances; from the second
  /// distance on a leader line joins it to the point, and that line may not cross a curve,
  /// so shallow directions matter: softplus′(0) = 0.5 sits just under softplus, and only a
  /// leader rising at about 20° slips between the two curves. A label with no free place
  /// (only on tiny figures) is left out; its point stays marked.
  /// Directions tried for a mark's label, in degrees counter-clockwise from the right:
  /// the four diagonals first (upper right, upper left, lower right, lower left), then the
  /// rest by closeness to them.
  static let markDirections: [Double] =
    [45, 135, -45, -135] + [30, 60, 120, 150, -30, -60, -120, -150]
    + [15, 75, 105, 165, -15, -75, -105, -165] + [0, 90, 180, -90]

  private mutating func placeMarks() {
    let plot = layout.plot
    let noteStyle = chart.style.annotation
    for note in chart.annotations {
      let scale = note.onRightAxis ? (layout.rightAxis?.scale ?? layout.yScale) : layout.yScale
      let p = Point(layout.xScale(note.x), scale(note.y))
      guard plot.contains(p) else { continue }
      var options: [(label: PlacedLabel, corner: Point, far: Bool)] = []
      for (k, radius) in [9.0, 28, 46, 68, 96, 130].enumerated() {
        for degrees in Self.markDirections {
          let angle = degrees * Double.pi / 180
          let (c, sn) = (cos(angle), sin(angle))
          let corner = Point(p.x + radius * c, p.y - radius * sn)
          let h: TextAnchor.Horizontal = c > 0.3 ? .left : c < -0.3 ? .right : .center
          let v: TextAnchor.Vertical = sn > 0.3 ? .bottom : sn < -0.3 ? .top : .middle
          let label = PlacedLabel(
            note.text, at: corner, anchor: TextAnchor(h, v), style: noteStyle, halo: true, on: canvas)
          options.append((label, corner, k > 0))
        }
      }
      let space = space
      let onAxisLine = onAxisLine
      let inPlot = { (b: Rect) in
        b.minX >= plot.minX && b.maxX <= plot.maxX && b.minY >= plot.minY && b.maxY <= plot.maxY
      }
      let leaderFree = { (o: (label: PlacedLabel, corner: Point, far: Bool)) -> Bool in
        guard o.far else { return true }
        // The mark's own curve is not in the way near the point; any other curve is.
        return !space.curves.crosses(leaderFrom: p, to: o.corner)
      }
      let chosen = options.first {
        inPlot($0.label.box) && !onAxisLine($0.label.box.insetBy(-2)) && space.isFree($0.label.box) && leaderFree($0)
      }
      if let chosen { self.space.take(chosen.label.box) } else { notes.leaveOut(.markLabel) }
      marks.append(
        Mark(
          point: p, colorIndex: note.colorIndex, label: chosen?.label,
          leader: chosen.flatMap { $0.far ? (p, $0.corner) : nil }))
    }
  }
}
