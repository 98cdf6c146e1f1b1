import ArgumentParser
import PlotNNCore

/// `plotnn styles [--show NAME|FILE]`: the built-in styles, or one style as a YAML file.
struct StylesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "styles",
    abstract: "List the built-in styles with their values, or print one as a YAML style file.",
    discussion: """
      A style file is YAML with these keys (each optional; --style takes several, the later winning key by key):
      \(StyleSheet.keys.map { "  \($0.key): \($0.meaning)" }.joined(separator: "\n"))
      Start one from a built-in: plotnn styles --show paper > mine.yaml, then plotnn relu --style mine.yaml.
      """)

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Print this style (a built-in or a style file) with every value, as a YAML style file.",
      valueName: "name|file"))
  var show: String?

  func run() throws {
    try StandardOutput.checkOpen()
    guard let show else {
      try StandardOutput.write(Self.listing)
      return
    }
    let sheet: StyleSheet
    do { sheet = try StyleFiles().source.sheet(named: show) } catch {
      throw ValidationError("--show \(show): " + error.located)
    }
    let summary = StyleSheet.builtIns.first { $0.name == show.lowercased() }?.summary
    var text = "# plotnn style '\(show)'" + (summary.map { ": " + $0 } ?? "") + "\n"
    text += "# every value; use with --style FILE (plotnn styles --help lists the keys)\n"
    text += StyleSheet(complete: sheet.style()).yaml
    try StandardOutput.write(text)
  }

  /// Each built-in: its name and summary, then the values it changes from book.
  static var listing: String {
    let width = (StyleSheet.builtIns.map(\.name.count).max() ?? 0) + 2
    return StyleSheet.builtIns.map { builtIn in
      let name = builtIn.name + String(repeating: " ", count: width - builtIn.name.count)
      let values = builtIn.sheet.yaml.split(separator: "\n").map { "    " + $0 }
      let changes = values.isEmpty ? ["    (the defaults)"] : values
      return ([name + builtIn.summary] + changes).joined(separator: "\n") + "\n"
    }.joined()
  }
}
