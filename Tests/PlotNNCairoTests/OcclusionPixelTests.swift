import Foundation
import Testing

@testable import PlotNNCore

/// What ``CurveOcclusion`` leaves out is what Cairo paints over anyway: the image of the
/// curves drawn with the covered parts left out is the image of all of them, pixel for pixel.
@Suite struct OcclusionPixelTests {
  /// Dense curves in three colours, the last a solid block over the middle of the plot;
  /// drawn with or without the parts it covers.
  struct Stack: Chart {
    var occluded: Bool

    static let functions: [PlotFunction] = [
      PlotFunction { 0.8 * sin(2 * $0) },
      PlotFunction { 0.5 * sin(3 * $0) + 1.2 },
      PlotFunction { sin(40 * $0) },
    ]
    static let colors = [
      Color(red: 0.9, green: 0.1, blue: 0.1), Color(red: 0.1, green: 0.6, blue: 0.2),
      Color(red: 0.1, green: 0.2, blue: 0.9),
    ]
    static let halfWidth = 0.9
    static let plot = Rect(x: 10, y: 10, width: 460, height: 220)

    static func curves(tolerance: Double) -> [SampledCurve] {
      let xScale = LinearScale(domain: -1000...1000, start: plot.minX, end: plot.maxX)
      let yScale = LinearScale(domain: -1.3...2, start: plot.maxY, end: plot.minY)
      let sampler = AdaptiveSampler(
        xScale: xScale, yScale: yScale, yBand: (plot.minY - 5)...(plot.maxY + 5), tolerance: tolerance)
      return functions.map { sampler.sample($0, from: -1000, to: 1000).envelope(limit: 1000, column: 0.5) }
    }

    static func visible(_ curves: [SampledCurve]) -> [SampledCurve] {
      CurveOcclusion.visible(
        curves, halfWidths: Array(repeating: halfWidth, count: curves.count),
        opaque: Array(repeating: true, count: curves.count), keepsPieces: Array(repeating: false, count: curves.count),
        clip: plot)
    }

    func draw(on canvas: Canvas, size: Size, tolerance: Double) -> LayoutNotes {
      canvas.fill(.rectangle(Rect(x: 0, y: 0, width: size.width, height: size.height)), color: .white)
      let all = Self.curves(tolerance: tolerance)
      let curves = occluded ? Self.visible(all) : all
      canvas.clipped(to: Self.plot) {
        for (curve, color) in zip(curves, Self.colors) {
          let stroke = StrokeStyle(color: color, width: 2 * Self.halfWidth, cap: .round, join: .round)
          for piece in curve.pieces { canvas.stroke(.polyline(piece), style: stroke) }
          for band in curve.bands { canvas.fill(band.outline(halfWidth: Self.halfWidth), color: color) }
        }
      }
      return LayoutNotes()
    }
  }

  @Test(arguments: [1.0, 2.0]) func theCoveredPartsChangeNoPixel(scale: Double) throws {
    let size = Size(width: 480, height: 240)
    let all = Stack.curves(tolerance: 0.1 / scale)
    let kept = Stack.visible(all)
    let columns = { (curves: [SampledCurve]) in curves.reduce(0) { $0 + $1.bands.reduce(0) { $0 + $1.top.count } } }
    // The first two curves lie under the block in part: much of them goes, not all.
    #expect(columns(kept) < columns(all) * 3 / 4, "\(columns(kept)) of \(columns(all)) columns kept")
    #expect(columns(Array(kept.prefix(2))) > 0)
    let full = try DecodedPNG(try renderFile(Stack(occluded: false), "png", size: size, scale: scale))
    let cut = try DecodedPNG(try renderFile(Stack(occluded: true), "png", size: size, scale: scale))
    var differ = 0
    for row in 0..<full.height {
      for column in 0..<full.width where full.pixel(column: column, row: row) != cut.pixel(column: column, row: row) {
        differ += 1
      }
    }
    #expect(differ == 0, "\(differ) pixels differ")
  }
}
