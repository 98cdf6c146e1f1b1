import ArgumentParser
import PlotNNCore

/// `plotnn surface --out FILE`: the unnormalized loss as a 3-D surface with a descent path.
struct SurfaceCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "surface",
    abstract: "Draw the unnormalized loss over w1 in [-10, 10], w2 in [-100, 100] in 3-D (section 3.6.4).",
    discussion: "Defaults: learning rate 0.45 of the limit, 300 steps from -8,-80 (the text's 'L').")

  @Option(name: .long, parsing: .unconditional, help: "View azimuth in degrees (default -110).")
  var azimuth: Double?

  @Option(name: .long, parsing: .unconditional, help: "View elevation in degrees, -90 to 90 (default 45).")
  var elevation: Double?

  @OptionGroup var descent: DescentRunOptions

  @OptionGroup var figure: FigureOptions

  var spec: FigureSpec {
    get throws {
      var spec = figure.spec(.surface, defaultSize: FigureSize(width: 800, height: 600))
      try descent.apply(to: &spec)
      (spec.azimuth, spec.elevation) = (azimuth, elevation)
      return spec
    }
  }

  func validate() throws {
    try figure.validateOutput()
    if let elevation, !(elevation.isFinite && (-90...90).contains(elevation)) {
      throw ValidationError("--elevation must be from -90 to 90 degrees (got \(elevation))")
    }
    if let azimuth, !azimuth.isFinite { throw ValidationError("--azimuth must be a finite number (got \(azimuth))") }
    do { _ = try spec.surfaceChart() } catch let error as FigureSpecError { throw ValidationError(error.description) }
  }

  func run() throws { try FigureCommand.render(try spec, to: figure.out) }
}
