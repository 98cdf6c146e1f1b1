import Foundation

/// A style sheet written as a YAML style file, the form ``read(_:)`` reads back: the keys in
/// the order of ``keys``, only those set, numbers in their shortest round-trip form.
extension StyleSheet {
  /// Every value of `style` as a sheet: applied to any style, it gives `style` again
  /// (`plotnn styles --show NAME` prints this, to start a style file from).
  public init(complete style: Style) {
    self = Self.colors(of: style)
    fonts = Fonts(
      text: style.fonts.text, cjk: style.fonts.cjk, math: style.fonts.math, monospace: style.fonts.monospace)
    fontSize = style.baseSize
    headingScale = style.headingScale
    width = style.width
    aspect = style.aspect
    (curveWidth, axisWidth, gridWidth) = (style.curveWidth, style.axisWidth, style.gridWidth)
    (functionDashes, derivativeDashes) = (style.functionDashes, style.derivativeDashes)
    transparent = style.transparent
    (grid, axes, ticks, margin) = (style.showGrid, style.axes, style.tickDirection, style.margin)
    legend = style.legendPlacement
  }

  /// The sheet as YAML, one key a line, groups indented.
  public var yaml: String {
    var lines: [String] = []
    func group(_ name: String, _ pairs: [(String, String?)]) {
      let set = pairs.compactMap { key, value in value.map { "  \(key): \($0)" } }
      if !set.isEmpty { lines += [name + ":"] + set }
    }
    func line(_ key: String, _ value: String?) { if let value { lines.append("\(key): \(value)") } }
    let number = { (v: Double?) in v.map(Check.format) }
    let color = { (c: Color?) in c.map { Self.quoted($0.text) } }
    group(
      "fonts",
      [
        ("text", fonts.text.map(Self.quoted)), ("cjk", fonts.cjk.map(Self.quoted)),
        ("math", fonts.math.map(Self.quoted)), ("monospace", fonts.monospace.map(Self.quoted)),
      ])
    line("font-size", number(fontSize))
    line("heading-scale", number(headingScale))
    line("width", width.map(Self.lengthText))
    line("aspect", number(aspect))
    group("line-widths", [("curve", number(curveWidth)), ("axis", number(axisWidth)), ("grid", number(gridWidth))])
    line("palette", palette.map { "[" + $0.map { Self.quoted($0.text) }.joined(separator: ", ") + "]" })
    let patterns = { (p: [[Double]]?) in
      p.map { "[" + $0.map { "[" + $0.map(Check.format).joined(separator: ", ") + "]" }.joined(separator: ", ") + "]" }
    }
    group("dashes", [("functions", patterns(functionDashes)), ("derivatives", patterns(derivativeDashes))])
    line("background", color(background))
    line("transparent", transparent.map { $0 ? "true" : "false" })
    group(
      "colors",
      [
        ("foreground", color(colors.foreground)), ("muted", color(colors.muted)), ("grid", color(colors.grid)),
        ("axis", color(colors.axis)), ("panel", color(colors.panel)),
      ])
    line("grid", grid.map { $0 ? "true" : "false" })
    line("axes", axes?.rawValue)
    line("ticks", ticks?.rawValue)
    line("legend", legend?.rawValue)
    line("margin", number(margin))
    return lines.map { $0 + "\n" }.joined()
  }

  /// `3.25in` when the points are a whole number of hundredths of an inch that reads back
  /// exactly, else `234.5pt`.
  static func lengthText(_ points: Double) -> String {
    let inches = points / 72
    if (inches * 100).rounded() == inches * 100, inches * 72 == points { return Check.format(inches) + "in" }
    return Check.format(points) + "pt"
  }

  /// A YAML double-quoted string.
  static func quoted(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }
}
