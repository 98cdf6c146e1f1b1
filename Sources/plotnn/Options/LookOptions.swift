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
    help: ArgumentHelp(
      "Figure height alone (2.5in, 6cm, 480), the width from the figure's aspect ratio; with --width, both sides.",
      valueName: "length"),
    transform: ArgumentValue.length)
  var height: Length?

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
    name: .customLong("math-font"),
    help: ArgumentHelp("OpenType math font for $…$ formulas; default: the text font's partner.", valueName: "family"))
  var mathFont: String?

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp("Base text size in points; titles and labels follow by the style's ratios.", valueName: "pt"),
    transform: ArgumentValue.number)
  var fontSize: Double?

  @Flag(
    name: .long,
    help:
      "Leave the background unpainted (PNG alpha, no page rectangle in SVG or PDF), as a style's 'transparent: true'.")
  var transparent = false

  /// `figure` with these options: the `--style` sheets stacked in order, then `--font`,
  /// `--cjk-font`, `--font-size` and `--transparent` on top. An unknown style or a bad style file is a
  /// usage error (exit 64) naming the file, line and key.
  func spec(_ figure: some FigureKind) throws -> FigureSpec {
    var spec = FigureSpec(figure)
    (spec.size, spec.width, spec.height, spec.scale) = (size, width, height, scale)
    if let dpi { spec.dpi = dpi }
    (spec.title, spec.theme) = (title, theme)
    let source = StyleFiles().source
    var sheets: [StyleSheet] = []
    for name in style {
      do { sheets.append(try source.sheet(named: name)) } catch {
        throw ValidationError("--style \(name): " + error.located)
      }
    }
    var flags = StyleSheet()
    (flags.fonts.text, flags.fonts.cjk, flags.fontSize) = (font, cjkFont, fontSize)
    if transparent { flags.transparent = true }
    // The math font follows --font (DejaVu → DejaVu Math TeX Gyre, Termes → TeX Gyre Termes
    // Math, …) unless --math-font names one.
    flags.fonts.math = mathFont ?? font.flatMap(FontFamilies.mathPartner(ofText:))
    spec.style = StyleSheet.layered(sheets + [flags])
    return spec
  }
}

extension Theme: NamedValueArgument {}
