import ArgumentParser
import PlotNNCore

/// `plotnn descent --out FILE`: contours and gradient-descent paths, unnormalized vs normalized.
struct DescentCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "descent",
    abstract: "Draw gradient descent on contours, unnormalized vs normalized features (section 3.6.3).")

  @Option(name: .long, parsing: .unconditional, help: "Learning rate as a fraction of each panel's stability limit 2/λmax (< 1 converges). Default: 0.95 unnormalized, 0.3 normalized.")
  var learningRate: Double?

  @Option(name: .long, help: "Gradient-descent steps (1 to 100000).")
  var steps: Int?

  @Option(name: .long, parsing: .unconditional, help: "Start point W1,W2 in the unnormalized weights. Default: -7,0.")
  var start: String?

  @Option(name: .long, help: "Contour levels per panel (1 to 100).")
  var levels: Int?

  @Option(name: .long, help: "Panels: both, unnormalized or normalized.")
  var panels: String?

  @OptionGroup var figure: FigureOptions

  var spec: FigureSpec {
    get throws {
      var spec = figure.spec(.descent, defaultSize: FigureSize(width: 960, height: 480))
      spec.learningRate = learningRate
      spec.steps = steps
      spec.start = try start.map(Self.point)
      spec.levels = levels
      spec.panels = panels
      return spec
    }
  }

  func validate() throws {
    try figure.validateOutput()
    if let steps, !(1...100_000).contains(steps) { throw ValidationError("--steps must be from 1 to 100000 (got \(steps))") }
    if let levels, !(1...100).contains(levels) { throw ValidationError("--levels must be from 1 to 100 (got \(levels))") }
    if let panels, !["both", "unnormalized", "normalized"].contains(panels) {
      throw ValidationError("--panels must be both, unnormalized or normalized (got '\(panels)')")
    }
    if let learningRate, !(learningRate.isFinite && learningRate > 0) {
      throw ValidationError("--learning-rate must be a finite number > 0 (got \(learningRate))")
    }
    do { _ = try spec.descentChart() } catch let error as FigureSpecError { throw ValidationError(error.description) }
  }

  func run() throws { try FigureCommand.render(try spec, to: figure.out) }

  /// `-7,0` → [-7, 0].
  static func point(_ text: String) throws -> [Double] {
    let parts = text.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
    guard parts.count == 2, let x = parts[0], let y = parts[1], x.isFinite, y.isFinite else {
      throw ValidationError("--start must be two finite numbers W1,W2 such as -7,0 (got '\(text)')")
    }
    return [x, y]
  }
}
