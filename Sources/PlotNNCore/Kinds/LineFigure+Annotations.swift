extension LineFigure {
  /// A note in data coordinates, as given (labels as markup): a reference line, a shaded
  /// span, a text at a point or an arrow (drawn as a ``DataAnnotation``).
  public struct Annotation: Sendable, Hashable {
    public enum Shape: Sendable, Hashable {
      case hline(Double)
      case vline(Double)
      case xspan(Double, Double)
      case yspan(Double, Double)
      case text(x: Double, y: Double)
      case arrow(fromX: Double, fromY: Double, toX: Double, toY: Double)
      /// The region between two curves, each named as in ``LineFigure/functions`` (or by
      /// its number from 0), with ′ for its derivative (``LineFigure/seriesIndex(of:)``).
      case between(String, String)
      /// The region between a curve and the line y = value.
      case betweenLine(String, y: Double)
    }

    /// Where a pinned label sits relative to its point.
    public enum Pin: String, Sendable, Hashable, CaseIterable {
      case center, above, below, left, right

      var anchor: TextAnchor {
        switch self {
        case .center: return TextAnchor(.center, .middle)
        case .above: return TextAnchor(.center, .bottom)
        case .below: return TextAnchor(.center, .top)
        case .left: return TextAnchor(.right, .middle)
        case .right: return TextAnchor(.left, .middle)
        }
      }
    }

    public var shape: Shape
    public var label: String?
    /// nil: the label is placed where it covers nothing (``LineChartPlacement``).
    public var pin: Pin?

    public init(_ shape: Shape, label: String? = nil, pin: Pin? = nil) {
      self.shape = shape
      self.label = label
      self.pin = pin
    }

    /// The numbers of the shape, for validation.
    var numbers: [Double] {
      switch shape {
      case .hline(let v), .vline(let v): return [v]
      case .xspan(let a, let b), .yspan(let a, let b): return [a, b]
      case .text(let x, let y): return [x, y]
      case .arrow(let a, let b, let c, let d): return [a, b, c, d]
      case .between: return []
      case .betweenLine(_, let y): return [y]
      }
    }

    /// The manifest and CLI name of the shape's kind.
    var kindName: String {
      switch shape {
      case .hline: return "hline"
      case .vline: return "vline"
      case .xspan: return "xspan"
      case .yspan: return "yspan"
      case .text: return "text"
      case .arrow: return "arrow"
      case .between, .betweenLine: return "between"
      }
    }

    /// The drawn annotation; `series` finds a named curve's index in the chart
    /// (``LineFigure/seriesIndex(of:)``, checked by validation).
    func dataAnnotation(series: (String) -> Int?) throws(FigureSpecError) -> DataAnnotation {
      let drawn: DataAnnotation.Shape
      switch shape {
      case .hline(let v): drawn = .horizontalLine(v)
      case .vline(let v): drawn = .verticalLine(v)
      case .xspan(let a, let b): drawn = .xSpan(min(a, b)...max(a, b))
      case .yspan(let a, let b): drawn = .ySpan(min(a, b)...max(a, b))
      case .text(let x, let y): drawn = .text(x: x, y: y)
      case .arrow(let a, let b, let c, let d): drawn = .arrow(from: Point(a, b), to: Point(c, d))
      case .between(let f, let g):
        guard let i = series(f), let j = series(g) else {
          throw FigureSpecError(field: "annotations", message: "no such curve")
        }
        drawn = .betweenCurves(i, j)
      case .betweenLine(let f, let y):
        guard let i = series(f) else { throw FigureSpecError(field: "annotations", message: "no such curve") }
        drawn = .betweenCurveAndLine(i, y: y)
      }
      let text = try label.map { t throws(FigureSpecError) in try FigureText.richText(t, field: "annotations") }
      return DataAnnotation(drawn, label: text, pin: pin?.anchor)
    }
  }

  /// The index in the chart's series of the curve `ref` names: a function as written in
  /// ``functions``, or its number from 0, with a trailing ′ (or ') for its derivative; nil
  /// when the figure draws no such curve (f′ needs `curves: both` or `derivative`).
  public func seriesIndex(of ref: String) -> Int? {
    var name = ref.trimmingCharacters(in: .whitespaces)
    let derivative = name.hasSuffix("′") || name.hasSuffix("'")
    if derivative { name.removeLast() }
    guard let i = Int(name).flatMap({ functions.indices.contains($0) ? $0 : nil }) ?? functions.firstIndex(of: name)
    else { return nil }
    switch (curves, derivative) {
    case (.function, false), (.derivative, true): return i
    case (.both, _): return 2 * i + (derivative ? 1 : 0)
    default: return nil
    }
  }

  static func unknownCurve(_ ref: String, _ which: String) -> FigureSpecError {
    FigureSpecError(
      field: "annotations",
      message:
        "\(which) names '\(ref)', not a curve of this figure; name a function as listed (or its number from 0), "
        + "with ′ for its derivative when it is drawn")
  }

  /// Most annotations one figure holds.
  public static let maximumAnnotations = 64

  /// Every rule about the annotations: their count, finite numbers, spans of some width,
  /// an arrow of some length, a text with a label, labels' length and markup.
  func validateAnnotations() throws(FigureSpecError) {
    guard annotations.count <= Self.maximumAnnotations else {
      throw .value("annotations", "may hold at most \(Self.maximumAnnotations) annotations (got \(annotations.count))")
    }
    for (i, note) in annotations.enumerated() {
      let which = "annotation \(i + 1) (\(note.kindName))"
      if let bad = note.numbers.first(where: { !$0.isFinite }) {
        throw FigureSpecError(field: "annotations", message: "\(which) must be given finite numbers (got \(bad))")
      }
      switch note.shape {
      case .xspan(let a, let b), .yspan(let a, let b):
        guard a != b else {
          throw FigureSpecError(field: "annotations", message: "\(which) needs two different ends (got \(a) twice)")
        }
      case .arrow(let a, let b, let c, let d):
        guard a != c || b != d else {
          throw FigureSpecError(field: "annotations", message: "\(which) must end elsewhere than it starts")
        }
      case .text:
        guard note.label.map({ !$0.isEmpty }) ?? false else {
          throw FigureSpecError(field: "annotations", message: "\(which) needs a label")
        }
      case .between(let f, let g):
        for ref in [f, g] where seriesIndex(of: ref) == nil { throw Self.unknownCurve(ref, which) }
        guard seriesIndex(of: f) != seriesIndex(of: g) else {
          throw FigureSpecError(field: "annotations", message: "\(which) needs two different curves (got '\(f)' twice)")
        }
      case .betweenLine(let f, _):
        if seriesIndex(of: f) == nil { throw Self.unknownCurve(f, which) }
      default: break
      }
      if let label = note.label {
        guard label.count <= FigureSpec.maximumTitleLength else {
          throw .value(
            "annotations", "labels may hold at most \(FigureSpec.maximumTitleLength) characters (got \(label.count))")
        }
        try FigureText.checkMarkup(label, field: "annotations")
      }
    }
  }
}

