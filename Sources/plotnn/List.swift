import ArgumentParser
import PlotNNCore

/// `plotnn list [--json|--markdown]`: the catalog.
struct List: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List the activation functions: ids, aliases, parameters, formulas.")

  @Flag(help: "Print JSON instead of a table.")
  var json = false

  @Flag(help: "Print a Markdown table (for the README).")
  var markdown = false

  func run() {
    let listing = CatalogListing(.standard)
    print(json ? listing.json : markdown ? listing.markdown : listing.text, terminator: "")
  }
}
