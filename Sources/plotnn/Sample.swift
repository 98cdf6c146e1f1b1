import ArgumentParser
import PlotNNCore

/// `plotnn sample FUNCTION [--from X] [--to X] [--count N] [--format csv|json]`.
struct Sample: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sample",
    abstract: "Print x, f(x), f′(x) (and f″ … with --order) at evenly spaced x, both ends included.",
    discussion: "Doubles are printed in Swift's shortest round-trip form: reading them back gives the same bits.")

  enum Format: String, NamedValueArgument { case csv, json }

  /// `.allUnrecognized` so an expression may start with '-' (`plotnn sample '-x^2'`).
  @Argument(
    parsing: .allUnrecognized,
    help: ArgumentHelp(
      "A catalog id such as gelu or 'elu(alpha=0.5)', or an expression in x such as 'x*tanh(softplus(x))'.",
      valueName: "function"))
  var arguments: [String] = []

  @Option(
    name: .long, parsing: .unconditional, help: "First x (default: the function's domain).",
    transform: ArgumentValue.number)
  var from: Double?

  @Option(
    name: .long, parsing: .unconditional, help: "Last x (default: the function's domain).",
    transform: ArgumentValue.number)
  var to: Double?

  @Option(
    name: .long, parsing: .unconditional, help: "Number of samples, 1 to \(SampleTable.maximumCount).",
    transform: ArgumentValue.wholeNumber)
  var count = 101

  @Option(
    name: .long, parsing: .unconditional,
    help: "Highest derivative printed: 2 adds d2y (f″), up to 4 for expressions (2 for catalog functions).",
    transform: ArgumentValue.wholeNumber)
  var order = 1

  @Option(name: .long, help: "Output format.")
  var format: Format = .csv

  /// The words given, a `--` terminator left out.
  var words: [String] { arguments.filter { $0 != "--" } }

  func validate() throws {
    if let option = words.first(where: { $0.hasPrefix("--") }) {
      throw ValidationError("unknown option '\(option)'; 'plotnn sample --help' lists the options")
    }
    guard words.count == 1 else {
      throw ValidationError("sample takes exactly one function (got \(words.count)); e.g. plotnn sample gelu --count 5")
    }
    _ = try stream
  }

  /// What to print; checked, not yet sampled.
  var stream: SampleStream {
    get throws {
      do { return try SampleStream(words[0], from: from, to: to, count: count, order: order, catalog: .standard) } catch
      {
        throw ValidationError(FieldSpelling.message(error))
      }
    }
  }

  /// Streams the samples to standard output, a chunk at a time (memory stays bounded
  /// whatever the count); a write error is exit 1 with one message.
  func run() throws {
    let stream = try stream
    try StandardOutput.checkOpen()
    switch format {
    case .csv: try stream.writeCSV(to: StandardOutput.write)
    case .json: try stream.writeJSON(to: StandardOutput.write)
    }
  }
}
