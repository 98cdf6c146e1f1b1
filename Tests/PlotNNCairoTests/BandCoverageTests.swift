import Foundation
import PlotNNCore
import Testing

/// A dense curve's band covers the pixels Cairo's own stroke through every sampled vertex
/// covers (the reference: the drawing the band replaces, see ``CurveBand``).
@Suite struct BandCoverageTests {
  /// One curve on a white background, stroked through every vertex or drawn as
  /// ``SampledCurve/envelope(limit:column:)`` makes it (bands filled, pieces stroked).
  struct DenseChart: Chart {
    var function: PlotFunction
    var x: ClosedRange<Double>
    var y: ClosedRange<Double>
    var banded: Bool

    /// The curve as drawn: sampled as a line chart samples it, banded or not.
    func curve(size: Size, tolerance: Double = 0.1) -> SampledCurve {
      let xScale = LinearScale(domain: x, start: 10, end: size.width - 10)
      let yScale = LinearScale(domain: y, start: size.height - 10, end: 10)
      let sampler = AdaptiveSampler(xScale: xScale, yScale: yScale, yBand: 0...size.height, tolerance: tolerance)
      let curve = sampler.sample(function, from: x.lowerBound, to: x.upperBound)
      return banded ? curve.envelope(limit: 1000, column: 0.5) : curve
    }

    func draw(on canvas: Canvas, size: Size, tolerance: Double) -> LayoutNotes {
      canvas.fill(.rectangle(Rect(x: 0, y: 0, width: size.width, height: size.height)), color: .white)
      let curve = curve(size: size, tolerance: tolerance)
      let stroke = StrokeStyle(color: .black, width: 2.2, cap: .round, join: .round)
      for piece in curve.pieces { canvas.stroke(.polyline(piece), style: stroke) }
      for band in curve.bands { canvas.fill(band.outline(halfWidth: 1.1), color: .black) }
      return LayoutNotes()
    }
  }

  /// Which pixels are darker than mid-grey.
  static func mask(_ chart: DenseChart, size: Size) throws -> [Bool] {
    let image = try DecodedPNG(try renderFile(chart, "png", size: size))
    var out: [Bool] = []
    for row in 0..<image.height {
      for column in 0..<image.width { out.append(image.pixel(column: column, row: row).red < 0.5) }
    }
    return out
  }

  @Test(arguments: [
    ("x·sin(300x)", PlotFunction { $0 * sin(300 * $0) }, -3.0...3.0, -3.2...3.2),
    ("sin(3000x), then x", PlotFunction { $0 < 0 ? sin(3000 * $0) : $0 }, -3...3, -1.2...3.2),
    ("sin(40x), broken by the sampler", PlotFunction { sin(40 * $0) }, -1000...1000, -1.2...1.2),
  ])
  func theBandCoversWhatTheStrokeCovers(
    name: String, function: PlotFunction, x: ClosedRange<Double>, y: ClosedRange<Double>
  ) throws {
    let size = Size(width: 480, height: 240)
    let bandedChart = DenseChart(function: function, x: x, y: y, banded: true)
    #expect(!bandedChart.curve(size: size).bands.isEmpty, "\(name): no band, two strokes compared")
    let stroked = try Self.mask(DenseChart(function: function, x: x, y: y, banded: false), size: size)
    let banded = try Self.mask(bandedChart, size: size)
    let union = zip(stroked, banded).filter { $0 || $1 }.count
    let differ = zip(stroked, banded).filter { $0 != $1 }.count
    #expect(union > 5000, "\(name): the curve covers \(union) pixels")
    // Within a column's width along the edges: 1 % of what either covers (measured: at
    // most 0.12 %; a band not widened by the half-width differs by far more).
    #expect(Double(differ) < 0.01 * Double(union), "\(name): \(differ) of \(union) pixels differ")
  }
}
