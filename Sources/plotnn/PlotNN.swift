import ArgumentParser
import Foundation

/// The `plotnn` command: `plot` is the default subcommand, so `plotnn relu --out relu.png`
/// works as `plotnn plot relu --out relu.png`.
///
/// Every command states its `commandName`, even where it equals the type's name: otherwise
/// ArgumentParser derives it with `String(describing:)` of the type on every start, which
/// asks the Swift runtime three protocol conformances per command, each a scan of the
/// binary's ~6,600 conformance records (about a fifth of `plotnn --version`'s instructions).
@main
struct PlotNN: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plotnn",
    abstract: "Draw neural-network activation functions and their derivatives as PNG, SVG or PDF.",
    discussion: """
      Examples:
        plotnn relu --out relu.png
        plotnn 'leaky-relu(alpha=0.5)' --with-derivative --from -10 --to 10 --out leaky.svg
        plotnn sample gelu --from -3 --to 3 --count 7
        plotnn list
      """,
    version: "0.1.0",
    // One subcommand per figure kind (FigureKinds.standard), then the other commands.
    subcommands: [
      Plot.self, SoftmaxCommand.self, DescentCommand.self, SurfaceCommand.self, PanelsCommand.self,
      NetworkCommand.self, LRNCommand.self, OptimizersCommand.self, BatchSizeCommand.self, List.self, Sample.self,
      Figures.self, StylesCommand.self, MathCommand.self, MarkdownCommand.self, MdbookCommand.self,
    ],
    defaultSubcommand: Plot.self
  )

  /// Most arguments one command line may hold: far more than any figure takes (64 functions
  /// or logits), and few enough that parsing stays instant (swift-argument-parser's work
  /// grows with the square of the count: 20 000 arguments took seconds).
  static let maximumArguments = 512

  /// Refuses an overlong command line before parsing it, then runs the command.
  static func main() {
    // A reader that goes away (`plotnn figures 2>&1 | head -1`) makes writes fail with
    // EPIPE instead of killing the process: standard output reports it (exit 1), progress
    // on standard error is dropped and the batch still finishes.
    signal(SIGPIPE, SIG_IGN)
    let arguments = Array(CommandLine.arguments.dropFirst())
    guard arguments.count <= maximumArguments else {
      StandardError.write(
        "Error: plotnn takes at most \(maximumArguments) arguments (got \(arguments.count)); a figure takes at most 64 functions or logits, and a manifest (plotnn figures) holds any number of figures\n"
      )
      Foundation.exit(ExitCode.validationFailure.rawValue)
    }
    var command: any ParsableCommand
    let root = NamedCommandRoot.root(for: arguments)
    do { command = try NamedCommandRoot.parse(DerivativeOrderArgument.rewrite(arguments)) } catch {
      exit(reporting: error, root: root)
    }
    do {
      try command.run()
    } catch let error as ValidationError {
      // Refused while running (a spec the core rejects, an output folder that is a file):
      // the parser would follow the message with the root command's usage line, which says
      // nothing about the fault; the message alone names it and what is allowed.
      StandardError.write("Error: \(error.message)\n")
      Foundation.exit(ExitCode.validationFailure.rawValue)
    } catch {
      exit(reporting: error, root: root)
    }
  }

  /// Ends with `error` as swift-argument-parser's `exit(withError:)` does, except that the
  /// texts of a clean exit (`--help`, `--version`, `plotnn help CMD`, a completion script)
  /// go through the checked ``StandardOutput``: the parser `print`s them unchecked, so
  /// `plotnn --help > /dev/full` exited 0 having written nothing. A failed write is one
  /// message on standard error and exit 1, as for every other command's output.
  static func exit(reporting error: any Error, root: any ParsableCommand.Type) -> Never {
    guard root.exitCode(for: error) == .success else { root.exit(withError: error) }
    let text = root.fullMessage(for: error)
    do {
      if !text.isEmpty { try StandardOutput.write(text + "\n") }
    } catch {
      StandardError.write("Error: \(error)\n")
      Foundation.exit(ExitCode.failure.rawValue)
    }
    Foundation.exit(ExitCode.success.rawValue)
  }
}
