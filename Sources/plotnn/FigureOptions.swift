import ArgumentParser
import PlotNNCairo
import PlotNNCore

/// Options every figure kind shares: where it goes and how it looks.
struct FigureOptions: ParsableArguments {
  @Option(name: .long, help: "Output file; the extension picks the format: .png, .svg or .pdf.")
  var out: String

  @Option(name: .long, parsing: .unconditional, help: "Figure size WIDTHxHEIGHT in CSS pixels.")
  var size: FigureSize?

  @Option(name: .long, parsing: .unconditional, help: "Pixel density of PNG output (2 for high-DPI screens).")
  var scale: Double = 1

  @Option(name: .long, help: "Title (Pango markup allowed); '' for none.")
  var title: String?

  @Option(name: .long, help: "Colour theme: light or dark.")
  var theme = "light"

  /// A spec of `kind` with these options applied, `defaultSize` when --size is absent.
  func spec(_ kind: FigureSpec.Kind, defaultSize: FigureSize) -> FigureSpec {
    var spec = FigureSpec(kind: kind)
    let size = size ?? defaultSize
    (spec.width, spec.height, spec.scale, spec.title, spec.theme) = (size.width, size.height, scale, title, theme)
    return spec
  }

  /// Usage checks shared by the figure commands: the extension and the title's markup.
  func validateOutput() throws {
    do { _ = try OutputFormat(path: out) } catch { throw ValidationError(error.description) }
    if let title {
      do { _ = try RichText(markup: title) } catch { throw ValidationError("--title is not valid markup: \(error)") }
    }
  }
}

/// Builds a figure's chart, turning spec errors into usage errors (exit 64), then writes it.
enum FigureCommand {
  static func render(_ spec: FigureSpec, to path: String) throws {
    let chart: any Chart
    do { chart = try spec.chart(catalog: .standard) } catch { throw ValidationError(error.description) }
    try Output.write(chart, to: path, size: spec.size, scale: spec.scale)
  }
}
