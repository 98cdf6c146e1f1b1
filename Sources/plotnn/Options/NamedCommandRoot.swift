import ArgumentParser

/// The root command for a command line that starts with another command's name
/// (`plotnn list`, `plotnn figures …`, `plotnn --version`): ``PlotNN`` without its default
/// subcommand.
///
/// Why: with `defaultSubcommand: Plot.self`, swift-argument-parser builds and reflects the
/// default command's whole argument set on every parse, to learn whether it captures
/// passthrough arguments, even when the line names another command: with `plot`'s option
/// groups that was a third of `plotnn --version`'s and `plotnn list`'s instructions
/// (35 → 23 million, callgrind). A line that names no command (`plotnn relu --out r.png`),
/// `plot` itself, help (`--help`, `-h`, `help …`), completion scripts and the empty line
/// still go through ``PlotNN``, so they parse, and print help, exactly as before.
struct NamedCommandRoot: ParsableCommand {
  static let configuration: CommandConfiguration = {
    var configuration = PlotNN.configuration
    configuration.defaultSubcommand = nil
    return configuration
  }()

  /// Every word that names a command: the root's subcommands and swift-argument-parser's
  /// own `help`.
  static let commandNames: Set<String> =
    Set(PlotNN.configuration.subcommands.compactMap { $0.configuration.commandName }).union(["help"])

  /// The first words this root parses: every command's name but `plot` and `help`, and
  /// `--version` (answered by either root alike).
  static let otherWords: Set<String> = commandNames.subtracting(["plot", "help"]).union(["--version"])

  /// The root `arguments` are parsed with.
  static func root(for arguments: [String]) -> any ParsableCommand.Type {
    guard let first = arguments.first, otherWords.contains(first) else { return PlotNN.self }
    return NamedCommandRoot.self
  }
}
