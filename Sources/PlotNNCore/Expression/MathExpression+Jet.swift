/// Higher derivatives: every node maps jets to a jet (``Jet``), so one pass gives f(x) and
/// its exact derivatives up to ``Jet/maximumOrder``. The first-order path (``dual(at:)``)
/// is separate and unchanged.
extension MathExpression {
  /// The highest derivative order this expression has exactly: 4 (``Jet/maximumOrder``), or
  /// 2 when it calls a catalog activation, whose exact derivatives stop at f″
  /// (``Activation/secondDerivative``).
  public var maximumDerivativeOrder: Int {
    var callsActivation = false
    visitActivations { _ in callsActivation = true }
    return callsActivation ? 2 : Jet.maximumOrder
  }

  /// f and its derivatives up to `order` (1…4) at x.
  public func jet(at x: Double, order: Int) -> Jet { evaluate(Jet.variable(x, order: order)) }

  /// f^(n)(x) for n in 0…``maximumDerivativeOrder`` (n = 1 by ``derivative(at:)``, the
  /// dual-number path, so f′ is the same bits whichever way it is asked for). NaN wherever
  /// f(x) is NaN, as for f′. At kinks each piece's jet is taken by the rules of f′: abs at 0
  /// and a tie of max/min give the flatter piece's (all higher derivatives 0 for abs at 0),
  /// `where` differentiates the branch its condition picks.
  public func derivative(order n: Int, at x: Double) -> Double {
    if n == 0 { return value(at: x) }
    if n == 1 { return derivative(at: x) }
    let j = jet(at: x, order: n)
    return j.value.isNaN ? .nan : j.derivative(n)
  }

  /// The expression at `x` (a jet, the variable being `Jet.variable(x, order:)`), node by
  /// node as ``evaluate(_:)-(Dual)``.
  func evaluate(_ x: Jet) -> Jet {
    switch self {
    case .variable:
      return x
    case .variableY:
      // Jets differentiate in x alone; a y exists only in a loss over (x, y), which is
      // never sampled as a curve of x (the parser gives y only when asked for two variables).
      return Jet(constant: .nan, order: x.order)
    case .number(let c):
      return Jet(constant: c, order: x.order)
    case .constant(let k):
      return Jet(constant: k.value, order: x.order)
    case .negation(let u):
      return -u.evaluate(x)
    case .sum(let terms):
      var total = Jet(constant: 0, order: x.order)
      for (i, t) in terms.enumerated() {
        let v = t.operand.evaluate(x)
        total = i == 0 ? v : t.isSubtracted ? total - v : total + v
      }
      return total
    case .product(let factors):
      var total = Jet(constant: 1, order: x.order)
      for (i, f) in factors.enumerated() {
        let v = f.operand.evaluate(x)
        total = i == 0 ? v : f.isDivisor ? total / v : total * v
      }
      return total
    case .power(.constant(.e), let exponent):
      return Jet.exp(exponent.evaluate(x))
    case .power(let base, let exponent):
      return Jet.pow(base.evaluate(x), exponent.evaluate(x))
    case .call(let f, let arguments) where arguments.count == 1:
      return f.apply(arguments[0].evaluate(x))
    case .call(let f, let arguments):
      return f.apply(arguments.map { $0.evaluate(x) })
    case .conditional(let c, let a, let b):
      let holds = c.comparison.holds(c.lhs.evaluate(x).value, c.rhs.evaluate(x).value)
      return holds ? a.evaluate(x) : b.evaluate(x)
    case .activation(let f, let u):
      return Jet.activation(f, u.evaluate(x))
    }
  }
}
