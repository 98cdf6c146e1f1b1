import Foundation

/// The set of activation functions plotnn knows, looked up by id or alias.
public struct Catalog: Sendable {
  public var activations: [Activation] {
    didSet { index = Self.index(activations) }
  }
  /// Each normalized id and alias → the first activation that has it: a lookup normalizes
  /// only the name asked for (it normalized every id and alias of the catalog, each time).
  private var index: [String: Int]

  public init(_ activations: [Activation]) {
    self.activations = activations
    index = Self.index(activations)
  }

  /// Every built-in activation, in display order.
  public static let standard = Catalog(builtins)

  /// The activation named `name` (id or alias, ignoring case, `-`, `_` and spaces); the
  /// first in display order when two share a name.
  public func activation(named name: String) -> Activation? {
    index[Identifier.normalize(name)].map { activations[$0] }
  }

  private static func index(_ activations: [Activation]) -> [String: Int] {
    var index: [String: Int] = [:]
    for (k, a) in activations.enumerated() {
      for key in ([a.id] + a.aliases).map(Identifier.normalize) where index[key] == nil {
        index[key] = k
      }
    }
    return index
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
enum BuiltinActivations {
  /// The formulas' markup pieces, by a short name.
  typealias T = Typeset
  /// The TeX pieces, by a short name.
  typealias X = TeXTypeset
}

/// Pango markup pieces for the formulas: italic variables, superscripts, and parameter
/// values written into a formula (``Activation/formulaWithValues``).
enum Typeset {
  /// `f(x) = ` with italic f and x.
  static let fx = "<i>f</i>(<i>x</i>) = "
  /// `f′(x) = `.
  static let fpx = "<i>f</i>′(<i>x</i>) = "
  /// Italic x.
  static let x = "<i>x</i>"
  /// e raised to `exponent` (markup), e.g. `exp("−<i>x</i>")`.
  static func exp(_ exponent: String) -> String { "<i>e</i><sup>\(exponent)</sup>" }

  /// A parameter value as a formula writes it: as an expression's number
  /// (``MathExpression/typesetNumber(_:)``: "0.5", "−1", "10<sup>−7</sup>"), except that a
  /// value needing more than 6 significant digits is cut to 4 and followed by "…" (1/3 is
  /// "0.3333…"): a title shows the value, it does not restate it to the last bit.
  static func number(_ v: Double) -> String {
    let text = MathExpression.typesetNumber(v).text
    let digits = text.prefix { $0 != "×" && $0 != "<" }.filter(\.isNumber).drop { $0 == "0" }
    guard v.isFinite, v != 0, digits.count > 6 else { return text }
    let e = Int(log10(abs(v)).rounded(.down))
    let unit = pow(10, Double(e - 3))
    let cut = (abs(v) / unit).rounded(.towardZero) * unit
    let places = max(0, 3 - e)
    return (v < 0 ? "−" : "") + CPrintf.format(cut, .fixed, precision: places) + "…"
  }

  /// `v` times `markup`, juxtaposed: `markup` itself for 1, `−markup` for −1, `0.5x`.
  static func times(_ v: Double, _ markup: String) -> String {
    v == 1 ? markup : v == -1 ? "−" + markup : number(v) + markup
  }

  /// `/v` after a formula, nothing for 1, `/(−2)` for a negative value.
  static func over(_ v: Double) -> String {
    v == 1 ? "" : v < 0 ? "/(" + number(v) + ")" : "/" + number(v)
  }

  /// `markup + v` with the sign of v as the operator: `x + 3`, `x − 0.5`, `x` for 0.
  static func plus(_ markup: String, _ v: Double) -> String {
    v == 0 ? markup : markup + (v < 0 ? " − " : " + ") + number(abs(v))
  }
}
