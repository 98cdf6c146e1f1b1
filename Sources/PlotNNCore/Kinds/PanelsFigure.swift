/// A grid of panels, each a figure of any other kind, under one title (``PanelsChart``):
/// the five activations of section 3.4.2 side by side, f beside f′.
///
/// ```swift
/// var grid = PanelsFigure(panels: ["sigmoid", "tanh", "relu"].map { FigureSpec(LineFigure(functions: [$0])) })
/// grid.columns = 3
/// let chart = try FigureSpec(grid).chart(catalog: .standard)
/// ```
public struct PanelsFigure: FigureKind {
  public static let id = "panels"
  public static let summary = "Draw a grid of panels, each a figure of any kind, under one title"
  public static let defaultSize = FigureSize(px: 960, 600)
  public static let cost = 6

  /// How panels are labelled in their headings.
  public enum Labels: String, Sendable, Hashable, CaseIterable {
    /// (a), (b), … as most journals ask.
    case parenthesized = "(a)"
    case letter = "a"
    case upperParenthesized = "(A)"
    case upper = "A"
    case none

    /// The label of panel `index` (from 0): a…z, then aa, ab, …
    func label(_ index: Int) -> String? {
      let letters = Array("abcdefghijklmnopqrstuvwxyz")
      var n = index
      var word = ""
      repeat {
        word = String(letters[n % 26]) + word
        n = n / 26 - 1
      } while n >= 0
      switch self {
      case .parenthesized: return "(\(word))"
      case .letter: return word
      case .upperParenthesized: return "(\(word.uppercased()))"
      case .upper: return word.uppercased()
      case .none: return nil
      }
    }
  }

  /// The panels, in reading order (left to right, then down); each a figure of another
  /// kind, of which its kind's options and its title count (size, theme and style are
  /// the grid's).
  public var panels: [FigureSpec] = []
  /// Rows and columns of the grid (`layout: 2x3`, `columns: 3`); nil: from the other and
  /// the panel count, or 1 row up to 3 panels, else ⌈√n⌉ columns.
  public var rows: Int?
  public var columns: Int?
  /// One x range for all line panels, tick labels only under the bottom panel of each
  /// column; likewise y, labels only at the left of each row.
  public var shareX = false
  public var shareY = false
  public var labels = Labels.parenthesized

  public init() {}

  public init(panels: [FigureSpec]) { self.panels = panels }

  /// Most panels one figure holds, and most rows or columns.
  public static let maximumPanels = 36
  public static let maximumSide = 12

  public func validate(_ spec: FigureSpec, catalog: Catalog) throws(FigureSpecError) {
    guard !panels.isEmpty else {
      throw FigureSpecError(
        field: "panels", message: "no panel given; name one or more figures, e.g. panels: [sigmoid, tanh, relu]")
    }
    guard panels.count <= Self.maximumPanels else {
      throw .value("panels", "may hold at most \(Self.maximumPanels) panels (got \(panels.count))")
    }
    let side = 1...Self.maximumSide
    if let rows, let columns, !side.contains(rows) || !side.contains(columns) {
      throw FigureSpecError(
        field: "layout",
        message: "\(field: "layout") \(rows)x\(columns) must have from 1 to \(Self.maximumSide) rows and columns")
    }
    for (name, value) in [("rows", rows), ("columns", columns)] {
      guard let value, !side.contains(value) else { continue }
      throw .value(name, "must be from 1 to \(Self.maximumSide) (got \(value))")
    }
    if let rows, let columns, rows * columns < panels.count {
      let cells = rows * columns == 1 ? "1 cell" : "\(rows * columns) cells"
      throw FigureSpecError(
        field: "layout",
        message:
          "\(panels.count) panels do not fit a \(rows)x\(columns) \(field: "layout") (\(cells)); "
          + "give more rows or columns, or fewer panels")
    }
    for (i, panel) in panels.enumerated() {
      guard !(panel.figure is PanelsFigure) else {
        throw .value("panels", "may not hold a panels figure (panel \(i + 1)); give its panels here instead")
      }
      do {
        try panel.validateCommon()
        try panel.figure.validate(panel, catalog: catalog)
      } catch {
        throw FigureSpecError(field: "panels", message: "panel \(i + 1) (\(panel.kind.id)): " + error.message)
      }
    }
  }

  /// Rows and columns as drawn.
  public var grid: (rows: Int, columns: Int) {
    let n = max(1, panels.count)
    let ceilDiv = { (a: Int, b: Int) in (a + b - 1) / max(1, b) }
    switch (rows, columns) {
    case (let r?, let c?): return (r, c)
    case (nil, let c?): return (ceilDiv(n, c), c)
    case (let r?, nil): return (r, ceilDiv(n, r))
    case (nil, nil):
      var c = 1
      while c * c < n { c += 1 }
      let columns = n <= 3 ? n : c
      return (ceilDiv(n, columns), columns)
    }
  }
}
