/// Evaluation: every node maps dual numbers to a dual number (``Dual``), so one pass gives
/// f(x) and the exact f′(x).
extension MathExpression {
  /// f(x) and f′(x) together.
  public func dual(at x: Double) -> Dual { evaluate(Dual.variable(x)) }

  /// f(x).
  public func value(at x: Double) -> Double { evaluate(Dual.variable(x)).value }

  /// f′(x) by forward-mode automatic differentiation. NaN wherever f(x) is NaN: a
  /// derivative is drawn only where the function exists (so `log(x)` has no slope for
  /// x < 0, although 1/x would be finite there).
  ///
  /// At kinks: abs′(0) = 0; max and min take the flatter piece's slope at a tie
  /// (``Dual/tieSlope(_:_:)``); `where` differentiates the branch its condition picks;
  /// a catalog activation contributes its own PyTorch-convention derivative
  /// (``BoundActivation/derivative(at:)``) by the chain rule f′(g(x))·g′(x).
  public func derivative(at x: Double) -> Double {
    let d = evaluate(Dual.variable(x))
    return d.value.isNaN ? .nan : d.derivative
  }

  /// The nodes of the tree (each a number, x, an operation or a call): the work of one
  /// evaluation, in the units of ``AdaptiveSampler/maximumWork`` and of the breakpoint
  /// search's bound (``breakpointWork``). At most about 1000 for a text within the length
  /// limit.
  public var nodeCount: Int {
    switch self {
    case .variable, .variableY, .number, .constant: return 1
    case .negation(let u): return 1 + u.nodeCount
    case .sum(let terms): return terms.reduce(1) { $0 + $1.operand.nodeCount }
    case .product(let factors): return factors.reduce(1) { $0 + $1.operand.nodeCount }
    case .power(let base, let exponent): return 1 + base.nodeCount + exponent.nodeCount
    case .call(_, let arguments): return arguments.reduce(1) { $0 + $1.nodeCount }
    case .conditional(let c, let a, let b): return 1 + c.lhs.nodeCount + c.rhs.nodeCount + a.nodeCount + b.nodeCount
    case .activation(_, let u): return 1 + u.nodeCount
    }
  }

  /// Whether the expression depends on x, or on y where y is a variable (a parameter value
  /// must not).
  public var dependsOnX: Bool {
    switch self {
    case .variable, .variableY: return true
    case .number, .constant: return false
    case .negation(let u): return u.dependsOnX
    case .sum(let terms): return terms.contains { $0.operand.dependsOnX }
    case .product(let factors): return factors.contains { $0.operand.dependsOnX }
    case .power(let base, let exponent): return base.dependsOnX || exponent.dependsOnX
    case .call(_, let arguments): return arguments.contains { $0.dependsOnX }
    case .conditional(let c, let a, let b):
      return c.lhs.dependsOnX || c.rhs.dependsOnX || a.dependsOnX || b.dependsOnX
    case .activation(_, let u): return u.dependsOnX
    }
  }

  /// The expression at `x` (a dual number, the variable being `Dual(x, 1)`).
  ///
  /// `e^u` is computed as exp(u), not pow(2.718281828459045, u), which would be off by
  /// up to |u|·1e-16 relative since the double e is not exactly e.
  func evaluate(_ x: Dual) -> Dual { evaluate(in: OneVariable(x: x)) }

  /// The expression with its variables bound to dual numbers. Generic over the binding so
  /// that the compiler specialises it: for ``OneVariable`` the code is the one-variable
  /// evaluation it always was (y is never read, as the parser refuses y there), for
  /// ``TwoVariables`` one pass gives the derivative along the seeds' direction.
  func evaluate<V: DualVariables>(in v: V) -> Dual {
    switch self {
    case .variable:
      return v.x
    case .variableY:
      return v.y
    case .number(let c):
      return Dual(c)
    case .constant(let k):
      return Dual(k.value)
    case .negation(let u):
      return -u.evaluate(in: v)
    case .sum(let terms):
      var total = Dual(0)
      for (i, t) in terms.enumerated() {
        let w = t.operand.evaluate(in: v)
        total = i == 0 ? w : t.isSubtracted ? total - w : total + w
      }
      return total
    case .product(let factors):
      var total = Dual(1)
      for (i, f) in factors.enumerated() {
        let w = f.operand.evaluate(in: v)
        total = i == 0 ? w : f.isDivisor ? total / w : total * w
      }
      return total
    case .power(.constant(.e), let exponent):
      return Dual.exp(exponent.evaluate(in: v))
    case .power(let base, let exponent):
      return Dual.pow(base.evaluate(in: v), exponent.evaluate(in: v))
    case .call(let f, let arguments) where arguments.count == 1:
      // One argument without building an array: most calls, and the hot path of sampling.
      return f.apply(arguments[0].evaluate(in: v))
    case .call(let f, let arguments):
      return f.apply(arguments.map { $0.evaluate(in: v) })
    case .conditional(let c, let a, let b):
      let holds = c.comparison.holds(c.lhs.evaluate(in: v).value, c.rhs.evaluate(in: v).value)
      return holds ? a.evaluate(in: v) : b.evaluate(in: v)
    case .activation(let f, let u):
      let g = u.evaluate(in: v)
      return g.chain(value: f.value(at: g.value), slope: f.derivative(at: g.value))
    }
  }

  /// The default x range: the hull of the domains of the catalog activations the
  /// expression calls, or [−5, 5] when it calls none (the catalog's usual range).
  public var domain: ClosedRange<Double> {
    var low = Double.infinity
    var high = -Double.infinity
    visitActivations { f in
      low = min(low, f.activation.domain.lowerBound)
      high = max(high, f.activation.domain.upperBound)
    }
    return low < high ? low...high : -5...5
  }

  /// Calls `body` for each catalog activation in the expression.
  func visitActivations(_ body: (BoundActivation) -> Void) {
    switch self {
    case .variable, .variableY, .number, .constant: return
    case .negation(let u): u.visitActivations(body)
    case .sum(let terms): for t in terms { t.operand.visitActivations(body) }
    case .product(let factors): for f in factors { f.operand.visitActivations(body) }
    case .power(let a, let b): for e in [a, b] { e.visitActivations(body) }
    case .call(_, let arguments): for e in arguments { e.visitActivations(body) }
    case .conditional(let c, let a, let b): for e in [c.lhs, c.rhs, a, b] { e.visitActivations(body) }
    case .activation(let f, let u):
      body(f)
      u.visitActivations(body)
    }
  }
}
