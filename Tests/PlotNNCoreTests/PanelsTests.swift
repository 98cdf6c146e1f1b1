import Foundation
import Testing

@testable import PlotNNCore

/// The panels kind's promises, checked on the recorded drawing: the plots of a row share
/// their top and bottom and those of a column their left and right (to 0.5 pt), no text of
/// one panel overlaps another text, all texts stay inside the figure and off the curves,
/// and shared axes write one set of tick labels.
@Suite struct PanelsTests {
  static let five = ["sigmoid", "tanh", "relu", "leaky-relu(alpha=0.5)", "softplus"]

  /// Figure sizes from 320 × 240 to 1920 × 1080 CSS px, in points.
  static let sizes = [
    FigureSize(px: 320, 240), FigureSize(px: 640, 480), FigureSize(px: 960, 600), FigureSize(px: 1920, 1080),
  ].map(\.points)

  static func grid(
    _ functions: [String], columns: Int? = nil, curves: LineFigure.Curves = .function, from: Double? = nil,
    to: Double? = nil, axes: LineChart.AxesStyle? = nil, shareX: Bool = false, shareY: Bool = false
  ) -> PanelsFigure {
    var grid = PanelsFigure(
      panels: functions.map { f in
        var line = LineFigure(functions: [f])
        (line.curves, line.from, line.to, line.axes) = (curves, from, to, axes)
        return FigureSpec(line)
      })
    (grid.columns, grid.shareX, grid.shareY) = (columns, shareX, shareY)
    return grid
  }

  /// The recorded drawing of `grid` at `size`, and each line panel's plot as drawn: the
  /// distinct clip rectangles in the order first drawn (a line chart clips its curves,
  /// and nothing else, to its plot).
  static func draw(_ grid: PanelsFigure, size: Size, title: String? = nil) throws -> (RecordedDrawing, [Rect], Style) {
    var spec = FigureSpec(grid)
    spec.size = FigureSize(width: Length(size.width, .pt), height: Length(size.height, .pt))
    spec.title = title
    let chart = try #require(try spec.chart(catalog: .standard) as? PanelsChart)
    let canvas = RecordingCanvas()
    chart.draw(on: canvas, size: size)
    var plots: [Rect] = []
    for case .beginClip(let r) in canvas.commands where !plots.contains(r) { plots.append(r) }
    return (RecordedDrawing(canvas, style: chart.style), plots, chart.style)
  }

  static let layouts: [(String, PanelsFigure)] = [
    ("five in 3 columns", grid(five, columns: 3, from: -10, to: 10)),
    ("five with derivatives", grid(five, columns: 3, curves: .both)),
    // Softplus on [−10, 10] has a right axis for f′, its neighbours not: still aligned.
    ("derivatives, one right axis", grid(five, columns: 3, curves: .both, from: -10, to: 10)),
    ("pairs", grid(["relu", "gelu"], columns: 2)),
    ("box axes in a row", grid(["sigmoid", "exp(x)", "1e6*tanh(x)"], columns: 3, axes: .box)),
    ("one column", grid(["tanh", "1000*x"], columns: 1)),
  ]

  @Test(arguments: layouts.indices, sizes)
  func plotsLineUpInRowsAndColumns(_ index: Int, size: Size) throws {
    let (name, grid) = Self.layouts[index]
    let (_, plots, _) = try Self.draw(grid, size: size)
    let columns = grid.grid.columns
    try #require(plots.count == grid.panels.count, "\(name) \(size): \(plots.count) plots drawn")
    for (i, a) in plots.enumerated() {
      for (j, b) in plots.enumerated() where j > i {
        if i / columns == j / columns {
          #expect(abs(a.minY - b.minY) <= 0.5, "\(name) \(size): tops of panels \(i) and \(j): \(a.minY), \(b.minY)")
          #expect(abs(a.maxY - b.maxY) <= 0.5, "\(name) \(size): bottoms \(i), \(j): \(a.maxY), \(b.maxY)")
        }
        if i % columns == j % columns {
          #expect(abs(a.minX - b.minX) <= 0.5, "\(name) \(size): lefts of panels \(i) and \(j): \(a.minX), \(b.minX)")
          #expect(abs(a.maxX - b.maxX) <= 0.5, "\(name) \(size): rights \(i), \(j): \(a.maxX), \(b.maxX)")
        }
      }
    }
  }

