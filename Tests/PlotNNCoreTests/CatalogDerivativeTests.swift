import Testing

@testable import PlotNNCore

/// Parameter sets to exercise besides the defaults, by id.
let nonDefaultSpecs: [String: [String]] = [
  "leaky-relu": ["leaky-relu(negative_slope=0.2)", "leaky-relu(alpha=1.5)"],
  "prelu": ["prelu(weight=-0.3)"],
  "rrelu": ["rrelu(lower=0.1, upper=0.5)"],
  "elu": ["elu(alpha=0.4)", "elu(alpha=2.5)"],
  "celu": ["celu(alpha=0.5)", "celu(alpha=-2)"],
  "softplus": ["softplus(beta=2, threshold=5)", "softplus(beta=0.3)"],
  "hard-tanh": ["hard-tanh(min_val=-0.5, max_val=2)"],
  "hard-shrink": ["hard-shrink(lambd=1.2)", "hard-shrink(lambd=0)"],
  "soft-shrink": ["soft-shrink(lambd=0.2)"],
  "threshold": ["threshold(threshold=-0.5, value=2)"],
  "squareplus": ["squareplus(b=0.25)", "squareplus(b=0)"],
]

/// Every catalog function with its default parameters, plus the `nonDefaultSpecs`.
func allBindings() throws -> [BoundActivation] {
  var bindings: [BoundActivation] = []
  for activation in Catalog.standard.activations {
    bindings.append(BoundActivation(activation))
    for spec in nonDefaultSpecs[activation.id] ?? [] { bindings.append(try Catalog.standard.bind(spec)) }
  }
  return bindings
}

/// Short label for messages: `softplus(beta=2, threshold=5)`.
func label(_ f: BoundActivation) -> String {
  let arguments = f.nonDefaultParameters.map { "\($0.name)=\($0.value)" }
  return arguments.isEmpty ? f.activation.id : "\(f.activation.id)(\(arguments.joined(separator: ", ")))"
}

@Suite struct CatalogDerivativeTests {
  /// The analytic derivative agrees with a central difference at points of the default
  /// domain (and a few others) that are not near a breakpoint.
  @Test func derivativeMatchesCentralDifference() throws {
    for f in try allBindings() {
      let domain = f.activation.domain
      let grid = (0..<17).map { domain.lowerBound + (domain.upperBound - domain.lowerBound) * (Double($0) + 0.37) / 17 }
      let breakpoints = f.activation.breakpoints(f.parameters)
      for x in grid + [-0.61, 0.29, 1.7, -2.3] {
        let h = 1e-5 * max(1, abs(x))
        if breakpoints.contains(where: { abs($0 - x) < 100 * h }) { continue }
        let numeric = (f.value(at: x + h) - f.value(at: x - h)) / (2 * h)
        let analytic = f.derivative(at: x)
        #expect(
          abs(numeric - analytic) <= 1e-6 * abs(analytic) + 1e-9,
          "\(label(f)): f′(\(x)) = \(analytic) but the central difference is \(numeric)")
      }
    }
  }

  /// The one-sided difference quotients at each breakpoint bracket PyTorch's choice
  /// there: the derivative equals the left or the right slope (or, for hard-swish, the
  /// slope of the middle piece, which is one of them).
  @Test func derivativeAtBreakpointIsAOneSidedSlope() throws {
    for f in try allBindings() {
      // PyTorch's shrink backward is 0 on the closed band [−λ, λ]; with λ = 0 that is the
      // single point 0, where both one-sided slopes are 1. Checked in CatalogKinkTests.
      if f.activation.id.hasSuffix("-shrink"), f.parameters[0] == 0 { continue }
      for b in f.activation.breakpoints(f.parameters) {
        let h = 1e-7 * max(1, abs(b))
        let left = (f.value(at: b) - f.value(at: b - h)) / h
        let right = (f.value(at: b + h) - f.value(at: b)) / h
        let d = f.derivative(at: b)
        let tolerance = 1e-5 * max(1, abs(d))
        // A jump (threshold, softplus's switch) makes one quotient huge; then the
        // derivative must match the other one.
        #expect(
          abs(d - left) <= tolerance || abs(d - right) <= tolerance,
          "\(label(f)): f′(\(b)) = \(d) is neither the left slope \(left) nor the right slope \(right)")
      }
    }
  }
}
