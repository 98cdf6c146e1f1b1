import ArgumentParser

/// The `plotnn` command: `plot` is the default subcommand, so `plotnn relu --out relu.png`
/// works as `plotnn plot relu --out relu.png`.
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
      Plot.self, SoftmaxCommand.self, DescentCommand.self, SurfaceCommand.self, List.self, Sample.self, Figures.self,
    ],
    defaultSubcommand: Plot.self
  )
}
