/// A real function of one real variable, as a chart needs it: a way to evaluate it and
/// the x where it may not be smooth.
///
/// Built from a catalog activation (``BoundActivation/valueFunction``), its derivative,
/// or any closure; the sampler makes every breakpoint a vertex and decides from the
/// one-sided limits whether the curve jumps there.
public struct PlotFunction: Sendable {
  public var evaluate: @Sendable (Double) -> Double
  /// Candidate kinks and jumps, in any order; those outside a plotted range are ignored.
  public var breakpoints: [Double]
  /// The work of one evaluation, in the units of ``AdaptiveSampler/maximumWork``: 1 for a
  /// catalog activation or a closure, the node count for an expression
  /// (``MathExpression/nodeCount``). At least 1.
  public var cost: Int

  public init(breakpoints: [Double] = [], cost: Int = 1, _ evaluate: @escaping @Sendable (Double) -> Double) {
    self.evaluate = evaluate
    self.breakpoints = breakpoints
    self.cost = max(1, cost)
  }

  public func callAsFunction(_ x: Double) -> Double { evaluate(x) }
}

extension BoundActivation {
  /// f as a ``PlotFunction``.
  public var valueFunction: PlotFunction {
    let bound = self
    return PlotFunction(breakpoints: activation.breakpoints(parameters)) { bound.value(at: $0) }
  }

  /// f′ as a ``PlotFunction``; f's breakpoints are f′'s too.
  public var derivativeFunction: PlotFunction {
    let bound = self
    return PlotFunction(breakpoints: activation.breakpoints(parameters)) { bound.derivative(at: $0) }
  }

  /// f″ as a ``PlotFunction``: f's breakpoints and the points where only f″ jumps
  /// (``Activation/secondDerivativeBreakpoints``).
  public var secondDerivativeFunction: PlotFunction {
    let bound = self
    let points = activation.breakpoints(parameters) + activation.secondDerivativeBreakpoints(parameters)
    return PlotFunction(breakpoints: points) { bound.secondDerivative(at: $0) }
  }
}
