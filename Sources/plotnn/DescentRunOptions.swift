import ArgumentParser
import PlotNNCore

/// How gradient descent is run, for the descent and surface figures.
struct DescentRunOptions: ParsableArguments {
  @Option(
    name: .long, parsing: .unconditional,
    help: "Learning rate as a fraction of the stability limit 2/λmax (< 1 converges). Default: the figure's own.")
  var learningRate: Double?

  @Option(name: .long, help: "Gradient-descent steps, 1 to 100000. Default: the figure's own.")
  var steps: Int?

  @Option(name: .long, parsing: .unconditional, help: "Start point W1,W2 in the unnormalized weights, e.g. -7,0.")
  var start: String?

  func validate() throws {
    if let steps, !(1...100_000).contains(steps) {
      throw ValidationError("--steps must be from 1 to 100000 (got \(steps))")
    }
    if let learningRate, !(learningRate.isFinite && learningRate > 0) {
      throw ValidationError("--learning-rate must be a finite number > 0 (got \(learningRate))")
    }
    _ = try startPoint
  }

  /// Copies the options into `spec`.
  func apply(to spec: inout FigureSpec) throws {
    spec.learningRate = learningRate
    spec.steps = steps
    spec.start = try startPoint
  }

  /// `-7,0` → [-7, 0].
  private var startPoint: [Double]? {
    get throws {
      guard let start else { return nil }
      let parts = start.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
      guard parts.count == 2, let x = parts[0], let y = parts[1], abs(x) <= 1e6, abs(y) <= 1e6 else {
        throw ValidationError("--start must be two numbers W1,W2 within ±1e6, such as -7,0 (got '\(start)')")
      }
      return [x, y]
    }
  }
}
