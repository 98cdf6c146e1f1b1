import Foundation

/// Reading a style sheet from a manifest tree: a YAML style file, or a manifest's inline
/// `style:` mapping. Every key is one of ``keys``; values are read by type, then checked by
/// ``validate()``; an error names the key (`fonts.text`) and the line it is on.
extension StyleSheet {
  /// The keys a style sheet takes, with what each holds, in the order `--show` prints them.
  public static let keys: [(key: String, meaning: String)] = [
    ("fonts", "font families by fontconfig name: text, cjk, math, monospace (any installed family)"),
    ("font-size", "the base size in points: tick labels and legend; the other texts follow by ratio"),
    ("heading-scale", "how much larger titles and names are: 1 the book's steps (title = 15/11 of the base), 0 none"),
    ("width", "the figure's width when no size is given: 3.25in, 8.25cm, 82.5mm or 234pt"),
    ("aspect", "width over height when no size is given: 1.333 or 4:3"),
    ("line-widths", "in points: curve, axis, grid"),
    ("palette", "series colours, cycled: a list of \"#RRGGBB\""),
    ("dashes", "dash patterns cycled after the palette: functions and derivatives, lists of [dash, gap, …] in points"),
    ("background", "the page colour \"#RRGGBB\", or transparent"),
    ("transparent", "true: leave the background unpainted (PNG alpha)"),
    (
      "colors",
      "foreground, muted (tick labels), grid, axis, panel (legend and label halos): \"#RRGGBB\" or \"#RRGGBB/0.88\""
    ),
    ("grid", "true or false: grid lines"),
    ("axes", "origin (through 0, as textbooks draw) or box (a frame)"),
    ("ticks", "out or in: the tick marks' direction"),
    (
      "legend",
      "where a line chart's legend goes unless the figure says: auto, upper-left, upper-right, lower-left, "
        + "lower-right, outside-right, outside-bottom or none (as --legend)"
    ),
    ("margin", "points kept free at the figure's edges"),
  ]

  /// The sub-keys of the mapping keys.
  static let subKeys = [
    "fonts": ["text", "cjk", "math", "monospace"], "line-widths": ["curve", "axis", "grid"],
    "dashes": ["functions", "derivatives"], "colors": ["foreground", "muted", "grid", "axis", "panel"],
  ]

  /// The sheet a mapping describes. Throws the first problem with its key path and line:
  /// an unknown key (with the keys allowed), a value of the wrong type, a value out of range.
  public static func read(_ node: ManifestNode) throws(ManifestProblem) -> StyleSheet {
    guard case .mapping(let entries, _) = node else {
      throw ManifestProblem("a style is a mapping of style keys, got \(node.summary)", line: node.line)
    }
    if let repeated = node.repeatedKey() {
      throw ManifestProblem(repeated.message, line: repeated.line, key: repeated.path)
    }
    var sheet = StyleSheet()
    var lines: [String: Int] = [:]
    for entry in entries {
      lines[entry.key] = entry.line
      do { try sheet.read(entry, lines: &lines) } catch {
        var problem = error
        if problem.key == nil { problem.key = entry.key }
        if problem.line == nil { problem.line = entry.value.line }
        throw problem
      }
    }
    do { try sheet.validate() } catch {
      throw ManifestProblem(error.description, line: lines[error.field] ?? node.line, key: error.field)
    }
    return sheet
  }

  private mutating func read(_ entry: ManifestNode.Entry, lines: inout [String: Int]) throws(ManifestProblem) {
    let node = entry.value
    typealias R = ManifestReader
    switch entry.key {
    case "fonts", "line-widths", "dashes", "colors":
      guard case .mapping(let pairs, _) = node else {
        throw ManifestProblem(
          "expected a mapping of \(Self.subKeys[entry.key, default: []].joined(separator: ", ")), got \(node.summary)")
      }
      for pair in pairs {
        let path = entry.key + "." + pair.key
        lines[path] = pair.line
        do { try readSub(entry.key, pair) } catch {
          throw ManifestProblem(error.message, line: error.line ?? pair.value.line, key: path)
        }
      }
    case "font-size": fontSize = try R.number(node)
    case "heading-scale": headingScale = try R.number(node)
    case "width":
      let text = try R.string(node)
      guard let points = Self.physicalLength(text) else {
        throw ManifestProblem("expected a width with its unit, such as 3.25in, 8.25cm, 82.5mm or 234pt, got '\(text)'")
      }
      width = points
    case "aspect":
      let text = try R.string(node)
      guard let ratio = Self.ratio(text) else {
        throw ManifestProblem("expected width over height, such as 1.333 or 4:3, got '\(text)'")
      }
      aspect = ratio
    case "palette": palette = try R.list(node, Self.color)
    case "background":
      if case .scalar("transparent", _) = node {
        transparent = true
      } else {
        background = try Self.color(node)
      }
    case "transparent": transparent = try R.bool(node)
    case "grid": grid = try R.bool(node)
    case "axes": axes = try R.choice(node, LineChart.AxesStyle.self)
    case "ticks": ticks = try R.choice(node, TickDirection.self)
    case "legend": legend = try LineChart.LegendPlacement.read(node)
    case "margin": margin = try R.number(node)
    default:
      throw ManifestProblem(
        "unknown style key; a style takes \(Self.keys.map(\.key).joined(separator: ", ")) (plotnn styles --help)")
    }
  }

