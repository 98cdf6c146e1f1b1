/// Logits to probabilities, the figure of section 3.4.9 (``SoftmaxChart``).
public struct SoftmaxFigure: FigureKind, Hashable {
  public static let id = "softmax"
  public static let summary = "Draw how softmax maps logits to probabilities (section 3.4.9)"
  public static let defaultSize = FigureSize(px: 720, 400)
  public static let keys: [FigureKey<Self>] = [.numbers("logits", \.logits)]

  /// Most logits one figure shows (a row each).
  public static let maximumLogits = 64

  public var logits: [Double] = []

  public init() {}

  public init(logits: [Double]) { self.logits = logits }

  public func validate(_ spec: FigureSpec, catalog: Catalog) throws(FigureSpecError) {
    guard (1...Self.maximumLogits).contains(logits.count) else {
      throw .value("logits", "must hold 1 to \(Self.maximumLogits) numbers (got \(logits.count))")
    }
    if let bad = logits.first(where: { !$0.isFinite }) {
      throw .value("logits", "must be finite numbers (got \(bad))")
    }
  }

  public func chart(_ spec: FigureSpec, catalog: Catalog) throws(FigureSpecError) -> any Chart {
    var chart = SoftmaxChart(logits: logits)
    chart.style = Style(theme: spec.theme)
    guard let title = spec.resolvedTitle(automatic: "Softmax") else { return chart }
    chart.title = try FigureText.richText(title, field: "title")
    chart.subtitle = try FigureText.richText(
      "σ(<i>z</i>)<sub><i>j</i></sub> = <i>e</i><sup><i>z</i><sub><i>j</i></sub></sup> / Σ<sub><i>k</i></sub> <i>e</i><sup><i>z</i><sub><i>k</i></sub></sup>",
      field: "title")
    return chart
  }
}
