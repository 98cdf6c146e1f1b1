/// A network diagram (``NetworkChart``): layers of units left to right or bottom to top,
/// edges, bias units, dropout, highlighted fan-ins, operator boxes with computed values and
/// skip connections; the figures of sections 3.4.9, 3.8.2 and 3.12.
///
/// ```yaml
/// - name: net
///   kind: network
///   layers:
///     - {size: 3, name: 输入层, labels: [$x_1$, $x_2$, $x_3$], bias: true}
///     - {size: 4, name: 隐藏层, activation: ReLU, dropout: {rate: 0.5, seed: 1}}
///     - {size: 3, name: softmax, operator: softmax}
/// ```
public struct NetworkFigure: FigureKind, Hashable {
  public static let id = "network"
  public static let summary = "Draw a neural network's layers, units and connections (sections 3.4.9, 3.8.2, 3.12)"
  public static let defaultSize = FigureSize(px: 720, 480)
  public static let keys: [FigureKey<Self>] = [
    FigureKey("layers") { (figure: inout Self, node: ManifestNode) throws(ManifestProblem) in
      figure.layers = try NetworkManifest.layers(node)
    },
    .choice("orientation", \.orientation),
    .flag("arrows", \.arrows),
    .integer("elide-above", \.elideAbove),
    .integer("weights-seed", \.weightsSeed),
    .flag("compare-dropout", \.compareDropout),
    .texts("panel-titles", \.panelTitles),
    FigureKey("skips") { (figure: inout Self, node: ManifestNode) throws(ManifestProblem) in
      figure.skips = try NetworkManifest.skips(node)
    },
  ]

  /// Which way the layers follow each other.
  public enum Orientation: String, Sendable, Hashable, CaseIterable {
    case leftToRight = "left-to-right"
    case bottomToTop = "bottom-to-top"
  }

  /// Most layers one figure draws.
  public static let maximumLayers = 32
  /// Most units one layer may have (a layer above ``elideAbove`` draws only a few of them).
  public static let maximumUnits = 100_000
  /// The range ``elideAbove`` may take.
  public static let elisionRange = 4...64
  /// Layers larger than this are drawn elided when no ``elideAbove`` is given.
  public static let defaultElideAbove = 10

  public var layers: [NetworkLayer] = []
  public var orientation: Orientation = .leftToRight
  /// Arrowheads on the edges (where they enter a unit).
  public var arrows = true
  /// Layers with more units than this are drawn as their first units, "⋮ n" and their last
  /// units; nil: ``defaultElideAbove``.
  public var elideAbove: Int?
  /// Two panels: the network without its dropout beside the network thinned (3.12).
  public var compareDropout = false
  /// The two panels' titles when ``compareDropout`` is on.
  public var panelTitles: [String] = []
  public var skips: [NetworkSkip] = []
  /// Random weights (``NetworkWeights/random(seed:layer:from:to:columns:)``) on every edge
  /// whose layer gives no `weights` matrix; nil: only the matrices given.
  public var weightsSeed: Int?

  public init() {}

  public init(layers: [NetworkLayer]) { self.layers = layers }

  public var defaultFileStem: String { "network" }

  public func validate(_ spec: FigureSpec, catalog: Catalog) throws(FigureSpecError) {
    try NetworkRules(figure: self).check()
  }

  public func chart(_ spec: FigureSpec, catalog: Catalog) throws(FigureSpecError) -> any Chart {
    let rules = NetworkRules(figure: self)
    var chart = NetworkChart(
      network: try rules.resolved(), standard: compareDropout ? try rules.resolved(dropout: false) : nil)
    chart.style = spec.resolvedStyle
    chart.orientation = orientation
    chart.arrows = arrows
    chart.compareDropout = compareDropout
    chart.panelTitles = try panelTitles.map { t throws(FigureSpecError) in
      try FigureText.richText(t, field: "panel-titles")
    }
    if let title = spec.resolvedTitle(automatic: nil) { chart.title = try FigureText.richText(title, field: "title") }
    return chart
  }
}
