import Foundation

/// A function that a figure draws or `plotnn sample` tabulates: a catalog activation with
/// its parameters, or an expression in x (see ``Catalog/source(_:)`` for which is which).
public enum FunctionSource: Sendable {
  case activation(BoundActivation)
  /// The parsed expression and the text it came from.
  case expression(MathExpression, text: String)

  /// f(x).
  public func value(at x: Double) -> Double {
    switch self {
    case .activation(let f): return f.value(at: x)
    case .expression(let e, _): return e.value(at: x)
    }
  }

  /// f′(x): the catalog's analytic derivative, or an expression's by automatic
  /// differentiation (``MathExpression/derivative(at:)``).
  public func derivative(at x: Double) -> Double {
    switch self {
    case .activation(let f): return f.derivative(at: x)
    case .expression(let e, _): return e.derivative(at: x)
    }
  }

  /// ``value(at:)`` and ``derivative(at:)`` together: an expression's from one evaluation
  /// of its dual numbers.
  public func valueAndDerivative(at x: Double) -> (value: Double, derivative: Double) {
    switch self {
    case .activation(let f): return (f.value(at: x), f.derivative(at: x))
    case .expression(let e, _):
      let d = e.dual(at: x)
      return (d.value, d.value.isNaN ? .nan : d.derivative)
    }
  }

  /// The highest derivative order known exactly: 2 for a catalog activation (its analytic f′
  /// and f″), ``MathExpression/maximumDerivativeOrder`` for an expression (4, or 2 when it
  /// calls an activation).
  public var maximumDerivativeOrder: Int {
    switch self {
    case .activation: return 2
    case .expression(let e, _): return e.maximumDerivativeOrder
    }
  }

  /// Why `order` cannot be drawn or sampled for this function, or nil when it can (1 up to
  /// ``maximumDerivativeOrder``): the text a usage error shows.
  ///
  /// Decision: a catalog function's derivatives are analytic formulas, written out up to f″;
  /// an order above that is refused rather than approximated, pointing to the expression
  /// form, whose Taylor-mode jets go to order 4.
  public func derivativeOrderProblem(_ order: Int) -> String? {
    if (1...maximumDerivativeOrder).contains(order) { return nil }
    if order >= 1 && order <= Jet.maximumOrder {
      switch self {
      case .activation:
        return "catalog functions have exact derivatives up to order 2; write the formula as an expression for more "
          + "(e.g. 'x*sigmoid(x)' for silu), which has them up to order \(Jet.maximumOrder)"
      case .expression:
        return "an expression that calls a catalog function has exact derivatives up to order 2 "
          + "(the catalog's f″ is the last it knows); write the function out for orders 3 and 4"
      }
    }
    return "the derivative order must be a whole number from 1 to \(maximumDerivativeOrder) for this function "
      + "(got \(order)); catalog functions go to 2, expressions to \(Jet.maximumOrder)"
  }

  /// f^(n)(x) for n from 0 to ``maximumDerivativeOrder`` (NaN above it): n = 0 is f, n = 1 is
  /// ``derivative(at:)`` (the same bits), n = 2 the catalog's f″ or an expression's jet.
  public func derivative(order n: Int, at x: Double) -> Double {
    switch (self, n) {
    case (_, 0): return value(at: x)
    case (_, 1): return derivative(at: x)
    case (.activation(let f), 2): return f.secondDerivative(at: x)
    case (.activation, _): return .nan
    case (.expression(let e, _), _): return n <= e.maximumDerivativeOrder ? e.derivative(order: n, at: x) : .nan
    }
  }

  /// f^(n) ready for a plot over `range`, n ≥ 2 (n = 1 is ``plotFunctions(over:breakpointWork:)``):
  /// the catalog's f″ with its breakpoints, or an expression's jet with f's breakpoints (a
  /// jump in f′ is a jump in f″, a kink of f′ a vertex).
  public func higherDerivativeFunction(
    order n: Int, over range: ClosedRange<Double>, breakpointWork: Int = MathExpression.breakpointWork
  ) -> PlotFunction {
    switch self {
    case .activation(let f):
      return n == 2 ? f.secondDerivativeFunction : PlotFunction { _ in .nan }
    case .expression(let e, _):
      let breakpoints = e.breakpoints(in: range, maximumWork: breakpointWork)
      // A jet of order n costs about n² of a value's work per node; counted as n times.
      return PlotFunction(breakpoints: breakpoints, cost: e.nodeCount * n) { e.derivative(order: n, at: $0) }
    }
  }

