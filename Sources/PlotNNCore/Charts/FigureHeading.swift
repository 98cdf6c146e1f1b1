/// The parts every figure shares: the background, and a title with an optional subtitle
/// centred at the top, set in the style's ``Style/title`` and ``Style/subtitle`` roles.
///
/// The title's top is at ``top``; the subtitle's ``titleGap`` below the title (or at
/// ``top`` without a title). Each chart leaves its own gap below ``bottom(on:)`` before
/// its plot (line charts 12, softmax 14, contour charts 6, surfaces 4).
struct FigureHeading {
  let title: RichText?
  let subtitle: RichText?
  let style: Style
  /// Top of the title, in points from the top of the canvas.
  let top: Double

  /// Space between the title and the subtitle (and after a title without one).
  static let titleGap = 2.0

  /// ``top`` plus the title's height and ``titleGap`` when there is a title, plus the
  /// subtitle's height: where the chart's own content may start.
  func bottom(on canvas: Canvas) -> Double {
    var y = top
    if let title { y += canvas.measure(title, style: style.title).height + Self.titleGap }
    if let subtitle { y += canvas.measure(subtitle, style: style.subtitle).height }
    return y
  }

  /// Fills the whole canvas, `size` large, with the style's background.
  static func paintBackground(on canvas: Canvas, size: Size, style: Style) {
    canvas.fill(.rectangle(Rect(x: 0, y: 0, width: size.width, height: size.height)), color: style.background)
  }

  /// Draws the title and subtitle centred on a canvas `width` wide.
  func paint(on canvas: Canvas, width: Double) {
    var y = top
    let center = width / 2
    if let title {
      canvas.text(title, at: Point(center, y), style: style.title, anchor: TextAnchor(.center, .top))
      y += canvas.measure(title, style: style.title).height + Self.titleGap
    }
    if let subtitle {
      canvas.text(subtitle, at: Point(center, y), style: style.subtitle, anchor: TextAnchor(.center, .top))
    }
  }
}
