import ArgumentParser
import PlotNNCore

/// `plotnn sample FUNCTION [--from X] [--to X] [--count N] [--format csv|json]`.
struct Sample: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print x, f(x), f′(x) at evenly spaced x, both ends included.",
    discussion: "Doubles are printed in Swift's shortest round-trip form: reading them back gives the same bits.")

  enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

  /// `.allUnrecognized` so an expression may start with '-' (`plotnn sample '-x^2'`).
  @Argument(
    parsing: .allUnrecognized,
    help: ArgumentHelp(
      "A catalog id such as gelu or 'elu(alpha=0.5)', or an expression in x such as 'x*tanh(softplus(x))'.",
      valueName: "function"))
  var arguments: [String] = []

  /// The one function, a `--` terminator left out.
  var function: String { arguments.first { $0 != "--" } ?? "" }

  @Option(name: .long, parsing: .unconditional, help: "First x (default: the function's domain).")
  var from: Double?

  @Option(name: .long, parsing: .unconditional, help: "Last x (default: the function's domain).")
  var to: Double?

  @Option(name: .long, help: "Number of samples, 1 to \(SampleTable.maximumCount).")
  var count = 101

  @Option(name: .long, help: "csv or json.")
  var format: Format = .csv

  func validate() throws {
    let words = arguments.filter { $0 != "--" }
    if let option = words.first(where: { $0.hasPrefix("--") }) {
      throw ValidationError("unknown option '\(option)'; 'plotnn sample --help' lists the options")
    }
    guard words.count == 1 else {
      throw ValidationError("sample takes exactly one function (got \(words.count)); e.g. plotnn sample gelu --count 5")
    }
    guard (1...SampleTable.maximumCount).contains(count) else {
      throw ValidationError("--count must be between 1 and \(SampleTable.maximumCount) (got \(count))")
    }
    for (name, value) in [("--from", from), ("--to", to)] {
      if let value, !value.isFinite { throw ValidationError("\(name) must be a finite number (got \(value))") }
    }
  }

  func run() throws {
    let bound: FunctionSource
    do { bound = try Catalog.standard.source(function) } catch { throw ValidationError(error.description) }
    let lo = from ?? bound.domain.lowerBound
    let hi = to ?? bound.domain.upperBound
    guard lo < hi || (lo == hi && count == 1) else {
      // Name where each end came from: a bound not given is the function's default domain.
      let from = self.from == nil ? "the default start \(lo.shortDescription)" : "--from \(lo.shortDescription)"
      let to = self.to == nil ? "the default end \(hi.shortDescription)" : "--to \(hi.shortDescription)"
      throw ValidationError("the x range is empty: \(from) is not below \(to); give --from and --to with from < to")
    }
    let table = SampleTable(bound, name: function, from: lo, to: hi, count: count)
    print(format == .csv ? table.csv : table.json, terminator: "")
  }
}
