import Foundation
import Testing

@testable import PlotNNCore

/// The drawing budget of a descent path (``DescentPath/drawnPointCount(xSpan:ySpan:)``):
/// lengths in diagonals of the region, worked out by hand.
@Suite struct DescentPathBudgetTests {
  private func path(_ points: [(Double, Double)]) -> DescentPath {
    DescentPath(points: points.map { Vector2($0.0, $0.1) }, losses: points.map { _ in 0 }, outcome: .stepLimit)
  }

  /// A zig-zag across a 1 × 1 region: each step is 1/√2 = 0.7071 diagonals, so 141 steps
  /// (99.70) fit in 100 diagonals and the 142nd (100.41) does not: 142 points are drawn.
  @Test func aZigZagIsCutAtTheBudget() {
    let zigzag = path((0...1000).map { k in (Double(k % 2), 0) })
    #expect(zigzag.drawnPointCount(xSpan: 1, ySpan: 1) == 142)
    // The same steps over a region ten times as wide are a tenth as long: all drawn.
    #expect(zigzag.drawnPointCount(xSpan: 10, ySpan: 1) == 1001)
  }

  /// Sides are scaled to 1 each: crossing a tall thin region's short side counts as much
  /// as crossing a square's.
  @Test func sidesAreScaledSeparately() {
    let zigzag = path((0...1000).map { k in (Double(k % 2) * 0.01, 0) })
    #expect(zigzag.drawnPointCount(xSpan: 0.01, ySpan: 100) == 142)
  }

  /// A segment far out of the window counts as 1.5 diagonals (its visible part at most):
  /// 66 such steps are 99, the 67th is over.
  @Test func aSegmentOutOfTheWindowCountsAsItsVisiblePart() {
    let wild = path((0...200).map { k in (k % 2 == 0 ? 0 : 1e300, 0) })
    #expect(wild.drawnPointCount(xSpan: 1, ySpan: 1) == 67)
    let infinite = path((0...200).map { k in (k % 2 == 0 ? 0 : .infinity, 0) })
    #expect(infinite.drawnPointCount(xSpan: 1, ySpan: 1) == 67)
  }

  /// The chapter's paths are far inside the budget: drawn whole.
  @Test func theChaptersPathsAreWhole() {
    let chart = ContourChart.descent(DescentOptions())
    for panel in chart.panels {
      #expect(panel.subtitle?.plainText.contains("画出前") == false)
    }
    let surface = try? FigureSpec(SurfaceFigure()).chart(catalog: .standard) as? SurfaceChart
    #expect(surface?.endLabel == .plain("第 300 步"))
  }

  /// `plotnn surface --steps 99999 --learning-rate 1 --start -1e6,1e6`: the bouncing run is
  /// drawn to its budget, and the end's label counts the steps left out.
  @Test func aBouncingSurfaceRunSaysWhatIsLeftOut() throws {
    var figure = SurfaceFigure()
    figure.run.steps = 99_999
    figure.run.learningRate = 1
    figure.run.start = [-1e6, 1e6]
    let chart = try #require(try FigureSpec(figure).chart(catalog: .standard) as? SurfaceChart)
    let label = try #require(chart.endLabel?.plainText)
    let numbers = label.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
    #expect(numbers.count == 2 && numbers[0] + numbers[1] == 99_999, "\(label)")
    #expect(label.contains("未画出"), "\(label)")
    #expect(chart.path.count == numbers[0] + 1)
  }
}
