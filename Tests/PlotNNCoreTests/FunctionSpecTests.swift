import Testing

@testable import PlotNNCore

@Suite struct FunctionSpecTests {
  let catalog = Catalog.standard

  /// The error `bind` throws for `text`, or nil if it binds.
  func bindError(_ text: String) -> FunctionSpecError? {
    do {
      _ = try catalog.bind(text)
      return nil
    } catch {
      return error
    }
  }

  // MARK: Accepted forms

  @Test(arguments: [
    "leaky-relu(alpha=0.5)", "leaky_relu:negative_slope=0.5", "LeakyReLU( alpha = 0.5 )", " leaky-relu : slope = 5e-1 ",
    "leaky relu(negative-slope=.5)", "LEAKY-RELU(Negative_Slope=+0.5)", "leaky-relu(alpha=0.5e0)",
  ])
  func equivalentSpellingsBindAlike(_ text: String) throws {
    let f = try catalog.bind(text)
    #expect(f.activation.id == "leaky-relu")
    #expect(f.parameters == ParameterValues([0.5]))
  }

  @Test(arguments: ["relu", "relu()", "relu( )", "  ReLU  ", "relu:", "Re_LU()"])
  func namesWithoutArguments(_ text: String) throws {
    let f = try catalog.bind(text)
    #expect(f.activation.id == "relu")
    #expect(f.parameters.values.isEmpty)
  }

