import Testing

@testable import PlotNNCore

/// A chart prepared for frames (``AnimatableChart/preparedForFrames(size:tolerance:canvas:)``)
/// draws every frame command for command as the unprepared chart does, and at another size
/// it lays out afresh.
@Suite struct PreparedFramesTests {
  static func recording(_ chart: any Chart, size: Size, tolerance: Double = 0.1) -> [RecordingCanvas.Command] {
    let canvas = RecordingCanvas()
    chart.draw(on: canvas, size: size, tolerance: tolerance)
    return canvas.commands
  }

  static func check(_ spec: FigureSpec, steps: [Int]) throws {
    let chart = try #require(try spec.chart(catalog: .standard) as? any AnimatableChart)
    let size = spec.resolvedSize
    let prepared = chart.preparedForFrames(size: size, tolerance: 0.1, canvas: RecordingCanvas())
    for k in steps {
      let plain = recording(chart.frame(step: k), size: size)
      #expect(!plain.isEmpty)
      #expect(recording(prepared.frame(step: k), size: size) == plain, "frame \(k)")
    }
    // Another size (or tolerance): the prepared work is not used.
    let other = Size(width: size.width * 0.7, height: size.height * 0.8)
    let last = steps.last ?? 0
    #expect(recording(prepared.frame(step: last), size: other) == recording(chart.frame(step: last), size: other))
    #expect(
      recording(prepared.frame(step: last), size: size, tolerance: 0.05)
        == recording(chart.frame(step: last), size: size, tolerance: 0.05))
  }

  @Test func descentFrames() throws {
    var spec = FigureSpec(DescentFigure())
    spec.size = FigureSize(px: 480, 240)
    try Self.check(spec, steps: [0, 5, 28])
  }

  @Test func surfaceFrames() throws {
    var spec = FigureSpec(SurfaceFigure())
    spec.size = FigureSize(px: 400, 300)
    try Self.check(spec, steps: [0, 2, 150, 300])
  }

  @Test func optimizersFrames() throws {
    var spec = FigureSpec(OptimizersFigureTests.figure(["sgd(lr=0.001)", "adam(lr=0.05)"], steps: 60))
    spec.size = FigureSize(px: 640, 320)
    try Self.check(spec, steps: [0, 7, 60])
  }

  @Test func batchSizeFrames() throws {
    var spec = FigureSpec(BatchSizeFigure())
    spec.size = FigureSize(px: 640, 320)
    try Self.check(spec, steps: [0, 3, 20])
  }
}
