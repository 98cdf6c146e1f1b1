import Foundation

extension LineFigure {
  /// How one function's curves look: its legend label and ``CurveLook``, and its
  /// derivative's, each field optional.
  ///
  /// Decision: with `curves: both`, f′ inherits f's look the way it inherits f's palette
  /// colour (``LineChart/Series/inherited``): the colour tinted toward the foreground, the
  /// width and marker kept (the marker drawn open), the dash the style's derivative pattern,
  /// the label f's with ′ appended; anything set under ``derivative`` replaces that. Drawn
  /// alone (`curves: derivative`), f′ is the figure's curve and takes the function's look
  /// as it is, untinted.
  public struct FunctionLook: Sendable, Hashable {
    /// Legend label (markup); nil: the function's name.
    public var label: String?
    public var curve: CurveLook
    /// The derivative's legend label (markup); nil: ``label`` with ′, or f′'s name.
    public var derivativeLabel: String?
    public var derivative: CurveLook

    public init(
      label: String? = nil, curve: CurveLook = CurveLook(), derivativeLabel: String? = nil,
      derivative: CurveLook = CurveLook()
    ) {
      self.label = label
      self.curve = curve
      self.derivativeLabel = derivativeLabel
      self.derivative = derivative
    }
  }

  /// The look of function `i` (the style's when ``looks`` has none for it).
  func look(_ i: Int) -> FunctionLook { looks.indices.contains(i) ? looks[i] : FunctionLook() }

  /// The rules about ``looks``: no more than the functions, labels of at most
  /// ``FigureSpec/maximumTitleLength`` characters of valid markup, widths and dash patterns
  /// by ``CurveLook/widthProblem(_:)`` and ``CurveLook/dashProblem(_:)``. Each field is
  /// named as the command line's list (`labels`, `widths`, `dashes`) with the item's place.
  func validateLooks() throws(FigureSpecError) {
    guard looks.count <= functions.count else {
      throw .value("functions", "have \(functions.count) entries but \(looks.count) looks were given")
    }
    for (i, look) in looks.enumerated() {
      let item = "item \(i + 1) (\(functions[i]))"
      for label in [look.label, look.derivativeLabel].compactMap({ $0 }) {
        if let problem = Self.labelProblem(label) { throw .value("labels", "\(item) \(problem)") }
      }
      for curve in [look.curve, look.derivative] {
        if let width = curve.width, let problem = CurveLook.widthProblem(width) {
          throw .value("widths", "\(item) \(problem)")
        }
        if let dash = curve.dash, let problem = CurveLook.dashProblem(dash) {
          throw .value("dashes", "\(item) \(problem)")
        }
      }
    }
  }

  /// What is wrong with `label` as a legend label (nil when nothing).
  static func labelProblem(_ label: String) -> String? {
    guard label.count <= FigureSpec.maximumTitleLength else {
      return "may hold at most \(FigureSpec.maximumTitleLength) characters (got \(label.count))"
    }
    do { _ = try RichText(markup: label) } catch { return "is not valid markup: \(error.description)" }
    return nil
  }

  /// The rules about axis names, the subtitle and given ticks: names like titles
  /// (``FigureSpec/maximumTitleLength``, valid markup); ticks by value or by step, not both,
  /// values finite and at most ``LineChart/TickChoice/maximumTicks``, a step finite and
  /// greater than 0. (How many ticks a step gives depends on the range, checked when the
  /// chart is built: ``checkTickCount(_:range:field:)``.)
  func validateAxes() throws(FigureSpecError) {
    for (field, text) in [("xlabel", xlabel), ("ylabel", ylabel), ("subtitle", subtitle)] {
      guard let text else { continue }
      guard text.count <= FigureSpec.maximumTitleLength else {
        throw .value(field, "may hold at most \(FigureSpec.maximumTitleLength) characters (got \(text.count))")
      }
      try FigureText.checkMarkup(text, field: field)
    }
    let limit = LineChart.TickChoice.maximumTicks
    for (field, values, stepField, step) in [
      ("xticks", xticks, "xtick-step", xtickStep), ("yticks", yticks, "ytick-step", ytickStep),
    ] {
      if values != nil && step != nil {
        throw FigureSpecError(
          field: field, message: "\(field: field) and \(field: stepField) exclude each other; give one")
      }
      if let values {
        if let bad = values.first(where: { !$0.isFinite }) {
          throw .value(field, "must be finite numbers (got \(bad))")
        }
        guard values.count <= limit else {
          throw .value(field, "may hold at most \(limit) values (got \(values.count))")
        }
      }
      try FieldRules.positive(step, stepField)
    }
  }

