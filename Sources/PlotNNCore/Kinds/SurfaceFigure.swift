/// The unnormalized textbook loss as a 3-D surface with a descent path: section 3.6.4
/// (``SurfaceChart``), over the text's ranges w1 ∈ [−10, 10], w2 ∈ [−100, 100].
///
/// Defaults: rate 0.45 of the stability limit, which walks the "L" the text describes (a
/// fast leg along the steep w1, then a slow one along w2), 300 steps from (−8, −80); the
/// view chosen so the whole path lies on the visible surface (``ViewChoice``; azimuth and
/// elevation may each be given); colours by √loss (``ColorScale/squareRoot``); the start,
/// the last iterate ("第 N 步", or "第 N 步发散" when the run diverged) and the minimum
/// ("最优解", as in the 3.6.3 figure) marked and labelled.
public struct SurfaceFigure: FigureKind, Hashable {
  public static let id = "surface"
  public static let summary =
    "Draw the unnormalized loss over w1 in [-10, 10], w2 in [-100, 100] in 3-D (section 3.6.4)"
  public static let defaultSize = FigureSize(px: 800, 600)
  public static let cost = 3
  public static let keys: [FigureKey<Self>] =
    DescentRun.keys.map { $0.lifted(\Self.run) } + [.number("azimuth", \.azimuth), .number("elevation", \.elevation)]

  public var run = DescentRun()
  /// View azimuth in degrees (any finite angle); nil: chosen (``ViewChoice``).
  public var azimuth: Double?
  /// View elevation in degrees, −90 to 90; nil: chosen (``ViewChoice``).
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
    let walk = descent.run(on: problem, from: run.startPoint(otherwise: Vector2(-8, -80)))
    // A path longer than the drawing budget is drawn to its last iterate within it, and the
    // end's label says how many steps are left out (``DescentPath/maximumDrawnLength``).
    let drawn = walk.drawnPointCount(xSpan: 20, ySpan: 200)
    var chart = SurfaceChart(
      function: { problem.loss($0, $1) }, xRange: -10...10, yRange: -100...100,
      path: walk.points.prefix(drawn).map { ($0.x, $0.y) },
      azimuth: azimuth?.truncatingRemainder(dividingBy: 360), elevation: elevation)
    chart.colorScale = .squareRoot
    // The bar is read in loss (its ticks are loss values at their √ places): "loss (√ scale)"
    // names the quantity and the spacing, where "√ scale" alone named no quantity.
    chart.colorBarLabel = .plain("loss (√ scale)")
    chart.minimum = problem.minimizer.map { ($0.x, $0.y) }
    chart.startLabel = .plain("起点")
    if drawn < walk.points.count {
      chart.endLabel = .plain("第 \(drawn - 1) 步（其后 \(walk.stepCount - drawn + 1) 步未画出）")
    } else if case .diverged(let step) = walk.outcome {
      chart.endLabel = .plain("第 \(step) 步发散")
    } else {
      chart.endLabel = .plain("第 \(walk.stepCount) 步")
    }
    chart.minimumLabel = .plain("最优解")
    if let corner = Self.corner(walk, problem: problem), corner < drawn - 1 {
      chart.stepMarks = [(corner, .plain("第 \(corner) 步"))]
    }
    chart.title = try spec.resolvedTitle(automatic: "未归一化的损失曲面与梯度下降路径").map {
      text throws(FigureSpecError) in try FigureText.richText(text, field: "title")
    }
    chart.style = spec.resolvedStyle
    return chart
  }

  /// The corner of the "L": the first iterate k ≥ 1 at which ∂L/∂w₁ has fallen to 5 % of
  /// its value at the start (the fast leg done: w₁ sits on the valley floor for the current
  /// w₂, which with correlated features is not yet the minimiser's w₁). Only when it is an
  /// "L": the leg so far moved w₁ by at least a tenth of its range (2) and w₂ is still a
  /// tenth of its range (20) from the minimiser, and k is before the last iterate. Labelled
  /// "第 k 步" beside the end's "第 N 步", it counts what the text says: a few steps along
  /// w₁, all the rest along w₂.
  static func corner(_ walk: DescentPath, problem: LeastSquaresProblem) -> Int? {
    guard let target = problem.minimizer, let start = walk.points.first, walk.points.count >= 3 else { return nil }
    let initial = abs(problem.gradient(start).x)
    guard initial > 0 else { return nil }
    for (k, w) in walk.points.enumerated().dropFirst().dropLast()
    where abs(problem.gradient(w).x) <= 0.05 * initial {
      return abs(w.x - start.x) >= 2 && abs(w.y - target.y) >= 20 ? k : nil
    }
    return nil
  }
}
