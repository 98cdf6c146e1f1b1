/// The parts every figure shares: the background, and a title with an optional subtitle
/// centred at the top, set in the style's ``Style/title`` and ``Style/subtitle`` roles.
///
/// Nothing may be clipped at the image edge: each of the two is fitted into the canvas
/// width less ``sideMargin`` on both sides by, in this order, wrapping into at most
/// ``maximumLines`` lines (one more for each forced break), shrinking in steps down
/// to ``smallestFactor`` of its size, and eliding the last line with "…" (the whole title
/// stays in the SVG/PDF title metadata, ``Chart/documentTitle``). Every line is centred,
/// forced breaks included.
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
  /// The canvas width the heading is centred in and fitted to; infinite: never wrapped.
  let width: Double

  /// Space between the title and the subtitle (and after a title without one).
  static let titleGap = 2.0
  /// Room kept free at the left and right edges.
  static let sideMargin = 8.0
  /// Lines a title or subtitle may wrap into before it shrinks: 2, or 1 on a canvas less
  /// than ``tallEnough`` high, where a second line would take the plot's room.
  static let maximumLines = 2
  static let tallEnough = 300.0
  /// The smallest size a heading shrinks to, as a fraction of its role's size.
  static let smallestFactor = 0.75

  /// Lines allowed before shrinking (see ``maximumLines``).
  let lineLimit: Int
  /// The blocks ``fitted(on:)`` computed, which ``blocks(on:)`` then returns.
  private var fittedBlocks: (title: Block?, subtitle: Block?)?

  init(
    title: RichText?, subtitle: RichText?, style: Style, top: Double, width: Double = .infinity,
    height: Double = .infinity
  ) {
    self.title = title
    self.subtitle = subtitle
    self.style = style
    self.top = top
    self.width = width
    lineLimit = height < Self.tallEnough ? 1 : Self.maximumLines
  }

  /// A text fitted to the heading's width: its lines and the style they are set in.
  struct Block {
    let lines: [RichText]
    let style: TextStyle
  }

  /// `text` fitted to ``width`` in `role`: wrapped, then shrunk, then elided.
  static func fit(_ text: RichText, role: TextStyle, width: Double, lines allowedLines: Int, on canvas: Canvas) -> Block
  {
    let available = width - 2 * sideMargin
    let lineLimit = allowedLines + text.paragraphs.count - 1
    var style = role
    var lines: [RichText] = []
    // Wrap into the allowed lines, shrinking; a short canvas (one line allowed) may still
    // take a second line at the smallest size before anything is elided.
    var attempts = [1, 0.92, 0.85, 0.8, smallestFactor].map { (factor: $0, limit: lineLimit) }
    if allowedLines < maximumLines { attempts.append((smallestFactor, lineLimit + maximumLines - allowedLines)) }
    var limit = lineLimit
    for (factor, allowed) in attempts {
      style = role
      style.size = role.size * factor
      limit = allowed
      let measured = style
      lines = text.wrapped(toWidth: available) { canvas.measure($0, style: measured).width }
      let widest = lines.map { canvas.measure($0, style: measured).width }.max() ?? 0
      if lines.count <= allowed && widest <= available { return Block(lines: lines, style: style) }
    }
    // Still too long at the smallest size: keep the first lines, elide what does not fit.
    let measured = style
    let measure = { (t: RichText) in canvas.measure(t, style: measured).width }
    var kept = Array(lines.prefix(limit))
    if lines.count > limit {
      kept[kept.count - 1] = lines[(limit - 1)...].dropFirst().reduce(kept[kept.count - 1]) {
        $0 + .plain(" ") + $1
      }
    }
    kept = kept.map { $0.elided(toWidth: available, measure: measure) }
    return Block(lines: kept, style: style)
  }

  /// This heading with its title and subtitle fitted on `canvas` once: ``bottom(on:)``,
  /// ``lineBoxes(on:width:)`` and ``paint(on:width:)`` then reuse them. Why: fitting
  /// measures every line at up to five sizes, and a layout asks for the heading's bottom
  /// and then paints it (an animation's shared layout paints it once a frame: a tenth of
  /// the 3.11 animation's instructions). The blocks are what any measuring canvas of the
  /// same fonts would fit, so the drawing is the same.
  func fitted(on canvas: Canvas) -> FigureHeading {
    var heading = self
    heading.fittedBlocks = blocks(on: canvas)
    return heading
  }

  /// The fitted title and subtitle; a subtitle that would show nothing but "…" is left
  /// out. Why: a formula is one unit that cannot be cut, so SELU's typeset definition on a
  /// 320-pixel figure elided to a lone ellipsis, which tells the reader nothing.
  func blocks(on canvas: Canvas) -> (title: Block?, subtitle: Block?) {
    if let fittedBlocks { return fittedBlocks }
    let fitted = subtitle.map { Self.fit($0, role: style.subtitle, width: width, lines: lineLimit, on: canvas) }
    let empty = fitted?.lines.allSatisfy { $0.plainText.trimmingCharacters(in: .whitespaces) == "…" } ?? false
    return (
      title.map { Self.fit($0, role: style.title, width: width, lines: lineLimit, on: canvas) },
      empty ? nil : fitted
    )
  }

  /// The height of a block's lines.
  private static func height(_ block: Block, on canvas: Canvas) -> Double {
    block.lines.reduce(0) { $0 + canvas.measure($1, style: block.style).height }
  }

  /// ``top`` plus the title's height and ``titleGap`` when there is a title, plus the
  /// subtitle's height: where the chart's own content may start.
  func bottom(on canvas: Canvas) -> Double {
    let (t, s) = blocks(on: canvas)
    var y = top
    if let t { y += Self.height(t, on: canvas) + Self.titleGap }
    if let s { y += Self.height(s, on: canvas) }
    return y
  }

  /// The boxes of the heading's lines on a canvas `width` wide, as ``paint(on:width:)``
  /// draws them: what other texts must keep clear of.
  func lineBoxes(on canvas: Canvas, width: Double) -> [Rect] {
    let center = (self.width.isFinite ? self.width : width) / 2
    let (t, s) = blocks(on: canvas)
    var y = top
    var boxes: [Rect] = []
    for (block, gap) in [(t, Self.titleGap), (s, 0)] {
      guard let block else { continue }
      for line in block.lines {
        let e = canvas.measure(line, style: block.style)
        boxes.append(Rect(x: center - e.width / 2, y: y, width: e.width, height: e.height))
        y += e.height
      }
      y += gap
    }
    return boxes
  }

  /// Fills the whole canvas, `size` large, with the style's background, unless the style
  /// is transparent.
  static func paintBackground(on canvas: Canvas, size: Size, style: Style) {
    guard !style.transparent else { return }
    canvas.fill(.rectangle(Rect(x: 0, y: 0, width: size.width, height: size.height)), color: style.background)
  }

  /// Draws the title and subtitle centred on a canvas `width` wide (the heading's own
  /// ``width`` when that is finite).
  func paint(on canvas: Canvas, width: Double) {
    let center = (self.width.isFinite ? self.width : width) / 2
    let (t, s) = blocks(on: canvas)
    var y = top
    for (block, gap) in [(t, Self.titleGap), (s, 0)] {
      guard let block else { continue }
      for line in block.lines {
        canvas.text(line, at: Point(center, y), style: block.style, anchor: TextAnchor(.center, .top))
        y += canvas.measure(line, style: block.style).height
      }
      y += gap
    }
  }
}
