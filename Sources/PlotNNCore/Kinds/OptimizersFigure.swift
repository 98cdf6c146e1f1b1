import Foundation

/// Optimizers compared on one loss over two weights (section 3.11): contours, one path per
/// optimizer, and the loss against the step on a log axis (``OptimizersChart``).
///
/// `optimizers` are specs (``Optimizer/init(parsing:)``), `loss` a name of
/// ``PlaneLoss/ids`` or an expression in x and y. `tune` picks each learning rate by
/// ``LearningRateTuner``'s rule. Every path takes `steps` steps (default 200) unless it
/// diverges, which stops it and says so in the legend.
public struct OptimizersFigure: FigureKind, Hashable {
  public static let id = "optimizers"
  public static let summary =
    "Compare optimizers' paths on a loss over two weights, with the loss per step (section 3.11)"
  public static let defaultSize = FigureSize(px: 1120, 560)
  public static let cost = 3
  public static let keys: [FigureKey<Self>] = [
    .texts("optimizers", \.optimizers),
    FigureKey("loss") { (f: inout Self, node) throws(ManifestProblem) in f.loss = try ManifestReader.string(node) },
    .numbers("start", \.start), .integer("steps", \.steps), .flag("tune", \.tune), .integer("levels", \.levels),
    .choice("view", \.view), .number("azimuth", \.azimuth), .number("elevation", \.elevation),
  ]

  /// Most steps per path: 10 000 (× 16 runs each with `tune`, × 16 optimizers, ≈ 2.6 M
  /// gradient evaluations at most, well under a second).
  public static let maximumSteps = 10_000
  public static let maximumOptimizers = 16
  public static let maximumLevels = 60
  public static let defaultSteps = 200

  public var optimizers: [String] = []
  public var loss = "rosenbrock"
  /// (x, y); empty: the loss's own start.
  public var start: [Double] = []
  public var steps: Int?
  public var tune = false
  public var levels: Int?
  /// Contours (`2d`, the default) or the paths on the 3-D surface (`3d`,
  /// ``OptimizersChart/View``).
  public var view: OptimizersChart.View = .flat
  /// The 3-D view's azimuth (any finite angle) and elevation (−90 to 90) in degrees; nil:
  /// chosen (``ViewChoice``).
  public var azimuth: Double?
  public var elevation: Double?

  public init() {}

  public func validate(_ spec: FigureSpec, catalog: Catalog) throws(FigureSpecError) {
    guard !optimizers.isEmpty, optimizers.count <= Self.maximumOptimizers else {
      throw Self.unnamed(
        "optimizers",
        "the figure compares 1 to \(Self.maximumOptimizers) optimizers, such as adam(lr=0.05) sgd (got "
          + "\(optimizers.count))")
    }
    for text in optimizers {
      do { _ = try Optimizer(parsing: text) } catch { throw Self.unnamed("optimizers", error.description) }
    }
    do { _ = try PlaneLoss.parse(loss, catalog: catalog) } catch { throw Self.unnamed("loss", error.description) }
    if !start.isEmpty {
      guard start.count == 2, start.allSatisfy({ abs($0) <= DescentRun.startLimit }) else {
        throw .value(
          "start",
          "must be two numbers x, y within ±1e6, such as -1.5, 2 (got \(start.map { Check.format($0) }.joined(separator: ", ")))"
        )
      }
    }
    try FieldRules.within(steps, 1...Self.maximumSteps, "steps")
    try FieldRules.within(levels, 2...Self.maximumLevels, "levels")
    try FieldRules.finite(azimuth, "azimuth")
    try FieldRules.within(elevation, -90...90, "elevation")
    _ = try spec.resolvedTitle(automatic: nil).map { text throws(FigureSpecError) in
      try FigureText.richText(text, field: "title")
    }
  }

  /// An error whose message does not start with its field's name: the optimizers' and the
  /// loss's own messages name what is wrong ("unknown optimizer 'adamm'; did you mean adam…",
  /// "adam: lr must be greater than 0"), and the optimizers are the command line's arguments,
  /// which have no flag to name.
  static func unnamed(_ field: String, _ message: String) -> FigureSpecError {
    FigureSpecError(field: field, message: "\(message)")
  }

