import ArgumentParser
import PlotNNCore

/// `plotnn optimizers OPTIMIZER... --loss NAME|EXPR`: optimizers' paths on a loss over two
/// weights with the loss per step (``OptimizersFigure``); `--format csv` prints the paths.
struct OptimizersCommand: FigureCommand {
  static let configuration = CommandConfiguration(
    commandName: OptimizersFigure.id, abstract: OptimizersFigure.summary + ".",
    discussion: """
      Optimizers: \(OptimizerCatalog.entries.map(\.id).joined(separator: ", ")), each with PyTorch's \
      hyper-parameter names and defaults (TensorFlow's spellings accepted), e.g. 'adam(lr=0.05, beta1=0.9)', \
      'rmsprop(lr=0.01, convention=tf)'. Losses: \(PlaneLoss.ids.joined(separator: ", ")), or an expression in x \
      and y such as 'x^2 + 10*y^2'. --tune picks each learning rate from 1e-4..10 (3 a decade) by the lowest loss \
      after --steps steps. --format csv prints optimizer,step,x,y,loss instead of drawing.
      """)

  @Argument(
    help: ArgumentHelp("Optimizer specs, e.g. sgd 'momentum(lr=0.01)' 'adam(lr=0.05)'.", valueName: "optimizer"))
  var optimizers: [String] = []

  @Option(name: .long, help: "The loss: a name (\(PlaneLoss.ids.joined(separator: ", "))) or an expression in x and y.")
  var loss: String = "rosenbrock"

  @Option(
    name: .long, parsing: .unconditional, help: "Start point X,Y. Default: the loss's own.",
    transform: ArgumentValue.numbers)
  var start: [Double]?

  @Option(
    name: .long, parsing: .unconditional,
    help: "Steps per optimizer, 1 to \(OptimizersFigure.maximumSteps) (default \(OptimizersFigure.defaultSteps)).",
    transform: ArgumentValue.wholeNumber)
  var steps: Int?

  @Flag(name: .long, help: "Choose each learning rate by the lowest final loss over a fixed log grid.")
  var tune = false

  @Option(
    name: .long, parsing: .unconditional, help: "Contour levels, 2 to \(OptimizersFigure.maximumLevels).",
    transform: ArgumentValue.wholeNumber)
  var levels: Int?

  @OptionGroup var surfaceView: SurfaceViewOptions

  @OptionGroup var output: OutputOptions
  @OptionGroup var look: LookOptions
  @OptionGroup(title: "Animation (.gif, .anim.svg, --animate)") var animation: AnimationOptions

  var figure: OptimizersFigure {
    var f = OptimizersFigure()
    (f.optimizers, f.loss, f.start, f.steps, f.tune, f.levels) = (optimizers, loss, start ?? [], steps, tune, levels)
    (f.view, f.azimuth, f.elevation) = (surfaceView.view, surfaceView.azimuth, surfaceView.elevation)
    return f
  }

  var spec: FigureSpec {
    get throws {
      var spec = try look.spec(figure)
      animation.apply(to: &spec)
      return spec
    }
  }

  var csv: Bool { output.format?.lowercased() == "csv" }

  func validate() throws {
    guard csv else { return try validateFigure() }
    let spec = try self.spec
    do { try spec.validate(catalog: .standard) } catch { throw ValidationError(FieldSpelling.message(error)) }
  }

  func run() throws {
    guard csv else { return try Self.render(try spec, output: output) }
    let text: String
    do { text = try figure.csv(catalog: .standard) } catch { throw ValidationError(FieldSpelling.message(error)) }
    try StandardOutput.write(text)
  }
}

extension OptimizersChart.View: NamedValueArgument {}
