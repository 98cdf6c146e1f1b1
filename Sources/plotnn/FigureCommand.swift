import ArgumentParser
import Foundation
import PlotNNCairo
import PlotNNCore

/// A subcommand that draws one figure of one kind: it parses, hands the spec to the core's
/// validation (`validate()`, exit 64 with the flag named) and calls the library once (`run()`).
protocol FigureCommand: ParsableCommand {
  var output: OutputOptions { get }
  /// The figure the parsed arguments describe (not yet validated).
  var spec: FigureSpec { get throws }
}

extension FigureCommand {
  func validate() throws { try validateFigure() }

  /// The output's format and every rule of the core about the figure.
  func validateFigure() throws {
    try output.validate(formats: .cairo())
    let spec = try self.spec
    do { try spec.validate(catalog: .standard) } catch { throw ValidationError(FieldSpelling.message(error)) }
  }

  func run() throws { try Self.render(try spec, output: output) }

  /// Builds the chart and writes it atomically (to standard output for `--out -`);
  /// file-system failures are runtime errors (exit 1) naming the path. SIGINT and SIGTERM
  /// remove the temporary file.
  static func render(_ spec: FigureSpec, output: OutputOptions, timer: PhaseTimer? = nil) throws {
    TemporaryFiles.removeOnSignal()
    let formats = FileFormats.cairo(timer: timer)
    let path = output.path(for: spec.figure, formats: formats)
    let chart: any Chart
    do { chart = try spec.chart(catalog: .standard) } catch { throw ValidationError(FieldSpelling.message(error)) }
    timer?.lap("spec")
    let format = try output.fileFormat(formats: formats)
    if output.toStandardOutput { try StandardOutput.checkOpen() } else { try AtomicFile.checkDestination(path) }
    let drawn: RenderedFigure
    do {
      drawn = try formats.rendered(chart, size: spec.resolvedSize, scale: spec.pixelsPerPoint, formats: [format.id])
    } catch {
      // A font family that is not installed is the command line's fault: exit 64.
      if case .unknownFont = error { throw ValidationError(FieldSpelling.fontMessage(error, style: spec.style)) }
      // So is an animation of a figure without paths, or one past the bounds.
      switch error {
      case .notAnimatable, .animationTooLarge: throw ValidationError(error.description)
      default: break
      }
      throw error
    }
    let bytes = drawn.files
    if output.toStandardOutput { try StandardOutput.write(bytes[0]) } else { try AtomicFile.write(bytes[0], to: path) }
    timer?.lap("write")
    // Texts left out for room: said once, on standard error; the exit status stays 0.
    if let note = drawn.notes.sentence(for: spec) { StandardError.write("plotnn: note: \(note)\n") }
  }
}

extension RenderError: LocalizedError {
  public var errorDescription: String? { description }
}