  /// One optimizer's run as drawn: the optimizer (with its tuned rate) and its path.
  public struct Trace: Sendable {
    public var optimizer: Optimizer
    public var path: DescentPath
  }

  /// The loss, the window every path is drawn in, and the runs (validated first).
  public func traces(catalog: Catalog) throws(FigureSpecError) -> (
    loss: PlaneLoss, window: (x: ClosedRange<Double>, y: ClosedRange<Double>), traces: [Trace]
  ) {
    let plane: PlaneLoss
    do { plane = try PlaneLoss.parse(loss, catalog: catalog) } catch { throw Self.unnamed("loss", error.description) }
    let origin = start.count == 2 ? Vector2(start[0], start[1]) : plane.start
    var window = plane.window
    // A start outside the loss's window widens it to hold the start with a 10 % margin.
    if !(window.x.contains(origin.x) && window.y.contains(origin.y)) {
      let x0 = min(window.x.lowerBound, origin.x), x1 = max(window.x.upperBound, origin.x)
      let y0 = min(window.y.lowerBound, origin.y), y1 = max(window.y.upperBound, origin.y)
      let (mx, my) = (0.1 * (x1 - x0), 0.1 * (y1 - y0))
      window = ((x0 - mx)...(x1 + mx), (y0 - my)...(y1 + my))
    }
    // Escape box: the window grown by four of its widths each way; a path leaving it has
    // left the figure for good, and its last segment still runs to the frame.
    let (wx, wy) = (window.x.upperBound - window.x.lowerBound, window.y.upperBound - window.y.lowerBound)
    let escape = (
      (window.x.lowerBound - 4 * wx)...(window.x.upperBound + 4 * wx),
      (window.y.lowerBound - 4 * wy)...(window.y.upperBound + 4 * wy)
    )
    let run = OptimizerRun(steps: steps ?? Self.defaultSteps, escape: escape)
    var traces: [Trace] = []
    for text in optimizers {
      let optimizer: Optimizer
      do { optimizer = try Optimizer(parsing: text) } catch { throw Self.unnamed("optimizers", error.description) }
      if tune {
        let (chosen, path) = LearningRateTuner(run: run).tune(
          optimizer, from: origin, loss: plane.value, gradient: plane.gradient)
        traces.append(Trace(optimizer: chosen, path: path))
      } else {
        traces.append(
          Trace(
            optimizer: optimizer, path: run.run(optimizer, from: origin, loss: plane.value, gradient: plane.gradient)))
      }
    }
    return (plane, window, traces)
  }

  /// Every path as CSV, `optimizer,step,x,y,loss`, one line per point; the optimizer is its
  /// full spec (quoted: it holds commas), numbers in Swift's shortest round-trip form.
  public func csv(catalog: Catalog) throws(FigureSpecError) -> String {
    let (_, _, traces) = try self.traces(catalog: catalog)
    var out = "optimizer,step,x,y,loss\n"
    for t in traces {
      let name = "\"" + t.optimizer.spec.replacingOccurrences(of: "\"", with: "\"\"") + "\""
      for (k, p) in t.path.points.enumerated() {
        out += "\(name),\(k),\(p.x),\(p.y),\(t.path.losses[k])\n"
      }
    }
    return out
  }

  public func chart(_ spec: FigureSpec, catalog: Catalog) throws(FigureSpecError) -> any Chart {
    let (plane, window, traces) = try self.traces(catalog: catalog)
    var chart = OptimizersChart(loss: plane, window: window, traces: traces)
    chart.style = spec.resolvedStyle
    chart.tuned = tune
    chart.steps = steps ?? Self.defaultSteps
    if let levels { chart.levels = levels }
    (chart.view, chart.azimuth, chart.elevation) = (view, azimuth, elevation)
    let automatic = "优化器比较：\(plane.title)"
    chart.title = try spec.resolvedTitle(automatic: automatic).map { text throws(FigureSpecError) in
      try FigureText.richText(text, field: "title")
    }
    return chart
  }
}
