import ArgumentParser
import PlotNNCore

/// How gradient descent is run, for the descent and surface figures (``DescentRun``).
struct DescentRunOptions: ParsableArguments {
  @Option(
    name: .long, parsing: .unconditional,
    help: "Learning rate as a fraction of the stability limit 2/λmax (< 1 converges). Default: the figure's own.",
    transform: ArgumentValue.number)
  var learningRate: Double?

  @Option(
    name: .long, parsing: .unconditional,
    help: "Gradient-descent steps, 1 to \(DescentRun.maximumSteps). Default: the figure's own.",
    transform: ArgumentValue.wholeNumber)
  var steps: Int?

  @Option(
    name: .long, parsing: .unconditional, help: "Start point W1,W2 in the unnormalized weights, e.g. -7,0.",
    transform: ArgumentValue.numbers)
  var start: [Double]?

  var run: DescentRun {
    var run = DescentRun()
    (run.learningRate, run.steps, run.start) = (learningRate, steps, start)
    return run
  }
}
