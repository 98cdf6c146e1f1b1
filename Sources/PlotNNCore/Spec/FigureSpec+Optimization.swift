extension FigureSpec {
  /// The 3.6.3 descent figure. `learningRate` is a fraction of each panel's stability limit
  /// 2/λ_max (so one value is "equally aggressive" on both problems; < 1 converges);
  /// nil keeps ``DescentOptions``' defaults (0.95 unnormalized, 0.3 normalized).
  public func descentChart() throws(FigureSpecError) -> ContourChart {
    try validateOptions()
    var options = DescentOptions()
    if let learningRate {
      guard learningRate > 0 else { throw .notFinite(option: "learning-rate (must be > 0)", value: learningRate) }
      options.unnormalizedRate = .relative(learningRate)
      options.normalizedRate = .relative(learningRate)
    }
    if let steps { options.steps = steps }
    if let start, start.count == 2 { options.start = Vector2(start[0], start[1]) }
    if let levels { options.levels = levels }
    if let panels { options.panels = DescentOptions.Panels(rawValue: panels) ?? .both }
    options.style = Style(theme: Theme.named(theme) ?? .light)
    options.title = try FigureSpecError.richText(title ?? "梯度下降：未归一化 vs 归一化", field: "title")
    if options.title?.isEmpty == true { options.title = nil }
    return ContourChart.descent(options)
  }

  /// The 3.6.4 surface: the unnormalized textbook loss over the text's ranges w1 ∈ [−10, 10],
  /// w2 ∈ [−100, 100], with a gradient-descent path on it. Defaults: rate 0.45 of the
  /// stability limit, which walks the "L" the text describes (a fast leg along the steep
  /// w1, then a slow one along w2), 300 steps from (−8, −80), view azimuth −110°, elevation 45°.
  public func surfaceChart() throws(FigureSpecError) -> SurfaceChart {
    try validateOptions()
    let problem = LeastSquaresProblem.textbook()
    let fraction = learningRate ?? 0.45
    guard fraction > 0 else { throw .notFinite(option: "learning-rate (must be > 0)", value: fraction) }
    let origin = start.flatMap { $0.count == 2 ? Vector2($0[0], $0[1]) : nil } ?? Vector2(-8, -80)
    let descent = GradientDescent(
      learningRate: fraction * GradientDescent.stabilityLimit(problem.hessian), steps: steps ?? 300)
    let path = descent.run(on: problem, from: origin).points.map { ($0.x, $0.y) }
    var chart = SurfaceChart(
      function: { problem.loss($0, $1) }, xRange: -10...10, yRange: -100...100, path: path,
      azimuth: (azimuth ?? -110).truncatingRemainder(dividingBy: 360), elevation: elevation ?? 45)
    chart.title = try FigureSpecError.richText(title ?? "未归一化的损失曲面与梯度下降路径", field: "title")
    if chart.title?.isEmpty == true { chart.title = nil }
    chart.style = Style(theme: Theme.named(theme) ?? .light)
    return chart
  }
}
