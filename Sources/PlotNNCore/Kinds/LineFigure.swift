/// Functions over x: the figure of `plotnn relu` (``LineChart``), and the manifest's default kind.
///
/// Nil ranges are automatic: x from the functions' default domains, y from the data.
public struct LineFigure: FigureKind, Hashable {
  public static let id = "line"
  public static let summary = "Plot one or more functions of x, with their derivatives"
  public static let defaultSize = FigureSize(px: 640, 480)

  /// Which curves to draw for each function.
  public enum Curves: String, Sendable, Hashable, CaseIterable {
    /// f only.
    case function
    /// f′ only.
    case derivative
    /// f solid and f′ dashed in the same hue.
    case both
  }

  /// A labelled point, its y computed from the function (never typed in).
  public struct Mark: Sendable, Hashable {
    /// Index into ``LineFigure/functions``.
    public var function: Int
    public var x: Double
    /// Mark f′(x) instead of f(x).
    public var derivative: Bool
    /// Label (markup); `{y}` is replaced by the computed value (4 significant digits).
    public var label: String

    public init(function: Int = 0, x: Double, derivative: Bool = false, label: String) {
      self.function = function
      self.x = x
      self.derivative = derivative
      self.label = label
    }
  }

  /// Catalog specs such as `relu` or `leaky-relu(alpha=0.5)`, or expressions in x.
  public var functions: [String] = []
  public var from: Double?
  public var to: Double?
  public var ymin: Double?
  public var ymax: Double?
  public var curves: Curves = .function
  /// Axes and grid; nil: the style's (``Style/axes``, ``Style/showGrid``).
  public var axes: LineChart.AxesStyle?
  public var grid: Bool?
  public var legend = true
  public var marks: [Mark] = []

  public init() {}

  public init(functions: [String]) { self.functions = functions }

  public static let keys: [FigureKey<Self>] = [
    .texts("functions", \.functions), .number("from", \.from), .number("to", \.to), .number("ymin", \.ymin),
    .number("ymax", \.ymax), .choice("curves", \.curves), .optionalChoice("axes", \.axes),
    .optionalFlag("grid", \.grid),
    .flag("legend", \.legend),
    FigureKey("marks") { (o: inout Self, node) throws(ManifestProblem) in
      o.marks = try ManifestReader.list(node, Mark.read)
    },
  ]

  /// Most functions one figure draws (after the seven colours the dash patterns cycle:
  /// ``Style/seriesLine(index:derivative:)``).
  public static let maximumFunctions = 64
  /// Most marked points of one figure (each label is placed clear of the others).
  public static let maximumMarks = 64

  public func validate(_ spec: FigureSpec, catalog: Catalog) throws(FigureSpecError) {
    _ = try bind(catalog)
    for (name, value) in [("from", from), ("to", to), ("ymin", ymin), ("ymax", ymax)] {
      try FieldRules.finite(value, name)
    }
    try FieldRules.ordered(from, "from", to, "to")
    try FieldRules.ordered(ymin, "ymin", ymax, "ymax")
    guard marks.count <= Self.maximumMarks else {
      throw .value("marks", "may hold at most \(Self.maximumMarks) marks (got \(marks.count))")
    }
    for mark in marks {
      guard mark.label.count <= FigureSpec.maximumTitleLength else {
        throw .value(
          "marks", "labels may hold at most \(FigureSpec.maximumTitleLength) characters (got \(mark.label.count))")
      }
      guard functions.indices.contains(mark.function) else {
        throw .value(
          "marks",
          "function \(mark.function) is out of range: there are \(functions.count) functions, numbered from 0")
      }
      guard mark.x.isFinite else { throw .value("marks", "x must be a finite number (got \(mark.x))") }
      try FigureText.checkMarkup(mark.label, field: "marks")
    }
  }

  /// The functions parsed: catalog specs or expressions (``Catalog/source(_:)``).
  func bind(_ catalog: Catalog) throws(FigureSpecError) -> [FunctionSource] {
    guard !functions.isEmpty else {
      throw FigureSpecError(
        field: "functions",
        message:
          "no function given; name one or more, e.g. relu or 'leaky-relu(alpha=0.5)' (plotnn list shows them all)")
    }
    guard functions.count <= Self.maximumFunctions else {
      throw .value("functions", "may name at most \(Self.maximumFunctions) functions (got \(functions.count))")
    }
    var bound: [FunctionSource] = []
    for text in functions {
      do { bound.append(try catalog.source(text)) } catch {
        throw FigureSpecError(field: "functions", message: "\(error.description)")
      }
    }
    return bound
  }
}

extension LineFigure.Mark {
  /// `{x: 0, derivative: true, label: "σ′(0) = {y}", function: 0}`.
  static func read(_ node: ManifestNode) throws(ManifestProblem) -> Self {
    guard case .mapping(let entries, _) = node else {
      throw ManifestProblem("expected a mapping {x, label}, got \(node.summary)", line: node.line)
    }
    var mark = Self(x: .nan, label: "")
    var hasX = false
    for e in entries {
      switch e.key {
      case "x": (mark.x, hasX) = (try ManifestReader.number(e.value), true)
      case "derivative": mark.derivative = try ManifestReader.bool(e.value)
      case "label": mark.label = try ManifestReader.string(e.value)
      case "function": mark.function = try ManifestReader.integer(e.value)
      default:
        throw ManifestProblem(
          "unknown key '\(e.key)' in a mark; a mark takes x, derivative, label, function", line: e.line)
      }
    }
    guard hasX else { throw ManifestProblem("a mark needs x", line: node.line) }
    return mark
  }
}
