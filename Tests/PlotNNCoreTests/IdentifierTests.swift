import Testing

@testable import PlotNNCore

/// Spellings and the normalised keys they must give, written out by hand (not by
/// comparing two calls of `normalize`, which a constant result would pass): a normaliser
/// that kept case, `-`, `_` or white space, or dropped letters or digits, fails.
@Test(arguments: [
  ("Leaky_ReLU", "leakyrelu"), ("leaky-relu", "leakyrelu"), ("leaky relu", "leakyrelu"), ("LEAKY\tRELU", "leakyrelu"),
  ("relu6", "relu6"), ("Hard Sigmoid Keras", "hardsigmoidkeras"), ("min_val", "minval"), ("-_ ", ""),
])
func namesMatchIgnoringCaseAndSeparators(spelling: String, key: String) {
  #expect(Identifier.normalize(spelling) == key)
}

@Test func differentNamesStayDifferent() {
  #expect(Identifier.normalize("elu") != Identifier.normalize("selu"))
  #expect(Identifier.normalize("relu6") != Identifier.normalize("relu"))
}
