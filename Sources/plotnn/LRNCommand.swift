import ArgumentParser
import PlotNNCore

/// `plotnn lrn --out FILE`: the local response normalisation window of section 3.6.7.
struct LRNCommand: FigureCommand {
  static let configuration = CommandConfiguration(
    commandName: LRNFigure.id, abstract: LRNFigure.summary + ".",
    discussion: "Example: plotnn lrn --channels 8 --channel 3 --depth 4 --out lrn.svg")

  @Option(name: .long, help: "N, the number of channels (1 to 24; default 8).")
  var channels: Int?
  @Option(name: .long, help: "i, the channel normalised, 0-based (default 3).")
  var channel: Int?
  @Option(name: .long, help: "n: the sum runs over n/2 channels each side (default 4).")
  var depth: Int?
  @Option(name: .long, help: "Cells along a channel map's side (1 to 12; default 5).")
  var grid: Int?
  @Option(name: .long, help: "The position's x, 0-based (default 2).")
  var x: Int?
  @Option(name: .long, help: "The position's y, 0-based, from the bottom (default 1).")
  var y: Int?

  @OptionGroup var output: OutputOptions
  @OptionGroup var look: LookOptions

  var spec: FigureSpec {
    get throws {
      var figure = LRNFigure()
      if let channels { figure.channels = channels }
      if let channel { figure.channel = channel }
      if let depth { figure.depth = depth }
      if let grid { figure.grid = grid }
      if let x { figure.x = x }
      if let y { figure.y = y }
      return try look.spec(figure)
    }
  }
}
