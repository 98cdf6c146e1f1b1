import Testing

@testable import PlotNNCore

/// The optimizers figure animated: frames cut every run at the same step, nothing else
/// moves, and the last frame draws exactly the static figure.
@Suite struct OptimizersAnimationTests {
  static func drawing(_ chart: any Chart) -> [RecordingCanvas.Command] {
    let canvas = RecordingCanvas()
    _ = chart.draw(on: canvas, size: Size(width: 840, height: 420), tolerance: 0.1)
    return canvas.commands
  }

  /// The polylines stroked with `color`: the paths and loss curves of one optimizer.
  static func polylinePoints(_ commands: [RecordingCanvas.Command], color: Color) -> Int {
    commands.reduce(0) { total, command in
      guard case .stroke(let path, let style) = command, style.color == color else { return total }
      return total + path.elements.count
    }
  }

  @Test func framesGrowThePathsAndTheLastIsTheStaticFigure() throws {
    let f = OptimizersFigureTests.figure(["sgd(lr=0.001)", "adam(lr=0.05)"], steps: 40)
    let chart = try #require(try FigureSpec(f).chart(catalog: .standard) as? OptimizersChart)
    #expect(chart.animationSteps == 40)
    let whole = Self.drawing(chart)
    #expect(Self.drawing(chart.frame(step: 40)) == whole)
    let look = Style.light.seriesLine(index: 1, derivative: false)
    let counts = [0, 10, 20, 40].map { Self.polylinePoints(Self.drawing(chart.frame(step: $0)), color: look.color) }
    #expect(counts[0] < counts[1] && counts[1] < counts[2] && counts[2] < counts[3])
    // Step 10: eleven iterates of each run (path and loss curve), no more.
    let cut = try #require(chart.frame(step: 10) as? OptimizersChart)
    #expect(cut.visibleCount(0) == 11 && cut.visibleCount(1) == 11)
  }

  @Test func batchSizeFramesShowTheSameSamplesSeen() throws {
    var f = BatchSizeFigure()
    f.epochs = 4
    let chart = try #require(try FigureSpec(f).chart(catalog: .standard) as? OptimizersChart)
    let perStep = try #require(chart.samplesPerStep)
    let half = try #require(chart.frame(step: chart.animationSteps / 2) as? OptimizersChart)
    let seen = chart.traces.indices.map { Double(half.visibleCount($0) - 1) * Double(perStep[$0]) }
    let total = chart.traces.indices.map { Double(chart.traces[$0].path.points.count - 1) * Double(perStep[$0]) }
    for i in chart.traces.indices {
      // Half the samples each run sees, to within one of its steps.
      #expect(abs(seen[i] - total[i] / 2) <= Double(perStep[i]), "trace \(i): \(seen[i]) of \(total[i])")
    }
  }
}

/// The contour axes name the loss's variables: the weights w₁, w₂ for the chapter's least
/// squares (its formula's names), x and y for the test functions.
@Suite struct OptimizersAxisNameTests {
  static func texts(_ f: any FigureKind) throws -> [String] {
    let chart = try FigureSpec(f).chart(catalog: .standard)
    let canvas = RecordingCanvas()
    _ = chart.draw(on: canvas, size: Size(width: 840, height: 420), tolerance: 0.1)
    return canvas.commands.compactMap { if case .text(let t, _, _, _, _) = $0 { t.plainText } else { nil } }
  }

  @Test func leastSquaresReadsWeights() throws {
    let batch = try Self.texts(BatchSizeFigure())
    #expect(batch.contains("w1") && batch.contains("w2") && !batch.contains("x"))
    let beale = try Self.texts(OptimizersFigureTests.figure(["sgd"], loss: "beale", steps: 10))
    #expect(beale.contains("x") && beale.contains("y") && !beale.contains("w1"))
    let squares = try Self.texts(OptimizersFigureTests.figure(["sgd"], loss: "least-squares", steps: 10))
    #expect(squares.contains("w1") && squares.contains("w2"))
  }
}
