/// Contours and gradient-descent paths, unnormalized vs normalized: section 3.6.3
/// (``ContourChart/descent(_:)``).
///
/// `learningRate` is a fraction of each panel's stability limit 2/λ_max (so one value is
/// equally aggressive on both problems; < 1 converges); nil keeps ``DescentOptions``'
/// defaults (0.95 unnormalized, 0.3 normalized).
public struct DescentFigure: FigureKind, Hashable {
  public static let id = "descent"
  public static let summary = "Draw gradient descent on contours, unnormalized vs normalized features (section 3.6.3)"
  public static let defaultSize = FigureSize(px: 960, 480)
  public static let cost = 2
  public static let keys: [FigureKey<Self>] =
    DescentRun.keys.map { $0.lifted(\Self.run) } + [.integer("levels", \.levels), .choice("panels", \.panels)]

  /// Most contour levels per panel.
  public static let maximumLevels = 100

  public var run = DescentRun()
  /// Contour levels per panel; nil: ``DescentOptions/levels``.
  public var levels: Int?
  public var panels: DescentOptions.Panels = .both

  public init() {}

  public func validate(_ spec: FigureSpec, catalog: Catalog) throws(FigureSpecError) {
    try run.validate()
    try FieldRules.within(levels, 1...Self.maximumLevels, "levels")
  }

  public func chart(_ spec: FigureSpec, catalog: Catalog) throws(FigureSpecError) -> any Chart {
    var options = DescentOptions()
    if let rate = run.learningRate {
      options.unnormalizedRate = .relative(rate)
      options.normalizedRate = .relative(rate)
    }
    if let steps = run.steps { options.steps = steps }
    options.start = run.startPoint(otherwise: options.start)
    if let levels { options.levels = levels }
    options.panels = panels
    options.style = Style(theme: spec.theme)
    options.title = try spec.resolvedTitle(automatic: "梯度下降：未归一化 vs 归一化").map {
      text throws(FigureSpecError) in try FigureText.richText(text, field: "title")
    }
    return ContourChart.descent(options)
  }
}
