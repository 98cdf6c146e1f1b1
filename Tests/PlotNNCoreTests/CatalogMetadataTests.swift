import Foundation
import Testing

@testable import PlotNNCore

/// The catalog's shape, with the names and defaults of PyTorch, JAX and Keras: ids in
/// order, aliases, parameters with defaults and aliases, domains, validation, formulas.
@Suite struct CatalogMetadataTests {
  static let specIDs = [
    "identity", "sigmoid", "tanh", "relu", "relu6", "leaky-relu", "prelu", "rrelu", "elu", "celu", "selu", "gelu",
    "gelu-tanh", "silu", "mish", "softplus", "softsign", "log-sigmoid", "hard-sigmoid", "hard-sigmoid-keras",
    "hard-swish", "hard-tanh", "hard-shrink", "soft-shrink", "tanh-shrink", "threshold", "squareplus",
    "sparse-plus", "sparse-sigmoid", "exponential",
  ]

  @Test func idsInSpecOrder() {
    #expect(Catalog.standard.activations.map(\.id) == Self.specIDs)
  }

  @Test func aliasesResolve() {
    let aliases: [String: String] = [
      "linear": "identity", "logistic": "sigmoid", "gelu-approximate": "gelu-tanh", "approximate-gelu": "gelu-tanh",
      "swish": "silu", "soft-sign": "softsign", "hard-silu": "hard-swish", "exp": "exponential",
      "LeakyReLU": "leaky-relu", "leaky_relu": "leaky-relu", "Hard Sigmoid Keras": "hard-sigmoid-keras",
      "GELU_Tanh": "gelu-tanh", "TanhShrink": "tanh-shrink", "relu6": "relu6",
    ]
    for (alias, id) in aliases {
      #expect(Catalog.standard.activation(named: alias)?.id == id, "\(alias) → \(id)")
    }
    #expect(Catalog.standard.activation(named: "relu7") == nil)
  }