  private mutating func readSub(_ group: String, _ pair: ManifestNode.Entry) throws(ManifestProblem) {
    typealias R = ManifestReader
    let node = pair.value
    switch (group, pair.key) {
    case ("fonts", "text"): fonts.text = try R.string(node)
    case ("fonts", "cjk"): fonts.cjk = try R.string(node)
    case ("fonts", "math"): fonts.math = try R.string(node)
    case ("fonts", "monospace"): fonts.monospace = try R.string(node)
    case ("line-widths", "curve"): curveWidth = try R.number(node)
    case ("line-widths", "axis"): axisWidth = try R.number(node)
    case ("line-widths", "grid"): gridWidth = try R.number(node)
    case ("dashes", "functions"): functionDashes = try Self.patterns(node)
    case ("dashes", "derivatives"): derivativeDashes = try Self.patterns(node)
    case ("colors", "foreground"): colors.foreground = try Self.color(node)
    case ("colors", "muted"): colors.muted = try Self.color(node)
    case ("colors", "grid"): colors.grid = try Self.color(node)
    case ("colors", "axis"): colors.axis = try Self.color(node)
    case ("colors", "panel"): colors.panel = try Self.color(node)
    default:
      throw ManifestProblem(
        "unknown key in \(group); it takes \(Self.subKeys[group, default: []].joined(separator: ", "))")
    }
  }

  /// `"#0072B2"`, `"#FFFFFFE0"` or `"#FFFFFF/0.88"` (``Color/init(text:)``).
  static func color(_ node: ManifestNode) throws(ManifestProblem) -> Color {
    let text = try ManifestReader.string(node)
    guard let color = Color(text: text) else {
      throw ManifestProblem(
        "expected a colour \"#RRGGBB\", \"#RGB\", \"#RRGGBBAA\" or \"#RRGGBB/opacity\" (quoted: # starts a YAML comment), got '\(text)'",
        line: node.line)
    }
    return color
  }

  /// A list of dash patterns, each a list of numbers (`[]` is solid).
  static func patterns(_ node: ManifestNode) throws(ManifestProblem) -> [[Double]] {
    guard case .sequence(let items, _) = node else {
      throw ManifestProblem(
        "expected a list of dash patterns such as [[], [7, 4]], got \(node.summary)", line: node.line)
    }
    var out: [[Double]] = []
    for item in items {
      guard case .sequence(let lengths, _) = item else {
        throw ManifestProblem(
          "expected a dash pattern [dash, gap, …] in points ([] for solid), got \(item.summary)", line: item.line)
      }
      var pattern: [Double] = []
      for length in lengths { pattern.append(try ManifestReader.number(length)) }
      out.append(pattern)
    }
    return out
  }

  /// Points in a length written with a physical unit, read as ``Length/init(text:)``
  /// reads `--width` (`3.25in`, `8.25cm`, `82.5mm`, `234pt`); nil for CSS pixels, written
  /// `640px` or bare.
  ///
  /// Decision: a style's width is physical, so a bare number (whose unit `--size` reads
  /// as CSS pixels) is refused rather than guessed; `px` is refused with it, as a style
  /// is for a page, not a screen. One length parser (``Length``) serves sizes and styles.
  static func physicalLength(_ text: String) -> Double? {
    guard let length = try? Length(text: text), length.unit != .px else { return nil }
    return length.points
  }

  /// Width over height: `1.333`, or `16:9`.
  static func ratio(_ text: String) -> Double? {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false).map {
      Double($0.trimmingCharacters(in: .whitespaces))
    }
    if parts.count == 1, let v = parts[0] { return v }
    if parts.count == 2, let w = parts[0], let h = parts[1], h != 0 { return w / h }
    return nil
  }
}