/// A command-line annotation that does not read: what was expected, with an example.
public struct AnnotationSyntaxError: Error, Sendable, CustomStringConvertible {
  public var description: String
}

extension LineFigure.Annotation {
  /// The command line's forms: `--hline 1[:label]`, `--vline 0[:label]`,
  /// `--xspan FROM:TO[:label]` (also `--yspan`), `--text X,Y:label`,
  /// `--arrow X1,Y1:X2,Y2[:label]`, `--fill-between F:G[:label]` or `F:y=V[:label]` (F, G
  /// curves as in ``LineFigure/seriesIndex(of:)``). A label may itself hold ':' (everything
  /// after the numbers is the label).
  public static func parse(_ kind: String, _ text: String) throws(AnnotationSyntaxError) -> Self {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
    let number = { (s: String) -> Double? in Double(s.trimmingCharacters(in: .whitespaces)) }
    let pair = { (s: String) -> (Double, Double)? in
      let xy = s.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      guard xy.count == 2, let x = number(xy[0]), let y = number(xy[1]) else { return nil }
      return (x, y)
    }
    let rest = { (n: Int) -> String? in parts.count > n ? parts[n...].joined(separator: ":") : nil }
    let fail = { (form: String) in AnnotationSyntaxError(description: "--\(kind) '\(text)': expected \(form)") }
    switch kind {
    case "hline", "vline":
      guard let v = number(parts[0]) else { throw fail("a number, then :label if wanted, e.g. 1 or 0:y = 0") }
      return Self(kind == "hline" ? .hline(v) : .vline(v), label: rest(1))
    case "xspan", "yspan":
      guard parts.count >= 2, let a = number(parts[0]), let b = number(parts[1]) else {
        throw fail("FROM:TO, then :label if wanted, e.g. -10:-4:饱和区")
      }
      return Self(kind == "xspan" ? .xspan(a, b) : .yspan(a, b), label: rest(2))
    case "text":
      guard parts.count >= 2, let (x, y) = pair(parts[0]) else { throw fail("X,Y:label, e.g. '-6,0.5:梯度弥散'") }
      return Self(.text(x: x, y: y), label: rest(1))
    case "arrow":
      guard parts.count >= 2, let (a, b) = pair(parts[0]), let (c, d) = pair(parts[1]) else {
        throw fail("X1,Y1:X2,Y2, then :label if wanted, e.g. '-6,0.3:-4,0.02:σ′ ≈ 0'")
      }
      return Self(.arrow(fromX: a, fromY: b, toX: c, toY: d), label: rest(2))
    case "fill-between":
      let form = "F:G or F:y=V, then :label if wanted, e.g. 'sigmoid:tanh' or 'relu:y=0:单侧抑制'"
      guard parts.count >= 2, !parts[0].trimmingCharacters(in: .whitespaces).isEmpty else { throw fail(form) }
      let other = parts[1].trimmingCharacters(in: .whitespaces)
      if other.hasPrefix("y=") {
        guard let v = number(String(other.dropFirst(2))) else { throw fail(form) }
        return Self(.betweenLine(parts[0], y: v), label: rest(2))
      }
      guard !other.isEmpty else { throw fail(form) }
      return Self(.between(parts[0], other), label: rest(2))
    default:
      throw AnnotationSyntaxError(description: "unknown annotation kind '\(kind)'")
    }
  }

