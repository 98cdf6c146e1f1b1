/// An activation with its parameter values fixed: what a spec like `leaky-relu(alpha=0.5)` names.
public struct BoundActivation: Sendable {
  public var activation: Activation
  public var parameters: ParameterValues

  public init(_ activation: Activation, parameters: ParameterValues? = nil) {
    self.activation = activation
    self.parameters = parameters ?? activation.defaults
  }

  /// The formula with these parameter values written in (``Activation/formulaWithValues``).
  public var formula: String { activation.formulaWithValues?(parameters) ?? activation.formula }

  /// The TeX formula with these parameter values written in (``Activation/texWithValues``).
  public var tex: String { activation.texWithValues?(parameters) ?? activation.tex }

  /// f′'s formula with these values (``Activation/derivativeFormula``), nil when unknown.
  public var derivativeFormula: String? { activation.derivativeFormula?(parameters) }

  /// f(x).
  public func value(at x: Double) -> Double { activation.value(x, parameters) }
  /// f′(x).
  public func derivative(at x: Double) -> Double { activation.derivative(x, parameters) }
  /// f″(x) (``Activation/secondDerivative``).
  public func secondDerivative(at x: Double) -> Double { activation.secondDerivative(x, parameters) }
  /// Breakpoints inside `range` (ends excluded), ascending.
  public func breakpoints(in range: ClosedRange<Double>) -> [Double] {
    activation.breakpoints(parameters).filter { $0 > range.lowerBound && $0 < range.upperBound }.sorted()
  }

  /// The parameters that differ from their defaults, as `name=value` pairs.
  public var nonDefaultParameters: [(name: String, value: Double)] {
    zip(activation.parameters, parameters.values).compactMap { p, v in
      v == p.defaultValue ? nil : (p.name, v)
    }
  }
}
