import Foundation
import Testing

@testable import PlotNNCore

/// PyTorch's derivative conventions at kinks and jumps (its autograd backward formulas), and
/// the breakpoints that plots make vertices of.
@Suite struct CatalogKinkTests {
  struct Kink: Sendable, CustomTestStringConvertible {
    var spec: String
    var x: Double
    var derivative: Double
    var testDescription: String { "\(spec)′(\(x)) = \(derivative)" }
  }

  static let selu = (scale: 1.0507009873554804934193349852946, alpha: 1.6732632423543772848170429916717)

  static let kinks: [Kink] = [
    Kink(spec: "relu", x: 0, derivative: 0),
    Kink(spec: "relu6", x: 0, derivative: 0),
    Kink(spec: "relu6", x: 6, derivative: 0),
    Kink(spec: "leaky-relu", x: 0, derivative: 0.01),
    Kink(spec: "leaky-relu(negative_slope=0.3)", x: 0, derivative: 0.3),
    Kink(spec: "prelu", x: 0, derivative: 0.25),
    Kink(spec: "prelu(weight=0.7)", x: 0, derivative: 0.7),
    Kink(spec: "rrelu", x: 0, derivative: (1.0 / 8 + 1.0 / 3) / 2),
    Kink(spec: "rrelu(lower=0.2, upper=0.4)", x: 0, derivative: 0.3),
    Kink(spec: "elu", x: 0, derivative: 1),
    Kink(spec: "elu(alpha=0.4)", x: 0, derivative: 0.4),
    Kink(spec: "celu(alpha=0.4)", x: 0, derivative: 1),
    Kink(spec: "celu(alpha=3)", x: 0, derivative: 1),
    Kink(spec: "selu", x: 0, derivative: selu.scale * selu.alpha),
    Kink(spec: "hard-sigmoid", x: -3, derivative: 0),
    Kink(spec: "hard-sigmoid", x: 3, derivative: 0),
    Kink(spec: "hard-sigmoid-keras", x: -2.5, derivative: 0),
    Kink(spec: "hard-sigmoid-keras", x: 2.5, derivative: 0),
    Kink(spec: "hard-swish", x: -3, derivative: -0.5),
    Kink(spec: "hard-swish", x: 3, derivative: 1.5),
    Kink(spec: "hard-tanh", x: -1, derivative: 0),
    Kink(spec: "hard-tanh", x: 1, derivative: 0),
    Kink(spec: "hard-tanh(min_val=-0.5, max_val=2)", x: 2, derivative: 0),
    Kink(spec: "hard-shrink", x: -0.5, derivative: 0),
    Kink(spec: "hard-shrink", x: 0.5, derivative: 0),
    Kink(spec: "hard-shrink(lambd=0)", x: 0, derivative: 0),
    Kink(spec: "soft-shrink", x: -0.5, derivative: 0),
    Kink(spec: "soft-shrink", x: 0.5, derivative: 0),
    Kink(spec: "threshold", x: 1, derivative: 0),
    Kink(spec: "sparse-plus", x: -1, derivative: 0),
    Kink(spec: "sparse-plus", x: 1, derivative: 1),
    Kink(spec: "sparse-sigmoid", x: -1, derivative: 0),
    Kink(spec: "sparse-sigmoid", x: 1, derivative: 0),
    Kink(spec: "squareplus(b=0)", x: 0, derivative: 0),
  ]

  @Test(arguments: kinks)
  func derivativeConventionAtKink(_ kink: Kink) throws {
    let f = try Catalog.standard.bind(kink.spec)
    let got = f.derivative(at: kink.x)
    #expect(abs(got - kink.derivative) <= 1e-15 * abs(kink.derivative), "\(kink.spec)′(\(kink.x)) = \(got)")
  }

  /// Values on both sides of the points where the definitions switch branches.
  @Test func valuesAtBranchSwitches() throws {
    let catalog = Catalog.standard
    #expect(try catalog.bind("threshold").value(at: 1) == 0)  // x > θ is strict
    #expect(try catalog.bind("threshold(threshold=-0.5, value=2)").value(at: -0.5) == 2)
    #expect(try catalog.bind("threshold").value(at: 1.5) == 1.5)
    #expect(try catalog.bind("hard-swish").value(at: -3) == 0)
    #expect(try catalog.bind("hard-swish").value(at: 3) == 3)
    #expect(try catalog.bind("hard-swish").value(at: -1.5) == -0.375)
    #expect(try catalog.bind("hard-sigmoid").value(at: 0) == 0.5)
    #expect(try catalog.bind("hard-sigmoid-keras").value(at: 1) == 0.7)
    #expect(try catalog.bind("soft-shrink").value(at: 0.75) == 0.25)
    #expect(try catalog.bind("soft-shrink").value(at: -0.75) == -0.25)
    #expect(try catalog.bind("hard-shrink").value(at: 0.5) == 0)
    #expect(try catalog.bind("hard-shrink").value(at: -0.6) == -0.6)
    #expect(try catalog.bind("sparse-plus").value(at: 0) == 0.25)
    #expect(try catalog.bind("relu6").value(at: 7) == 6)
    #expect(try catalog.bind("hard-tanh(min_val=-0.5, max_val=2)").value(at: -3) == -0.5)
    // Softplus switches to the identity strictly above β·x = threshold.
    let softplus = try catalog.bind("softplus(beta=2, threshold=5)")
    #expect(softplus.value(at: 2.6) == 2.6)
    #expect(abs(softplus.value(at: 2.5) - log(1 + exp(5.0)) / 2) <= 1e-15 * 2.5)
  }

  @Test func breakpointsFollowTheSpec() throws {
    let expected: [String: [Double]] = [
      "relu": [0], "relu6": [0, 6], "leaky-relu": [0], "prelu": [0], "rrelu": [0], "elu": [0], "celu": [0],
      "selu": [0], "softplus": [20], "hard-sigmoid": [-3, 3], "hard-sigmoid-keras": [-2.5, 2.5],
      "hard-swish": [-3, 3], "hard-tanh": [-1, 1], "hard-shrink": [-0.5, 0.5], "soft-shrink": [-0.5, 0.5],
      "threshold": [1], "sparse-plus": [-1, 1], "sparse-sigmoid": [-1, 1],
    ]
    for activation in Catalog.standard.activations {
      #expect(
        activation.breakpoints(activation.defaults) == expected[activation.id] ?? [],
        "breakpoints of \(activation.id)")
    }
    let catalog = Catalog.standard
    #expect(try catalog.bind("softplus(beta=4, threshold=10)").activation.breakpoints(.init([4, 10])) == [2.5])
    #expect(try catalog.bind("hard-tanh(min=-2, max=0.5)").breakpoints(in: -5...5) == [-2, 0.5])
    #expect(try catalog.bind("soft-shrink(lambd=1.5)").breakpoints(in: -5...5) == [-1.5, 1.5])
    #expect(try catalog.bind("hard-shrink(lambd=0)").breakpoints(in: -5...5) == [0])
    #expect(try catalog.bind("threshold(th=-2)").breakpoints(in: -5...5) == [-2])
    #expect(try catalog.bind("squareplus(b=0)").breakpoints(in: -5...5) == [0])
    #expect(try catalog.bind("squareplus").breakpoints(in: -5...5) == [])
  }
}
