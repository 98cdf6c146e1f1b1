import ArgumentParser
import PlotNNCairo
import PlotNNCore

/// Where a figure goes: `--out FILE`, its format from the extension, or `--format`.
///
/// Decision: `--out -` writes to standard output, and since `-` has no extension the format
/// then comes from `--format png|svg|pdf` (the ids of ``FileFormats``), which is required
/// with `-`. `--format` also names the format of a path without a known extension (a FIFO,
/// `/dev/stdout`, `figure.img`); with a known extension it must agree with it (a
/// contradiction is refused rather than guessed), and with no `--out` it picks the default
/// file's extension.
struct OutputOptions: ParsableArguments {
  /// The `--out` that means standard output.
  static let standardOutput = "-"

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Output file, or - for standard output; the extension picks the format: \(FileFormats.cairo().extensionList). Default: from the figure.",
      valueName: "file"))
  var out: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Format: \(FileFormats.cairo().ids.joined(separator: ", ")); needed with --out - or a name without one of the extensions.",
      valueName: "format"))
  var format: String?

  /// The path written: `--out`, else the figure's default name with the format's extension.
  func path(for figure: any FigureKind, formats: FileFormats) -> String {
    out ?? figure.defaultFileStem + "." + (format ?? formats.ids.first ?? "png")
  }

  /// Whether the figure goes to standard output.
  var toStandardOutput: Bool { out == Self.standardOutput }

  /// The format written: `--format`, else the one `--out`'s extension selects; refused
  /// (exit 64) when neither names a registered format or the two disagree.
  func fileFormat(formats: FileFormats) throws -> FileFormat {
    if let format {
      let chosen: FileFormat
      do { chosen = try formats.format(id: format.lowercased()) } catch {
        throw ValidationError(
          "--format must be one of \(formats.ids.joined(separator: ", ")) (got '\(format)')")
      }
      if let out, !toStandardOutput, let named = try? formats.format(forPath: out), named.id != chosen.id {
        throw ValidationError(
          "--format \(chosen.id) contradicts the extension of '\(out)' (\(named.id)); give one or make them agree")
      }
      return chosen
    }
    if toStandardOutput {
      throw ValidationError(
        "--out - writes to standard output, which has no extension: give --format \(formats.ids.joined(separator: "|"))"
      )
    }
    guard let out else { return try formats.format(id: formats.ids.first ?? "png") }
    do { return try formats.format(forPath: out) } catch {
      throw ValidationError(error.description + ", or give --format \(formats.ids.joined(separator: "|"))")
    }
  }

  func validate(formats: FileFormats) throws { _ = try fileFormat(formats: formats) }
}
