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

  @Option(name: .long, help: "Colour theme (the colours a style leaves alone).")
  var theme: Theme = .light

  @Option(
    name: .long,
    help: ArgumentHelp(
      "A style: \(StyleSheet.builtInNames.joined(separator: ", ")) (plotnn styles), or a YAML style file; repeatable, the later wins.",
      valueName: "name|file"))
  var style: [String] = []

  @Option(name: .long, help: ArgumentHelp("Text font family (any installed family, by name).", valueName: "family"))
  var font: String?

  @Option(
    name: .customLong("cjk-font"), help: ArgumentHelp("Font family for Chinese and Japanese.", valueName: "family"))
  var cjkFont: String?

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp("Base text size in points; titles and labels follow by the style's ratios.", valueName: "pt"),
    transform: ArgumentValue.number)
  var fontSize: Double?

  /// `figure` with these options: the `--style` sheets stacked in order, then `--font`,
  /// `--cjk-font` and `--font-size` on top. An unknown style or a bad style file is a
  /// usage error (exit 64) naming the file, line and key.
  func spec(_ figure: some FigureKind) throws -> FigureSpec {
    var spec = FigureSpec(figure)
    (spec.size, spec.scale, spec.title, spec.theme) = (size, scale, title, theme)
    let source = StyleFiles().source
    var sheets: [StyleSheet] = []
    for name in style {
      do { sheets.append(try source.sheet(named: name)) } catch {
        throw ValidationError("--style \(name): " + error.located)
      }
    }
    var flags = StyleSheet()
    (flags.fonts.text, flags.fonts.cjk, flags.fontSize) = (font, cjkFont, fontSize)
    spec.style = StyleSheet.layered(sheets + [flags])
    return spec
  }
}

extension Theme: ExpressibleByArgument {}

extension Size: ExpressibleByArgument {
  public init?(argument: String) { self.init(text: argument) }
  public var defaultValueDescription: String { text }
}
