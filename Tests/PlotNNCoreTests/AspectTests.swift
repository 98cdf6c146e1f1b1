import Foundation
import Testing

@testable import PlotNNCore

/// `aspect: equal` (issue 12 item 3): one unit of x is as long as one unit of y, as
/// matplotlib's `set_aspect('equal', adjustable='box')` draws it; the plot shrinks inside
/// its room and every text stays inside the figure.
@Suite struct AspectTests {
  static let cases: [([String], Double, Double, LineChart.AxesStyle)] = [
    (["sqrt(1-x^2)", "-sqrt(1-x^2)"], -1, 1, .origin), (["sin(x)"], -10, 10, .origin), (["x", "x^2"], -1, 1, .box),
    (["x^3"], -2, 2, .box),
  ]
  static let sizes = [FigureSize(px: 320, 240), FigureSize(px: 640, 480), FigureSize(px: 1920, 1080)].map(\.points)

  @Test(arguments: cases.indices, sizes)
  func oneUnitIsOneLengthOnBothAxes(_ index: Int, size: Size) throws {
    let (functions, from, to, axes) = Self.cases[index]
    var figure = LineFigure(functions: functions)
    (figure.from, figure.to, figure.axes, figure.aspect) = (from, to, axes, .equal)
    let chart = try figure.testChart()
    let canvas = RecordingCanvas()
    chart.draw(on: canvas, size: size)
    let layout = chart.arranged(on: RecordingCanvas(), size: size, tolerance: 0.1).0
    let xUnit = layout.xScale(1) - layout.xScale(0)
    let yUnit = layout.yScale(0) - layout.yScale(1)
    #expect(abs(xUnit - yUnit) <= 1e-9 * xUnit, "\(functions) \(size): \(xUnit) vs \(yUnit)")
    // The plot fills its room across one side and is centred along the other.
    let inset = layout.aspectInset
    #expect(abs(inset.x) < 1e-9 || abs(inset.bottom) < 1e-9, "\(functions) \(size): inset \(inset)")
    #expect(inset.x >= -1e-9 && inset.bottom >= -1e-9)
    for text in RecordedDrawing(canvas, style: chart.style).texts {
      let r = text.rect
      #expect(r.minX >= -1e-9 && r.maxX <= size.width + 1e-9 && r.minY >= -1e-9 && r.maxY <= size.height + 1e-9)
    }
  }

  @Test func theShapeIsCentredInItsRoom() {
    let box = Rect(x: 10, y: 20, width: 300, height: 100)
    #expect(LineChartLayout.equalAspect(box, x: -1...1, y: -1...1) == Rect(x: 110, y: 20, width: 100, height: 100))
    #expect(LineChartLayout.equalAspect(box, x: 0...30, y: 0...1) == Rect(x: 10, y: 65, width: 300, height: 10))
  }
}
