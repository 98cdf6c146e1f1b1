/// How gradient descent is run in the descent and surface figures: the option group both
/// kinds embed, with its keys and rules written once.
public struct DescentRun: Sendable, Hashable {
  /// A fraction of the problem's stability limit 2/λ_max (below 1 converges); nil: the
  /// figure's own default.
  public var learningRate: Double?
  /// Most steps; nil: the figure's own default.
  public var steps: Int?
  /// Start (w₁, w₂) in the unnormalised weights; nil: the figure's own default.
  public var start: [Double]?

  public init() {}

  /// Most steps a run may take.
  public static let maximumSteps = 100_000
  /// Largest |w| of a start point: far outside both figures' windows the loss overflows and
  /// nothing sensible is drawn.
  public static let startLimit = 1e6

  static let keys: [FigureKey<Self>] = [
    .number("learning-rate", \.learningRate), .integer("steps", \.steps),
    FigureKey("start") { (run: inout Self, node) throws(ManifestProblem) in
      run.start = try ManifestReader.list(node, ManifestReader.number)
    },
  ]

  func validate() throws(FigureSpecError) {
    try FieldRules.positive(learningRate, "learning-rate")
    try FieldRules.within(steps, 1...Self.maximumSteps, "steps")
    if let start {
      guard start.count == 2, start.allSatisfy({ abs($0) <= Self.startLimit }) else {
        throw .value(
          "start",
          "must be two numbers w1, w2 within ±1e6, such as -7, 0 (got \(start.map { Check.format($0) }.joined(separator: ", ")))"
        )
      }
    }
  }

  /// The start point, or `otherwise`.
  func startPoint(otherwise: Vector2) -> Vector2 {
    guard let start, start.count == 2 else { return otherwise }
    return Vector2(start[0], start[1])
  }
}
