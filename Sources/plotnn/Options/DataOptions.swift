import ArgumentParser
import PlotNNCore

/// `--data FILE.csv` (repeatable), `--x COL`, `--y COL[,COL…]`, `--data-style`: CSV series
/// beside the functions (``LineFigure/DataEntry``).
///
/// Decision: `--x`, `--y` and `--data-style` apply to every `--data` file alike (several
/// runs of one log format side by side); a manifest gives each file its own columns.
struct DataOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "A CSV file with a header row to draw (repeatable); columns by --x and --y, default the first two.",
      valueName: "file.csv"))
  var data: [String] = []

  @Option(
    name: .customLong("x"),
    help: ArgumentHelp(
      "The x column of each --data file, by header name or number from 1. Default: 1.", valueName: "col"))
  var xColumn: String?

  @Option(
    name: .customLong("y"),
    help: ArgumentHelp(
      "The y columns of each --data file, comma-separated, by header name or number from 1. Default: 2.",
      valueName: "col[,col…]"))
  var yColumns: String?

  @Option(
    name: .long,
    help: ArgumentHelp("How data rows are drawn: line, points or both. Default: line.", valueName: "line|points|both"))
  var dataStyle: LineFigure.DataStyle?

  func validate() throws {
    guard data.isEmpty else { return }
    for (flag, given) in [("--x", xColumn != nil), ("--y", yColumns != nil), ("--data-style", dataStyle != nil)]
    where given {
      throw ValidationError("\(flag) picks how --data files are read; give --data FILE.csv with it")
    }
  }

  /// The entries, not yet read.
  var entries: [LineFigure.DataEntry] {
    let y = yColumns.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) } ?? []
    return data.map { file in
      LineFigure.DataEntry(
        file: file, x: xColumn.map(LineFigure.DataColumn.init), y: y.map(LineFigure.DataColumn.init),
        style: dataStyle ?? .line)
    }
  }
}

extension LineFigure.DataStyle: NamedValueArgument {}
