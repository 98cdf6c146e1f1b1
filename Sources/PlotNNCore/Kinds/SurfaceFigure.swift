/// The unnormalized textbook loss as a 3-D surface with a descent path: section 3.6.4
/// (``SurfaceChart``), over the text's ranges w1 ∈ [−10, 10], w2 ∈ [−100, 100].
///
/// Defaults: rate 0.45 of the stability limit, which walks the "L" the text describes (a
/// fast leg along the steep w1, then a slow one along w2), 300 steps from (−8, −80), view
/// azimuth −110°, elevation 45°.
public struct SurfaceFigure: FigureKind, Hashable {
  public static let id = "surface"
  public static let summary =
    "Draw the unnormalized loss over w1 in [-10, 10], w2 in [-100, 100] in 3-D (section 3.6.4)"
  public static let defaultSize = Size(width: 800, height: 600)
  public static let cost = 3
  public static let keys: [FigureKey<Self>] =
    DescentRun.keys.map { $0.lifted(\Self.run) } + [.number("azimuth", \.azimuth), .number("elevation", \.elevation)]

  public var run = DescentRun()
  /// View azimuth in degrees (any finite angle); nil: −110.
  public var azimuth: Double?
  /// View elevation in degrees, −90 to 90; nil: 45.
  public var elevation: Double?

  public init() {}

  public func validate(_ spec: FigureSpec, catalog: Catalog) throws(FigureSpecError) {
    try run.validate()
    try FieldRules.finite(azimuth, "azimuth")
    try FieldRules.within(elevation, -90...90, "elevation")
  }

  public func chart(_ spec: FigureSpec, catalog: Catalog) throws(FigureSpecError) -> any Chart {
    let problem = LeastSquaresProblem.textbook()
    let descent = GradientDescent(
      learningRate: (run.learningRate ?? 0.45) * GradientDescent.stabilityLimit(problem.hessian),
      steps: run.steps ?? 300)
    let path = descent.run(on: problem, from: run.startPoint(otherwise: Vector2(-8, -80))).points.map { ($0.x, $0.y) }
    var chart = SurfaceChart(
      function: { problem.loss($0, $1) }, xRange: -10...10, yRange: -100...100, path: path,
      azimuth: (azimuth ?? -110).truncatingRemainder(dividingBy: 360), elevation: elevation ?? 45)
    chart.title = try spec.resolvedTitle(automatic: "未归一化的损失曲面与梯度下降路径").map {
      text throws(FigureSpecError) in try FigureText.richText(text, field: "title")
    }
    chart.style = Style(theme: spec.theme)
    return chart
  }
}
