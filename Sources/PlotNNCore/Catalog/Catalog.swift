import Foundation

/// The set of activation functions plotnn knows, looked up by id or alias.
public struct Catalog: Sendable {
  public var activations: [Activation]

  public init(_ activations: [Activation]) { self.activations = activations }

  /// Every activation of DESIGN.md's catalog, in display order.
  public static var standard: Catalog { Catalog(builtins) }

  /// The activation named `name` (id or alias, ignoring case, `-`, `_` and spaces).
  public func activation(named name: String) -> Activation? {
    let key = Identifier.normalize(name)
    return activations.first { a in ([a.id] + a.aliases).contains { Identifier.normalize($0) == key } }
  }
}

extension Catalog {
  static var builtins: [Activation] {
    [
      Activation(
        id: "relu", displayName: "ReLU", formula: "<i>f</i>(<i>x</i>) = max(0, <i>x</i>)",
        value: { x, _ in x > 0 ? x : 0 }, derivative: { x, _ in x > 0 ? 1 : 0 }, breakpoints: { _ in [0] }),
      Activation(
        id: "sigmoid", displayName: "Sigmoid",
        formula: "<i>f</i>(<i>x</i>) = 1/(1 + <i>e</i><sup>−<i>x</i></sup>)", domain: -10...10,
        value: { x, _ in 1 / (1 + exp(-x)) }, derivative: { x, _ in 1 / (1 + exp(-x)) * (1 / (1 + exp(x))) }),
    ]
  }
}
