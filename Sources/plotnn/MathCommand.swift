import ArgumentParser
import PlotNNCairo
import PlotNNCore

/// `plotnn math TEX --out FILE`: one formula, or text with `$…$` formulas, as a tightly
/// cropped PNG, SVG or PDF, written atomically like a figure.
///
/// Decisions: TEX without a `$` is one formula in display style (`--inline` for text
/// style); with a `$` it is read as a label is (markup and `$…$`). The math font follows
/// `--font` (``PlotNNCore/FontFamilies/mathPartner(ofText:)``) unless `--math-font` names
/// one. A formula that does not parse exits 64 with the message and a caret line.
struct MathCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "math", abstract: "One TeX formula as a tightly cropped PNG, SVG or PDF.",
    discussion: "plotnn math '\\frac{1}{1+e^{-x}}' --out sigmoid.png")

  @Argument(help: ArgumentHelp("TeX math, e.g. '\\frac{1}{1+e^{-x}}', or text with $…$ formulas.", valueName: "tex"))
  var tex: String

  @OptionGroup var output: OutputOptions

  @Option(name: .long, help: ArgumentHelp("Size in points.", valueName: "pt"), transform: ArgumentValue.number)
  var fontSize: Double = 20

  @Option(name: .customLong("math-font"), help: ArgumentHelp("OpenType math font family.", valueName: "family"))
  var mathFont: String?

  @Option(name: .long, help: ArgumentHelp("Font family of plain text runs.", valueName: "family"))
  var font: String?

  @Option(name: .long, help: ArgumentHelp("Colour as #RGB, #RRGGBB or #RRGGBBAA.", valueName: "colour"))
  var color: String = "#000000"

  @Option(name: .long, help: ArgumentHelp("Colour behind the formula; default transparent.", valueName: "colour"))
  var background: String?

  @Option(
    name: .long, help: ArgumentHelp("Space around the formula, in points.", valueName: "pt"),
    transform: ArgumentValue.number)
  var padding: Double = 2

  @Option(name: .long, help: ArgumentHelp("Pixels an inch for PNG.", valueName: "dpi"), transform: ArgumentValue.number)
  var dpi: Double = 300

  @Flag(name: .long, help: "Text style ($…$) instead of display style ($$…$$).")
  var inline = false

  /// The text drawn; a parse error as the message and a caret line (exit 64).
  func text() throws -> RichText {
    if tex.contains("$") {
      do { return try RichText(markup: tex) } catch {
        throw ValidationError(Self.caret(error.description, source: tex, offset: error.offset))
      }
    }
    do { _ = try MathParser.parse(tex) } catch { throw ValidationError(error.caretMessage(source: tex)) }
    return RichText(nodes: [.math(tex, display: !inline)])
  }

  static func caret(_ message: String, source: String, offset: Int) -> String {
    let line = source.replacingOccurrences(of: "\n", with: " ")
    return message + "\n  " + line + "\n  " + String(repeating: " ", count: max(0, min(offset, line.count))) + "^"
  }

  func validate() throws {
    guard fontSize.isFinite, fontSize >= 1, fontSize <= 1000 else {
      throw ValidationError("--font-size must be from 1 to 1000 points (got \(fontSize))")
    }
    guard padding.isFinite, padding >= 0, padding <= 1000 else {
      throw ValidationError("--padding must be from 0 to 1000 points (got \(padding))")
    }
    guard dpi.isFinite, dpi >= 10, dpi <= 2400 else {
      throw ValidationError("--dpi must be from 10 to 2400 (got \(dpi))")
    }
    guard Color(text: color) != nil else {
      throw ValidationError("--color must be #RGB, #RRGGBB or #RRGGBBAA (got '\(color)')")
    }
    if let background, Color(text: background) == nil {
      throw ValidationError("--background must be #RGB, #RRGGBB or #RRGGBBAA (got '\(background)')")
    }
    _ = try output.fileFormat(formats: .cairo())
    _ = try text()
  }

  func run() throws {
    TemporaryFiles.removeOnSignal()
    let formats = FileFormats.cairo()
    let format = try output.fileFormat(formats: formats)
    var fonts = FontFamilies.standard
    if let font {
      fonts.text = font
      if let partner = FontFamilies.mathPartner(ofText: font) { fonts.math = partner }
    }
    if let mathFont { fonts.math = mathFont }
    let style = TextStyle(
      size: fontSize, color: Color(text: color) ?? Color(hex: 0), families: fonts.running,
      monospaceFamilies: fonts.fixed, mathFamily: fonts.math)
    let chart = FormulaChart(
      text: try text(), style: style, padding: padding, fonts: fonts,
      background: background.flatMap(Color.init(text:)))
    let path = output.out ?? "formula." + format.id
    if output.toStandardOutput { try StandardOutput.checkOpen() } else { try AtomicFile.checkDestination(path) }
    let bytes: [UInt8]
    do { bytes = try FormulaImage.render(chart, format: format, scale: dpi / 72) } catch {
      if case .unknownFont = error { throw ValidationError(error.description) }
      throw error
    }
    if output.toStandardOutput { try StandardOutput.write(bytes) } else { try AtomicFile.write(bytes, to: path) }
  }
}
