import Foundation
import Testing

@testable import PlotNNCore

/// Shaded regions between curves (issue 12 item 2; matplotlib's `fill_between`): the fill's
/// outline runs along both curves, curves are named as listed (or numbered) with ′ for a
/// derivative, and bad names are refused at their annotation.
@Suite struct RegionAnnotationTests {
  /// The span-coloured fills inside the plot of a drawing, as their vertices.
  static func regionVertices(_ figure: LineFigure, size: Size) throws -> ([Point], LineChartLayout) {
    let chart = try figure.testChart()
    let canvas = RecordingCanvas()
    chart.draw(on: canvas, size: size)
    let fill = chart.style.background.mixed(with: chart.style.muted, by: DataAnnotation.spanOpacity)
    var points: [Point] = []
    // Inside the plot's clip only: a tick label's halo on the region has its colour too.
    var depth = 0
    for command in canvas.commands {
      switch command {
      case .beginClip: depth += 1
      case .endClip: depth -= 1
      case .fill(let path, let color) where color == fill && depth > 0:
        points += RecordedDrawing.segments(path).flatMap { [$0.0, $0.1] }
      default: break
      }
    }
    return (points, chart.arranged(on: RecordingCanvas(), size: size, tolerance: 0.1).0)
  }

  /// sigmoid and tanh on [−4, 4]: at x = −4 the outline holds σ(−4) = 1/(1 + e⁴) =
  /// 0.0179862099620916 and tanh(−4) = −0.999329299739067 (values from mpmath, 15 digits),
  /// at x = 4 σ(4) = 0.982013790037908 and tanh(4) = 0.999329299739067.
  @Test(arguments: [FigureSize(px: 320, 240), FigureSize(px: 640, 480)].map(\.points))
  func theOutlineRunsAlongBothCurves(size: Size) throws {
    var figure = LineFigure(functions: ["sigmoid", "tanh"])
    (figure.from, figure.to) = (-4, 4)
    figure.annotations = [.init(.between("sigmoid", "tanh"))]
    let (points, layout) = try Self.regionVertices(figure, size: size)
    try #require(!points.isEmpty)
    for (x, ys) in [(-4.0, [0.0179862099620916, -0.999329299739067]), (4, [0.982013790037908, 0.999329299739067])] {
      let px = layout.xScale(x)
      let column = points.filter { abs($0.x - px) < 1e-9 }.map(\.y)
      for y in ys {
        #expect(column.contains { abs($0 - layout.yScale(y)) < 1e-6 }, "x = \(x): \(y) not on the outline \(column)")
      }
    }
    // Nothing of the fill lies left or right of the range.
    #expect(points.allSatisfy { $0.x >= layout.xScale(-4) - 1e-9 && $0.x <= layout.xScale(4) + 1e-9 })
  }

  /// A curve and a line: ReLU and y = 2 at x = −10 are 0 and 2.
  @Test func aCurveAndALine() throws {
    var figure = LineFigure(functions: ["relu"])
    (figure.from, figure.to) = (-10, 10)
    figure.annotations = [.init(.betweenLine("relu", y: 2), label: "under 2")]
    let (points, layout) = try Self.regionVertices(figure, size: FigureSize(px: 640, 480).points)
    let column = points.filter { abs($0.x - layout.xScale(-10)) < 1e-9 }.map(\.y)
    #expect(
      column.contains { abs($0 - layout.yScale(0)) < 1e-6 } && column.contains { abs($0 - layout.yScale(2)) < 1e-6 })
  }

  @Test func curvesAreNamedAsListedNumberedOrPrimed() {
    var figure = LineFigure(functions: ["relu", "x^2"])
    #expect(
      figure.seriesIndex(of: "relu") == 0 && figure.seriesIndex(of: "x^2") == 1 && figure.seriesIndex(of: "1") == 1)
    #expect(figure.seriesIndex(of: "relu′") == nil && figure.seriesIndex(of: "tanh") == nil)
    figure.curves = .both
    #expect(
      figure.seriesIndex(of: "x^2") == 2 && figure.seriesIndex(of: "x^2'") == 3 && figure.seriesIndex(of: "0′") == 1)
    figure.curves = .derivative
    #expect(figure.seriesIndex(of: "relu′") == 0 && figure.seriesIndex(of: "relu") == nil)
  }

  @Test func badRegionsAreRefusedAtTheirAnnotation() {
    for (shape, words) in [
      (LineFigure.Annotation.Shape.between("relu", "nosuch"), "'nosuch', not a curve"),
      (.between("relu", "0"), "two different curves"), (.betweenLine("relu′", y: 0), "'relu′', not a curve"),
    ] {
      var figure = LineFigure(functions: ["relu"])
      figure.annotations = [.init(.hline(1)), .init(shape)]
      #expect {
        try figure.validate(FigureSpec(figure), catalog: .standard)
      } throws: { error in
        "\(error)".contains("annotation 2 (between)") && "\(error)".contains(words)
      }
    }
  }

  @Test func commandLineAndManifestFormsRead() throws {
    #expect(try LineFigure.Annotation.parse("fill-between", "sigmoid:tanh") == .init(.between("sigmoid", "tanh")))
    #expect(
      try LineFigure.Annotation.parse("fill-between", "relu:y=-0.5:单侧: 抑制")
        == .init(.betweenLine("relu", y: -0.5), label: "单侧: 抑制"))
    for bad in ["relu", "relu:", "relu:y=a", ":tanh"] {
      #expect(throws: AnnotationSyntaxError.self) { try LineFigure.Annotation.parse("fill-between", bad) }
    }
    typealias N = ManifestNode
    let s = { (v: String) in N.scalar(v, line: 5) }
    let map = { (pairs: [(String, N)]) in N.mapping(pairs.map { N.Entry(key: $0.0, line: 5, value: $0.1) }, line: 5) }
    let two = map([("between", .sequence([s("sigmoid"), s("tanh")], line: 5)), ("label", s("gap"))])
    #expect(try LineFigure.Annotation.read(two) == .init(.between("sigmoid", "tanh"), label: "gap"))
    let line = map([("between", s("sigmoid")), ("y", s("0.5"))])
    #expect(try LineFigure.Annotation.read(line) == .init(.betweenLine("sigmoid", y: 0.5)))
    #expect(throws: ManifestProblem.self) {
      try LineFigure.Annotation.read(map([("between", .sequence([s("a")], line: 5))]))
    }
  }
}
