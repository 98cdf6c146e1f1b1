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

  /// The root `arguments` are parsed with, and whose messages report their errors.
  static func root(for arguments: [String]) -> any ParsableCommand.Type {
    guard let first = arguments.first, otherWords.contains(first) else { return PlotNN.self }
    return NamedCommandRoot.self
  }

  /// The command `arguments` name, parsed as ``root(for:)`` would, but a plot line (its
  /// first word names no command) first with ``Plot`` as the root.
  ///
  /// Why: through ``PlotNN`` swift-argument-parser reflects `plot`'s argument set once more
  /// for the root's own pass (whether the default subcommand captures passthrough input),
  /// about a twentieth of `plotnn relu --out relu.png`'s instructions. Whatever `Plot` alone
  /// does not parse to a `Plot` (an error, help, `--version`, a completion script's flag,
  /// a refused option) is parsed again through ``PlotNN``, so help and every message are the
  /// ones it gives; a line `Plot` accepts parses to the same command either way, since
  /// ``PlotNN``'s own pass takes nothing but those built-in flags.
  static func parse(_ arguments: [String]) throws -> any ParsableCommand {
    let root = root(for: arguments)
    // Help (`-h` anywhere) parses to a help command, not an error: only a `Plot` is taken.
    if root == PlotNN.self, let first = arguments.first, !commandNames.contains(first),
      let plot = try? Plot.parseAsRoot(arguments), plot is Plot
    {
      return plot
    }
    return try root.parseAsRoot(arguments)
  }
}