  /// One manifest entry: `{hline: 1}`, `{xspan: [-10, -4], label: 饱和区}`,
  /// `{text: 梯度弥散, at: [-7, 0.5]}`, `{arrow: [[-6, 0.3], [-4, 0.02]], label: …}`, each
  /// with an optional `pin` (center, above, below, left, right).
  static func read(_ node: ManifestNode) throws(ManifestProblem) -> Self {
    let kinds = ["hline", "vline", "xspan", "yspan", "text", "arrow", "between"]
    guard case .mapping(let entries, let line) = node else {
      throw ManifestProblem("expected a mapping such as {hline: 1}, got \(node.summary)", line: node.line)
    }
    let shapes = entries.filter { kinds.contains($0.key) }
    guard shapes.count == 1, let shape = shapes.first else {
      throw ManifestProblem(
        "an annotation holds exactly one of \(kinds.joined(separator: ", ")) (got \(shapes.count))", line: line)
    }
    var label: String?
    var pin: Pin?
    var at: [Double]?
    var y: Double?
    for e in entries where e.key != shape.key {
      switch e.key {
      case "label": label = try ManifestReader.string(e.value)
      case "pin": pin = try ManifestReader.choice(e.value, Pin.self)
      case "at" where shape.key == "text": at = try ManifestReader.list(e.value, ManifestReader.number)
      case "y" where shape.key == "between": y = try ManifestReader.number(e.value)
      default:
        throw ManifestProblem(
          "unknown key '\(e.key)' in a \(shape.key) annotation; it takes label, pin"
            + (shape.key == "text" ? ", at" : shape.key == "between" ? ", y" : ""), line: e.line)
      }
    }
    let numbers = { (n: ManifestNode, count: Int, form: String) throws(ManifestProblem) -> [Double] in
      let values = try ManifestReader.list(n, ManifestReader.number)
      guard values.count == count else { throw ManifestProblem("expected \(form)", line: n.line) }
      return values
    }
    let v = shape.value
    switch shape.key {
    case "hline": return Self(.hline(try ManifestReader.number(v)), label: label, pin: pin)
    case "vline": return Self(.vline(try ManifestReader.number(v)), label: label, pin: pin)
    case "xspan", "yspan":
      let r = try numbers(v, 2, "[from, to], e.g. [-10, -4]")
      return Self(shape.key == "xspan" ? .xspan(r[0], r[1]) : .yspan(r[0], r[1]), label: label, pin: pin)
    case "text":
      guard let at, at.count == 2 else { throw ManifestProblem("a text annotation needs at: [x, y]", line: line) }
      return Self(.text(x: at[0], y: at[1]), label: try ManifestReader.string(v), pin: pin)
    case "between":
      // `between: [f, g]`, or `between: f` with `y: value`.
      if let y {
        return Self(.betweenLine(try ManifestReader.string(v), y: y), label: label, pin: pin)
      }
      let curves = try ManifestReader.list(v, ManifestReader.string)
      guard curves.count == 2 else {
        throw ManifestProblem("expected between: [f, g] (two curves) or between: f with y: value", line: v.line)
      }
      return Self(.between(curves[0], curves[1]), label: label, pin: pin)
    default:
      guard case .sequence(let points, _) = v, points.count == 2 else {
        throw ManifestProblem("expected [[x1, y1], [x2, y2]]", line: v.line)
      }
      let a = try numbers(points[0], 2, "a point [x, y]")
      let b = try numbers(points[1], 2, "a point [x, y]")
      return Self(.arrow(fromX: a[0], fromY: a[1], toX: b[0], toY: b[1]), label: label, pin: pin)
    }
  }
}
