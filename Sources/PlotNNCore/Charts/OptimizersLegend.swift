/// The legend of an ``OptimizersChart``: one entry per optimizer (a swatch in the path's
/// colour and dash, then its name and hyper-parameters), flowed left to right in rows
/// as wide as the figure (matplotlib's `ncol` legend under the axes).
struct OptimizersLegend {
  struct Entry {
    var index: Int
    var label: RichText
    var origin: Point
  }

  var entries: [Entry]
  var height: Double
  let rowHeight: Double
  /// How many rows the entries take.
  let rows: Int
  let style: Style
  /// The swatch's length and the gaps after it and after each entry.
  let swatch: Double
  let labelGap: Double

  /// Swatch length and gaps, and the compact ones (``init(chart:width:parameters:compact:canvas:)``).
  static let swatch = 26.0
  static let labelGap = 6.0
  static let entryGap = 16.0
  /// Compact: a 12-point swatch still shows the colour and a dash's first beat (the
  /// batch-size figure's three names fit one row of a 320 × 240 px figure so).
  static let compactSwatch = 12.0
  static let compactLabelGap = 3.0
  static let compactEntryGap = 8.0

  init(empty style: Style) {
    entries = []
    height = 0
    rowHeight = 0
    rows = 0
    self.style = style
    (swatch, labelGap) = (Self.swatch, Self.labelGap)
  }

  /// The legend flowed into rows `width` wide; `compact` uses shorter swatches and gaps
  /// (what a small figure tries to keep the legend on one row).
  init(chart: OptimizersChart, width: Double, parameters: Bool, compact: Bool = false, canvas: Canvas) {
    style = chart.style
    (swatch, labelGap) = compact ? (Self.compactSwatch, Self.compactLabelGap) : (Self.swatch, Self.labelGap)
    let entryGap = compact ? Self.compactEntryGap : Self.entryGap
    let role = style.legend
    var entries: [Entry] = []
    var x = 0.0, row = 0
    var tallest = 0.0
    for i in chart.traces.indices {
      let label = chart.legendLabel(i, parameters: parameters)
      let extent = canvas.measure(label, style: role)
      tallest = max(tallest, extent.height)
      let w = swatch + labelGap + extent.width
      if x > 0, x + w > width {
        x = 0
        row += 1
      }
      entries.append(Entry(index: i, label: label, origin: Point(x, Double(row))))
      x += w + entryGap
    }
    rowHeight = tallest + 3
    rows = entries.isEmpty ? 0 : row + 1
    height = Double(rows) * rowHeight
    self.entries = entries.map {
      Entry(index: $0.index, label: $0.label, origin: Point($0.origin.x, $0.origin.y * (tallest + 3)))
    }
  }

  /// The same legend with its top-left corner at `corner`.
  func placed(at corner: Point) -> OptimizersLegend {
    var copy = self
    copy.entries = entries.map {
      Entry(index: $0.index, label: $0.label, origin: Point($0.origin.x + corner.x, $0.origin.y + corner.y))
    }
    return copy
  }

  func paint(on canvas: Canvas, chart: OptimizersChart) {
    for e in entries {
      let look = style.seriesLine(index: e.index, derivative: false)
      let mid = e.origin.y + rowHeight / 2
      var line = Path()
      line.move(to: Point(e.origin.x, mid))
      line.line(to: Point(e.origin.x + swatch, mid))
      canvas.stroke(
        line, style: StrokeStyle(color: look.color, width: style.curveWidth * 0.8, dash: look.dash, cap: .round))
      canvas.text(
        e.label, at: Point(e.origin.x + swatch + labelGap, mid), style: style.legend,
        anchor: TextAnchor(.left, .middle))
    }
  }
}