  @Test(arguments: layouts.indices, sizes)
  func textsStayApartInsideAndOffCurves(_ index: Int, size: Size) throws {
    let (name, grid) = Self.layouts[index]
    let (drawn, _, _) = try Self.draw(grid, size: size, title: "Activations and a long title to wrap")
    for text in drawn.texts {
      let r = text.rect
      #expect(
        r.minX >= -1e-9 && r.maxX <= size.width + 1e-9 && r.minY >= -1e-9 && r.maxY <= size.height + 1e-9,
        "\(name) \(size): \(text) leaves the figure")
      let hit = drawn.segments(meeting: r)
      #expect(hit.isEmpty, "\(name) \(size): \(text) touches a curve at \(hit.prefix(2))")
    }
    for (i, a) in drawn.texts.enumerated() {
      for b in drawn.texts[(i + 1)...] where a.rect.intersects(b.rect) {
        Issue.record("\(name) \(size): \(a) overlaps \(b)")
      }
    }
  }

  /// A 2 × 2 grid of one function with both axes shared, in box style (labels on the
  /// frame): the top left panel writes y labels only, the top right none, the bottom left
  /// both, the bottom right x labels only, the same values as its neighbour's.
  @Test(arguments: sizes.dropFirst())
  func sharedAxesWriteOneSetOfTickLabels(size: Size) throws {
    let grid = Self.grid(["tanh", "tanh", "tanh", "tanh"], columns: 2, axes: .box, shareX: true, shareY: true)
    let (drawn, plots, style) = try Self.draw(grid, size: size)
    try #require(plots.count == 4)
    let labels = drawn.texts.filter { $0.style == style.tickLabel }
    let under = { (p: Rect) in
      labels.filter { $0.rect.minY >= p.maxY && $0.rect.midX >= p.minX - 1 && $0.rect.midX <= p.maxX + 1 }
        .filter { $0.rect.minY < p.maxY + 30 }
    }
    let left = { (p: Rect) in
      labels.filter { $0.rect.maxX <= p.minX && $0.rect.midY >= p.minY - 1 && $0.rect.midY <= p.maxY + 1 }
        .filter { $0.rect.maxX > p.minX - 60 }
    }
    #expect(under(plots[0]).isEmpty && !left(plots[0]).isEmpty, "\(size): top left")
    #expect(under(plots[1]).isEmpty && left(plots[1]).isEmpty, "\(size): top right")
    #expect(!under(plots[2]).isEmpty && !left(plots[2]).isEmpty, "\(size): bottom left")
    #expect(!under(plots[3]).isEmpty && left(plots[3]).isEmpty, "\(size): bottom right")
    #expect(under(plots[2]).map(\.text) == under(plots[3]).map(\.text), "\(size): the bottom row's x labels differ")
    #expect(left(plots[0]).map(\.text) == left(plots[2]).map(\.text), "\(size): the left column's y labels differ")
    // Every tick label is one of those sets: none is drawn inside the inner panels.
    let counted = under(plots[2]).count + under(plots[3]).count + left(plots[0]).count + left(plots[2]).count
    #expect(labels.count == counted, "\(size): \(labels.count) tick labels, \(counted) in the shared sets")
  }

  /// Line panels showing the same curves name them once, under the title, and no panel
  /// draws a legend of its own.
  @Test func repeatedCurvesShareOneLegend() throws {
    var grid = PanelsFigure()
    grid.panels = [(-10.0, 10.0), (-2, 2)].map { range in
      var line = LineFigure(functions: ["sigmoid", "tanh"])
      (line.from, line.to) = range
      return FigureSpec(line)
    }
    let (drawn, plots, style) = try Self.draw(grid, size: Size(width: 720, height: 360), title: "Two ranges")
    let legend = drawn.texts.filter { $0.style == style.legend }
    #expect(legend.map(\.text) == ["Sigmoid", "Tanh"])
    let title = try #require(drawn.texts.first { $0.text == "Two ranges" })
    for entry in legend {
      #expect(entry.rect.minY >= title.rect.maxY && plots.allSatisfy { entry.rect.maxY <= $0.minY })
    }
  }

  @Test func panelsOfOtherKindsAreDrawnInTheirCells() throws {
    var grid = PanelsFigure()
    grid.panels = [FigureSpec(LineFigure(functions: ["relu"])), FigureSpec(SoftmaxFigure(logits: [3, 1, -3]))]
    let (drawn, _, _) = try Self.draw(grid, size: Size(width: 720, height: 300))
    let heading = try #require(drawn.texts.first { $0.text == "(b) Softmax" })
    #expect(heading.rect.minX >= 360, "the second panel's heading is in the right half: \(heading)")
    #expect(drawn.texts.contains { $0.text == "(a) ReLU" })
  }

  @Test func gridShapes() {
    #expect(Self.grid(Self.five).grid == (2, 3))
    #expect(Self.grid(["relu", "tanh"]).grid == (1, 2))
    #expect(Self.grid(Array(repeating: "relu", count: 7)).grid == (3, 3))
    var g = Self.grid(Self.five, columns: 2)
    #expect(g.grid == (3, 2))
    (g.rows, g.columns) = (1, nil)
    #expect(g.grid == (1, 5))
  }

  @Test func labelsRunThroughTheAlphabet() {
    #expect(PanelsFigure.Labels.parenthesized.label(0) == "(a)")
    #expect(PanelsFigure.Labels.upper.label(25) == "Z")
    #expect(PanelsFigure.Labels.letter.label(26) == "aa")
    #expect(PanelsFigure.Labels.none.label(3) == nil)
  }

  /// Each bad input is refused by validation with one message naming its field.
  @Test func badGridsAreRefused() {
    var zero = Self.grid(["relu"])
    (zero.rows, zero.columns) = (0, 3)
    var crowded = Self.grid(Self.five)
    (crowded.rows, crowded.columns) = (2, 2)
    let empty = PanelsFigure()
    var nested = Self.grid(["relu"])
    nested.panels.append(FigureSpec(PanelsFigure()))
    let unknown = Self.grid(["nosuch"])
    for (grid, field, words) in [
      (zero, "layout", "0x3 must have from 1 to 12 rows and columns"),
      (crowded, "layout", "5 panels do not fit a 2x2 layout (4 cells)"),
      (empty, "panels", "no panel given"),
      (nested, "panels", "may not hold a panels figure"),
      (unknown, "panels", "panel 1 (line): unknown name 'nosuch'"),
    ] {
      #expect(throws: FigureSpecError.self) { try FigureSpec(grid).validate(catalog: .standard) }
      do { try FigureSpec(grid).validate(catalog: .standard) } catch {
        #expect(error.field == field)
        #expect(error.description.contains(words), "\(error.description)")
      }
    }
  }
}
