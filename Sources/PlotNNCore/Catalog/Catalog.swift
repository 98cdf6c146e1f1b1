import Foundation

/// The set of activation functions plotnn knows, looked up by id or alias.
public struct Catalog: Sendable {
  public var activations: [Activation]

  public init(_ activations: [Activation]) { self.activations = activations }

  /// Every built-in activation, in display order.
  public static var standard: Catalog { Catalog(builtins) }

  /// The activation named `name` (id or alias, ignoring case, `-`, `_` and spaces).
  public func activation(named name: String) -> Activation? {
    let key = Identifier.normalize(name)
    return activations.first { a in ([a.id] + a.aliases).contains { Identifier.normalize($0) == key } }
  }
}

extension Catalog {
  /// The 30 built-in activations in display order; the definitions, each with the
  /// frameworks it follows, live in the `Catalog+<family>.swift` files.
  static let builtins: [Activation] = {
    typealias B = BuiltinActivations
    return [
      B.identity, B.sigmoid, B.tanh, B.relu, B.relu6, B.leakyReLU, B.preLU, B.rReLU,
      B.elu, B.celu, B.selu, B.gelu, B.geluTanh, B.silu, B.mish, B.softplus, B.softsign,
      B.logSigmoid, B.hardSigmoid, B.hardSigmoidKeras, B.hardSwish, B.hardTanh,
      B.hardShrink, B.softShrink, B.tanhShrink, B.threshold, B.squareplus, B.sparsePlus,
      B.sparseSigmoid, B.exponential,
    ]
  }()
}

/// Namespace of the built-in definitions, one static constant per activation.
enum BuiltinActivations {}

/// Pango markup pieces for the formulas: italic variables and superscripts.
enum Typeset {
  /// `f(x) = ` with italic f and x.
  static let fx = "<i>f</i>(<i>x</i>) = "
  /// Italic x.
  static let x = "<i>x</i>"
  /// e raised to `exponent` (markup), e.g. `exp("−<i>x</i>")`.
  static func exp(_ exponent: String) -> String { "<i>e</i><sup>\(exponent)</sup>" }
}
