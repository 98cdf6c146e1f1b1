import Foundation

/// The LRN schematic: N channel maps side by side along the channel axis, each a
/// parallelogram of grid × grid cells seen obliquely (its x edge slanting up and right at
/// 0.55 and 0.35 of its height, maps 0.63 of the height apart, so they never overlap and no
/// highlighted cell is hidden); cell (x, y) filled in the window's channels (channel i
/// strongest, its index bold in the same colour), an index under every map, and a bracket under the window with its two ends
/// as the formula writes them and as numbers.
public struct LRNChart: Chart {
  public var window: LRNWindow
  public var grid: Int
  public var x: Int
  public var y: Int
  public var title: RichText?
  public var subtitle: RichText?
  public var style: Style = .light

  public init(window: LRNWindow, grid: Int, x: Int, y: Int) {
    self.window = window
    self.grid = grid
    self.x = x
    self.y = y
  }

  public var documentTitle: String? { title?.plainText }
  public var fontFamilies: FontFamilies { style.fonts }

  /// The corner of map j's cell (u, v) in cells, given the map's origin (bottom left) and height.
  static func point(_ origin: Point, u: Double, v: Double, cells: Double, height h: Double) -> Point {
    Point(origin.x + 0.55 * h * u / cells, origin.y - 0.35 * h * u / cells - h * v / cells)
  }

  public func draw(on canvas: Canvas, size: Size, tolerance: Double) -> LayoutNotes {
    FigureHeading.paintBackground(on: canvas, size: size, style: style)
    let pad = style.margin
    // A heading that leaves the maps under 40 points (a 200 × 150 figure with a two-line
    // title) is given up, and noted: the schematic is the figure.
    var heading = FigureHeading(
      title: title, subtitle: subtitle, style: style, top: pad, width: size.width, height: size.height)
    var headingNotes = LayoutNotes()
    if title != nil || subtitle != nil, size.height - heading.bottom(on: canvas) - 12 - pad < 40 + 0.25 * size.height {
      headingNotes.leaveOut(.title, count: title == nil ? 0 : 1)
      headingNotes.leaveOut(.subtitle, count: subtitle == nil ? 0 : 1)
      heading = FigureHeading(title: nil, subtitle: nil, style: style, top: pad, width: size.width, height: size.height)
    }
    heading.paint(on: canvas, width: size.width)
    let top = heading.bottom(on: canvas) + 12
    let note = style.tickLabel
    let line = canvas.measure(.plain("0"), style: note).height
    // The two lines under the bracket wrap, shrink or elide to the width as headings do;
    // on a short canvas the facts line goes first, then the ends take one line, so the
    // maps keep at least 40 % of the height below the heading.
    let endsText = RichText.plain(
      "j = max(0, i − n/2) = \(window.lower)  …  min(N − 1, i + n/2) = \(window.upper)")
    let factsText = RichText.plain(
      "N = \(window.channels), i = \(window.channel), n = \(window.n), (x, y) = (\(x), \(y)): "
        + "\(window.range.count) 个通道的平方和")
    let blockHeight = { (b: FigureHeading.Block?) in
      b?.lines.reduce(0) { $0 + canvas.measure($1, style: b?.style ?? note).height } ?? 0
    }
    let below = size.height - top - pad
    var ends: FigureHeading.Block?
    var facts: FigureHeading.Block?
    var bottomBand = 0.0
    var notes = LayoutNotes()
    // Last, the ends go too (a 200 × 150 figure keeps the maps and the bracket); each line
    // given up is noted as a sum line.
    for (endLines, withFacts) in [(2, true), (2, false), (1, false), (0, false)] {
      notes = headingNotes
      notes.leaveOut(.sumLine, count: (withFacts ? 0 : 1) + (endLines == 0 ? 1 : 0))
      ends =
        endLines > 0 ? FigureHeading.fit(endsText, role: note, width: size.width, lines: endLines, on: canvas) : nil
      facts =
        withFacts
        ? FigureHeading.fit(factsText, role: note.with(color: style.muted), width: size.width, lines: 2, on: canvas)
        : nil
      bottomBand = line + 6 + 6 + 9 + blockHeight(ends) + 4 + blockHeight(facts)
      if below - bottomBand >= 0.4 * below { break }
    }
    let n = Double(window.channels)
    let width = size.width - 2 * pad
    let room = size.height - top - pad - bottomBand
    guard room > 20, width > 20 else { return notes }
    let h = min(room / 1.35, width / (0.63 * (n - 1) + 0.55))
    let total = 0.63 * h * (n - 1) + 0.55 * h
    let left = pad + (width - total) / 2
    let base = top + 1.35 * h + (room - 1.35 * h) / 2
    let cells = Double(grid)
    let lit = style.color(0)
    let centre = style.color(1)
    var labelBottom = base
    for j in 0..<window.channels {
      let origin = Point(left + 0.63 * h * Double(j), base)
      let inWindow = window.range.contains(j)
      for u in 0..<grid {
        for v in 0..<grid {
          let corners = [(0.0, 0.0), (1, 0), (1, 1), (0, 1)].map {
            Self.point(origin, u: Double(u) + $0.0, v: Double(v) + $0.1, cells: cells, height: h)
          }
          var path = Path.polyline(corners)
          path.close()
          let hit = u == x && v == y
          let fill: Color =
            hit && j == window.channel
            ? centre : hit && inWindow ? lit.mixed(with: style.background, by: 0.35) : style.panel
          canvas.fill(path, color: fill)
          canvas.stroke(path, style: StrokeStyle(color: style.grid, width: 0.6))
        }
      }
      var outline = Path.polyline(
        [(0.0, 0.0), (cells, 0), (cells, cells), (0, cells)].map {
          Self.point(origin, u: $0.0, v: $0.1, cells: cells, height: h)
        })
      outline.close()
      canvas.stroke(outline, style: StrokeStyle(color: inWindow ? lit : style.muted, width: inWindow ? 1.6 : 0.9))
      var label = note
      if j == window.channel { label = label.with(color: centre) }
      label.bold = j == window.channel
      let mid = Self.point(origin, u: cells / 2, v: 0, cells: cells, height: h)
      let text = RichText.plain("\(j)")
      canvas.text(text, at: Point(mid.x, base + 6), style: label, anchor: TextAnchor(.center, .top))
      labelBottom = max(labelBottom, base + 6 + canvas.measure(text, style: label).height)
    }
    // The window's bracket, from the lower map's left corner to the upper map's right one.
    let x0 = left + 0.63 * h * Double(window.lower)
    let x1 = left + 0.63 * h * Double(window.upper) + 0.55 * h
    let y0 = labelBottom + 6
    canvas.stroke(
      .polyline([Point(x0, y0), Point(x0, y0 + 5), Point(x1, y0 + 5), Point(x1, y0)]),
      style: StrokeStyle(color: lit, width: 1.4))
    var lineTop = y0 + 9
    for (block, gap) in [(ends, 4.0), (facts, 0)] {
      guard let block else { continue }
      for text in block.lines {
        let w = canvas.measure(text, style: block.style).width
        let mid = block.style.color == style.muted ? size.width / 2 : (x0 + x1) / 2
        let cx = min(max(mid, FigureHeading.sideMargin + w / 2), size.width - FigureHeading.sideMargin - w / 2)
        canvas.text(text, at: Point(cx, lineTop), style: block.style, anchor: TextAnchor(.center, .top))
        lineTop += canvas.measure(text, style: block.style).height
      }
      lineTop += gap
    }
    return notes
  }
}
