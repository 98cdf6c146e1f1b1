import Foundation

extension ContourChart {
  /// The figure of section 3.6.3: gradient descent on the unnormalised least-squares
  /// problem (elongated ellipses, zig-zag path) beside the same data normalised (nearly
  /// circles, straight path), both from the same starting model, computed from
  /// ``DescentOptions/problem``.
  ///
  /// Panel headings "未归一化" / "归一化"; each subtitle gives the condition number
  /// κ = λ_max/λ_min of the Hessian, η, and how the run ended ("N 步收敛", "N 步后仍未收敛",
  /// "第 N 步发散"). Converged means ‖∇L‖ ≤ 10⁻³·‖∇L(w₀)‖ (``GradientDescent``). When both
  /// panels run at one fraction f of their stability limits (the default), the figure's
  /// subtitle says so: "两图的步长同为各自稳定上限的 f 倍：η = f × 2/λ_max".
  ///
  /// Each panel frames the sublevel set {L ≤ L(w₀)} and draws its outermost contour through
  /// the start (``Panel/region``, ``Panel/outerLevel``), so every contour is a closed loop.
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
    if let note = sharedRateNote(options, panels: panels.count) {
      chart.subtitle = note.full
      chart.shorterSubtitles = note.shorter
    }
    chart.levels = options.levels
    chart.spacing = options.spacing
    chart.style = options.style
    return chart
  }

  /// "两图的步长同为各自稳定上限的 f 倍：η = f × 2/λ_max" when every panel drawn runs at the same
  /// relative rate f (one panel: "步长为稳定上限的 f 倍：…"), with the shorter forms
  /// "两图步长同为 η = f × 2/λ_max" and "η = f × 2/λ_max" for narrow figures; nil when the
  /// rates differ or one is absolute, since then the panels' η values are all there is to say.
  static func sharedRateNote(_ options: DescentOptions, panels: Int) -> (full: RichText, shorter: [RichText])? {
    let rates =
      (options.panels != .normalized ? [options.unnormalizedRate] : [])
      + (options.panels != .unnormalized ? [options.normalizedRate] : [])
    guard case .relative(let f)? = rates.first, rates.allSatisfy({ $0 == .relative(f) }) else { return nil }
    let fraction = fractionText(f)
    let lead = panels > 1 ? "两图的步长同为各自稳定上限的 \(fraction) 倍：" : "步长为稳定上限的 \(fraction) 倍："
    let formula =
      RichText.italic("η") + .plain(" = \(fraction) × 2/") + .italic("λ") + RichText.plain("max").scripted(.subscript)
    return (.plain(lead) + formula, (panels > 1 ? [.plain("两图步长同为 ") + formula] : []) + [formula])
  }

  /// A fraction as typed when it is short and plain ("0.8", "1.05"), else to three
  /// significant digits (``number(_:)``, which writes 10⁻⁵ and below as "1.00×10⁻⁹").
  static func fractionText(_ f: Double) -> String {
    let short = f.shortDescription
    if short.count <= 5, !short.contains("e") { return short.replacingOccurrences(of: "-", with: "\u{2212}") }
    let magnitude = abs(f)
    if magnitude > 0, magnitude < 1e-3 { return NumberFormat.scientific(f, decimals: 2) }
    return number(f)
  }

  static func panel(
    title: RichText, problem: LeastSquaresProblem, start: Vector2, rate: DescentOptions.LearningRate, steps: Int
  ) -> Panel {
    let eta = rate.value(for: problem.hessian)
    var path = GradientDescent(learningRate: eta, steps: steps).run(on: problem, from: start)
    var ending: String
    switch path.outcome {
    case .converged(let step): ending = "\(step) 步收敛"
    case .stepLimit: ending = "\(path.stepCount) 步后仍未收敛"
    case .diverged(let step): ending = "第 \(step) 步发散"
    }
    let sublevel = sublevelSet(of: problem, through: start)
    if let (region, _) = sublevel {
      // A path longer than the drawing budget is drawn to its last iterate within it, and
      // the subtitle says so (``DescentPath/maximumDrawnLength``).
      let drawn = path.drawnPointCount(
        xSpan: region.x.upperBound - region.x.lowerBound, ySpan: region.y.upperBound - region.y.lowerBound)
      if drawn < path.points.count {
        path.points.removeSubrange(drawn...)
        path.losses.removeSubrange(drawn...)
        ending += "，画出前 \(drawn - 1) 步"
      }
    }
    let subtitle =
      RichText.italic("κ") + .plain(" = \(number(problem.hessian.conditionNumber))，") + .italic("η")
      + .plain(" = \(number(eta))：\(ending)")
    var panel = Panel(
      title: title, subtitle: subtitle, loss: { problem.loss($0) }, minimum: problem.minimizer, path: path)
    panel.shorterSubtitles = [
      RichText.italic("κ") + .plain(" = \(number(problem.hessian.conditionNumber))：\(ending)"), .plain(ending),
    ]
    if let (region, level) = sublevel {
      panel.region = region
      panel.outerLevel = level
    }
    return panel
  }

  /// The bounding box of {w : L(w) ≤ L(start)} and that level, or nil when the start is
  /// (numerically) at the minimum or the bowl is not strictly convex.
  ///
  /// L(w) − L* = ½(w − w*)ᵀH(w − w*), so the set is an ellipse around w* whose extent along
  /// axis i is ±√(2c·(H⁻¹)ᵢᵢ), c = L(start) − L* (the support function of an ellipse); with
  /// H⁻¹ = adj H/det H, (H⁻¹)₁₁ = h₂₂/det and (H⁻¹)₂₂ = h₁₁/det. c is taken as the larger of
  /// the direct difference and ½(w₀ − w*)ᵀH(w₀ − w*), so that rounding in L near its
  /// minimum cannot shrink the box below the start.
  static func sublevelSet(of problem: LeastSquaresProblem, through start: Vector2)
    -> (region: (x: ClosedRange<Double>, y: ClosedRange<Double>), level: Double)?
  {
    let h = problem.hessian
    let det = h.determinant
    guard let m = problem.minimizer, let low = problem.minimumLoss, det > 0, h.a > 0, h.c > 0 else { return nil }
    let level = problem.loss(start)
    let e = start - m
    let c = max(level - low, 0.5 * e.dot(h.apply(e)))
    guard level.isFinite, c.isFinite, c > 1e-12 * max(abs(low), .leastNormalMagnitude) else { return nil }
    let hx = (2 * c * h.c / det).squareRoot()
    let hy = (2 * c * h.a / det).squareRoot()
    guard hx.isFinite, hy.isFinite, hx > 0, hy > 0 else { return nil }
    return (((m.x - hx)...(m.x + hx), (m.y - hy)...(m.y + hy)), level)
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
