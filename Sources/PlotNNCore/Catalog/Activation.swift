/// One scalar activation function of the catalog: its value, analytic derivative,
/// parameters, the points where it is not smooth, and how it is shown.
///
/// An `Activation` is a plain value; evaluation closures receive the parameter values
/// so that one definition serves every binding (see ``BoundActivation``).
public struct Activation: Sendable {
  /// Canonical kebab-case id, e.g. `leaky-relu`.
  public var id: String
  /// Other accepted names (`swish` for `silu`); matched like the id.
  public var aliases: [String]
  /// Human name for legends and titles, e.g. `Leaky ReLU`.
  public var displayName: String
  /// The formula in Pango markup, e.g. `<i>f</i>(<i>x</i>) = max(0, <i>x</i>)`, with the
  /// parameters as symbols (the catalog listing shows this).
  public var formula: String
  /// The formula with the parameter values written in, as titles show it: softplus at
  /// β = 1 is `ln(1 + eˣ)` (a symbol the text never defines is not shown), hard tanh is
  /// `min(max(x, −1), 1)`. Nil: ``formula`` as it is (no parameters).
  public var formulaWithValues: (@Sendable (ParameterValues) -> String)?
  /// The formula in TeX math (without `$`), as a textbook writes it, with the parameters
  /// as symbols: piecewise functions as `\begin{cases} … \end{cases}` with the same strict
  /// and non-strict inequalities as ``value``, ratios as `\frac`. Empty: none known (an
  /// activation defined outside the catalog); drawing then falls back to ``formula``.
  public var tex: String
  /// ``tex`` with the parameter values written in, as ``formulaWithValues`` does for the
  /// markup (leaky ReLU at α = 0.5 has the branch `0.5x`). Nil: ``tex`` as it is.
  public var texWithValues: (@Sendable (ParameterValues) -> String)?
  /// f′ in Pango markup, `<i>f</i>′(<i>x</i>) = …`, with the parameter values written in
  /// (the title of a derivative-only figure). Nil: none known.
  public var derivativeFormula: (@Sendable (ParameterValues) -> String)?
  /// Parameters with their defaults, PyTorch's names first.
  public var parameters: [Parameter]
  /// Default x range for a plot.
  public var domain: ClosedRange<Double>
  /// f(x).
  public var value: @Sendable (Double, ParameterValues) -> Double
  /// f′(x), with PyTorch's convention at kinks.
  public var derivative: @Sendable (Double, ParameterValues) -> Double
  /// f″(x), exact, with PyTorch's convention where it is undefined.
  ///
  /// Decision: on each linear piece f″ = 0 (PyTorch's double backward of a piecewise-linear
  /// unit is 0 everywhere, kinks included); where f″ jumps, the point takes the same side
  /// as f′ there (ELU's f′(0) takes the `x <= 0` branch, so f″(0) = α too). The definitions
  /// state each formula. Activations defined outside the catalog that give none have NaN
  /// (no curve is drawn rather than a wrong one).
  public var secondDerivative: @Sendable (Double, ParameterValues) -> Double
  /// The x where f″ jumps although f and f′ are smooth there (softsign at 0), ascending:
  /// vertices of an f″ curve besides ``breakpoints``.
  public var secondDerivativeBreakpoints: @Sendable (ParameterValues) -> [Double]
  /// The x where f or f′ is not smooth (kinks, jumps, branch switches), ascending.
  /// Plots make each one a vertex; the sampler decides from the one-sided limits
  /// whether the curve jumps there.
  public var breakpoints: @Sendable (ParameterValues) -> [Double]
  /// Checks a full set of parameter values; returns a message naming the parameter and
  /// what is allowed, or nil when the values are valid.
  public var validate: @Sendable (ParameterValues) -> String?

  public init(
    id: String,
    aliases: [String] = [],
    displayName: String,
    formula: String,
    tex: String = "",
    parameters: [Parameter] = [],
    domain: ClosedRange<Double> = -5...5,
    value: @escaping @Sendable (Double, ParameterValues) -> Double,
    derivative: @escaping @Sendable (Double, ParameterValues) -> Double,
    secondDerivative: @escaping @Sendable (Double, ParameterValues) -> Double = { _, _ in .nan },
    breakpoints: @escaping @Sendable (ParameterValues) -> [Double] = { _ in [] },
    secondDerivativeBreakpoints: @escaping @Sendable (ParameterValues) -> [Double] = { _ in [] },
    validate: @escaping @Sendable (ParameterValues) -> String? = { _ in nil },
    formulaWithValues: (@Sendable (ParameterValues) -> String)? = nil,
    derivativeFormula: (@Sendable (ParameterValues) -> String)? = nil,
    texWithValues: (@Sendable (ParameterValues) -> String)? = nil
  ) {
    self.id = id
    self.aliases = aliases
    self.displayName = displayName
    self.formula = formula
    self.parameters = parameters
    self.domain = domain
    self.value = value
    self.derivative = derivative
    self.secondDerivative = secondDerivative
    self.secondDerivativeBreakpoints = secondDerivativeBreakpoints
    self.breakpoints = breakpoints
    self.validate = validate
    self.formulaWithValues = formulaWithValues
    self.derivativeFormula = derivativeFormula
    self.tex = tex
    self.texWithValues = texWithValues
  }

  /// The default parameter values.
  public var defaults: ParameterValues { ParameterValues(parameters.map(\.defaultValue)) }
}