  /// The default x range: the activation's, or the expression's (``MathExpression/domain``).
  public var domain: ClosedRange<Double> {
    switch self {
    case .activation(let f): return f.activation.domain
    case .expression(let e, _): return e.domain
    }
  }

  /// f and f′ ready for a plot over `range`: an activation declares its breakpoints; an
  /// expression's are searched in `range` once, spending at most `breakpointWork` nodes of
  /// evaluation (``MathExpression/breakpoints(in:gridSegments:maximumWork:)``), and shared
  /// by f and f′ (f′ is smooth wherever f is).
  public func plotFunctions(
    over range: ClosedRange<Double>, breakpointWork: Int = MathExpression.breakpointWork
  ) -> (value: PlotFunction, derivative: PlotFunction) {
    switch self {
    case .activation(let f):
      return (f.valueFunction, f.derivativeFunction)
    case .expression(let e, _):
      let breakpoints = e.breakpoints(in: range, maximumWork: breakpointWork)
      let cost = e.nodeCount
      return (
        PlotFunction(breakpoints: breakpoints, cost: cost) { e.value(at: $0) },
        PlotFunction(breakpoints: breakpoints, cost: cost) { e.derivative(at: $0) }
      )
    }
  }

  /// The text that names the function in `plotnn sample` output: the activation's spec,
  /// or the expression as written.
  public var text: String {
    switch self {
    case .activation(let f):
      let arguments = f.nonDefaultParameters.map { FunctionSpec.Argument($0.name, $0.value) }
      return FunctionSpec(name: f.activation.id, arguments: arguments).description
    case .expression(_, let text): return text
    }
  }
}

/// Why a FUNCTION argument is neither a catalog spec nor an expression.
public enum FunctionSourceError: Error, Sendable, Hashable, CustomStringConvertible {
  /// A catalog spec that does not bind (unknown id with suggestions, bad parameter, …).
  case spec(FunctionSpecError)
  /// An expression that does not parse; the message shows the position with a caret.
  case expression(ExpressionError)

  public var description: String {
    switch self {
    case .spec(let error): return error.description
    case .expression(let error): return error.description
    }
  }
}

extension FunctionSourceError: LocalizedError {
  public var errorDescription: String? { description }
}

extension Catalog {
  /// The function `text` names: a catalog spec or an expression in x.
  ///
  /// Rule: `text` is a catalog spec when it parses as one (``FunctionSpec/parse(_:)``) and
  /// its name is an id or alias of this catalog; it is then bound, and its errors are the
  /// catalog's (`relu(alpha=1)`: relu takes no parameters). Otherwise it is parsed as an
  /// expression (``ExpressionParser``). When both fail, the expression's error is reported
  /// (with its caret), except for a text that parses as a spec whose unknown name has
  /// catalog suggestions: `lealy-relu` or `lealy-relu(alpha=0.5)` gets the catalog's
  /// `unknown function 'lealy-relu'; did you mean leaky-relu?`.
  public func source(_ text: String) throws(FunctionSourceError) -> FunctionSource {
    let spec = try? FunctionSpec.parse(text)
    if let spec, activation(named: spec.name) != nil {
      do { return .activation(try bind(spec)) } catch { throw .spec(error) }
    }
    do {
      return .expression(try ExpressionParser.parse(text, catalog: self), text: text)
    } catch {
      if let spec, !suggestions(for: spec.name).isEmpty {
        switch error.problem {
        case .unknownName, .unknownFunction:
          do { _ = try bind(spec) } catch let specError { throw .spec(specError) }
        default: break
        }
      }
      throw .expression(error)
    }
  }
}
