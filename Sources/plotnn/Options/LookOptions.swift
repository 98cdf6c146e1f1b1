import ArgumentParser
import PlotNNCore

/// How any figure looks: size, density, title, theme (the options every kind shares).
struct LookOptions: ParsableArguments {
  @Option(
    name: .long, parsing: .unconditional, help: "Figure size WIDTHxHEIGHT in CSS pixels (default: the figure's).",
    transform: ArgumentValue.size)
  var size: Size?

  @Option(
    name: .long, parsing: .unconditional, help: "Pixel density of raster output (2 for high-DPI screens).",
    transform: ArgumentValue.number)
  var scale: Double = 1

  @Option(name: .long, help: "Title (Pango-style markup: <i>, <b>, <sup>, <sub>, &lt;); '' for none.")
  var title: String?

  @Option(name: .long, help: "Colour theme.")
  var theme: Theme = .light

  /// `figure` with these options.
  func spec(_ figure: some FigureKind) -> FigureSpec {
    var spec = FigureSpec(figure)
    (spec.size, spec.scale, spec.title, spec.theme) = (size, scale, title, theme)
    return spec
  }
}

extension Theme: ExpressibleByArgument {}

extension Size: ExpressibleByArgument {
  public init?(argument: String) { self.init(text: argument) }
  public var defaultValueDescription: String { text }
}
