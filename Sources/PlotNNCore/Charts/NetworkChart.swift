/// A network diagram (``NetworkFigure``): the heading, then one panel, or two side by side
/// (the standard network beside the thinned one, section 3.12), each painted by
/// ``NetworkPainter`` from a ``NetworkLayout``.
public struct NetworkChart: Chart {
  public var network: NetworkDiagram
  /// The network without dropout, drawn beside ``network`` when ``compareDropout`` is on.
  public var standard: NetworkDiagram?
  public var orientation: NetworkFigure.Orientation = .leftToRight
  public var arrows = true
  public var compareDropout = false
  public var panelTitles: [RichText] = []
  public var title: RichText?
  public var subtitle: RichText?
  public var style: Style = .light

  public init(network: NetworkDiagram, standard: NetworkDiagram? = nil) {
    self.network = network
    self.standard = standard
  }

  public var documentTitle: String? { title?.plainText }
  public var fontFamilies: FontFamilies { style.fonts }

  /// The default panel titles of a comparison, the names 3.12's figure uses.
  static let defaultPanelTitles = [RichText.plain("标准神经网络"), RichText.plain("应用 dropout 后")]

  public func draw(on canvas: Canvas, size: Size, tolerance: Double) -> LayoutNotes {
    FigureHeading.paintBackground(on: canvas, size: size, style: style)
    let pad = style.margin
    let heading = FigureHeading(
      title: title, subtitle: subtitle, style: style, top: pad, width: size.width, height: size.height
    ).fitted(on: canvas)
    heading.paint(on: canvas, width: size.width)
    let top = title == nil && subtitle == nil ? pad : heading.bottom(on: canvas) + 10
    var area = Rect(x: pad, y: top, width: size.width - 2 * pad, height: size.height - top - pad)
    guard area.width > 20, area.height > 20 else { return LayoutNotes() }
    if network.isBlockChain {
      let blocks = NetworkBlockLayout(diagram: network, style: style, bounds: area, canvas: canvas)
      NetworkPainter.paintBlocks(blocks, on: canvas)
      return blocks.leftOut
    }
    let maximum = weightMaximum
    if let bar = colorBar(maximum, area: area, canvas) {
      bar.paint(on: canvas, style: style) { NetworkWeights.color(at: $0, style: style) }
      area.width -= bar.stripWidth
    }
    guard compareDropout, let standard else {
      return NetworkPainter(layout: layout(network, in: area, canvas), arrows: arrows, weightMaximum: maximum).paint(
        on: canvas)
    }
    var notes = LayoutNotes()
    let titles = panelTitles.count == 2 ? panelTitles : Self.defaultPanelTitles
    let gutter = max(16, area.width * 0.06)
    let width = (area.width - gutter) / 2
    for (k, diagram) in [standard, network].enumerated() {
      let x = area.minX + Double(k) * (width + gutter)
      var panelTitle = style.panelTitle
      let fitted = FigureHeading.fit(titles[k], role: panelTitle, width: width + 16, lines: 1, on: canvas)
      panelTitle = fitted.style
      var y = area.minY
      for line in fitted.lines {
        canvas.text(line, at: Point(x + width / 2, y), style: panelTitle, anchor: TextAnchor(.center, .top))
        y += canvas.measure(line, style: panelTitle).height
      }
      let panel = Rect(x: x, y: y + 8, width: width, height: area.maxY - y - 8)
      guard panel.height > 20 else { continue }
      notes.merge(
        NetworkPainter(layout: layout(diagram, in: panel, canvas), arrows: arrows, weightMaximum: maximum).paint(
          on: canvas))
    }
    return notes
  }

  /// The largest |w| of both panels, so a comparison's two networks share one scale.
  var weightMaximum: Double? {
    [network.weightMaximum, standard?.weightMaximum].compactMap { $0 }.max()
  }

  /// The colour bar of the weights, labelled "w", from −m to m (symmetric about 0, so white
  /// is 0 and equal weights of opposite sign are equally saturated), at the right of `area`,
  /// 70 % of its height (at most 320 points) and centred; nil without weights.
  func colorBar(_ maximum: Double?, area: Rect, _ canvas: Canvas) -> ColorBar? {
    guard let m = maximum else { return nil }
    let height = min(320, 0.7 * area.height)
    return ColorBar(
      range: -m...m, label: (try? RichText(markup: "$w$")) ?? .plain("w"), style: style, canvas: canvas,
      right: area.maxX, middle: area.midY,
      height: height, gap: ColorBar.gap(figureWidth: area.width))
  }

  func layout(_ diagram: NetworkDiagram, in rect: Rect, _ canvas: Canvas) -> NetworkLayout {
    NetworkLayout(diagram: diagram, orientation: orientation, style: style, bounds: rect, canvas: canvas)
  }
}
