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
  /// How each function's curves look, by index into ``functions`` (fewer entries than
  /// functions: the rest take the style's looks).
  public var looks: [FunctionLook] = []
  public var from: Double?
  public var to: Double?
  public var ymin: Double?
  public var ymax: Double?
  public var curves: Curves = .function
  /// The order n of the derivative `curves: derivative` draws (manifest `derivative: n`,
  /// CLI `--derivative n`); nil: 1, f′.
  ///
  /// Decision: `derivative: n` alone means `curves: derivative` of order n (f″ only for 2),
  /// so a manifest entry reads as the command line does; with `curves: both` only n = 1 is
  /// allowed (`--with-derivative` keeps meaning f and f′). n runs from 1 to 4 for
  /// expressions (``Jet``) and to 2 for catalog functions (``Activation/secondDerivative``);
  /// beyond a function's limit the figure is refused, naming it
  /// (``FunctionSource/derivativeOrderProblem(_:)``).
  public var derivativeOrder: Int?
  /// The orders drawn, 0 for f (`curves: [f, "f'", "f''"]`); nil: from ``curves`` (``drawnOrders``).
  public var curveOrders: [Int]?
  /// f and its first N derivatives, N from 1 to 4 (`with-derivatives: N`, `--with-derivatives N`).
  public var withDerivatives: Int?
  /// CSV files drawn beside the functions (``DataEntry``), after the functions in the legend.
  public var data: [DataEntry] = []
  /// Which y axis f′ reads on beside f (`curves: both`): `auto` gives it an axis of its own
  /// on the right when the two differ in size (``LineChart/rightAxisFactor``).
  public var derivativeAxis: LineChart.DerivativeAxis = .auto
  /// `equal`: one unit of x as long as one of y (``LineChart/Aspect``).
  public var aspect: LineChart.Aspect = .auto
  /// Axes and grid; nil: the style's (``Style/axes``, ``Style/showGrid``).
  public var axes: LineChart.AxesStyle?
  public var grid: Bool?
  /// Where the legend goes (`.none`: no legend; a manifest's `legend: false` reads so);
  /// nil: the style's (``Style/legendPlacement``, `auto` unless a style sets `legend:`).
  public var legend: LineChart.LegendPlacement?
  public var marks: [Mark] = []
  /// Reference lines, shaded spans, texts and arrows in data coordinates.
  public var annotations: [Annotation] = []
  /// Axis names as markup; nil: *x* and *y* (*y* = *f*′(*x*) for a derivative alone); empty: none.
  public var xlabel: String?
  public var ylabel: String?
  /// The line under the title (markup); nil: automatic (a single function's formula);
  /// empty: none (`--subtitle none`).
  public var subtitle: String?
  /// Ticks at these values, or at the multiples of a step (give one of the two per axis);
  /// nil: automatic (``LineChart/TickChoice``).
  public var xticks: [Double]?
  public var yticks: [Double]?
  public var xtickStep: Double?
  public var ytickStep: Double?
  /// Each axis's scale (manifest `xscale:`/`yscale:`, CLI `--xscale`/`--yscale`): linear,
  /// log or symlog (``AxisScale``), and symlog's linear band ±`xlinthresh`/`ylinthresh`
  /// (nil: matplotlib's 2). See ``validateAxisScales()`` for what each allows.
  public var xscale = AxisScale.Kind.linear
  public var yscale = AxisScale.Kind.linear
  public var xlinthresh: Double?
  public var ylinthresh: Double?

  public init() {}

  public init(functions: [String]) { self.functions = functions }

  public static let keys: [FigureKey<Self>] =
    [
      FigureKey("functions") { (o: inout Self, node) throws(ManifestProblem) in
        let entries = try ManifestReader.list(node, FunctionLook.read)
        o.functions = entries.map(\.function)
        o.looks = entries.contains { $0.look != FunctionLook() } ? entries.map(\.look) : []
      },
      .number("from", \.from), .number("to", \.to), .number("ymin", \.ymin),
      .number("ymax", \.ymax), FigureKey("curves", read: Self.readCurves), .optionalChoice("axes", \.axes),
      .choice("derivative-axis", \.derivativeAxis), .choice("aspect", \.aspect),
      .optionalFlag("grid", \.grid), .integer("with-derivatives", \.withDerivatives),
      FigureKey("data") { (o: inout Self, node) throws(ManifestProblem) in
        o.data = try ManifestReader.list(node, DataEntry.read)
      },
      FigureKey("derivative") { (o: inout Self, node) throws(ManifestProblem) in
        o.derivativeOrder = try ManifestReader.integer(node)
      },
      FigureKey("legend") { (o: inout Self, node) throws(ManifestProblem) in
        o.legend = try LineChart.LegendPlacement.read(node)
      },
      FigureKey("marks") { (o: inout Self, node) throws(ManifestProblem) in
        o.marks = try ManifestReader.list(node, Mark.read)
      },
      FigureKey("annotations") { (o: inout Self, node) throws(ManifestProblem) in
        o.annotations = try ManifestReader.list(node, Annotation.read)
      },
      FigureKey("xlabel") { (o: inout Self, node) throws(ManifestProblem) in o.xlabel = try ManifestReader.string(node)
      },
      FigureKey("ylabel") { (o: inout Self, node) throws(ManifestProblem) in o.ylabel = try ManifestReader.string(node)
      },
      FigureKey("subtitle") { (o: inout Self, node) throws(ManifestProblem) in
        let text = try ManifestReader.string(node)
        o.subtitle = text == Self.noSubtitle ? "" : text
      },
      FigureKey("xticks") { (o: inout Self, node) throws(ManifestProblem) in
        o.xticks = try ManifestReader.list(node, ManifestReader.number)
      },
      FigureKey("yticks") { (o: inout Self, node) throws(ManifestProblem) in
        o.yticks = try ManifestReader.list(node, ManifestReader.number)
      },
      .number("xtick-step", \.xtickStep), .number("ytick-step", \.ytickStep),
    ] + axisScaleKeys

  /// The subtitle that means none (`--subtitle none`, `subtitle: none`).
  public static let noSubtitle = "none"

  /// Most functions one figure draws (after the seven colours the dash patterns cycle:
  /// ``Style/seriesLine(index:derivative:)``).
  public static let maximumFunctions = 64
  /// Most marked points of one figure (each label is placed clear of the others).
  public static let maximumMarks = 64

  public func validate(_ spec: FigureSpec, catalog: Catalog) throws(FigureSpecError) {
    let bound = try bind(catalog)
    for (name, value) in [("from", from), ("to", to), ("ymin", ymin), ("ymax", ymax)] {
      try FieldRules.finite(value, name)
    }
    try FieldRules.ordered(from, "from", to, "to")
    try FieldRules.ordered(ymin, "ymin", ymax, "ymax")
    try validateDerivativeOrder(bound)
    try validateCurveOrders(bound)
    try validateData()
    try validateLooks()
    try validateAxes()
    // A step's tick count where the range is known before drawing: x always, y when fixed
    // (an automatic y range is checked when the chart measures it).
    if let xtickStep {
      try Self.checkTickCount(.step(xtickStep), range: try xRange(bound), field: "xtick-step")
    }
    if let ytickStep, let ymin, let ymax, ymin < ymax {
      try Self.checkTickCount(.step(ytickStep), range: ymin...ymax, field: "ytick-step")
    }
    try validateAnnotations()
    try validateAxisScales(bound)
    if derivativeAxis == .right && !(drawnOrders.contains(0) && drawnOrders.count > 1) {
      throw FigureSpecError(
        field: "derivative-axis",
        message:
          "\(field: "derivative-axis") right gives f′ an axis of its own beside f's, so it needs f′ drawn beside f "
          + "(curves: both, --with-derivative, --with-derivatives N)")
    }
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

  /// The curves drawn: ``curves``, except that a derivative order given alone means the
  /// derivative only.
  public var drawnCurves: Curves { derivativeOrder != nil && curves == .function ? .derivative : curves }

  /// The order of the derivative drawn (1 unless ``derivativeOrder`` says otherwise).
  public var order: Int { derivativeOrder ?? 1 }

  /// The order is 1…4, at most each function's limit, and 1 beside f (`curves: both`).
  func validateDerivativeOrder(_ bound: [FunctionSource]) throws(FigureSpecError) {
    guard let n = derivativeOrder else { return }
    guard (1...Jet.maximumOrder).contains(n) else {
      throw .value(
        "derivative",
        "must be a whole number from 1 to \(Jet.maximumOrder) (got \(n)); catalog functions have exact "
          + "derivatives up to order 2, expressions up to \(Jet.maximumOrder)")
    }
    if curves == .both && n != 1 && curveOrders == nil {
      throw .value("derivative", "must be 1 beside the function (curves: both draws f and f′); got \(n)")
    }
    for (text, f) in zip(functions, bound) {
      if let problem = f.derivativeOrderProblem(n) { throw .value("derivative", "\(n) for \(text): \(problem)") }
    }
  }

  /// The functions parsed: catalog specs or expressions (``Catalog/source(_:)``).
  func bind(_ catalog: Catalog) throws(FigureSpecError) -> [FunctionSource] {
    guard !functions.isEmpty || !data.isEmpty else {
      throw FigureSpecError(
        field: "functions",
        message:
          "no function given; name one or more, e.g. relu or 'leaky-relu(alpha=0.5)' (plotnn list shows them all), "
          + "or give data")
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
