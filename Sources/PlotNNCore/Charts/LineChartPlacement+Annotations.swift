import Foundation

extension LineChartPlacement {
  /// Each data annotation's label (``DataAnnotation``), after every other text: the first
  /// free place of its shape's candidates (``candidates(for:)``), inside the plot, off the
  /// curves, the axis lines and every text placed before it; none free: left out, and
  /// noted by its text (``LayoutNotes/leaveOut(_:named:)``), so the command line says which. A
  /// pinned label goes where its pin says and is taken as placed.
  mutating func placeAnnotations() {
    let plot = layout.plot
    // Reference lines and arrow shafts are not curves to the other texts (a tick label on
    // its halo may interrupt an asymptote, as in matplotlib), but annotation labels keep
    // off them, so a label never hides the line it names.
    let lines = chart.dataAnnotations.compactMap { referenceSegment(of: $0.shape) ?? arrowSegment(of: $0.shape) }
    for note in chart.dataAnnotations {
      guard let text = note.label else { continue }
      let style = chart.style.annotation
      if let pin = note.pin, let at = anchorPoint(of: note.shape) {
        let label = PlacedLabel(text, at: at, anchor: pin, style: style, halo: true, on: canvas)
        space.take(label.box)
        annotationLabels.append((label, note.isSpan || note.isRegion))
        continue
      }
      let inPlot = { (b: Rect) in
        b.minX >= plot.minX && b.maxX <= plot.maxX && b.minY >= plot.minY && b.maxY <= plot.maxY
      }
      var chosen: PlacedLabel?
      // A span's label stays inside its span when it fits there, so it names that span.
      let extent = canvas.measure(text, style: style)
      let within = spanInterval(of: note.shape).flatMap { r -> ((Rect) -> Bool)? in
        switch note.shape {
        case .xSpan:
          return extent.width + 4 <= r.upperBound - r.lowerBound
            ? { $0.minX >= r.lowerBound && $0.maxX <= r.upperBound } : nil
        default:
          return extent.height + 4 <= r.upperBound - r.lowerBound
            ? { $0.minY >= r.lowerBound && $0.maxY <= r.upperBound } : nil
        }
      }
      // A region's label lies inside the region: its box between the two sides at its ends.
      let region = note.isRegion ? layout.region(of: note.shape, chart: chart).samples : []
      let inRegion = { (b: Rect) -> Bool in
        let columns = region.filter { $0.0 >= b.minX && $0.0 <= b.maxX }
        return !columns.isEmpty && columns.allSatisfy { min($0.1, $0.2) <= b.minY && b.maxY <= max($0.1, $0.2) }
      }
      for (at, anchor) in note.isRegion ? regionCandidates(region) : candidates(for: note.shape) {
        let label = PlacedLabel(text, at: at, anchor: anchor, style: style, halo: true, on: canvas)
        let box = label.box
        guard inPlot(box), space.isFree(box), !onAxisLine(box.insetBy(-2)) else { continue }
        if let within, !within(box.insetBy(-2)) { continue }
        if note.isRegion && !inRegion(box.insetBy(-2)) { continue }
        if lines.contains(where: { box.insetBy(-2).meets(segmentFrom: $0.0, to: $0.1) }) { continue }
        chosen = label
        break
      }
      if let chosen {
        space.take(chosen.box)
        annotationLabels.append((chosen, note.isSpan || note.isRegion))
      } else {
        notes.leaveOut(.annotationLabel, named: text.plainText)
      }
    }
  }

  /// The device point a pinned label is anchored to.
  func anchorPoint(of shape: DataAnnotation.Shape) -> Point? {
    let (x, y, plot) = (layout.xScale, layout.yScale, layout.plot)
    switch shape {
    case .horizontalLine(let v): return Point(plot.maxX, y(v))
    case .verticalLine(let v): return Point(x(v), plot.minY)
    case .xSpan(let r): return Point(x((r.lowerBound + r.upperBound) / 2), plot.minY)
    case .ySpan(let r): return Point(plot.maxX, y((r.lowerBound + r.upperBound) / 2))
    case .text(let px, let py): return Point(x(px), y(py))
    case .arrow(let from, _): return Point(x(from.x), y(from.y))
    case .betweenCurves, .betweenCurveAndLine:
      // Where the region is widest, midway between its sides.
      let samples = layout.region(of: shape, chart: chart).samples
      return samples.max { abs($0.1 - $0.2) < abs($1.1 - $1.2) }.map { Point($0.0, ($0.1 + $0.2) / 2) }
    }
  }

