import ArgumentParser
import PlotNNCore

/// The axis scales of a line figure: `--xscale`, `--yscale` (linear, log, symlog) and
/// symlog's linear band `--xlinthresh`, `--ylinthresh` (``LineFigure/xscale``).
struct ScaleOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "x axis scale: linear, log (decades; needs --from > 0) or symlog (linear within ±--xlinthresh, log beyond). "
        + "Default: linear.", valueName: "linear|log|symlog"))
  var xscale: AxisScale.Kind?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "y axis scale: linear, log (values ≤ 0 are left out, and said) or symlog (linear within ±--ylinthresh, "
        + "log beyond). Default: linear.", valueName: "linear|log|symlog"))
  var yscale: AxisScale.Kind?

  @Option(
    name: .long, parsing: .unconditional,
    help: "Half-width of a symlog x axis's linear band (matplotlib's linthresh). Default: 2.",
    transform: ArgumentValue.number)
  var xlinthresh: Double?

  @Option(
    name: .long, parsing: .unconditional,
    help: "Half-width of a symlog y axis's linear band (matplotlib's linthresh). Default: 2.",
    transform: ArgumentValue.number)
  var ylinthresh: Double?

  func apply(to line: inout LineFigure) {
    if let xscale { line.xscale = xscale }
    if let yscale { line.yscale = yscale }
    (line.xlinthresh, line.ylinthresh) = (xlinthresh, ylinthresh)
  }
}

extension AxisScale.Kind: NamedValueArgument {}
