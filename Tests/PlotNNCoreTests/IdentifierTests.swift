import Testing

@testable import PlotNNCore

@Test func namesMatchIgnoringCaseAndSeparators() {
  #expect(Identifier.normalize("Leaky_ReLU") == Identifier.normalize("leaky-relu"))
  #expect(Identifier.normalize("leaky relu") == "leakyrelu")
  #expect(Identifier.normalize("elu") != Identifier.normalize("selu"))
}
