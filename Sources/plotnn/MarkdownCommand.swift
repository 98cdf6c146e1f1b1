import ArgumentParser
import Foundation
import PlotNNCairo
import PlotNNCore

/// `plotnn markdown IN.md [-o OUT.md] [--out-dir DIR]`: the page with each `plotnn` block
/// replaced by its image.
///
/// Decision: without `-o` the page goes to standard output. The images go to `--out-dir`,
/// by default `STEM-figures` beside the page written (`chapter-figures/` for `chapter.md`),
/// so two pages never share a folder by accident: the images a page no longer refers to are
/// removed from its folder (only `plotnn-<hash>.<format>` files, never another file), and a
/// shared folder would lose the other page's. Links are relative to the page written.
/// Nothing is written outside the page and that folder; both are written atomically.
/// Exit status 1 when a block failed (after writing everything else).
struct MarkdownCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "markdown",
    abstract: "Replace the ```plotnn blocks of a Markdown page by their images (cached by content).",
    discussion: """
      A block's body is a plotnn command line (relu --with-derivative --from -5 --to 5) or a YAML figure entry \
      (functions: [relu, gelu]). Fence attributes: ```plotnn {#fig:relu caption="ReLU" alt="…" formats=svg,pdf \
      dark=true figure=true}. Images are named plotnn-<hash>.<format> by what they draw: an unchanged block is not \
      drawn again, and images no longer used are removed from the folder.
      """)

  @Argument(help: "The Markdown page to read.")
  var input: String

  @Option(name: [.customShort("o"), .customLong("out")], help: "The page to write (default: standard output).")
  var out: String?

  @Option(name: .long, help: "Folder for the images (default: STEM-figures beside the page written).")
  var outDir: String?

  @Flag(name: .long, help: "Draw every block again, even when its image exists.")
  var force = false

  @Flag(name: .long, help: "Keep images the page no longer uses.")
  var noClean = false

  @Flag(name: .long, help: "Print what each block became as JSON on standard output (for integrations).")
  var json = false

  func validate() throws {
    if out == "" { throw ValidationError("-o must name a file") }
    if outDir == "" { throw ValidationError("--out-dir must name a folder") }
    if out == nil && json { throw ValidationError("--json prints to standard output: give the page's path with -o") }
  }

  /// The folder of the page written ("" for the working folder).
  var pageFolder: String { out.map { AtomicFile.folderText(of: $0) } ?? "" }

  var imageFolder: String {
    if let outDir { return outDir }
    let base = AtomicFile.stem(of: AtomicFile.lastComponent(of: out ?? input)) + "-figures"
    return pageFolder.isEmpty ? base : pageFolder + "/" + base
  }

  func run() throws {
    TemporaryFiles.removeOnSignal()
    let text: String
    do { text = try ManifestLoader.read(input, what: "Markdown page") } catch { throw ValidationError("\(error)") }
    if let out, Self.sameFile(out, input) {
      throw ValidationError("-o \(out) is the page being read; write the result to another file")
    }
    let formats = FileFormats.cairo()
    let schema = ManifestSchema(formats: formats.ids, styles: StyleFiles(manifest: input).source)
    let store = DocsImageStore(
      folder: imageFolder, formats: formats, version: PlotNN.configuration.version)
    let prefix = DocsMarkup.relativePath(Self.absolute(imageFolder), from: Self.absolute(pageFolder)) + "/"
    let page = DocsPage(
      source: input, reader: DocsBlockReader(file: input, schema: schema), store: store, linkPrefix: prefix,
      force: force)
    let result = page.process(text)
    for failure in result.failures { StandardError.write(failure + "\n") }
    if let out {
      try AtomicFile.write(Array(result.text.utf8), to: out)
    } else {
      try StandardOutput.write(result.text)
    }
    let removed = noClean ? [] : store.removeUnreferenced(keeping: result.used)
    if json { try StandardOutput.write(DocsJSON.text(result.records, folder: imageFolder)) }
    StandardError.write(Self.summary(result, removed: removed.count) + "\n")
    if !result.failures.isEmpty { throw ExitCode.failure }
  }

  /// `plotnn: 3 blocks: 1 drawn, 2 cached, 0 failed; 1 unused image removed`.
  static func summary(_ result: DocsPage.Result, removed: Int) -> String {
    let blocks = result.records.count
    var text =
      "plotnn: \(blocks) block\(blocks == 1 ? "" : "s"): \(result.drawn) drawn, \(result.cached) cached, "
      + "\(result.failures.count) failed"
    if removed > 0 { text += "; \(removed) unused image\(removed == 1 ? "" : "s") removed" }
    return text
  }

  /// `path` made absolute against the working folder, normalised.
  static func absolute(_ path: String) -> String {
    let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    return "/" + DocsMarkup.components(full).joined(separator: "/")
  }

  /// Whether two paths name one existing file (same device and inode).
  static func sameFile(_ a: String, _ b: String) -> Bool {
    var x = stat()
    var y = stat()
    return stat(a, &x) == 0 && stat(b, &y) == 0 && x.st_dev == y.st_dev && x.st_ino == y.st_ino
  }
}

/// What each block became, as JSON: for the Sphinx extension and other tools.
enum DocsJSON {
  static func text(_ records: [DocsPage.Record], folder: String) -> String {
    let items: [[String: Any]] = records.map { record in
      var item: [String: Any] = ["line": record.line]
      if let error = record.error {
        item["error"] = error
        return item
      }
      item["files"] = Dictionary(record.files.map { ($0.format, folder + "/" + $0.name) }) { a, _ in a }
      if !record.darkFiles.isEmpty {
        item["dark"] = Dictionary(record.darkFiles.map { ($0.format, folder + "/" + $0.name) }) { a, _ in a }
      }
      item["alt"] = record.alt
      if let caption = record.attributes.caption { item["caption"] = caption }
      if let id = record.attributes.id { item["id"] = id }
      return item
    }
    guard let data = try? JSONSerialization.data(withJSONObject: items, options: [.sortedKeys]) else { return "[]\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
