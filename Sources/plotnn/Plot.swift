import ArgumentParser
import Foundation
import PlotNNCairo
import PlotNNCore

/// `plotnn plot FUNCTION... [options]`: one chart of one or more functions.
struct Plot: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Plot one or more functions (the default subcommand).",
    discussion: """
      FUNCTION is a catalog id with optional parameters (relu, 'leaky-relu(alpha=0.5)', elu:alpha=2) or an \
      expression in x, drawn with its exact derivative ('x*sigmoid(1.702*x)', 'where(x < 0, 0.1*x, x)'). \
      An expression may start with '-': plotnn '-x^2' --out f.png.
      """)

  /// `.allUnrecognized`: an expression such as `-x^2` is taken as a function, not as an
  /// unknown short option.
  @Argument(
    parsing: .allUnrecognized,
    help: ArgumentHelp(
      "Functions to draw, e.g. relu, 'leaky-relu(alpha=0.5)' or 'x*tanh(softplus(x))'.", valueName: "function"))
  var arguments: [String] = []

  /// The function texts: the captured words less a `--` terminator, which older habits
  /// (and scripts) may still put before an expression starting with '-'.
  var functions: [String] { arguments.filter { $0 != "--" } }

  @Option(name: .long, help: "Output file; the extension picks the format: .png, .svg or .pdf. Default: FUNCTION.png.")
  var out: String?

  @OptionGroup var chart: ChartOptions

  @Flag(
    name: .long,
    help: "Print where the time went (spec, fonts, layout, drawing and encoding per format, write) to standard error.")
  var timings = false

  func validate() throws {
    if functions.isEmpty { throw ValidationError(FigureSpecError.noFunctions.description) }
    // Functions take unrecognized dashed words too, so '-x^2' needs no '--'; a word that
    // starts with '--' is an option plotnn does not have, not a function.
    if let option = functions.first(where: { $0.hasPrefix("--") }) {
      throw ValidationError("unknown option '\(option)'; 'plotnn plot --help' lists the options")
    }
    do { try spec.validateOptions() } catch { throw ValidationError(error.description) }
    if let out { do { _ = try OutputFormat(path: out) } catch { throw ValidationError(error.description) } }
    if let title = chart.title {
      do { _ = try RichText(markup: title) } catch { throw ValidationError("--title is not valid markup: \(error)") }
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

  /// `leaky-relu.png` for `leaky-relu(alpha=0.5)`: the spec's name part, kept to safe
  /// characters. For an expression the whole text, each run of other characters made one
  /// `-`, without `-` at the ends, at most 60 characters: `x-sigmoid-1-702-x.png` for
  /// `x*sigmoid(1.702*x)` (`expression.png` when nothing is left).
  static func defaultFileName(for function: String, curves: FigureSpec.Curves) -> String {
    let isSpec = (try? FunctionSpec.parse(function)).map { Catalog.standard.activation(named: $0.name) != nil } ?? false
    let name = isSpec ? function.prefix { $0 != "(" && $0 != ":" } : Substring(function)
    let safe = String(name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
    let stem: String
    if isSpec {
      stem = safe.isEmpty ? "figure" : safe
    } else {
      let words = safe.split(separator: "-", omittingEmptySubsequences: true).joined(separator: "-")
      let short = String(words.prefix(60))
      stem = short.isEmpty ? "expression" : String(short.reversed().drop { $0 == "-" }.reversed())
    }
    return stem + (curves == .derivative ? "-derivative" : "") + ".png"
  }
}
