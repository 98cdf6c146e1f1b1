import ArgumentParser
import PlotNNCairo
import PlotNNCore

/// Where a figure goes: `--out FILE`, its format from the extension.
struct OutputOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Output file; the extension picks the format: \(FileFormats.cairo().extensionList). Default: from the figure.",
      valueName: "file"))
  var out: String?

  /// The path written: `--out`, else the figure's default name with the first format's extension.
  func path(for figure: any FigureKind, formats: FileFormats) -> String {
    out ?? figure.defaultFileStem + "." + (formats.ids.first ?? "png")
  }

  /// The format of `--out`, refused (exit 64) when its extension is not a registered one.
  func validate(formats: FileFormats) throws {
    guard let out else { return }
    do { _ = try formats.format(forPath: out) } catch { throw ValidationError(error.description) }
  }
}
