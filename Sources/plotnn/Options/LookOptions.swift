import ArgumentParser
import PlotNNCore

/// How any figure looks: size, resolution, title, theme (the options every kind shares).
struct LookOptions: ParsableArguments {
  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(
      "Figure size WIDTHxHEIGHT, each side in px (CSS pixels, the unit of a bare number), pt, in, cm or mm: "
        + "640x480, 3.25inx2.5in, 8cmx6cm (default: the figure's).",
      valueName: "size"),
    transform: ArgumentValue.size)
  var size: FigureSize?

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(
      "Figure width alone (3.25in, 8cm, 640), the height from the figure's aspect ratio.", valueName: "length"),
    transform: ArgumentValue.length)
  var width: Length?

  @Option(
    name: .long, parsing: .unconditional,
    help: "Resolution of PNG output in pixels an inch, recorded in the file (default: 96, the CSS pixel).",
    transform: ArgumentValue.number)
  var dpi: Double?

  @Option(
    name: .long, parsing: .unconditional,
    help: "Pixel density of PNG output on top of --dpi (2 for high-DPI screens; default: 1).",
    transform: ArgumentValue.number)
  var scale: Double = 1

  @Option(name: .long, help: "Title (Pango-style markup: <i>, <b>, <sup>, <sub>, &lt;); '' for none.")
  var title: String?

  @Option(name: .long, help: "Colour theme.")
  var theme: Theme = .light

  /// `figure` with these options.
  func spec(_ figure: some FigureKind) -> FigureSpec {
    var spec = FigureSpec(figure)
    (spec.size, spec.width, spec.scale) = (size, width, scale)
    if let dpi { spec.dpi = dpi }
    (spec.title, spec.theme) = (title, theme)
    return spec
  }
}

extension Theme: ExpressibleByArgument {}
