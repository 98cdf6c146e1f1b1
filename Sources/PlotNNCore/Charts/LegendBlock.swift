/// The legend of a ``LineChart`` as geometry: one entry (swatch, with the curve's marker
/// at its middle, and label) per series, either stacked in a framed box inside the plot or,
/// when every place inside would cover data, flowed in centred rows in a strip above the
/// plot (matplotlib's `bbox_to_anchor` outside legend with `ncol`), never wider than the
/// figure: a label too wide for the strip is elided. Asked for outside, the same rows go
/// under the x axis, or the entries stack in a column right of the plot (no frame: no data
/// is behind them), at most ``maximumColumnShare`` of the figure wide.
struct LegendBlock {
  struct Entry {
    let series: Int
    let label: RichText
    let extent: TextExtent
  }

  let entries: [Entry]
  let style: TextStyle
  let rowHeight: Double

  /// Length of a swatch line.
  static let swatch = 28.0
  /// Between a swatch and its label.
  static let labelGap = 8.0
  /// Between entries of a strip row.
  static let entryGap = 18.0

  /// A strip narrower than this draws shorter swatches closer together (16 and 10 points),
  /// so three short names still share one row at 200 points.
  static let compactWidth = 400.0

  /// Swatch length and entry gap of a strip `width` wide.
  static func stripMetrics(width: Double) -> (swatch: Double, gap: Double) {
    width < compactWidth ? (16, 10) : (swatch, entryGap)
  }

  init(chart: LineChart, canvas: Canvas) {
    style = chart.style.legend
    let style = style
    entries = chart.series.enumerated().map { i, s in
      Entry(series: i, label: s.label, extent: canvas.measure(s.label, style: style))
    }
    rowHeight = max(entries.map(\.extent.height).max() ?? 0, 12) + 3
  }

  /// Size of the framed box: entries stacked.
  var boxSize: Size {
    Size(
      width: 10 + Self.swatch + Self.labelGap + (entries.map(\.extent.width).max() ?? 0) + 12,
      height: rowHeight * Double(entries.count) + 12)
  }

  /// An entry's swatch and label in a strip or box.
  struct Slot {
    let series: Int
    let swatchFrom: Point
    let swatchTo: Point
    let label: PlacedLabel
  }

  /// The slots of the framed box with its top left at `origin`.
  func boxSlots(at origin: Point, on canvas: Canvas) -> [Slot] {
    entries.enumerated().map { i, entry in
      let y = origin.y + 6 + rowHeight * (Double(i) + 0.5)
      let x = origin.x + 10
      let label = PlacedLabel(
        entry.label, at: Point(x + Self.swatch + Self.labelGap, y), anchor: TextAnchor(.left, .middle), style: style,
        halo: false, on: canvas)
      return Slot(series: entry.series, swatchFrom: Point(x, y), swatchTo: Point(x + Self.swatch, y), label: label)
    }
  }

  /// Entries flowed into rows no wider than `width`: indices per row, labels elided to fit.
  func stripRows(width: Double, on canvas: Canvas) -> [[(Int, RichText, Double)]] {
    var rows: [[(Int, RichText, Double)]] = [[]]
    var used = 0.0
    let (swatch, gap) = Self.stripMetrics(width: width)
    let room = max(width - swatch - Self.labelGap, 1)
    let measure = { (t: RichText) in canvas.measure(t, style: style).width }
    for (i, entry) in entries.enumerated() {
      let label = entry.label.elided(toWidth: room, measure: measure)
      let w = swatch + Self.labelGap + measure(label)
      let needed = rows[rows.count - 1].isEmpty ? w : used + gap + w
      if needed > width && !rows[rows.count - 1].isEmpty {
        rows.append([(i, label, w)])
        used = w
      } else {
        rows[rows.count - 1].append((i, label, w))
        used = needed
      }
    }
    return rows
  }

  /// Height of the strip for a figure `width` wide (padding at both sides).
  func stripHeight(width: Double, on canvas: Canvas) -> Double {
    Double(stripRows(width: width, on: canvas).count) * rowHeight + 4
  }

  /// Most of the figure's width an outside-right column may take; wider labels are elided.
  static let maximumColumnShare = 0.4

  /// Width of the outside-right column in a figure `figureWidth` wide: swatch, gap and the
  /// widest label, at most ``maximumColumnShare`` of the figure.
  func columnWidth(figureWidth: Double) -> Double {
    let natural = Self.swatch + Self.labelGap + (entries.map(\.extent.width).max() ?? 0)
    return min(natural, Self.maximumColumnShare * figureWidth)
  }

  /// Height of the column's stacked rows.
  var columnHeight: Double { rowHeight * Double(entries.count) }

  /// The slots of a column in `rect`, one row each from its top, labels elided to its width.
  func columnSlots(in rect: Rect, on canvas: Canvas) -> [Slot] {
    let room = max(rect.width - Self.swatch - Self.labelGap, 1)
    let style = style
    let measure = { (t: RichText) in canvas.measure(t, style: style).width }
    return entries.enumerated().map { i, entry in
      let y = rect.minY + rowHeight * (Double(i) + 0.5)
      let x = rect.minX
      let label = PlacedLabel(
        entry.label.elided(toWidth: room, measure: measure), at: Point(x + Self.swatch + Self.labelGap, y),
        anchor: TextAnchor(.left, .middle), style: style, halo: false, on: canvas)
      return Slot(series: entry.series, swatchFrom: Point(x, y), swatchTo: Point(x + Self.swatch, y), label: label)
    }
  }

  /// The slots of the strip, its rows centred on `centerX`, its top at `top`.
  func stripSlots(width: Double, centerX: Double, top: Double, on canvas: Canvas) -> [Slot] {
    var slots: [Slot] = []
    let (swatch, gap) = Self.stripMetrics(width: width)
    for (r, row) in stripRows(width: width, on: canvas).enumerated() {
      let total = row.map(\.2).reduce(0, +) + gap * Double(row.count - 1)
      var x = centerX - total / 2
      let y = top + rowHeight * (Double(r) + 0.5)
      for (i, label, w) in row {
        let placed = PlacedLabel(
          label, at: Point(x + swatch + Self.labelGap, y), anchor: TextAnchor(.left, .middle), style: style,
          halo: false, on: canvas)
        slots.append(
          Slot(series: entries[i].series, swatchFrom: Point(x, y), swatchTo: Point(x + swatch, y), label: placed))
        x += w + gap
      }
    }
    return slots
  }
}
