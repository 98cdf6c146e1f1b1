import ArgumentParser
import PlotNNCore

/// `plotnn descent --out FILE`: contours and gradient-descent paths, unnormalized vs normalized.
struct DescentCommand: FigureCommand {
  static let configuration = CommandConfiguration(
    commandName: DescentFigure.id, abstract: DescentFigure.summary + ".",
    discussion: "Defaults: learning rate 0.95 of the limit unnormalized, 0.3 normalized; 25 steps from -7,0.")

  @OptionGroup var run: DescentRunOptions

  @Option(
    name: .long, parsing: .unconditional, help: "Contour levels per panel (1 to \(DescentFigure.maximumLevels)).",
    transform: ArgumentValue.wholeNumber)
  var levels: Int?

  @Option(name: .long, help: "Which panels to draw.")
  var panels: DescentOptions.Panels = .both

  @OptionGroup var output: OutputOptions
  @OptionGroup var look: LookOptions

  var spec: FigureSpec {
    var figure = DescentFigure()
    (figure.run, figure.levels, figure.panels) = (run.run, levels, panels)
    return look.spec(figure)
  }
}

extension DescentOptions.Panels: ExpressibleByArgument {}
