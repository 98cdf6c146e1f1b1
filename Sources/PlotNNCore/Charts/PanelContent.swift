/// A chart that can be one panel of a ``PanelsChart``: it gives up its heading, which the
/// grid then writes as the panel's own (with its label, in the style's panel-title role).
///
/// Decision: a panel keeps its chart's layout and placement rules whole (no text over a
/// curve, none clipped at its cell's edge); only the title and subtitle leave, since one
/// figure has one title and a formula subtitle under every panel would crowd the grid.
public protocol PanelContent: Chart {
  /// The title the chart would draw on its own.
  var panelHeading: RichText? { get }
  /// The chart without its title and subtitle.
  func withoutHeading() -> Self
}

extension LineChart: PanelContent {
  public var panelHeading: RichText? { title }
  public func withoutHeading() -> LineChart {
    var chart = self
    (chart.title, chart.subtitle) = (nil, nil)
    return chart
  }
}

extension SoftmaxChart: PanelContent {
  public var panelHeading: RichText? { title }
  public func withoutHeading() -> SoftmaxChart {
    var chart = self
    (chart.title, chart.subtitle) = (nil, nil)
    return chart
  }
}

extension ContourChart: PanelContent {
  public var panelHeading: RichText? { title }
  public func withoutHeading() -> ContourChart {
    var chart = self
    (chart.title, chart.subtitle) = (nil, nil)
    return chart
  }
}

extension SurfaceChart: PanelContent {
  public var panelHeading: RichText? { title }
  public func withoutHeading() -> SurfaceChart {
    var chart = self
    chart.title = nil
    return chart
  }
}
