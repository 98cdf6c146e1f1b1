/// The variables of an expression bound to dual numbers for one evaluation pass.
protocol DualVariables {
  var x: Dual { get }
  var y: Dual { get }
}

/// x alone (every expression of a function plot). y is never read: the parser refuses
/// y in a one-variable expression.
struct OneVariable: DualVariables {
  let x: Dual
  var y: Dual { Dual(.nan) }
}

/// x and y, seeded with the direction of one pass: (1, 0) gives ∂/∂x, (0, 1) ∂/∂y.
struct TwoVariables: DualVariables {
  let x: Dual
  let y: Dual
}

extension MathExpression {
  /// f(x, y) and its exact gradient (∂f/∂x, ∂f/∂y) by forward-mode automatic
  /// differentiation: two passes of dual numbers, seeded (1, 0) and (0, 1).
  ///
  /// Two one-component passes rather than one pass of a two-component dual: the
  /// elementary functions and catalog activations are written once, for ``Dual``, and a
  /// loss over two weights costs twice a function of x, which is nothing beside drawing.
  public func valueAndGradient(x: Double, y: Double) -> (value: Double, gradient: Vector2) {
    let dx = evaluate(in: TwoVariables(x: Dual(x, 1), y: Dual(y, 0)))
    let dy = evaluate(in: TwoVariables(x: Dual(x, 0), y: Dual(y, 1)))
    guard !dx.value.isNaN else { return (.nan, Vector2(.nan, .nan)) }
    return (dx.value, Vector2(dx.derivative, dy.derivative))
  }

  /// f(x, y) alone (one pass, no derivative seeds).
  public func value(x: Double, y: Double) -> Double { evaluate(in: TwoVariables(x: Dual(x), y: Dual(y))).value }

}
