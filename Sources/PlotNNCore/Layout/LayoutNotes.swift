/// What a chart left out of its drawing for lack of room, returned with the drawing
/// (``Chart/draw(on:size:tolerance:)``) so the command line can say so once per figure,
/// without any global state: a figure too small for its texts drops them in a fixed order
/// (each chart documents its own) rather than set one over another or over the data, and
/// the user is told which.
///
/// Only texts the figure asked for and could not show count: ticks thinned to keep their
/// labels apart, or a subtitle replaced by a shorter form, are the layout working, not an
/// omission.
public struct LayoutNotes: Sendable, Equatable {
  /// A kind of text that can be left out, with its names for the note.
  public enum Item: String, Sendable, CaseIterable {
    case title, subtitle, legend, tickLabel, axisName, offsetText, markLabel, annotationLabel
    case panelTitle, panelSubtitle, pathLabel, minimumLabel, colorBarLabel, colorBarTicks
    case header, valueLabel, sumLine, rightAxis, lossPanel
    case layerName, unitLabel, stepLabel, dimensionLabel, activationName, weightsLabel, skipLabel

    /// The phrase for `count` of them: "the legend", "2 tick labels".
    func phrase(_ count: Int) -> String {
      let (one, many): (String, String)
      switch self {
      case .title: (one, many) = ("the title", "titles")
      case .subtitle: (one, many) = ("the subtitle", "subtitles")
      case .legend: (one, many) = ("the legend", "legends")
      case .tickLabel: (one, many) = ("a tick label", "tick labels")
      case .axisName: (one, many) = ("an axis name", "axis names")
      case .offsetText: (one, many) = ("an axis offset", "axis offsets")
      case .markLabel: (one, many) = ("a mark label", "mark labels")
      case .annotationLabel: (one, many) = ("an annotation label", "annotation labels")
      case .panelTitle: (one, many) = ("a panel title", "panel titles")
      case .panelSubtitle: (one, many) = ("a panel subtitle", "panel subtitles")
      case .pathLabel: (one, many) = ("the path label", "path labels")
      case .minimumLabel: (one, many) = ("the minimum's label", "minimum labels")
      case .colorBarLabel: (one, many) = ("the colour bar's label", "colour bar labels")
      case .colorBarTicks: (one, many) = ("the colour bar's tick labels", "colour bars' tick labels")
      case .header: (one, many) = ("a column header", "column headers")
      case .valueLabel: (one, many) = ("a value label", "value labels")
      case .sumLine: (one, many) = ("a sum line", "sum lines")
      case .layerName: (one, many) = ("a layer name", "layer names")
      case .unitLabel: (one, many) = ("a unit label", "unit labels")
      case .stepLabel: (one, many) = ("a step label", "step labels")
      case .dimensionLabel: (one, many) = ("a dimension label", "dimension labels")
      case .activationName: (one, many) = ("an activation name", "activation names")
      case .weightsLabel: (one, many) = ("a weights label", "weights labels")
      case .skipLabel: (one, many) = ("a skip label", "skip labels")
      case .rightAxis: (one, many) = ("the right axis (its curves read on the left one)", "right axes")
      case .lossPanel: (one, many) = ("the loss panel", "loss panels")
      }
      return count == 1 ? one : "\(count) \(many)"
    }

    /// The phrase for the texts `names` of this kind, quoted: `the annotation label "梯度弥散"`,
    /// `2 annotation labels ("a", "b")`.
    func phrase(named names: [String]) -> String {
      let quoted = names.map { "\"\($0)\"" }
      if names.count == 1 {
        let one = phrase(1)
        let noun =
          one.hasPrefix("an ") ? String(one.dropFirst(3)) : one.hasPrefix("a ") ? String(one.dropFirst(2)) : one
        return "the \(noun) \(quoted[0])"
      }
      return "\(phrase(names.count)) (\(quoted.joined(separator: ", ")))"
    }
  }

  /// What was left out, each kind once with how many, in the order first noted.
  public private(set) var leftOut: [(item: Item, count: Int)] = []

  /// The texts left out by name (``leaveOut(_:named:)``), for the kinds noted so: the note
  /// quotes them, since a figure's own texts (an annotation's label) are what the user wrote.
  public private(set) var names: [Item: [String]] = [:]

  /// Other sentences for the command line about what the figure does not show, said after
  /// the left-out texts: a curve's values ≤ 0 on a log axis (``LineChart/remarks``).
  public private(set) var remarks: [String] = []

  public init() {}

  /// Notes `sentence` (once, however often it is noted).
  public mutating func remark(_ sentence: String) {
    if !remarks.contains(sentence) { remarks.append(sentence) }
  }

  /// Notes `count` more of `item` as left out (nothing for a count of 0 or less).
  public mutating func leaveOut(_ item: Item, count: Int = 1) {
    guard count > 0 else { return }
    if let k = leftOut.firstIndex(where: { $0.item == item }) {
      leftOut[k].count += count
    } else {
      leftOut.append((item, count))
    }
  }

  /// Notes the text `name` of kind `item` as left out; the note quotes it.
  public mutating func leaveOut(_ item: Item, named name: String) {
    leaveOut(item)
    names[item, default: []].append(name)
  }

  /// Adds every omission of `other`.
  public mutating func merge(_ other: LayoutNotes) {
    for (item, count) in other.leftOut { leaveOut(item, count: count) }
    for (item, list) in other.names { names[item, default: []].append(contentsOf: list) }
    for sentence in other.remarks { remark(sentence) }
  }

  public var isEmpty: Bool { leftOut.isEmpty && remarks.isEmpty }

  /// "the legend and 2 tick labels", "the title, the subtitle and an axis name"; nil when
  /// nothing was left out.
  public var summary: String? {
    let phrases = leftOut.map { entry in
      names[entry.item].flatMap { $0.count == entry.count ? entry.item.phrase(named: $0) : nil }
        ?? entry.item.phrase(entry.count)
    }
    guard let last = phrases.last else { return nil }
    if phrases.count == 1 { return last }
    return phrases.dropLast().joined(separator: ", ") + " and " + last
  }

  /// The note for the command line: "at 200x150 px the legend and 2 tick labels were left
  /// out (make the figure larger or the font smaller)", `size` as the user gave it; nil when
  /// nothing was left out. "was" for one text, "were" for more.
  /// The ``remarks`` follow, separated by "; ".
  public func sentence(size: String) -> String? {
    var parts = remarks
    if let summary {
      let one = leftOut.count == 1 && leftOut[0].count == 1
      parts.insert(
        "at \(size) \(summary) \(one ? "was" : "were") left out (make the figure larger or the font smaller)", at: 0)
    }
    return parts.isEmpty ? nil : parts.joined(separator: "; ")
  }

  public static func == (a: LayoutNotes, b: LayoutNotes) -> Bool {
    a.leftOut.map(\.item) == b.leftOut.map(\.item) && a.leftOut.map(\.count) == b.leftOut.map(\.count)
      && a.remarks == b.remarks && a.names == b.names
  }
}

extension LayoutNotes {
  /// ``sentence(size:)`` with `spec`'s size as the user gave it (`200x150`, `3.25inx2.5in`),
  /// or, for a kind's default size, in points (`480x360 pt`).
  public func sentence(for spec: FigureSpec) -> String? {
    let points = spec.resolvedSize
    let short = { (v: Double) in v == v.rounded() ? String(Int(v)) : String(v) }
    return sentence(size: spec.size?.text ?? "\(short(points.width))x\(short(points.height)) pt")
  }
}
