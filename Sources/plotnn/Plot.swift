import Foundation
import ArgumentParser
import PlotNNCairo
import PlotNNCore

/// `plotnn plot FUNCTION... [options]`: one chart of one or more functions.
struct Plot: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Plot one or more functions (the default subcommand).",
    discussion: "FUNCTION is a catalog id with optional parameters: relu, 'leaky-relu(alpha=0.5)', elu:alpha=2.")

  @Argument(help: "Functions to draw, e.g. relu or 'leaky-relu(alpha=0.5)'.")
  var functions: [String] = []

  @Option(name: .long, help: "Output file; the extension picks the format: .png, .svg or .pdf. Default: FUNCTION.png.")
  var out: String?

  @OptionGroup var chart: ChartOptions

  @Flag(name: .long, help: "Print where the time went (spec, fonts, layout, drawing and encoding per format, write) to standard error.")
  var timings = false

  func validate() throws {
    if functions.isEmpty { throw ValidationError(FigureSpecError.noFunctions.description) }
    do { try spec.validateOptions() } catch { throw ValidationError(error.description) }
    if let out { do { _ = try OutputFormat(path: out) } catch { throw ValidationError(error.description) } }
    if let title = chart.title, let problem = MarkupCheck.problem(in: title) {
      throw ValidationError("--title is not valid Pango markup (\(problem)); write &lt; for < and &amp; for &")
    }
  }

  func run() throws {
    let timer = timings ? PhaseTimer() : nil
    let path = out ?? Self.defaultFileName(for: functions[0], curves: spec.curves)
    let figure: LineChart
    do { figure = try spec.lineChart(catalog: .standard) } catch { throw ValidationError(error.description) }
    timer?.lap("spec")
    try Output.write(figure, to: path, size: spec.size, scale: spec.scale, timer: timer)
    if let timer { FileHandle.standardError.write(Data((timer.summary + "\n").utf8)) }
  }

  var spec: FigureSpec { chart.spec(functions: functions) }

  /// `leaky-relu.png` for `leaky-relu(alpha=0.5)`: the spec's name part, kept to safe characters.
  static func defaultFileName(for function: String, curves: FigureSpec.Curves) -> String {
    let name = function.prefix { $0 != "(" && $0 != ":" }
    let safe = String(name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
    let stem = safe.isEmpty ? "figure" : safe
    return stem + (curves == .derivative ? "-derivative" : "") + ".png"
  }
}
