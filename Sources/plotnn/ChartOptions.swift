import ArgumentParser
import PlotNNCore

/// The options every line-chart figure takes; they fill a ``FigureSpec``.
///
/// Number options use `.unconditional` parsing so negative values work without `=`:
/// `--from -10`, `--ymin -1.5`.
struct ChartOptions: ParsableArguments {
  @Option(name: .long, parsing: .unconditional, help: "Left end of the x range.")
  var from: Double?

  @Option(name: .long, parsing: .unconditional, help: "Right end of the x range.")
  var to: Double?

  @Option(name: .long, parsing: .unconditional, help: "Bottom of the y range (default: from the data).")
  var ymin: Double?

  @Option(name: .long, parsing: .unconditional, help: "Top of the y range (default: from the data).")
  var ymax: Double?

  @Flag(name: .long, help: "Draw the derivative f′ only.")
  var derivative = false

  @Flag(name: .long, help: "Draw f solid and f′ dashed in the same colour.")
  var withDerivative = false

  @Option(name: .long, parsing: .unconditional, help: "Figure size WIDTHxHEIGHT in CSS pixels.")
  var size: FigureSize = FigureSize(width: 640, height: 480)

  @Option(name: .long, parsing: .unconditional, help: "Pixel density of PNG output (2 for high-DPI screens).")
  var scale: Double = 1

  @Option(name: .long, help: "Title (Pango markup allowed); '' for none. Default: name and formula.")
  var title: String?

  @Option(name: .long, help: "Colour theme: light or dark.")
  var theme: String = "light"

  @Option(name: .long, help: "Axes style: origin (through 0, as textbooks draw) or box (a frame).")
  var axes: LineChart.AxesStyle = .origin

  @Flag(name: .long, help: "Leave out the grid.")
  var noGrid = false

  @Flag(name: .long, help: "Leave out the legend.")
  var noLegend = false

  func validate() throws {
    if derivative && withDerivative {
      throw ValidationError("--derivative and --with-derivative exclude each other; give one")
    }
  }

  func spec(functions: [String]) -> FigureSpec {
    var spec = FigureSpec(functions: functions)
    spec.from = from
    spec.to = to
    spec.ymin = ymin
    spec.ymax = ymax
    spec.curves = withDerivative ? .both : derivative ? .derivative : .function
    spec.width = size.width
    spec.height = size.height
    spec.scale = scale
    spec.title = title
    spec.theme = theme
    spec.axes = axes
    spec.grid = !noGrid
    spec.legend = !noLegend
    return spec
  }
}

extension LineChart.AxesStyle: ExpressibleByArgument {}

/// `--size 640x480`.
struct FigureSize: ExpressibleByArgument {
  var width: Double
  var height: Double

  init(width: Double, height: Double) {
    self.width = width
    self.height = height
  }

  init?(argument: String) {
    let parts = argument.lowercased().split(separator: "x", omittingEmptySubsequences: false)
    guard parts.count == 2, let w = Double(parts[0]), let h = Double(parts[1]) else { return nil }
    self.init(width: w, height: h)
  }

  var defaultValueDescription: String { "\(width.shortDescription)x\(height.shortDescription)" }
}
