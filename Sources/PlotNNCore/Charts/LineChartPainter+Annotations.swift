extension LineChartPainter {
  /// The shaded spans, under the grid (``DataAnnotation``), clipped to the plot. Each of
  /// these painters clips only when it has something to draw, so a chart without
  /// annotations records exactly what it did before them.
  func paintSpans() {
    guard chart.dataAnnotations.contains(where: { $0.isSpan || $0.isRegion }) else { return }
    let style = chart.style
    let fill = style.background.mixed(with: style.muted, by: DataAnnotation.spanOpacity)
    let plot = layout.plot
    canvas.clipped(to: plot) {
      for note in chart.dataAnnotations {
        let rect: Rect
        switch note.shape {
        case .xSpan(let r):
          let (a, b) = (layout.xScale(r.lowerBound), layout.xScale(r.upperBound))
          rect = Rect(x: min(a, b), y: plot.minY, width: abs(b - a), height: plot.height)
        case .ySpan(let r):
          let (a, b) = (layout.yScale(r.lowerBound), layout.yScale(r.upperBound))
          rect = Rect(x: plot.minX, y: min(a, b), width: plot.width, height: abs(b - a))
        case .betweenCurves, .betweenCurveAndLine:
          for piece in layout.region(of: note.shape, chart: chart).pieces {
            var path = Path()
            path.move(to: piece[0])
            for p in piece.dropFirst() { path.line(to: p) }
            path.close()
            canvas.fill(path, color: fill)
          }
          continue
        default: continue
        }
        canvas.fill(.rectangle(rect), color: fill)
      }
    }
  }

  /// Dotted reference lines across or up the plot, under the curves.
  func paintReferenceLines() {
    guard chart.dataAnnotations.contains(where: \.isReferenceLine) else { return }
    let style = chart.style
    let stroke = StrokeStyle(color: style.muted, width: 1, dash: [1.5, 2.5], cap: .round)
    let plot = layout.plot
    canvas.clipped(to: plot) {
      for note in chart.dataAnnotations {
        switch note.shape {
        case .horizontalLine(let v):
          let y = layout.yScale(v)
          canvas.stroke(.polyline([Point(plot.minX, y), Point(plot.maxX, y)]), style: stroke)
        case .verticalLine(let v):
          let x = layout.xScale(v)
          canvas.stroke(.polyline([Point(x, plot.minY), Point(x, plot.maxY)]), style: stroke)
        default: continue
        }
      }
    }
  }

  /// Arrows over the curves: a shaft ending short of the head's tip, and a filled head.
  func paintArrows() {
    guard chart.dataAnnotations.contains(where: \.isArrow) else { return }
    let style = chart.style
    canvas.clipped(to: layout.plot) {
      for note in chart.dataAnnotations {
        guard case .arrow(let from, let to) = note.shape else { continue }
        let a = Point(layout.xScale(from.x), layout.yScale(from.y))
        let b = Point(layout.xScale(to.x), layout.yScale(to.y))
        let length = ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
        guard length > 1 else { continue }
        let (dx, dy) = ((b.x - a.x) / length, (b.y - a.y) / length)
        let head = min(7.0, length / 2)
        let end = Point(b.x - dx * head * 0.8, b.y - dy * head * 0.8)
        canvas.stroke(.polyline([a, end]), style: StrokeStyle(color: style.foreground, width: 1))
        canvas.fill(.arrowhead(tip: b, dx: dx, dy: dy, length: head, halfWidth: head * 0.4), color: style.foreground)
      }
    }
  }

  /// The colour of a halo around `box`: a span's when the box's centre lies on one (or in a
  /// region between curves) inside the plot (a tick label beside an axis in a shaded half-plane), else the panel colour,
  /// so halos cut the grid without punching white holes into a span.
  func halo(for box: Rect) -> Color {
    let style = chart.style
    let c = Point(box.midX, box.midY)
    guard layout.plot.contains(c) else { return style.panel }
    let onSpan = chart.dataAnnotations.contains { note in
      switch note.shape {
      case .xSpan(let r):
        let (a, b) = (layout.xScale(r.lowerBound), layout.xScale(r.upperBound))
        return min(a, b) <= c.x && c.x <= max(a, b)
      case .ySpan(let r):
        let (a, b) = (layout.yScale(r.lowerBound), layout.yScale(r.upperBound))
        return min(a, b) <= c.y && c.y <= max(a, b)
      case .betweenCurves, .betweenCurveAndLine:
        // Between the region's sides at the sample nearest the box's centre.
        let samples = layout.region(of: note.shape, chart: chart).samples
        guard let s = samples.min(by: { abs($0.0 - c.x) < abs($1.0 - c.x) }) else { return false }
        return min(s.1, s.2) <= c.y && c.y <= max(s.1, s.2)
      default: return false
      }
    }
    return onSpan ? style.background.mixed(with: style.muted, by: DataAnnotation.spanOpacity) : style.panel
  }

  /// The annotations' labels, over everything but the heading; a span's on a halo of the
  /// span's colour, so it reads as part of the span.
  func paintAnnotationLabels() {
    let style = chart.style
    let span = style.background.mixed(with: style.muted, by: DataAnnotation.spanOpacity)
    for (label, onSpan) in placement.annotationLabels { label.draw(on: canvas, panel: onSpan ? span : style.panel) }
  }
}
