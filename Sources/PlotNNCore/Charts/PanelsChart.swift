/// A grid of panels, each any chart (line, softmax, descent, surface), under one title:
/// the figure of `plotnn panels sigmoid tanh relu` (``PanelsFigure``).
///
/// Each panel is drawn by its own chart in its cell (``OffsetCanvas``), so it keeps every
/// layout promise of its kind; the grid adds the heading, a label per panel, one legend
/// when every line panel shows the same curves, and lines up the plots of line panels
/// (``PanelsChartLayout``).
public struct PanelsChart: Sendable {
  /// One cell's content and the heading written over it ("(a) ReLU").
  public struct Panel: Sendable {
    public var chart: any PanelContent
    public var heading: RichText?

    public init(chart: any PanelContent, heading: RichText?) {
      self.chart = chart
      self.heading = heading
    }
  }

  public var panels: [Panel]
  /// Cells across; the rows follow from the panel count (``rows``).
  public var columns: Int
  public var rows: Int
  public var title: RichText?
  public var subtitle: RichText?
  public var style: Style = .light
  /// The chart whose curves the shared legend names, drawn once under the heading (its
  /// panels then show none); nil: each panel its own.
  public var sharedLegend: LineChart?
  /// Whether line panels' plots are lined up across their row (tops, bottoms) and column
  /// (lefts, rights).
  public var alignsPlots = true
  /// The factor panel headings are set at, of the style's panel-title size (the grid's
  /// panels shrink together on a small figure: ``PanelsFigure/panelScale(_:)``).
  public var panelScale = 1.0

  public init(panels: [Panel], columns: Int, rows: Int) {
    self.panels = panels
    self.columns = max(1, columns)
    self.rows = max(1, rows)
  }

  /// The panels, each in its cell; what any panel left out is noted once for the figure.
  @discardableResult
  public func draw(on canvas: Canvas, size: Size, tolerance: Double = 0.1) -> LayoutNotes {
    let layout = PanelsChartLayout(chart: self, size: size, canvas: canvas, tolerance: tolerance)
    FigureHeading.paintBackground(on: canvas, size: size, style: style)
    layout.heading.paint(on: canvas, width: size.width)
    if let legend = layout.legend, let chart = sharedLegend { paintLegend(legend, of: chart, on: canvas) }
    var notes = LayoutNotes()
    for panel in layout.panels {
      let offset = OffsetCanvas(canvas, offset: Point(panel.content.minX, panel.content.minY))
      let size = Size(width: panel.content.width, height: panel.content.height)
      notes.merge(panel.chart.draw(on: offset, size: size, tolerance: tolerance))
      panel.heading?.draw(on: canvas, panel: style.panel)
    }
    return notes
  }

  /// The shared legend's swatches and labels, as a line chart paints its strip.
  private func paintLegend(_ slots: [LegendBlock.Slot], of chart: LineChart, on canvas: Canvas) {
    for slot in slots {
      let look = chart.stroke(of: chart.series[slot.series])
      canvas.stroke(.polyline([slot.swatchFrom, slot.swatchTo]), style: look.swatch)
      slot.label.draw(on: canvas, panel: style.panel)
    }
  }
}

extension PanelsChart: Chart {
  public var documentTitle: String? { title?.plainText }
  public var fontFamilies: FontFamilies { style.fonts }
}
