import ArgumentParser
import PlotNNCore

/// `plotnn descent --out FILE`: contours and gradient-descent paths, unnormalized vs normalized.
struct DescentCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "descent",
    abstract: "Draw gradient descent on contours, unnormalized vs normalized features (section 3.6.3).",
    discussion: "Defaults: learning rate 0.95 of the limit unnormalized, 0.3 normalized; 25 steps from -7,0.")

  @OptionGroup var descent: DescentRunOptions

  @Option(name: .long, help: "Contour levels per panel (1 to 100).")
  var levels: Int?

  @Option(name: .long, help: "Panels: both, unnormalized or normalized.")
  var panels: String?

  @OptionGroup var figure: FigureOptions

  var spec: FigureSpec {
    get throws {
      var spec = figure.spec(.descent, defaultSize: FigureSize(width: 960, height: 480))
      try descent.apply(to: &spec)
      (spec.levels, spec.panels) = (levels, panels)
      return spec
    }
  }

  func validate() throws {
    try figure.validateOutput()
    if let levels, !(1...100).contains(levels) {
      throw ValidationError("--levels must be from 1 to 100 (got \(levels))")
    }
    if let panels, !["both", "unnormalized", "normalized"].contains(panels) {
      throw ValidationError("--panels must be both, unnormalized or normalized (got '\(panels)')")
    }
    do { _ = try spec.descentChart() } catch let error as FigureSpecError { throw ValidationError(error.description) }
  }

  func run() throws { try FigureCommand.render(try spec, to: figure.out) }
}
