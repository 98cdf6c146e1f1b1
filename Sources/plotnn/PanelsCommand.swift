import ArgumentParser
import PlotNNCore

/// `plotnn panels FUNCTION... --columns 3 --out grid.png`: one line-chart panel per function
/// (``PanelsFigure``); `--pair-derivative` puts each function's f′ beside it.
///
/// Decision: the range, scale and derivative options are every panel's, as `plotnn plot`
/// reads them (``ScaleOptions``, `--with-derivatives N`), so the command line says what a
/// manifest's `kind: panels` entry says per panel; the core validates each panel as a line
/// figure, so its messages are plot's, after "panel N (line): ".
struct PanelsCommand: FigureCommand {
  static let configuration = CommandConfiguration(
    commandName: PanelsFigure.id, abstract: PanelsFigure.summary + ".",
    discussion: """
      Each FUNCTION (a catalog id with parameters, or an expression in x) is one line-chart panel; the range, \
      scale, axes and derivative options apply to every panel. A grid of other kinds is written in a manifest \
      (kind: panels). Examples: plotnn panels --columns 3 sigmoid tanh relu 'leaky-relu(alpha=0.5)' softplus \
      --out grid.png; plotnn panels --pair-derivative relu gelu --out pairs.png; \
      plotnn panels 'exp(x)' 'x^2' --from 0.1 --to 10 --xscale log --yscale log --out log.png; \
      plotnn panels gelu 'x^3' --with-derivatives 2 --out derivatives.png
      """)

  @Argument(
    parsing: .allUnrecognized,
    help: ArgumentHelp("Functions, one panel each, e.g. sigmoid tanh relu.", valueName: "function"))
  var arguments: [String] = []

  @OptionGroup var output: OutputOptions
  @OptionGroup var range: RangeOptions
  @OptionGroup var scales: ScaleOptions

  @Option(name: .long, parsing: .unconditional, help: "Panels across (default: 3 or fewer, or ⌈√n⌉).")
  var columns: Int?

  @Option(name: .long, parsing: .unconditional, help: "Rows of panels (default: as many as the panels need).")
  var rows: Int?

  @Option(name: .long, help: ArgumentHelp("Rows and columns at once, e.g. 2x3.", valueName: "RxC"))
  var layout: String?

  @Flag(name: .long, help: "One x range for all panels; x tick labels under the bottom row only.")
  var shareX = false

  @Flag(name: .long, help: "One y range for all panels; y tick labels in the left column only.")
  var shareY = false

  /// Counted, as in `plotnn plot`: given twice is refused.
  @Flag(name: .long, help: "Draw each panel's derivative f′ only; --derivative N the N-th (as in plotnn plot).")
  var derivative: Int

  @Option(
    name: .customLong(DerivativeOrderArgument.option), parsing: .unconditionalSingleValue,
    help: ArgumentHelp(visibility: .private), transform: DerivativeOrderArgument.order)
  var derivativeOrders: [Int] = []

  @Flag(name: .long, help: "Draw f solid and f′ dashed in every panel.")
  var withDerivative: Int

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Which y axis f′ reads on in each panel with --with-derivative: left, right or auto (as in plotnn plot).",
      valueName: "left|right|auto"))
  var derivativeAxis: LineChart.DerivativeAxis?

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(
      "Draw f and its first N derivatives in every panel (N = 1 to 4, catalog functions to 2; as in plotnn plot).",
      valueName: "N"),
    transform: ArgumentValue.wholeNumber)
  var withDerivatives: Int?

  @Flag(name: .long, help: "Put each function's derivative in a panel of its own beside it (two columns).")
  var pairDerivative = false

  @Option(name: .long, help: "Panel labels: (a), a, (A), A or none (default: (a)).")
  var panelLabels: PanelsFigure.Labels?

  @Option(name: .long, help: "Axes style of every panel: origin or box. Default: the style's.")
  var axes: LineChart.AxesStyle?

  @Flag(name: .long, help: "Leave out the grid.")
  var noGrid = false

  @OptionGroup var notes: AnnotationOptions

  @OptionGroup var look: LookOptions

  var functions: [String] { arguments.filter { $0 != "--" } }

  var spec: FigureSpec {
    get throws {
      var grid = PanelsFigure()
      let curves: [LineFigure.Curves] =
        pairDerivative
        ? [.function, .derivative]
        : [withDerivative > 0 ? .both : derivative > 0 || !derivativeOrders.isEmpty ? .derivative : .function]
      let annotations = try notes.annotations()
      grid.panels = functions.flatMap { f in
        curves.map { c in
          var line = LineFigure(functions: [f])
          (line.from, line.to, line.ymin, line.ymax) = (range.from, range.to, range.ymin, range.ymax)
          (line.curves, line.axes, line.grid) = (c, axes, noGrid ? false : nil)
          if c == .derivative { line.derivativeOrder = derivativeOrders.first }
          line.withDerivatives = withDerivatives
          scales.apply(to: &line)
          if let derivativeAxis { line.derivativeAxis = derivativeAxis }
          line.annotations = annotations
          return FigureSpec(line)
        }
      }
      if let layout {
        do throws(ManifestProblem) { (grid.rows, grid.columns) = try PanelsFigure.grid(layout) } catch {
          throw ValidationError("--layout: \(error.message)")
        }
      }
      if let rows { grid.rows = rows }
      if let columns { grid.columns = columns }
      if pairDerivative && grid.columns == nil && grid.rows == nil { grid.columns = 2 }
      (grid.shareX, grid.shareY) = (shareX, shareY)
      if let panelLabels { grid.labels = panelLabels }
      return try look.spec(grid)
    }
  }

  func validate() throws {
    if let option = functions.first(where: { $0.hasPrefix("--") }) {
      throw ValidationError("unknown option '\(option)'; 'plotnn panels --help' lists the options")
    }
    if functions.isEmpty {
      throw ValidationError("no function given; name one per panel, e.g. plotnn panels sigmoid tanh relu")
    }
    try DerivativeOrderArgument.checkOnce(flagCount: derivative, orders: derivativeOrders)
    if withDerivative > 1 { throw ValidationError("--with-derivative was given \(withDerivative) times; give it once") }
    let given = [
      ("--with-derivatives", withDerivatives != nil), ("--derivative", derivative > 0 || !derivativeOrders.isEmpty),
      ("--with-derivative", withDerivative > 0), ("--pair-derivative", pairDerivative),
    ].filter(\.1).map(\.0)
    if given.count > 1 { throw ValidationError("\(given.joined(separator: " and ")) exclude each other; give one") }
    if layout != nil && (rows != nil || columns != nil) {
      throw ValidationError("--layout and --rows/--columns exclude each other; give one")
    }
    try validateFigure()
  }
}

extension PanelsFigure.Labels: NamedValueArgument {}
