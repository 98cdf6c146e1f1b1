/// A loss over two weights (x, y) with its exact gradient, what the optimizers figure draws
/// contours of and runs optimizers on: a named test function (``PlaneLoss/named(_:)``) or an
/// expression typed by the user (``PlaneLoss/expression(_:catalog:)``).
public struct PlaneLoss: Sendable {
  /// The id (`rosenbrock`) or, for an expression, its text.
  public let name: String
  /// How the figure's heading names it: "Rosenbrock", or the typed expression typeset as
  /// Pango markup (``MathExpression/markup``: `<i>x</i><sup>2</sup> + 10<i>y</i><sup>2</sup>`).
  public let title: String
  /// The formula in TeX, for the subtitle: `(1-x)^2 + 100(y-x^2)^2`; nil for an expression,
  /// whose markup is the title.
  public let formula: String?
  public let value: @Sendable (Vector2) -> Double
  public let gradient: @Sendable (Vector2) -> Vector2
  /// The global minimisers (marked with stars); empty when unknown (a typed expression) or
  /// unbounded below (the saddle).
  public let minima: [Vector2]
  /// The minimum value, when known.
  public let minimumValue: Double?
  /// The start a run takes when `--start` is not given.
  public let start: Vector2
  /// The data window drawn when nothing else asks for more.
  public let window: (x: ClosedRange<Double>, y: ClosedRange<Double>)
  /// The names of the two variables on the contour axes, in markup: x and y, or w₁ and w₂
  /// for the chapter's least squares, whose variables are the weights.
  public var axisNames: (x: String, y: String) = ("<i>x</i>", "<i>y</i>")

  init(
    name: String, title: String, formula: String?, minima: [Vector2], minimumValue: Double?, start: Vector2,
    window: (x: ClosedRange<Double>, y: ClosedRange<Double>), value: @escaping @Sendable (Vector2) -> Double,
    gradient: @escaping @Sendable (Vector2) -> Vector2
  ) {
    self.name = name
    self.title = title
    self.formula = formula
    self.minima = minima
    self.minimumValue = minimumValue
    self.start = start
    self.window = window
    self.value = value
    self.gradient = gradient
  }

  /// The loss of a typed expression in x and y (`x^2 + 10*y^2`), its gradient by forward-mode
  /// AD (``MathExpression/valueAndGradient(x:y:)``); no minimum is marked, the default window
  /// is [−5, 5]² and the start (−4, 3).
  public static func expression(_ text: String, catalog: Catalog = .standard) throws(ExpressionError) -> PlaneLoss {
    let e = try ExpressionParser.parse(text, catalog: catalog, variables: .xy)
    return PlaneLoss(
      name: text, title: e.markup, formula: nil, minima: [], minimumValue: nil, start: Vector2(-4, 3),
      window: (-5...5, -5...5), value: { e.value(x: $0.x, y: $0.y) },
      gradient: { e.valueAndGradient(x: $0.x, y: $0.y).gradient })
  }

  /// A named loss or, when `text` names none, an expression in x and y; an unknown name
  /// that is not a valid expression either is refused with the closest loss names.
  public static func parse(_ text: String, catalog: Catalog = .standard) throws(PlaneLossError) -> PlaneLoss {
    if let loss = named(text) { return loss }
    do { return try expression(text, catalog: catalog) } catch {
      let trimmed = text.trimmingCharacters(in: .whitespaces)
      let looksLikeName = !trimmed.isEmpty && trimmed.allSatisfy { $0.isLetter || $0 == "-" || $0 == "_" }
      if looksLikeName {
        let suggestions = NameSuggestions.closest(to: trimmed, among: catalogNames, threshold: 3, limit: 3)
        throw .unknownLoss(trimmed, suggestions: suggestions)
      }
      throw .expression(error)
    }
  }
}

/// Why `--loss` was refused.
public enum PlaneLossError: Error, Sendable, CustomStringConvertible {
  case unknownLoss(String, suggestions: [String])
  case expression(ExpressionError)

  public var description: String {
    switch self {
    case .unknownLoss(let name, let suggestions):
      let hint = suggestions.isEmpty ? "" : "; did you mean \(suggestions.joined(separator: " or "))?"
      return "unknown loss '\(name)'\(hint) (named losses: \(PlaneLoss.ids.joined(separator: ", ")); "
        + "or an expression in x and y such as 'x^2 + 10*y^2')"
    case .expression(let error):
      return "the loss is not a known name nor a valid expression in x and y: \(error.description)"
    }
  }
}
