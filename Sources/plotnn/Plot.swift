import ArgumentParser
import Foundation
import PlotNNCairo
import PlotNNCore

/// `plotnn plot FUNCTION... [options]`: one chart of one or more functions (``LineFigure``).
struct Plot: FigureCommand {
  static let configuration = CommandConfiguration(
    commandName: "plot",
    abstract: LineFigure.summary + " (the default subcommand).",
    discussion: """
      FUNCTION is a catalog id with optional parameters (relu, 'leaky-relu(alpha=0.5)', elu:alpha=2) or an \
      expression in x, drawn with its exact derivative ('x*sigmoid(1.702*x)', 'where(x < 0, 0.1*x, x)'). \
      An expression may start with '-': plotnn '-x^2' --out f.png.
      """)

  /// `.allUnrecognized`: an expression such as `-x^2` is taken as a function, not as an
  /// unknown short option.
  @Argument(
    parsing: .allUnrecognized,
    help: ArgumentHelp(
      "Functions to draw, e.g. relu, 'leaky-relu(alpha=0.5)' or 'x*tanh(softplus(x))'.", valueName: "function"))
  var arguments: [String] = []

  @OptionGroup var output: OutputOptions
  @OptionGroup var range: RangeOptions
  @OptionGroup var scales: ScaleOptions

  /// Counted, not a Bool: a repeated `--derivative` (perhaps meant as f″) is refused, not
  /// silently taken as one. `--derivative N` reaches ``derivativeOrders`` (see
  /// ``DerivativeOrderArgument``).
  @Flag(
    name: .long,
    help:
      "Draw the derivative f′ only; --derivative N draws the N-th (f″ for 2): 1 to 4 for expressions, 1 or 2 for catalog functions."
  )
  var derivative: Int

  @Option(
    name: .customLong(DerivativeOrderArgument.option), parsing: .unconditionalSingleValue,
    help: ArgumentHelp(visibility: .private), transform: DerivativeOrderArgument.order)
  var derivativeOrders: [Int] = []

  @Flag(name: .long, help: "Draw f solid and f′ dashed in the same colour.")
  var withDerivative: Int

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(
      "Draw f and its first N derivatives (N = 1 to 4; f″ dash-dot, f‴ dotted) in one chart.", valueName: "N"),
    transform: ArgumentValue.wholeNumber)
  var withDerivatives: Int?

  @OptionGroup var dataSeries: DataOptions

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Which y axis f′ reads on with --with-derivative: left, right (an axis of its own), or auto: right when "
        + "f and f′ differ in size by more than 8 times (softplus on [−10, 10]). Default: auto.",
      valueName: "left|right|auto"))
  var derivativeAxis: LineChart.DerivativeAxis?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Plot shape: auto (fill the figure) or equal (one unit of x as long as one unit of y; a circle is round).",
      valueName: "auto|equal"))
  var aspect: LineChart.Aspect?

  @Option(
    name: .long, help: "Axes style: origin (through 0, as textbooks draw) or box (a frame). Default: the style's.")
  var axes: LineChart.AxesStyle?

  @Flag(name: .long, help: "Leave out the grid.")
  var noGrid = false

  @Flag(name: .long, help: "Leave out the legend.")
  var noLegend = false

  @OptionGroup var curveLooks: CurveOptions

  @OptionGroup var notes: AnnotationOptions

  @OptionGroup var look: LookOptions

  @Flag(
    name: .long,
    help: "Print where the time went (spec, fonts, layout, drawing and encoding per format, write) to standard error.")
  var timings = false

  /// The function texts: the captured words less a `--` terminator, which older habits
  /// (and scripts) may still put before an expression starting with '-'.
  var functions: [String] { arguments.filter { $0 != "--" } }

  var spec: FigureSpec {
    get throws {
      var line = LineFigure(functions: functions)
      (line.from, line.to, line.ymin, line.ymax) = (range.from, range.to, range.ymin, range.ymax)
      line.curves = withDerivative > 0 ? .both : derivative > 0 || !derivativeOrders.isEmpty ? .derivative : .function
      line.derivativeOrder = derivativeOrders.first
      line.withDerivatives = withDerivatives
      line.data = try DataFiles.loadForCommandLine(dataSeries.entries)
      (line.axes, line.grid) = (axes, noGrid ? false : nil)
      if let derivativeAxis { line.derivativeAxis = derivativeAxis }
      if let aspect { line.aspect = aspect }
      scales.apply(to: &line)
      curveLooks.apply(to: &line, noLegend: noLegend)
      line.annotations = try notes.annotations()
      return try look.spec(line)
    }
  }

  func validate() throws {
    // Functions take unrecognized dashed words too, so '-x^2' needs no '--'; a word that
    // starts with '--' is an option plotnn does not have, not a function.
    if let option = functions.first(where: { $0.hasPrefix("--") }) {
      // After a `--` every word is a function, so an option there is misplaced, not unknown.
      if let end = arguments.firstIndex(of: "--"), let at = arguments.lastIndex(of: option), at > end {
        throw ValidationError(
          "'\(option)' comes after '--', which ends the options; put options before '--' "
            + "(an expression may start with '-' without it: plotnn '-x^2' --out f.png)")
      }
      throw ValidationError("unknown option '\(option)'; 'plotnn plot --help' lists the options")
    }
    try DerivativeOrderArgument.checkOnce(flagCount: derivative, orders: derivativeOrders)
    if withDerivative > 1 {
      throw ValidationError(
        "--with-derivative was given \(withDerivative) times; give it once (it draws f and f′; "
          + "--derivative 2 draws f″)")
    }
    if withDerivatives != nil && (derivative > 0 || !derivativeOrders.isEmpty || withDerivative > 0) {
      throw ValidationError(
        "--with-derivatives draws f and its first N derivatives; give it without --derivative and --with-derivative")
    }
    if (derivative > 0 || !derivativeOrders.isEmpty) && withDerivative > 0 {
      throw ValidationError("--derivative and --with-derivative exclude each other; give one")
    }
    if noLegend, let legend = curveLooks.legend, legend != .none {
      throw ValidationError("--no-legend and --legend \(legend.rawValue) exclude each other; give one")
    }
    try curveLooks.validate(functions: functions)
    try validateFigure()
  }

  func run() throws {
    let timer = timings ? PhaseTimer() : nil
    try Self.render(spec, output: output, timer: timer)
    if let timer { StandardError.write((timer.summary + "\n")) }
  }
}

extension LineChart.AxesStyle: NamedValueArgument {}
extension LineChart.DerivativeAxis: NamedValueArgument {}
extension LineChart.Aspect: NamedValueArgument {}
