extension LineFigure {
  /// Most derivatives drawn beside f (`--with-derivatives N`, `with-derivatives: N`).
  public static let maximumWithDerivatives = Jet.maximumOrder

  /// The orders drawn for each function, 0 for f itself, in drawing order: a `curves:`
  /// list (``curveOrders``), else f and its first ``withDerivatives`` derivatives, else
  /// what ``drawnCurves`` and ``order`` say ([0], [n] or [0, 1]).
  public var drawnOrders: [Int] {
    if let curveOrders { return curveOrders }
    if let withDerivatives { return Array(0...max(0, withDerivatives)) }
    switch drawnCurves {
    case .function: return [0]
    case .derivative: return [order]
    case .both: return [0, 1]
    }
  }

  /// Whether several orders of each function are drawn, more than f and f′ (the legend
  /// then names each order by its primes).
  var drawsSeveralOrders: Bool { drawnOrders.count > 2 || (drawnOrders.count == 2 && drawnOrders != [0, 1]) }

  /// The order a `curves:` list item names: `f` 0, `f'` or `f′` 1, `f''`, `f″` 2, and so
  /// on to 4 (`f''''`, `f⁗`); nil for anything else.
  static func curveOrder(_ text: String) -> Int? {
    let t = text.trimmingSpaces
    guard t.first == "f" else { return nil }
    var n = 0
    for c in t.dropFirst() {
      switch c {
      case "'", "′": n += 1
      case "″": n += 2
      case "‴": n += 3
      case "⁗": n += 4
      default: return nil
      }
    }
    return n
  }

  /// Reads `curves:`: one of ``Curves``'s names, or a list of orders such as
  /// `[f, "f'", "f''"]`.
  static func readCurves(_ o: inout Self, _ node: ManifestNode) throws(ManifestProblem) {
    guard case .sequence = node else {
      o.curves = try ManifestReader.choice(node, Curves.self)
      return
    }
    o.curveOrders = try ManifestReader.list(node) { (item: ManifestNode) throws(ManifestProblem) -> Int in
      let text = try ManifestReader.string(item)
      guard let n = curveOrder(text), n <= Jet.maximumOrder else {
        throw ManifestProblem(
          "'\(text)' is not a curve; write f, f' (f′), f'' (f″), f''' or f'''' (orders 0 to \(Jet.maximumOrder))",
          line: item.line)
      }
      return n
    }
  }

  /// The rules of ``curveOrders`` and ``withDerivatives``: one way of choosing the curves,
  /// orders 0…4 each once, each within every function's limit.
  func validateCurveOrders(_ bound: [FunctionSource]) throws(FigureSpecError) {
    if let withDerivatives {
      guard (1...Self.maximumWithDerivatives).contains(withDerivatives) else {
        throw .value(
          "with-derivatives",
          "must be a whole number from 1 to \(Self.maximumWithDerivatives) (got \(withDerivatives)): "
            + "f and its first N derivatives")
      }
      if curveOrders != nil || derivativeOrder != nil || curves != .function {
        throw .value(
          "with-derivatives",
          "draws f and its first \(withDerivatives) derivatives; give it without derivative, --derivative, "
            + "--with-derivative or a curves list")
      }
    }
    guard withDerivatives != nil || curveOrders != nil else { return }
    if let curveOrders {
      guard !curveOrders.isEmpty else { throw .value("curves", "lists no curve; name one or more, e.g. [f, \"f'\"]") }
      guard Set(curveOrders).count == curveOrders.count else {
        throw .value("curves", "names a curve twice (\(curveOrders.map(Self.curveName).joined(separator: ", ")))")
      }
      if derivativeOrder != nil {
        throw .value("curves", "a list of curves gives the derivatives' orders itself; leave out derivative")
      }
    }
    for n in drawnOrders where n > 0 {
      for (text, f) in zip(functions, bound) {
        if let problem = f.derivativeOrderProblem(n) {
          throw .value(withDerivatives != nil ? "with-derivatives" : "curves", "\(n) for \(text): \(problem)")
        }
      }
    }
  }

  /// `f`, `f′`, `f″`, … for messages.
  static func curveName(_ n: Int) -> String { n == 0 ? "f" : "f" + FigureText.primes(n) }

  /// The dash of the n-th derivative beside f, n ≥ 2, in line widths (f′ keeps the style's
  /// derivative dash).
  ///
  /// Decision: one function's orders share its hue, as f and f′ do, and tell themselves
  /// apart by dash: f solid, f′ the style's dash, f″ dash-dot, f‴ dotted, f⁗ dash-dot-dot,
  /// so they read in greyscale too. Given dashes (`--dashes`, `looks:`) win.
  static func derivativeDash(order n: Int) -> [Double]? {
    switch n {
    case 2: return [5, 2, 1, 2]
    case 3: return [1, 2]
    case 4: return [5, 2, 1, 2, 1, 2]
    default: return nil
    }
  }

  /// The n-th derivative of `f` (n ≥ 1) for the plot over `range`, undefined where a lower
  /// derivative (or f) jumps.
  ///
  /// Decision: where f′ jumps (ReLU at 0, Hard Tanh at ±1), f″ is a Dirac impulse there,
  /// not a number: f″ is NaN at that x, so its curve breaks there and the sampler marks the
  /// limits with an open dot (``AdaptiveSampler``), the hole a textbook draws; no spike and
  /// no vertical connector. Where f′ only kinks (ELU with α = 1 at 0), f″ jumps and is drawn
  /// as a jump (a break, a filled dot at the value, an open dot at the other limit).
  static func derivativeFunction(
    _ f: FunctionSource, order n: Int, first: PlotFunction, over range: ClosedRange<Double>, breakpointWork: Int
  ) -> PlotFunction {
    guard n >= 2 else { return first }
    let g = f.higherDerivativeFunction(order: n, over: range, breakpointWork: breakpointWork)
    let holes = g.breakpoints.filter { c in
      range.contains(c)
        && (0..<n).contains { j in
          let (a, b) = (f.derivative(order: j, at: c.nextDown), f.derivative(order: j, at: c.nextUp))
          return a.isFinite && b.isFinite && abs(a - b) > 1e-9 * max(1, abs(a), abs(b))
        }
    }
    guard !holes.isEmpty else { return g }
    let points = Set(holes)
    let evaluate = g.evaluate
    return PlotFunction(breakpoints: g.breakpoints, cost: g.cost) { x in points.contains(x) ? .nan : evaluate(x) }
  }
}

extension LineFigure {
  /// The curves as the automatic title names them: f alone, one derivative alone, or f
  /// with its derivatives.
  var titleCurves: Curves {
    let orders = drawnOrders
    if orders == [0] { return .function }
    return orders.contains(0) ? .both : .derivative
  }
}
