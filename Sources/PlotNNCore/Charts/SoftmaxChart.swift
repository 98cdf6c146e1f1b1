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

  public func draw(on canvas: Canvas, size: Size, tolerance: Double) {
    FigureHeading.paintBackground(on: canvas, size: size, style: style)
    let p = Softmax.probabilities(logits)
    let m = logits.max() ?? 0
    let shifted = m > 700
    let e = logits.map { exp(shifted ? $0 - m : $0) }
    // 6 points more than the other charts' margin: the book's softmax figure breathes.
    let pad = style.margin + 6
    let heading = FigureHeading(
      title: title, subtitle: subtitle, style: style, top: pad, width: size.width, height: size.height)
    heading.paint(on: canvas, width: size.width)
    var top = heading.bottom(on: canvas) + 14
    let gap = min(70, size.width * 0.09)
    let columnWidth = (size.width - 2 * pad - 2 * gap) / 3
    let z = RichText.italic("z")
    let headers = [
      .plain("logits ") + z,
      .italic("e") + (shifted ? z + .plain(" − max ") + z : z).scripted(.superscript),
      .plain("softmax(") + z + .plain(")"),
    ]
    let headerStyle = style.header
    let headerHeight = canvas.measure(headers[0], style: headerStyle).height + 10
    let footerHeight = canvas.measure(.plain("Σ"), style: headerStyle).height + 14
    // Rows share the height left, up to 90 points each; the block is centred vertically.
    let room = size.height - top - headerHeight - pad - footerHeight
    let rowHeight = min(90, room / Double(max(logits.count, 1)))
    top += (room - rowHeight * Double(logits.count)) / 2
    let rowsTop = top + headerHeight
    let columns = (0..<3).map {
      Rect(
        x: pad + Double($0) * (columnWidth + gap), y: rowsTop, width: columnWidth,
        height: rowHeight * Double(logits.count))
    }
    for (i, header) in headers.enumerated() {
      canvas.text(header, at: Point(columns[i].midX, top), style: headerStyle, anchor: TextAnchor(.center, .top))
    }
    let bars = SoftmaxBars(style: style, canvas: canvas, rowHeight: rowHeight)
    let zEnds = bars.column(columns[0], values: logits, labels: logits.map { .plain(Self.number($0)) })
    let eEnds = bars.column(columns[1], values: e, labels: e.map { .plain(Self.value($0)) })
    let pEnds = bars.column(columns[2], values: p, labels: p.map { .plain(Self.value($0)) }, fullScale: 1)
    bars.links(from: zEnds, to: columns[1].minX)
    bars.links(from: eEnds, to: columns[2].minX)
    _ = pEnds
    let sumStyle = style.footnote
    let footerY = columns[0].maxY + 8
    canvas.text(
      .plain("Σ = " + Self.value(e.reduce(0, +))), at: Point(columns[1].midX, footerY), style: sumStyle,
      anchor: TextAnchor(.center, .top))
    canvas.text(
      .plain("Σ = " + Self.value(p.reduce(0, +))), at: Point(columns[2].midX, footerY), style: sumStyle,
      anchor: TextAnchor(.center, .top))
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
