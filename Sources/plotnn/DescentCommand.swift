import ArgumentParser
import PlotNNCore

/// `plotnn descent --out FILE`: contours and gradient-descent paths, unnormalized vs normalized.
struct DescentCommand: FigureCommand {
  static let configuration = CommandConfiguration(
    commandName: DescentFigure.id, abstract: DescentFigure.summary + ".",
    discussion:
      "Defaults: both panels at 0.8 of their own stability limit 2/λmax (the same relative step, said in the subtitle); at most 100 steps from -1,0; 8 contour levels, the outermost through the start."
  )

  @OptionGroup var run: DescentRunOptions

  @Option(
    name: .long, parsing: .unconditional, help: "Contour levels per panel (1 to \(DescentFigure.maximumLevels)).",
    transform: ArgumentValue.wholeNumber)
  var levels: Int?

  @Option(name: .long, help: "Which panels to draw.")
  var panels: DescentOptions.Panels = .both

  @OptionGroup var output: OutputOptions
  @OptionGroup var look: LookOptions
  @OptionGroup(title: "Animation (.gif, .anim.svg, --animate)") var animation: AnimationOptions

  var spec: FigureSpec {
    get throws {
      var figure = DescentFigure()
      (figure.run, figure.levels, figure.panels) = (run.run, levels, panels)
      var spec = try look.spec(figure)
      animation.apply(to: &spec)
      return spec
    }
  }
}

extension DescentOptions.Panels: NamedValueArgument {}
