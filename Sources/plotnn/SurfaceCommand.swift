import ArgumentParser
import PlotNNCore

/// `plotnn surface --out FILE`: the unnormalized loss as a 3-D surface with a descent path.
struct SurfaceCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "surface",
    abstract: "Draw the unnormalized loss over w1 in [-10, 10], w2 in [-100, 100] in 3-D (section 3.6.4).")

  @Option(name: .long, parsing: .unconditional, help: "View azimuth in degrees (default -110).")
  var azimuth: Double?

  @Option(name: .long, parsing: .unconditional, help: "View elevation in degrees, -90 to 90 (default 45).")
  var elevation: Double?

  @Option(name: .long, parsing: .unconditional, help: "Learning rate as a fraction of the stability limit 2/λmax (default 0.45).")
  var learningRate: Double?

  @Option(name: .long, help: "Gradient-descent steps (default 300).")
  var steps: Int?

  @Option(name: .long, parsing: .unconditional, help: "Start point W1,W2 (default -8,-80).")
  var start: String?

  @OptionGroup var figure: FigureOptions

  var spec: FigureSpec {
    get throws {
      var spec = figure.spec(.surface, defaultSize: FigureSize(width: 800, height: 600))
      (spec.azimuth, spec.elevation, spec.learningRate, spec.steps) = (azimuth, elevation, learningRate, steps)
      spec.start = try start.map(DescentCommand.point)
      return spec
    }
  }

  func validate() throws {
    try figure.validateOutput()
    if let elevation, !(elevation.isFinite && (-90...90).contains(elevation)) {
      throw ValidationError("--elevation must be from -90 to 90 degrees (got \(elevation))")
    }
    if let azimuth, !azimuth.isFinite { throw ValidationError("--azimuth must be a finite number (got \(azimuth))") }
    if let steps, !(1...100_000).contains(steps) { throw ValidationError("--steps must be from 1 to 100000 (got \(steps))") }
    if let learningRate, !(learningRate.isFinite && learningRate > 0) {
      throw ValidationError("--learning-rate must be a finite number > 0 (got \(learningRate))")
    }
    do { _ = try spec.surfaceChart() } catch let error as FigureSpecError { throw ValidationError(error.description) }
  }

  func run() throws { try FigureCommand.render(try spec, to: figure.out) }
}