  @Test func namesAreUnambiguous() {
    var owner: [String: String] = [:]
    for activation in Catalog.standard.activations {
      for spelling in [activation.id] + activation.aliases {
        let key = Identifier.normalize(spelling)
        #expect(
          owner[key] == nil || owner[key] == activation.id,
          "\(spelling) names both \(owner[key] ?? "") and \(activation.id)")
        owner[key] = activation.id
      }
      #expect(!activation.displayName.isEmpty)
      let parameterKeys = activation.parameters.flatMap { [$0.name] + $0.aliases }.map(Identifier.normalize)
      #expect(Set(parameterKeys).count == parameterKeys.count, "parameter names of \(activation.id) collide")
    }
    let displayNames = Catalog.standard.activations.map(\.displayName)
    #expect(Set(displayNames).count == displayNames.count)
  }

  @Test func parametersFollowTheSpec() {
    // id: [(name, default, aliases)]
    let expected: [String: [(String, Double, [String])]] = [
      "leaky-relu": [("negative_slope", 0.01, ["alpha", "slope"])],
      "prelu": [("weight", 0.25, ["alpha", "init", "a"])],
      "rrelu": [("lower", 1.0 / 8, []), ("upper", 1.0 / 3, [])],
      "elu": [("alpha", 1, [])],
      "celu": [("alpha", 1, [])],
      "softplus": [("beta", 1, []), ("threshold", 20, [])],
      "hard-tanh": [("min_val", -1, ["min"]), ("max_val", 1, ["max"])],
      "hard-shrink": [("lambd", 0.5, ["lambda"])],
      "soft-shrink": [("lambd", 0.5, ["lambda", "threshold"])],
      "threshold": [("threshold", 1, ["th"]), ("value", 0, [])],
      "squareplus": [("b", 4, [])],
    ]
    for activation in Catalog.standard.activations {
      let got = activation.parameters.map { "\($0.name)=\($0.defaultValue) \($0.aliases)" }
      let want = (expected[activation.id] ?? []).map { "\($0.0)=\($0.1) \($0.2)" }
      #expect(got == want, "parameters of \(activation.id)")
      for parameter in activation.parameters { #expect(!parameter.summary.isEmpty) }
    }
  }

  @Test func domainsFollowTheSpec() {
    let special: [String: ClosedRange<Double>] = [
      "sigmoid": -10...10, "relu6": -2...8, "softsign": -10...10, "hard-tanh": -3...3, "hard-shrink": -2...2,
      "soft-shrink": -2...2, "threshold": -3...3, "sparse-plus": -3...3, "sparse-sigmoid": -3...3,
      "exponential": -5...3,
    ]
    for activation in Catalog.standard.activations {
      #expect(activation.domain == special[activation.id] ?? -5...5, "domain of \(activation.id)")
    }
  }

  @Test func defaultsAreValid() {
    for activation in Catalog.standard.activations {
      #expect(activation.validate(activation.defaults) == nil, "\(activation.id) rejects its defaults")
    }
  }

  /// Invalid values are rejected with a message naming the parameter and the rule.
  @Test(
    arguments: [
      ("softplus", [0.0, 20], "beta must be > 0 (got 0)"),
      ("softplus", [-1.0, 20], "beta must be > 0 (got -1)"),
      ("softplus", [1.0, .infinity], "threshold must be a finite number (got inf)"),
      ("celu", [0.0], "alpha must be ≠ 0 (got 0)"),
      ("rrelu", [0.5, 0.25], "lower must be ≤ upper (got lower=0.5, upper=0.25)"),
      ("hard-tanh", [1.0, 1], "min_val must be < max_val (got min_val=1, max_val=1)"),
      ("hard-shrink", [-0.1], "lambd must be ≥ 0 (got -0.1)"),
      ("soft-shrink", [-2.0], "lambd must be ≥ 0 (got -2)"),
      ("squareplus", [-4.0], "b must be ≥ 0 (got -4)"),
      ("elu", [.nan], "alpha must be a finite number (got nan)"),
      ("leaky-relu", [0.1, 0.2], "expected 1 parameter value(s) (negative_slope), got 2"),
    ] as [(String, [Double], String)])
  func invalidValuesAreRejected(id: String, values: [Double], message: String) throws {
    let activation = try #require(Catalog.standard.activation(named: id))
    #expect(activation.validate(ParameterValues(values)) == message)
  }

  /// Formulas are Pango markup for titles: `f(x) = …` with italic variables, balanced
  /// tags, Unicode minus signs and no ASCII operators standing in for math symbols.
  @Test func formulasAreMathMarkup() {
    for activation in Catalog.standard.activations {
      let formula = activation.formula
      #expect(formula.hasPrefix("<i>f</i>(<i>x</i>) = "), "\(activation.id): \(formula)")
      #expect(formula.contains("<i>x</i>"), "\(activation.id): \(formula)")
      #expect(tagsAreBalanced(formula), "\(activation.id): unbalanced markup in \(formula)")
      let text = Markup.plainText(formula)
      #expect(!text.contains("-") && !text.contains("*"), "\(activation.id): ASCII operator in \(text)")
      #expect(!formula.contains("&") || formula.contains("&gt;"), "\(activation.id): raw & in \(formula)")
    }
  }

  /// The formulas titles show: with the parameter values written in, and f′'s. Both are
  /// math markup like ``formula``; at the defaults no parameter symbol is left that the
  /// text would have to define (SELU's constants are given their values).
  @Test func formulasWithValuesAndDerivatives() throws {
    let symbols = [
      "α", "β", "λ", "θ", "min_val", "max_val", "<i>a</i>", "<i>l</i>", "<i>u</i>)", "<i>v</i>", "<i>b</i>",
    ]
    for activation in Catalog.standard.activations {
      let bound = BoundActivation(activation)
      let derivative = try #require(bound.derivativeFormula, "\(activation.id) has no f′ formula")
      for (formula, head) in [(bound.formula, "<i>f</i>(<i>x</i>) = "), (derivative, "<i>f</i>′(<i>x</i>) = ")] {
        #expect(formula.hasPrefix(head) && tagsAreBalanced(formula), "\(activation.id): \(formula)")
        let text = Markup.plainText(formula)
        #expect(!text.contains("-") && !text.contains("*"), "\(activation.id): ASCII operator in \(text)")
        #expect(throws: Never.self) { try RichText(markup: formula) }
        guard activation.id != "selu", !activation.parameters.isEmpty else { continue }
        for symbol in symbols { #expect(!formula.contains(symbol), "\(activation.id): \(symbol) in \(formula)") }
      }
    }
    #expect(
      Catalog.standard.activation(named: "selu").map { BoundActivation($0).formula.contains("λ ≈ 1.0507") } == true)
  }

  /// The issue's cases: softplus without β, hard tanh with −1 and 1, values as given.
  @Test(
    arguments: [
      ("softplus", [1.0, 20], "ln(1 + e^x)", "σ(x) = 1/(1 + e^(−x))"),
      ("softplus", [2, 20], "ln(1 + e^(2x))/2", "σ(2x) = 1/(1 + e^(−2x))"),
      ("hard-tanh", [-1, 1], "min(max(x, −1), 1)", "1 if −1 < x < 1, else 0"),
      ("leaky-relu", [0.5], "max(0.5x, x)", "1 if x > 0, else 0.5"),
      ("leaky-relu", [2], "x if x > 0, else 2x", "1 if x > 0, else 2"),
      ("elu", [1], "x if x > 0, else e^x − 1", "1 if x > 0, else e^x"),
      ("celu", [2], "max(0, x) + min(0, 2(e^(x/2) − 1))", "1 if x > 0, else e^(x/2)"),
      ("rrelu", [1.0 / 8, 1.0 / 3], "max(0, x) + 0.2291…·min(0, x)", "1 if x > 0, else 0.2291…"),
      ("threshold", [1, -2], "x if x > 1, else −2", "1 if x > 1, else 0"),
    ] as [(String, [Double], String, String)])
  func valuesAreWrittenIn(id: String, values: [Double], formula: String, derivative: String) throws {
    let bound = BoundActivation(
      try #require(Catalog.standard.activation(named: id)), parameters: ParameterValues(values))
    let plain = { (markup: String) in Markup.plainText(markup) }
    #expect(plain(bound.formula) == "f(x) = " + formula)
    #expect(plain(bound.derivativeFormula ?? "") == "f′(x) = " + derivative)
  }

  /// Whether every `<tag>` is closed in order and only `i`, `sup`, `sub`, `b` are used.
  private func tagsAreBalanced(_ markup: String) -> Bool {
    var stack: [Substring] = []
    var rest = markup[...]
    while let open = rest.firstIndex(of: "<") {
      guard let close = rest[open...].firstIndex(of: ">") else { return false }
      let tag = rest[rest.index(after: open)..<close]
      if tag.hasPrefix("/") {
        guard stack.popLast() == tag.dropFirst() else { return false }
      } else {
        guard ["i", "sup", "sub", "b"].contains(tag) else { return false }
        stack.append(tag)
      }
      rest = rest[rest.index(after: close)...]
    }
    return stack.isEmpty
  }
}