  /// Places to try for a region's label: centred midway between its sides, at the widest
  /// places first (the samples by decreasing gap, thinned to every eighth of the plot).
  func regionCandidates(_ samples: [(Double, Double, Double)]) -> [(Point, TextAnchor)] {
    let step = max(1, samples.count / 64)
    let thinned = stride(from: 0, to: samples.count, by: step).map { samples[$0] }
    return thinned.sorted { abs($0.1 - $0.2) > abs($1.1 - $1.2) }.prefix(32).map {
      (Point($0.0, ($0.1 + $0.2) / 2), TextAnchor(.center, .middle))
    }
  }

  /// A span's extent in device points, across (x span) or down (y span), low to high.
  func spanInterval(of shape: DataAnnotation.Shape) -> ClosedRange<Double>? {
    switch shape {
    case .xSpan(let r):
      let (a, b) = (layout.xScale(r.lowerBound), layout.xScale(r.upperBound))
      return min(a, b)...max(a, b)
    case .ySpan(let r):
      let (a, b) = (layout.yScale(r.lowerBound), layout.yScale(r.upperBound))
      return min(a, b)...max(a, b)
    default: return nil
    }
  }

  /// A reference line across the plot in device points.
  func referenceSegment(of shape: DataAnnotation.Shape) -> (Point, Point)? {
    let plot = layout.plot
    switch shape {
    case .horizontalLine(let v):
      let y = layout.yScale(v)
      return (Point(plot.minX, y), Point(plot.maxX, y))
    case .verticalLine(let v):
      let x = layout.xScale(v)
      return (Point(x, plot.minY), Point(x, plot.maxY))
    default: return nil
    }
  }

  /// An arrow's shaft in device points (its label keeps off it).
  func arrowSegment(of shape: DataAnnotation.Shape) -> (Point, Point)? {
    guard case .arrow(let a, let b) = shape else { return nil }
    return (Point(layout.xScale(a.x), layout.yScale(a.y)), Point(layout.xScale(b.x), layout.yScale(b.y)))
  }

  /// Places to try for a label, best first, as anchor points and anchors.
  ///
  /// A horizontal line: just above it, then just under it, from the plot's right end
  /// leftwards in eighths. A vertical line: right of it, then left, from the plot's top
  /// downwards. A span: centred in it from the plot's top down (an x span), or right-aligned
  /// from the plot's right end (a y span), then moved across it. A point or an arrow's
  /// tail: the mark directions around it at growing distances (``markDirections``), the
  /// point itself first for a text.
  func candidates(for shape: DataAnnotation.Shape) -> [(Point, TextAnchor)] {
    let (x, y, plot) = (layout.xScale, layout.yScale, layout.plot)
    let steps = (0...16).map { Double($0) / 16 }
    switch shape {
    case .horizontalLine(let v):
      let yy = y(v)
      return [(-3.0, TextAnchor.Vertical.bottom), (3, .top)].flatMap { dy, vertical in
        steps.map { t in (Point(plot.maxX - 4 - t * (plot.width - 8), yy + dy), TextAnchor(.right, vertical)) }
      }
    case .verticalLine(let v):
      let xx = x(v)
      return [(6.0, TextAnchor.Horizontal.left), (-6, .right)].flatMap { dx, horizontal in
        steps.map { t in (Point(xx + dx, plot.minY + 4 + t * (plot.height - 8)), TextAnchor(horizontal, .top)) }
      }
    case .xSpan(let r):
      let (a, b) = (x(r.lowerBound), x(r.upperBound))
      let centres = [0.5, 0.35, 0.65, 0.2, 0.8].map { a + $0 * (b - a) }
      return steps.flatMap { t in
        centres.map { (Point($0, plot.minY + 4 + t * (plot.height - 8)), TextAnchor(.center, .top)) }
      }
    case .ySpan(let r):
      let (a, b) = (y(r.lowerBound), y(r.upperBound))
      let middles = [0.5, 0.25, 0.75].map { a + $0 * (b - a) }
      return steps.flatMap { t in
        middles.map { (Point(plot.maxX - 4 - t * (plot.width - 8), $0), TextAnchor(.right, .middle)) }
      }
    case .text(let px, let py):
      let p = Point(x(px), y(py))
      return [(p, TextAnchor(.center, .middle))] + around(p)
    case .arrow(let from, _):
      return around(Point(x(from.x), y(from.y)))
    case .betweenCurves, .betweenCurveAndLine:
      return []
    }
  }

  /// The mark directions around `p` at growing distances, without leaders.
  private func around(_ p: Point) -> [(Point, TextAnchor)] {
    [5.0, 12, 22, 34].flatMap { radius in
      Self.markDirections.map { degrees in
        let angle = degrees * Double.pi / 180
        let (c, s) = (cos(angle), sin(angle))
        let h: TextAnchor.Horizontal = c > 0.3 ? .left : c < -0.3 ? .right : .center
        let v: TextAnchor.Vertical = s > 0.3 ? .bottom : s < -0.3 ? .top : .middle
        return (Point(p.x + radius * c, p.y - radius * s), TextAnchor(h, v))
      }
    }
  }
}