  @Test func parseKeepsNamesAndOrder() throws {
    #expect(
      try FunctionSpec.parse(" softplus ( threshold = 10 , beta=-1e-3 ) ")
        == FunctionSpec(name: "softplus", arguments: [.init("threshold", 10), .init("beta", -0.001)]))
    #expect(
      try FunctionSpec.parse("hard-tanh:min=-2,max=.5")
        == FunctionSpec(
          name: "hard-tanh", arguments: [.init("min", -2), .init("max", 0.5)]))
    #expect(try FunctionSpec.parse("gelu") == FunctionSpec(name: "gelu"))
  }

  @Test func descriptionRoundTrips() throws {
    for text in [
      "softplus(beta=2, threshold=10)", "hard-tanh(min_val=-2.5, max_val=0.001)", "relu", "elu(alpha=1e-07)",
    ] {
      let spec = try FunctionSpec.parse(text)
      #expect(try FunctionSpec.parse(spec.description) == spec, "\(text) → \(spec.description)")
    }
  }

  @Test func defaultsFillUnnamedParameters() throws {
    #expect(try catalog.bind("softplus(beta=2)").parameters == ParameterValues([2, 20]))
    #expect(try catalog.bind("softplus:threshold=5").parameters == ParameterValues([1, 5]))
    #expect(try catalog.bind("hard-tanh(max=3)").parameters == ParameterValues([-1, 3]))
    #expect(try catalog.bind("rrelu").parameters == ParameterValues([1.0 / 8, 1.0 / 3]))
  }

  @Test func parameterAliases() throws {
    #expect(try catalog.bind("prelu(a=0.1)").parameters == ParameterValues([0.1]))
    #expect(try catalog.bind("prelu(init=0.1)").parameters == ParameterValues([0.1]))
    #expect(try catalog.bind("soft-shrink(threshold=0.2)").parameters == ParameterValues([0.2]))
    #expect(try catalog.bind("hard-shrink(lambda=0.3)").parameters == ParameterValues([0.3]))
    #expect(try catalog.bind("threshold(th=0.5, value=-1)").parameters == ParameterValues([0.5, -1]))
    #expect(try catalog.bind("swish").activation.id == "silu")
    #expect(try catalog.bind("approximate_gelu").activation.id == "gelu-tanh")
  }

  @Test func bindingAHandMadeSpec() throws {
    let f = try catalog.bind(FunctionSpec(name: "Soft_Plus", arguments: [.init("BETA", 3)]))
    #expect(f.activation.id == "softplus" && f.parameters == ParameterValues([3, 20]))
    let nan = catalog.bindError(FunctionSpec(name: "elu", arguments: [.init("alpha", .nan)]))
    #expect(nan == .invalidValue(function: "elu", message: "alpha must be a finite number (got nan)"))
  }

  // MARK: Syntax errors

  @Test func emptySpecAndName() {
    #expect(bindError("") == .emptySpec)
    #expect(bindError("   ") == .emptySpec)
    let error = bindError("(alpha=1)")
    #expect(error == .emptyName(spec: "(alpha=1)"))
    #expect(
      error?.description
        == "empty function name in '(alpha=1)'; expected an id such as relu or leaky-relu(alpha=0.5)")
    #expect(bindError(" : alpha=1") == .emptyName(spec: ": alpha=1"))
  }

  @Test(
    arguments: [
      ("leaky-relu(alpha)", "alpha", "missing '='"),
      ("leaky-relu(alpha=)", "alpha=", "missing value"),
      ("leaky-relu(=0.5)", "=0.5", "missing parameter name"),
      ("leaky-relu(alpha=abc)", "alpha=abc", "'abc' is not a number"),
      ("leaky-relu(alpha=nan)", "alpha=nan", "'nan' is not a finite number"),
      ("leaky-relu(alpha=inf)", "alpha=inf", "'inf' is not a finite number"),
      ("leaky-relu(alpha=-infinity)", "alpha=-infinity", "'-infinity' is not a finite number"),
      ("leaky-relu:alpha=0.5 0.1", "alpha=0.5 0.1", "'0.5 0.1' is not a number"),
      ("softplus(beta=1,,threshold=2)", "", "empty argument"),
      ("softplus(beta=1,)", "", "empty argument"),
      ("softplus(be+ta=1)", "be+ta=1", "'be+ta' is not a parameter name"),
    ] as [(String, String, String)])
  func malformedArguments(text: String, argument: String, problem: String) throws {
    let error = try #require(bindError(text))
    guard case .malformedArgument(let got, let spec, _) = error else {
      Issue.record("expected a malformed-argument error for \(text), got \(error)")
      return
    }
    #expect(got == argument)
    #expect(spec == text.trimmingSpaces)
    #expect(error.description.contains(problem), "\(error)")
    #expect(error.description.contains("expected name=number"), "\(error)")
    if !argument.isEmpty { #expect(error.description.contains("'\(argument)'"), "\(error)") }
  }

  @Test func overflowingValueIsRejected() throws {
    let error = try #require(bindError("elu(alpha=1e400)"))
    guard case .malformedArgument("alpha=1e400", _, _) = error else {
      Issue.record("expected a malformed-argument error, got \(error)")
      return
    }
  }

  @Test(arguments: ["relu(", "leaky-relu(alpha=0.5", "relu)", "relu())", "relu((alpha=1))", "relu(a=(1))", "relu:a=1)"])
  func unbalancedParentheses(_ text: String) {
    let error = bindError(text)
    #expect(error == .unbalancedParentheses(spec: text))
    #expect(error?.description.contains("'\(text)'") == true)
  }

  @Test func textAfterClosingParenthesis() {
    let error = bindError("elu(alpha=2) extra")
    #expect(error == .trailingText("extra", spec: "elu(alpha=2) extra"))
    #expect(error?.description.contains("'extra'") == true)
    #expect(bindError("elu():alpha=2") == .trailingText(":alpha=2", spec: "elu():alpha=2"))
  }

  @Test func invalidFunctionName() {
    let error = bindError("alpha=0.5")
    #expect(error == .invalidName("alpha=0.5", spec: "alpha=0.5"))
    #expect(error?.description.contains("'alpha=0.5'") == true)
    #expect(bindError("elu:(alpha=1)") == .invalidName("elu:", spec: "elu:(alpha=1)"))
  }

  // MARK: Binding errors

  @Test func unknownFunctionSuggestsCloseNames() throws {
    let error = try #require(bindError("lealy-relu"))
    guard case .unknownFunction("lealy-relu", let suggestions, 30) = error else {
      Issue.record("expected unknownFunction, got \(error)")
      return
    }
    #expect(suggestions.first == "leaky-relu")
    #expect(error.description.hasPrefix("unknown function 'lealy-relu'; did you mean leaky-relu"))
    #expect(error.description.hasSuffix("(plotnn list shows all 30)"))
  }

  @Test(arguments: [
    ("sigmod", "sigmoid"), ("tahn", "tanh"), ("selu6", "relu6"), ("hardswsh", "hard-swish"), ("swich", "swish"),
    ("gelu_tan", "gelu-tanh"), ("squarepuls", "squareplus"), ("exponental", "exponential"), ("leaky", "leaky-relu"),
    ("mihs", "mish"),
  ])
  func suggestionsForTypos(typo: String, intended: String) throws {
    let error = try #require(bindError(typo))
    guard case .unknownFunction(_, let suggestions, _) = error else {
      Issue.record("expected unknownFunction for \(typo), got \(error)")
      return
    }
    #expect(suggestions.contains(intended), "\(typo): \(suggestions)")
    #expect(suggestions.count <= 3)
    #expect(error.description.contains("did you mean"))
  }

  @Test func noSuggestionForUnrelatedNames() throws {
    let error = try #require(bindError("quux-transform"))
    #expect(error == .unknownFunction("quux-transform", suggestions: [], catalogSize: 30))
    #expect(error.description == "unknown function 'quux-transform' (plotnn list shows all 30)")
  }

  @Test func unknownParameterListsTheParameters() {
    let error = bindError("leaky-relu(beta=1)")
    #expect(
      error?.description
        == "leaky-relu has no parameter 'beta'; its parameters are negative_slope (aliases alpha, slope)")
    #expect(
      bindError("softplus(alpha=1)")?.description
        == "softplus has no parameter 'alpha'; its parameters are beta and threshold")
    #expect(
      bindError("hard-tanh:lo=0")?.description
        == "hard-tanh has no parameter 'lo'; its parameters are min_val (alias min) and max_val (alias max)")
  }

  @Test func functionWithoutParameters() {
    let error = bindError("relu(alpha=1)")
    #expect(error == .noParameters(function: "relu", argument: "alpha"))
    #expect(error?.description.hasPrefix("relu takes no parameters") == true)
    #expect(error?.description.contains("'alpha'") == true)
  }

  @Test func duplicateParameters() {
    let aliasAndName = bindError("leaky-relu(alpha=0.1, negative_slope=0.2)")
    #expect(
      aliasAndName
        == .duplicateParameter(
          function: "leaky-relu", parameter: "negative_slope", spellings: ["alpha", "negative_slope"]))
    #expect(aliasAndName?.description.contains("'alpha'") == true)
    #expect(aliasAndName?.description.contains("'negative_slope'") == true)
    #expect(
      bindError("softplus:beta=1,BETA=2")
        == .duplicateParameter(function: "softplus", parameter: "beta", spellings: ["beta", "BETA"]))
  }

  @Test(arguments: [
    ("softplus(beta=0)", "softplus: beta must be > 0 (got 0)"),
    ("celu(alpha=0)", "celu: alpha must be ≠ 0 (got 0)"),
    ("rrelu(lower=0.5, upper=0.1)", "rrelu: lower must be ≤ upper (got lower=0.5, upper=0.1)"),
    ("hard-tanh(min=1, max=1)", "hard-tanh: min_val must be < max_val (got min_val=1, max_val=1)"),
    ("hard-shrink(lambda=-1)", "hard-shrink: lambd must be ≥ 0 (got -1)"),
    ("squareplus(b=-0.5)", "squareplus: b must be ≥ 0 (got -0.5)"),
  ])
  func validationFailures(text: String, message: String) {
    let error = bindError(text)
    guard case .invalidValue = error else {
      Issue.record("expected a validation error for \(text), got \(String(describing: error))")
      return
    }
    #expect(error?.description == message)
  }

  /// No message leaks Swift's debug rendering of the error or its payload types.
  @Test(arguments: [
    "", "(a=1)", "a=1", "relu(", "relu()x", "elu(alpha)", "elu(alpha=x)", "nope", "relu(a=1)", "elu(beta=1)",
    "elu(alpha=1, alpha=2)", "softplus(beta=-1)",
  ])
  func messagesAreForPeople(_ text: String) throws {
    let error = try #require(bindError(text))
    for dump in ["FunctionSpecError", "ArgumentProblem", "Parameter(", "Optional(", "spec:", "suggestions:", "[\""] {
      #expect(!error.description.contains(dump), "\(text): \(error.description)")
    }
    #expect(error.localizedDescription == error.description)
  }

  @Test func damerauLevenshteinDistance() {
    func d(_ a: String, _ b: String) -> Int { EditDistance.damerauLevenshtein(Array(a), Array(b)) }
    #expect(d("", "") == 0)
    #expect(d("", "abc") == 3)
    #expect(d("abc", "abc") == 0)
    #expect(d("abc", "acb") == 1)  // one transposition
    #expect(d("kitten", "sitting") == 3)
    #expect(d("ca", "abc") == 2)  // restricted (OSA) distance would be 3
    #expect(d("leakyrelu", "lealyrelu") == 1)
  }
}

extension Catalog {
  /// The error `bind` throws for `spec`, or nil if it binds.
  fileprivate func bindError(_ spec: FunctionSpec) -> FunctionSpecError? {
    do {
      _ = try bind(spec)
      return nil
    } catch {
      return error
    }
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
