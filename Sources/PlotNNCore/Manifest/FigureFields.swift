/// The keys a manifest figure (or its `defaults`) may set, applied one at a time onto a
/// ``FigureSpec`` plus the gallery fields.
struct FigureFields {
  var section = ""
  var caption = ""
  var formats = ["png", "svg"]
  var spec = FigureSpec(functions: [])

  typealias Problem = ManifestReader.Problem
  typealias R = ManifestReader

  /// Every key, in the order `plotnn` documents them.
  static let keys = [
    "section", "caption", "kind", "formats", "size", "scale", "title", "theme", "functions", "from", "to", "ymin",
    "ymax",
    "curves", "axes", "grid", "legend", "marks", "logits", "learning-rate", "steps", "start", "levels", "panels",
    "azimuth", "elevation",
  ]

  mutating func set(_ key: String, _ node: ManifestNode) throws(Problem) {
    switch key {
    case "section": section = try R.string(node)
    case "caption": caption = try R.string(node)
    case "kind":
      spec.kind = FigureSpec.Kind(rawValue: try R.choice(node, FigureSpec.Kind.allCases.map(\.rawValue))) ?? .line
    case "formats":
      let chosen = try R.list(node) { n throws(Problem) in try R.choice(n, Manifest.allowedFormats) }
      guard !chosen.isEmpty else { throw Problem("expected one or more of png, svg, pdf", line: node.line) }
      guard Set(chosen).count == chosen.count else { throw Problem("a format is listed twice", line: node.line) }
      formats = chosen
    case "size": (spec.width, spec.height) = try R.size(node)
    case "scale": spec.scale = try R.number(node)
    case "title": spec.title = try R.string(node)
    case "theme": spec.theme = try R.choice(node, Theme.allCases.map(\.rawValue))
    case "functions": spec.functions = try R.list(node, R.string)
    case "from": spec.from = try R.number(node)
    case "to": spec.to = try R.number(node)
    case "ymin": spec.ymin = try R.number(node)
    case "ymax": spec.ymax = try R.number(node)
    case "curves":
      spec.curves =
        FigureSpec.Curves(rawValue: try R.choice(node, FigureSpec.Curves.allCases.map(\.rawValue))) ?? .function
    case "axes":
      spec.axes =
        LineChart.AxesStyle(rawValue: try R.choice(node, LineChart.AxesStyle.allCases.map(\.rawValue))) ?? .origin
    case "grid": spec.grid = try R.bool(node)
    case "legend": spec.legend = try R.bool(node)
    case "marks": spec.marks = try R.list(node, Self.mark)
    case "logits": spec.logits = try R.list(node, R.number)
    case "learning-rate": spec.learningRate = try R.number(node)
    case "steps": spec.steps = try R.integer(node, in: 1...100_000)
    case "start":
      let start = try R.list(node, R.number)
      guard start.count == 2 else {
        throw Problem("expected two numbers [w1, w2], got \(start.count)", line: node.line)
      }
      // Far outside both figures' windows the loss overflows and nothing sensible is drawn.
      guard start.allSatisfy({ abs($0) <= 1e6 }) else { throw Problem("start must lie within ±1e6", line: node.line) }
      spec.start = start
    case "levels": spec.levels = try R.integer(node, in: 1...100)
    case "panels": spec.panels = try R.choice(node, ["both", "unnormalized", "normalized"])
    case "azimuth": spec.azimuth = try R.number(node)
    case "elevation": spec.elevation = try R.number(node)
    default:
      throw Problem("unknown key; a figure takes \(Self.keys.joined(separator: ", "))", line: node.line)
    }
  }

  /// `{x: 0, derivative: true, label: "σ′(0) = {y}", function: 0}`.
  static func mark(_ node: ManifestNode) throws(Problem) -> FigureSpec.Mark {
    guard case .mapping(let entries, _) = node else {
      throw Problem("expected a mapping {x, label}, got \(node.summary)", line: node.line)
    }
    var mark = FigureSpec.Mark(x: .nan, derivative: false, label: "")
    for e in entries {
      switch e.key {
      case "x": mark.x = try R.number(e.value)
      case "derivative": mark.derivative = try R.bool(e.value)
      case "label": mark.label = try R.string(e.value)
      case "function": mark.function = try R.integer(e.value, in: 0...63)
      default:
        throw Problem("unknown key '\(e.key)' in a mark; a mark takes x, derivative, label, function", line: e.line)
      }
    }
    guard mark.x.isFinite else { throw Problem("a mark needs x", line: node.line) }
    return mark
  }

  /// Checks that belong to the whole figure, once every key is set.
  /// The manifest key a spec error is about, so the message can name it.
  static func key(of error: FigureSpecError) -> String? {
    switch error {
    case .size: return "size"
    case .scale: return "scale"
    case .unknownTheme: return "theme"
    case .notFinite(let option, _): return option
    case .emptyRange(let low, _, _, _): return low
    default: return nil
    }
  }

  func check() throws(Problem) {
    do { try spec.validateOptions() } catch { throw Problem(error.description, key: Self.key(of: error)) }
    switch spec.kind {
    case .line:
      guard !spec.functions.isEmpty else {
        throw Problem("a line figure needs at least one function", key: "functions")
      }
      if let bad = spec.marks.first(where: { $0.function >= spec.functions.count }) {
        throw Problem(
          "mark function \(bad.function) is out of range; there are \(spec.functions.count) functions", key: "marks")
      }
    case .softmax:
      guard (1...64).contains(spec.logits.count) else {
        throw Problem("a softmax figure needs 1 to 64 logits", key: "logits")
      }
    case .descent, .surface:
      break
    }
  }
}
