import Foundation

extension ContourChart {
  /// The figure of section 3.6.3: gradient descent on the unnormalised least-squares
  /// problem (elongated ellipses, zig-zag path) beside the same data normalised (nearly
  /// circles, straight path), both from the same starting model, computed from
  /// ``LeastSquaresProblem/textbook(count:)``.
  ///
  /// Panel headings "未归一化" / "归一化"; each subtitle gives η, the condition number
  /// κ = λ_max/λ_min of the Hessian, and how the run ended ("N 步收敛", "N 步后仍未收敛",
  /// "第 N 步发散"). Converged means ‖∇L‖ ≤ 10⁻³·‖∇L(w₀)‖ (``GradientDescent``).
  public static func descent(_ options: DescentOptions = DescentOptions()) -> ContourChart {
    let original = options.problem
    let normalized = original.normalized()
    var panels: [Panel] = []
    if options.panels != .normalized {
      panels.append(
        panel(
          title: .plain("未归一化"), problem: original, start: options.start, rate: options.unnormalizedRate,
          steps: options.steps))
    }
    if options.panels != .unnormalized {
      panels.append(
        panel(
          title: .plain("归一化"), problem: normalized, start: original.normalizedWeights(options.start),
          rate: options.normalizedRate, steps: options.steps))
    }
    var chart = ContourChart(panels: panels, title: options.title)
    chart.levels = options.levels
    chart.spacing = options.spacing
    chart.style = options.style
    return chart
  }

  static func panel(
    title: RichText, problem: LeastSquaresProblem, start: Vector2, rate: DescentOptions.LearningRate, steps: Int
  ) -> Panel {
    let eta = rate.value(for: problem.hessian)
    let path = GradientDescent(learningRate: eta, steps: steps).run(on: problem, from: start)
    let ending: String
    switch path.outcome {
    case .converged(let step): ending = "\(step) 步收敛"
    case .stepLimit: ending = "\(path.stepCount) 步后仍未收敛"
    case .diverged(let step): ending = "第 \(step) 步发散"
    }
    let subtitle =
      RichText.italic("η") + .plain(" = \(number(eta))，") + .italic("κ")
      + .plain(" = \(number(problem.hessian.conditionNumber))：\(ending)")
    return Panel(
      title: title, subtitle: subtitle, loss: { problem.loss($0) }, minimum: problem.minimizer, path: path)
  }

  /// `value` to three significant digits below 1000, in fixed notation ("1.80", "10.5",
  /// "101", "∞"; ``NumberFormat/fixed(_:decimals:)``).
  static func number(_ value: Double) -> String {
    let magnitude = abs(value)
    // From 10⁵ on (a learning rate far past the limit), three significant digits and a power
    // of ten, as tick labels write them: 1999949539582221056 reads "2.00×10¹⁸".
    if magnitude >= 1e5, magnitude.isFinite { return NumberFormat.scientific(value, decimals: 2) }
    return NumberFormat.fixed(value, decimals: magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2)
  }
}