  /// A step must give at most ``LineChart/TickChoice/maximumTicks`` ticks on `range`.
  static func checkTickCount(_ choice: LineChart.TickChoice, range: ClosedRange<Double>, field: String)
    throws(FigureSpecError)
  {
    guard case .step(let step) = choice else { return }
    let limit = LineChart.TickChoice.maximumTicks
    let count = LineChart.TickChoice.stepCount(step, in: range)
    guard let count, count <= limit else {
      let shown = count.map { String($0) } ?? "more than can be counted"
      // The least step that fits, rounded up to three significant digits.
      let least = (range.upperBound - range.lowerBound) / Double(limit - 1)
      let unit = pow(10, (log10(least)).rounded(.down) - 2)
      let suggestion = CPrintf.format((least / unit).rounded(.up) * unit, .general, precision: 3)
      throw .value(
        field,
        "\(step) gives \(shown) ticks on [\(range.lowerBound), \(range.upperBound)]; at most \(limit) are drawn, "
          + "so the step must be at least \(suggestion)")
    }
  }

  /// The tick choice of one axis.
  static func tickChoice(values: [Double]?, step: Double?) -> LineChart.TickChoice {
    if let values { return .values(values) }
    if let step { return .step(step) }
    return .automatic
  }
}

extension LineFigure.FunctionLook {
  /// A `functions` entry: a text (the function alone) or a mapping
  /// `{function: relu, label: ReLU, color: "#000000", dash: [4, 2], width: 1.5, marker: circle,
  /// derivative: {…}}`, each value checked by the one rule the library applies, at its line.
  static func read(_ node: ManifestNode) throws(ManifestProblem) -> (function: String, look: Self) {
    guard case .mapping(let entries, _) = node else { return (try ManifestReader.string(node), Self()) }
    var function: String?
    var look = Self()
    for e in entries {
      switch e.key {
      case "function": function = try ManifestReader.string(e.value)
      case "label": look.label = try readLabel(e.value)
      case "derivative":
        guard case .mapping(let inner, _) = e.value else {
          throw ManifestProblem(
            "expected a mapping {label, color, dash, width, marker}, got \(e.value.summary)", line: e.value.line)
        }
        for d in inner {
          if d.key == "label" {
            look.derivativeLabel = try readLabel(d.value)
          } else if !(try read(d, into: &look.derivative)) {
            throw ManifestProblem(
              "unknown key '\(d.key)' in a derivative's look; it takes label, color, dash, width, marker", line: d.line)
          }
        }
      default:
        guard try read(e, into: &look.curve) else {
          throw ManifestProblem(
            "unknown key '\(e.key)' in a function entry; it takes function, label, color, dash, width, marker, "
              + "derivative", line: e.line)
        }
      }
    }
    guard let function else {
      throw ManifestProblem("a function entry that is a mapping needs function: (e.g. function: relu)", line: node.line)
    }
    return (function, look)
  }

  private static func readLabel(_ node: ManifestNode) throws(ManifestProblem) -> String {
    let label = try ManifestReader.string(node)
    if let problem = LineFigure.labelProblem(label) { throw ManifestProblem("label \(problem)", line: node.line) }
    return label
  }

  /// One of color, dash, width, marker onto `look`; false for another key.
  private static func read(_ e: ManifestNode.Entry, into look: inout CurveLook) throws(ManifestProblem) -> Bool {
    let node = e.value
    switch e.key {
    case "color":
      let text = try ManifestReader.string(node)
      guard let color = Color(text: text) else {
        throw ManifestProblem("color \(CurveLook.colorExpectation) (got '\(text)')", line: node.line)
      }
      look.color = color
    case "dash":
      let dash: [Double]
      if case .sequence = node {
        dash = try ManifestReader.list(node, ManifestReader.number)
      } else {
        let text = try ManifestReader.string(node)
        guard let parsed = CurveLook.dash(text: text) else {
          throw ManifestProblem("dash \(CurveLook.dashExpectation) (got '\(text)')", line: node.line)
        }
        dash = parsed
      }
      if let problem = CurveLook.dashProblem(dash) { throw ManifestProblem("dash \(problem)", line: node.line) }
      look.dash = dash
    case "width":
      let width = try ManifestReader.number(node)
      if let problem = CurveLook.widthProblem(width) { throw ManifestProblem("width \(problem)", line: node.line) }
      look.width = width
    case "marker": look.marker = try ManifestReader.choice(node, CurveMarker.self)
    default: return false
    }
    return true
  }
}

extension LineChart.LegendPlacement {
  /// A manifest's `legend`: a place by name, or true (`auto`) and false (`none`), as the key
  /// was a flag before places could be named.
  static func read(_ node: ManifestNode) throws(ManifestProblem) -> Self {
    let text = try ManifestReader.string(node)
    if let place = Self(rawValue: text) { return place }
    switch text.lowercased() {
    case "true", "yes", "on": return .auto
    case "false", "no", "off": return .none
    default:
      throw ManifestProblem(
        "expected one of \(allCases.map(\.rawValue).joined(separator: ", ")) (or true, false), got '\(text)'",
        line: node.line)
    }
  }
}
