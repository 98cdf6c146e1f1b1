import Foundation

/// The softmax mapping of section 3.4.9 as a figure: three columns of bars, the logits z,
/// the exponentials e^z, and the probabilities softmax(z), each value written beside its bar
/// and each class linked across the columns.
///
/// When max z > 700, e^z would overflow a double; the middle column then shows
/// e^(z − max z) and says so in its header (the probabilities are the same).
public struct SoftmaxChart: Chart {
  public var logits: [Double]
  public var title: RichText?
  public var subtitle: RichText?
  public var style: Style = .light

  public init(logits: [Double]) { self.logits = logits }

  /// What a softmax figure gives up for room, first to go first: the subtitle (the
  /// formula, which the column headers spell out), the Σ lines under the columns, the title
  /// (kept in the file's metadata), then the column headers. The bars and their values stay:
  /// they are the figure.
  enum Omission: Int, CaseIterable, Comparable {
    case subtitle, sums, title, headers

    static func < (a: Omission, b: Omission) -> Bool { a.rawValue < b.rawValue }
  }

  /// Draws the three columns; on a small figure texts give way in the order of
  /// ``Omission`` until each row is at least a value label high and every header fits its
  /// column. Returns what was left out.
  @discardableResult
  public func draw(on canvas: Canvas, size: Size, tolerance: Double) -> LayoutNotes {
    FigureHeading.paintBackground(on: canvas, size: size, style: style)
    let p = Softmax.probabilities(logits)
    let m = logits.max() ?? 0
    let shifted = m > 700
    let e = logits.map { exp(shifted ? $0 - m : $0) }
    let z = RichText.italic("z")
    let headers = [
      .plain("logits ") + z,
      .italic("e") + (shifted ? z + .plain(" − max ") + z : z).scripted(.superscript),
      .plain("softmax(") + z + .plain(")"),
    ]
    let labels: [[RichText]] = [
      logits.map { .plain(Self.number($0)) }, e.map { .plain(Self.value($0)) }, p.map { .plain(Self.value($0)) },
    ]
    var layout = Layout(chart: self, size: size, canvas: canvas, headers: headers, labels: labels, dropping: nil)
    for omission in Omission.allCases where !layout.roomy {
      layout = Layout(chart: self, size: size, canvas: canvas, headers: headers, labels: labels, dropping: omission)
    }
    layout.heading.paint(on: canvas, width: size.width)
    let columns = layout.columns
    if layout.showsHeaders {
      for (i, header) in headers.enumerated() {
        canvas.text(
          header, at: Point(columns[i].midX, layout.headerTop), style: style.header, anchor: TextAnchor(.center, .top))
      }
    }
    let bars = SoftmaxBars(style: style, canvas: canvas, rowHeight: layout.rowHeight, textStyle: layout.valueStyle)
    let shown = { (k: Int) in layout.valuesShown[k] ? labels[k] : [] }
    let zEnds = bars.column(columns[0], values: logits, labels: shown(0))
    let eEnds = bars.column(columns[1], values: e, labels: shown(1))
    _ = bars.column(columns[2], values: p, labels: shown(2), fullScale: 1)
    bars.links(from: zEnds, to: columns[1].minX)
    bars.links(from: eEnds, to: columns[2].minX)
    if layout.showsSums {
      let footerY = columns[0].maxY + 8
      for (k, sum) in [(1, e.reduce(0, +)), (2, p.reduce(0, +))] {
        canvas.text(
          .plain("Σ = " + Self.value(sum)), at: Point(columns[k].midX, footerY), style: style.footnote,
          anchor: TextAnchor(.center, .top))
      }
    }
    return layout.notes
  }

  /// Where the heading, the headers and the three columns go with the texts of `dropping`
  /// and those before it left out.
  struct Layout {
    let heading: FigureHeading
    let headerTop: Double
    let columns: [Rect]
    let rowHeight: Double
    let showsHeaders: Bool
    let showsSums: Bool
    /// The values' style: ``Style/valueLabel``, shrunk down to ``smallestValueFactor`` of
    /// it so that each column's values take at most ``valueShare`` of it.
    let valueStyle: TextStyle
    /// Per column, whether its values are written: a column whose values do not fit at the
    /// smallest size draws its bars alone (and says so in ``notes``).
    let valuesShown: [Bool]
    static let smallestValueFactor = 0.75
    static let valueShare = 0.8
    /// Rows a value label high and headers within their columns (with most of the gap).
    let roomy: Bool
    let notes: LayoutNotes

