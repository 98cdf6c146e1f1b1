import ArgumentParser
import PlotNNCore

/// `plotnn list [--json|--markdown]`: the catalog.
struct List: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the activation functions: ids, aliases, parameters, formulas.")

  @Flag(help: "Print JSON instead of a table.")
  var json = false

  @Flag(help: "Print a Markdown table (for the README).")
  var markdown = false

  /// A write error on standard output is exit 1 with one message.
  func run() throws {
    try StandardOutput.checkOpen()
    let listing = CatalogListing(.standard)
    try StandardOutput.write(json ? listing.json : markdown ? listing.markdown : listing.text)
  }
}
