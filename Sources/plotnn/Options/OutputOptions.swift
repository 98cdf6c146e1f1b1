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

  @Flag(
    name: .long,
    help: "Write the figure animated, its paths growing step by step: a GIF, or an animated SVG with --out x.svg.")
  var animate = false

  /// The path written: `--out`, else the figure's default name with the format's extension
  /// (`.gif` with `--animate`).
  func path(for figure: any FigureKind, formats: FileFormats) -> String {
    let id = format.map { animate && $0.lowercased() == "svg" ? "anim.svg" : $0 }
    return out ?? figure.defaultFileStem + "." + (id ?? (animate ? "gif" : formats.ids.first ?? "png"))
  }

  /// The format written, `--animate` applied: an SVG becomes the animated SVG, no format the
  /// GIF, and a format that cannot be animated is refused.
  func fileFormat(formats: FileFormats) throws -> FileFormat {
    guard animate else { return try namedFormat(formats: formats) }
    if format == nil, out == nil { return try formats.format(id: "gif") }
    let named = try namedFormat(formats: formats)
    switch named.id {
    case "gif", "anim.svg": return named
    case "svg": return try formats.format(id: "anim.svg")
    default: throw ValidationError("--animate writes .gif or .anim.svg (or .svg), not .\(named.id)")
    }
  }

  /// Whether the figure goes to standard output.
  var toStandardOutput: Bool { out == Self.standardOutput }

  /// The format written: `--format`, else the one `--out`'s extension selects; refused
  /// (exit 64) when neither names a registered format or the two disagree.
  private func namedFormat(formats: FileFormats) throws -> FileFormat {
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
