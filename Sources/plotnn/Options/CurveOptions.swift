import ArgumentParser
import PlotNNCore

/// How a line figure's curves, axes and legend look: per-curve lists in function order,
/// axis names, subtitle, legend place and given ticks (``LineFigure``'s look options).
///
/// Decision: each per-curve option is one comma-separated list, an item per function in
/// the order the functions are given; an empty item keeps that curve's default
/// (`--colors ",#000000"` sets the second curve only). A list of the wrong length is refused
/// (a shorter list would silently attach looks to the wrong curves). In `--labels`, `\,`
/// writes a comma inside a label.
struct CurveOptions: ParsableArguments {
  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(
      "Legend labels (markup), comma-separated in function order ('\\,' for a comma in a label).",
      valueName: "labels"), transform: CurveArguments.labels)
  var labels: [String?]?

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp("Curve colours #RRGGBB, comma-separated in function order.", valueName: "colors"),
    transform: CurveArguments.colors)
  var colors: [Color?]?

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(
      "Dash patterns in line widths, comma-separated in function order: solid, or on/off lengths such as '4 2'.",
      valueName: "dashes"), transform: CurveArguments.dashes)
  var dashes: [[Double]?]?

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp("Line widths in points, comma-separated in function order.", valueName: "widths"),
    transform: CurveArguments.widths)
  var widths: [Double?]?

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(
      "Markers, comma-separated in function order: \(CurveMarker.allCases.map(\.rawValue).joined(separator: ", ")).",
      valueName: "markers"), transform: CurveArguments.markers)
  var markers: [CurveMarker?]?

  @Option(name: .long, help: "Name of the x axis (markup); '' for none. Default: x.")
  var xlabel: String?

  @Option(name: .long, help: "Name of the y axis (markup); '' for none. Default: y.")
  var ylabel: String?

  @Option(name: .long, help: "Subtitle under the title (markup), or none. Default: a single function's formula.")
  var subtitle: String?

  @Option(name: .long, help: "Where the legend goes. Default: auto (where it covers no data, else above the plot).")
  var legend: LineChart.LegendPlacement?

  @Option(
    name: .long, parsing: .unconditional, help: "Ticks at these x values, comma-separated (at most 100).",
    transform: ArgumentValue.numbers)
  var xticks: [Double]?

  @Option(
    name: .long, parsing: .unconditional, help: "Ticks at these y values, comma-separated (at most 100).",
    transform: ArgumentValue.numbers)
  var yticks: [Double]?

  @Option(
    name: .long, parsing: .unconditional, help: "Ticks at the multiples of this x step.",
    transform: ArgumentValue.number)
  var xtickStep: Double?

  @Option(
    name: .long, parsing: .unconditional, help: "Ticks at the multiples of this y step.",
    transform: ArgumentValue.number)
  var ytickStep: Double?

  /// Each list's flag and length, for the count check.
  private var lists: [(String, Int?)] {
    [
      ("--labels", labels?.count), ("--colors", colors?.count), ("--dashes", dashes?.count),
      ("--widths", widths?.count), ("--markers", markers?.count),
    ]
  }

  /// Every given list must hold one item per function.
  func validate(functions: [String]) throws {
    for case (let flag, let count?) in lists where count != functions.count {
      let plural = functions.count == 1 ? "function" : "functions"
      throw ValidationError(
        "\(flag) gives \(count) item\(count == 1 ? "" : "s") for \(functions.count) \(plural) "
          + "(\(functions.joined(separator: ", "))); give one per function, in order (an empty item keeps the default)")
    }
  }

  /// `line` with these options.
  func apply(to line: inout LineFigure, noLegend: Bool) {
    if lists.contains(where: { $0.1 != nil }) {
      line.looks = line.functions.indices.map { i in
        LineFigure.FunctionLook(
          label: Self.item(labels, i),
          curve: CurveLook(
            color: Self.item(colors, i), dash: Self.item(dashes, i), width: Self.item(widths, i),
            marker: Self.item(markers, i)))
      }
    }
    (line.xlabel, line.ylabel) = (xlabel, ylabel)
    line.subtitle = subtitle.map { $0 == LineFigure.noSubtitle ? "" : $0 }
    line.legend = noLegend ? LineChart.LegendPlacement.none : legend
    (line.xticks, line.yticks, line.xtickStep, line.ytickStep) = (xticks, yticks, xtickStep, ytickStep)
  }
}

extension CurveOptions {
  /// Item `i` of a list, nil when the list or the item is missing.
  fileprivate static func item<T>(_ list: [T?]?, _ i: Int) -> T? {
    guard let list, list.indices.contains(i) else { return nil }
    return list[i]
  }
}

/// How the per-curve lists read their items, each fault named by its place and what is allowed.
enum CurveArguments {
  /// Items separated by commas (`\,` is a comma inside an item); an empty item is nil.
  static func items(_ text: String, escapes: Bool = false) -> [String?] {
    var items: [String] = [""]
    var escaped = false
    for c in text {
      if escaped {
        items[items.count - 1].append(c == "," ? "," : "\\" + String(c))
        escaped = false
      } else if escapes && c == "\\" {
        escaped = true
      } else if c == "," {
        items.append("")
      } else {
        items[items.count - 1].append(c)
      }
    }
    if escaped { items[items.count - 1].append("\\") }
    return items.map { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
  }

  static func labels(_ text: String) throws -> [String?] { items(text, escapes: true) }

  /// Items through `read`, a fault reported as `item N 'text' …`.
  static func each<T>(_ text: String, _ read: (String) -> T?, expected: String) throws -> [T?] {
    try items(text).enumerated().map { i, item in
      guard let item else { return nil }
      let trimmed = item.trimmingCharacters(in: .whitespaces)
      guard let value = read(trimmed) else { throw ValidationError("item \(i + 1) '\(trimmed)' \(expected)") }
      return value
    }
  }

  static func colors(_ text: String) throws -> [Color?] {
    try each(text, Color.init(text:), expected: CurveLook.colorExpectation)
  }

  static func dashes(_ text: String) throws -> [[Double]?] {
    try each(text, CurveLook.dash(text:), expected: CurveLook.dashExpectation)
  }

  static func widths(_ text: String) throws -> [Double?] {
    try each(text, { Double($0) }, expected: "must be a number of points such as 1.5")
  }

  static func markers(_ text: String) throws -> [CurveMarker?] {
    try each(
      text, { CurveMarker(rawValue: $0.lowercased()) },
      expected: "must be one of \(CurveMarker.allCases.map(\.rawValue).joined(separator: ", "))")
  }
}

extension LineChart.LegendPlacement: NamedValueArgument {}
