import ArgumentParser
import PlotNNCore

/// The left panel of the optimizers and batch-size figures (`plotnn optimizers`,
/// `plotnn batch-size`): contours or the paths on the 3-D loss surface, and the 3-D view's
/// angles, as ``OptimizersChart`` takes them.
struct SurfaceViewOptions: ParsableArguments {
  @Option(name: .long, help: "The left panel: contours (2d) or the paths on the 3-D loss surface (3d).")
  var view: OptimizersChart.View = .flat

  @Option(
    name: .long, parsing: .unconditional,
    help: "With --view 3d: azimuth in degrees (default: chosen to show the paths).",
    transform: ArgumentValue.number)
  var azimuth: Double?

  @Option(
    name: .long, parsing: .unconditional,
    help: "With --view 3d: elevation in degrees, -90 to 90 (default: chosen to show the paths).",
    transform: ArgumentValue.number)
  var elevation: Double?
}
