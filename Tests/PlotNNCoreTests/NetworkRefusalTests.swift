import Testing

@testable import PlotNNCore

/// Every bad network description is refused by the one validation, naming `layers` (with
/// the entry) or the key at fault.
@Suite struct NetworkRefusalTests {
  static func refusal(_ change: (inout NetworkFigure) -> Void) -> FigureSpecError? {
    var figure = NetworkFigure(layers: [NetworkLayer(size: 3), NetworkLayer(size: 4), NetworkLayer(size: 2)])
    change(&figure)
    do {
      try FigureSpec(figure).validate(catalog: .standard)
      return nil
    } catch { return error }
  }

  static let cases: [(String, String, @Sendable (inout NetworkFigure) -> Void)] = [
    ("zero size", "size must be from 1 to 100000 units (got 0)", { $0.layers[1].size = 0 }),
    ("negative size", "(got -3)", { $0.layers[0].size = -3 }),
    ("too many units", "100000 units (got 100001)", { $0.layers[0].size = 100_001 }),
    ("no layers", "must hold 1 to 32 layers (got 0)", { $0.layers = [] }),
    ("too many layers", "(got 33)", { $0.layers = Array(repeating: NetworkLayer(size: 2), count: 33) }),
    ("labels", "one label per unit, 4 (got 2)", { $0.layers[1].labels = ["a", "b"] }),
    ("edge source", "starts at unit 3 of the layer before", { $0.layers[1].edges = [[3, 0]] }),
    ("edge target", "ends at unit 2", { $0.layers[2].edges = [[0, 2]] }),
    ("dropout 1", "dropout rate must be at least 0 and below 1 (got 1.0)", { $0.layers[1].dropout = Dropout(rate: 1) }),
    ("dropout negative", "(got -0.1)", { $0.layers[1].dropout = Dropout(rate: -0.1) }),
    ("dropout nan", "(got nan)", { $0.layers[1].dropout = Dropout(rate: .nan) }),
    ("backward skip", "must go forward", { $0.skips = [NetworkSkip(from: 2, to: 0)] }),
    ("adjacent skip", "must go forward", { $0.skips = [NetworkSkip(from: 0, to: 1)] }),
    ("skip to nowhere", "must join layers 0 to 2", { $0.skips = [NetworkSkip(from: 0, to: 5)] }),
    ("highlight", "highlight names unit 9", { $0.layers[1].highlight = [9] }),
    ("bias on last", "the last layer has no next layer", { $0.layers[2].bias = true }),
    ("bad markup", "is not valid markup", { $0.layers[0].name = "<b>x" }),
    ("values count", "one number per unit, 3 (got 2)", { $0.layers[0].values = [1, 2] }),
    ("elide", "elide-above must be from 4 to 64", { $0.elideAbove = 2 }),
    (
      "weights rows",
      "weights must be a 4 × 3 matrix, a row per unit of this layer, a number per unit of the layer before (got 2 rows)",
      { $0.layers[1].weightMatrix = [[1, 2, 3], [1, 2, 3]] }
    ),
    (
      "weights row length", "(row 2 has 2 numbers)",
      { $0.layers[2].weightMatrix = [[1, 2, 3, 4], [1, 2]] }
    ),
    (
      "weights bias column", "(4 × 4 with a last column for its bias) (row 1 has 5 numbers)",
      {
        $0.layers[0].bias = true
        $0.layers[1].weightMatrix = Array(repeating: [1, 2, 3, 4, 5], count: 4)
      }
    ),
    (
      "weights nan", "weights must be finite (got nan)",
      { $0.layers[2].weightMatrix = [[1, 2, 3, .nan], [1, 2, 3, 4]] }
    ),
    ("weights first layer", "the first layer has no edges into it", { $0.layers[0].weightMatrix = [[1], [1], [1]] }),
    ("weights seed", "weights-seed must be a whole number from 0 (got -1)", { $0.weightsSeed = -1 }),
  ]

  @Test(arguments: cases.indices)
  func refusesWithOneClearMessage(index: Int) throws {
    let (name, words, change) = Self.cases[index]
    let error = try #require(Self.refusal(change), "\(name) was accepted")
    #expect(error.description.contains(words), "\(name): \(error.description)")
  }

  @Test func aGoodNetworkPasses() {
    #expect(Self.refusal { $0.layers[1].dropout = Dropout(rate: 0.5, seed: 1) } == nil)
    #expect(Self.refusal { $0.skips = [NetworkSkip(from: 0, to: 2)] } == nil)
    #expect(Self.refusal { $0.layers[2].weightMatrix = [[1, 2, 3, 4], [-1, 0, 0.5, 2]] } == nil)
    #expect(
      Self.refusal {
        $0.layers[0].bias = true
        $0.layers[1].weightMatrix = Array(repeating: [1, 2, 3, 4], count: 4)
      } == nil)
  }
}
