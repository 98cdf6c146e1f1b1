/// Full batch, a mini-batch and batch size 1 on the chapter's least-squares problem, on one
/// contour plot (section 3.5.2: batch size 1 "横冲直撞各自为政", the full batch heads
/// straight down the bowl), with the full-data loss against the samples seen.
///
/// Every run sees the same samples: `epochs` passes over the data, so the full batch takes
/// `epochs` steps, a batch of b takes ⌈n/b⌉ a pass and batch size 1 takes n a pass, all at
/// the same learning rate η (default 0.5, below 2/|xᵢ|² for every sample, so single-sample
/// steps cannot diverge). Shuffles are seeded (``MiniBatchDescent``).
public struct BatchSizeFigure: FigureKind, Hashable {
  public static let id = "batch-size"
  public static let summary = "Full batch vs mini-batch vs batch size 1 on the least-squares problem (section 3.5.2)"
  public static let defaultSize = FigureSize(px: 1120, 560)
  public static let cost = 2
  public static let keys: [FigureKey<Self>] = [
    .integer("batch", \.batch), .integer("epochs", \.epochs), .number("learning-rate", \.learningRate),
    .integer("seed", \.seed), .numbers("start", \.start), .choice("view", \.view), .number("azimuth", \.azimuth),
    .number("elevation", \.elevation),
  ]

  public static let maximumEpochs = 1000

  /// The mini-batch size (default 8).
  public var batch: Int?
  public var epochs: Int?
  public var learningRate: Double?
  public var seed: Int?
  public var start: [Double] = []
  /// Contours or the 3-D surface, and its view, as the optimizers figure's
  /// (``OptimizersFigure/view``).
  public var view: OptimizersChart.View = .flat
  public var azimuth: Double?
  public var elevation: Double?

  public init() {}

  var problem: LeastSquaresProblem { DescentOptions().problem }

  public func validate(_ spec: FigureSpec, catalog: Catalog) throws(FigureSpecError) {
    try FieldRules.within(batch, 1...problem.samples.count, "batch")
    try FieldRules.within(epochs, 1...Self.maximumEpochs, "epochs")
    if let learningRate, !(1e-6...10).contains(learningRate) {
      throw .value("learning-rate", "must be from 1e-6 to 10 (got \(Check.format(learningRate)))")
    }
    if let seed, seed < 0 { throw .value("seed", "must be a whole number 0 or more (got \(seed))") }
    if !start.isEmpty {
      guard start.count == 2, start.allSatisfy({ abs($0) <= DescentRun.startLimit }) else {
        throw .value(
          "start",
          "must be two numbers w1, w2 within ±1e6, such as -1, 0 (got \(start.map { Check.format($0) }.joined(separator: ", ")))"
        )
      }
    }
    try FieldRules.finite(azimuth, "azimuth")
    try FieldRules.within(elevation, -90...90, "elevation")
    _ = try spec.resolvedTitle(automatic: nil).map { text throws(FigureSpecError) in
      try FigureText.richText(text, field: "title")
    }
  }

  public func chart(_ spec: FigureSpec, catalog: Catalog) throws(FigureSpecError) -> any Chart {
    let problem = self.problem
    let n = problem.samples.count
    let eta = learningRate ?? 0.5
    let passes = epochs ?? 20
    let origin = start.count == 2 ? Vector2(start[0], start[1]) : DescentOptions().start
    let sizes = [n, batch ?? 8, 1]
    let names = ["全批量（\(n)）", "小批量（\(batch ?? 8)）", "批量为 1"]
    let plane = PlaneLoss.leastSquares(problem, name: "least-squares", title: "最小二乘（未归一化）")
    let placeholder = try? Optimizer(parsing: "sgd(lr=\(eta))")
    var traces: [OptimizersFigure.Trace] = []
    for size in sizes {
      let path = MiniBatchDescent(batchSize: size, learningRate: eta, epochs: passes, seed: UInt64(seed ?? 1))
        .run(on: problem, from: origin)
      if let placeholder { traces.append(OptimizersFigure.Trace(optimizer: placeholder, path: path)) }
    }
    var window = plane.window
    if !(window.x.contains(origin.x) && window.y.contains(origin.y)) {
      window = (
        (min(window.x.lowerBound, origin.x) - 1)...(max(window.x.upperBound, origin.x) + 1),
        (min(window.y.lowerBound, origin.y) - 1)...(max(window.y.upperBound, origin.y) + 1)
      )
    }
    var chart = OptimizersChart(loss: plane, window: window, traces: traces)
    chart.style = spec.resolvedStyle
    chart.labels = names
    chart.labelDetails = sizes.map { "每轮 \((n + $0 - 1) / $0) 步" }
    chart.samplesPerStep = sizes
    (chart.view, chart.azimuth, chart.elevation) = (view, azimuth, elevation)
    chart.note = "η = \(OptimizersChart.number(eta))，\(passes) 轮（每种批量都见过 \(passes * n) 个样本），种子 \(seed ?? 1)"
    chart.title = try spec.resolvedTitle(automatic: "Batch_Size 的选择：全批量、小批量与批量为 1").map {
      text throws(FigureSpecError) in try FigureText.richText(text, field: "title")
    }
    return chart
  }
}
