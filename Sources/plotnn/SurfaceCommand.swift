import ArgumentParser
import PlotNNCore

/// `plotnn surface --out FILE`: the unnormalized loss as a 3-D surface with a descent path.
struct SurfaceCommand: FigureCommand {
  static let configuration = CommandConfiguration(
    commandName: SurfaceFigure.id, abstract: SurfaceFigure.summary + ".",
    discussion:
      "Defaults: learning rate 0.45 of the limit, 300 steps from -8,-80 (the text's 'L'); the view chosen so the "
      + "whole path lies on the visible surface; colours by the square root of the loss.")

  @Option(
    name: .long, parsing: .unconditional, help: "View azimuth in degrees (default: chosen to show the path).",
    transform: ArgumentValue.number)
  var azimuth: Double?

  @Option(
    name: .long, parsing: .unconditional,
    help: "View elevation in degrees, -90 to 90 (default: chosen to show the path).",
    transform: ArgumentValue.number)
  var elevation: Double?

  @OptionGroup var run: DescentRunOptions
  @OptionGroup var output: OutputOptions
  @OptionGroup var look: LookOptions
  @OptionGroup(title: "Animation (.gif, .anim.svg, --animate)") var animation: AnimationOptions

  var spec: FigureSpec {
    get throws {
      var figure = SurfaceFigure()
      (figure.run, figure.azimuth, figure.elevation) = (run.run, azimuth, elevation)
      var spec = try look.spec(figure)
      animation.apply(to: &spec)
      return spec
    }
  }
}