    init(
      chart: SoftmaxChart, size: Size, canvas: Canvas, headers: [RichText], labels: [[RichText]],
      dropping omission: Omission?
    ) {
      let style = chart.style
      let drops = { (o: Omission) in omission.map { o <= $0 } ?? false }
      var notes = LayoutNotes()
      let subtitle = drops(.subtitle) ? nil : chart.subtitle
      let title = drops(.title) ? nil : chart.title
      showsSums = !drops(.sums)
      showsHeaders = !drops(.headers)
      if chart.subtitle != nil && subtitle == nil { notes.leaveOut(.subtitle) }
      if !showsSums { notes.leaveOut(.sumLine, count: 2) }
      if chart.title != nil && title == nil { notes.leaveOut(.title) }
      if !showsHeaders { notes.leaveOut(.header, count: 3) }
      // 6 points more than the other charts' margin: the book's softmax figure breathes;
      // a small figure's margins are 7.5 % of its shorter side (the full margin from about
      // 270 points on).
      let pad = min(style.margin + 6, max(4, 0.075 * min(size.width, size.height)))
      heading = FigureHeading(
        title: title, subtitle: subtitle, style: style, top: pad, width: size.width, height: size.height)
      var top = title == nil && subtitle == nil ? pad : heading.bottom(on: canvas) + min(14, 0.05 * size.height)
      let gap = min(70, size.width * 0.09)
      let columnWidth = (size.width - 2 * pad - 2 * gap) / 3
      let headerStyle = style.header
      let headerHeight = showsHeaders ? canvas.measure(headers[0], style: headerStyle).height + 10 : 0
      let footerHeight = showsSums ? canvas.measure(.plain("Σ"), style: headerStyle).height + 14 : 0
      // Rows share the height left, up to 90 points each; the block is centred vertically.
      let count = Double(max(labels[0].count, 1))
      let room = size.height - top - headerHeight - pad - footerHeight
      let rowHeight = max(min(90, room / count), 1)
      self.rowHeight = rowHeight
      top += max(room - rowHeight * count, 0) / 2
      headerTop = top
      columns = (0..<3).map {
        Rect(
          x: pad + Double($0) * (columnWidth + gap), y: top + headerHeight, width: columnWidth,
          height: rowHeight * count)
      }
      let lineHeight = canvas.measure(.plain("0"), style: style.valueLabel).height
      let headersFit =
        !showsHeaders || headers.allSatisfy { canvas.measure($0, style: headerStyle).width <= columnWidth + gap * 0.8 }
      roomy = rowHeight >= lineHeight && headersFit
      // The room values take in a column: their widest plus 8 points, twice where a column
      // has negative bars (labels on both sides, ``SoftmaxBars``).
      let valueRoom = { (k: Int, s: TextStyle) -> Double in
        let widest = (labels[k].map { canvas.measure($0, style: s).width }.max() ?? 0) + 8
        return widest * (k == 0 && labels[0].contains { $0.plainText.hasPrefix("−") } ? 2 : 1)
      }
      var valueStyle = style.valueLabel
      let fits = { (s: TextStyle) in labels.indices.allSatisfy { valueRoom($0, s) <= Self.valueShare * columnWidth } }
      for factor in [1, 0.9, 0.82, Self.smallestValueFactor] {
        valueStyle.size = style.valueLabel.size * factor
        if fits(valueStyle) { break }
      }
      self.valueStyle = valueStyle
      let shownStyle = valueStyle
      let valuesShown = labels.indices.map { valueRoom($0, shownStyle) <= Self.valueShare * columnWidth }
      self.valuesShown = valuesShown
      notes.leaveOut(
        .valueLabel, count: labels.indices.filter { !valuesShown[$0] }.reduce(0) { $0 + labels[$1].count })
      self.notes = notes
    }
  }

  /// Up to `digits` significant digits (``NumberFormat/significant(_:digits:)``): the
  /// logits, as given.
  static func number(_ v: Double, digits: Int = 6) -> String {
    NumberFormat.significant(v, digits: digits)
  }

  /// Significant digits of every computed value (e^z, the probabilities and their sums).
  public static let valueDigits = 3

  /// A computed value: ``valueDigits`` significant digits, trailing zeros kept, so both value
  /// columns read at one precision (20.1, 2.72, 0.0498 beside 0.879, 0.119, 0.00247), never
  /// 20.09 / 2.718 / 0.04979 beside 0.879 / 0.119 / 0.002.
  static func value(_ v: Double) -> String {
    NumberFormat.significantFigures(v, digits: valueDigits)
  }
}
