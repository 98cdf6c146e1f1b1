import ArgumentParser
import Foundation
import PlotNNCairo
import PlotNNCore

/// `plotnn mdbook`: an mdBook preprocessor. mdBook runs `plotnn mdbook supports RENDERER`
/// (exit 0: supported) and then `plotnn mdbook` with `[context, book]` as JSON on standard
/// input, and reads the book back from standard output.
///
/// ```toml
/// [preprocessor.plotnn]
/// command = "plotnn mdbook"
/// # out-dir = "plotnn-figures"   # inside the book's src folder (the default)
/// ```
///
/// Decision: every chapter's blocks go through ``DocsPage``, as `plotnn markdown` does; the
/// images go to one folder inside the book's `src` (mdBook copies it into every renderer's
/// output), linked relative to each chapter. Images no chapter uses any more are removed
/// from that folder (only `plotnn-<hash>` files). Markdown images and plain HTML work in
/// every renderer, so every renderer is supported. A failing block is reported as
/// `src/CHAPTER.md:LINE: message`, kept with its note, and the exit status is 1, which
/// mdBook turns into a failed build.
struct MdbookCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "mdbook",
    abstract: "mdBook preprocessor: replace the ```plotnn blocks of every chapter by their images.",
    discussion: """
      In book.toml: [preprocessor.plotnn] command = "plotnn mdbook". mdBook calls 'plotnn mdbook supports RENDERER' \
      and then passes the book as JSON on standard input.
      """)

  @Argument(help: "'supports RENDERER' when mdBook asks; nothing otherwise.")
  var words: [String] = []

  /// Largest book read from standard input: 64 MiB.
  static let maximumInput = 64 * 1_048_576

  func validate() throws {
    guard words.isEmpty || (words.count == 2 && words[0] == "supports") else {
      throw ValidationError("plotnn mdbook takes 'supports RENDERER' or nothing (the book comes on standard input)")
    }
  }

  func run() throws {
    if !words.isEmpty { return }
    TemporaryFiles.removeOnSignal()
    let input = FileHandle.standardInput.readDataToEndOfFile()
    guard input.count <= Self.maximumInput else {
      throw ValidationError("the book on standard input is over 64 MiB")
    }
    guard let pair = try? JSONSerialization.jsonObject(with: input) as? [Any], pair.count == 2,
      let context = pair[0] as? [String: Any], var book = pair[1] as? [String: Any]
    else {
      throw ValidationError("expected mdBook's [context, book] JSON on standard input")
    }
    let root = context["root"] as? String ?? "."
    let config = context["config"] as? [String: Any]
    let src = (config?["book"] as? [String: Any])?["src"] as? String ?? "src"
    let own = (config?["preprocessor"] as? [String: Any])?["plotnn"] as? [String: Any]
    let folderName = own?["out-dir"] as? String ?? "plotnn-figures"
    let srcPath = MarkdownCommand.absolute(root + "/" + src)
    let store = DocsImageStore(
      folder: srcPath + "/" + folderName, formats: .cairo(), version: PlotNN.configuration.version)
    var run = BookRun(store: store, srcPath: srcPath, srcName: src)
    let key = book["items"] != nil ? "items" : "sections"
    if let items = book[key] as? [Any] { book[key] = run.items(items) }
    let output = try JSONSerialization.data(withJSONObject: book)
    try StandardOutput.write(Array(output))
    let removed = store.removeUnreferenced(keeping: run.used)
    var summary = DocsPage.Result(text: "", records: run.records)
    (summary.drawn, summary.cached) = (run.drawn, run.cached)
    StandardError.write(MarkdownCommand.summary(summary, removed: removed.count) + "\n")
    if !summary.failures.isEmpty { throw ExitCode.failure }
  }
}

/// The walk over a book's items, collecting what the chapters used.
private struct BookRun {
  let store: DocsImageStore
  let srcPath: String
  let srcName: String
  var used: Set<String> = []
  var records: [DocsPage.Record] = []
  var drawn = 0
  var cached = 0

  mutating func items(_ list: [Any]) -> [Any] {
    list.map { item in
      guard var wrapper = item as? [String: Any], var chapter = wrapper["Chapter"] as? [String: Any] else {
        return item
      }
      if let content = chapter["content"] as? String {
        chapter["content"] = page(content, path: chapter["source_path"] as? String ?? chapter["path"] as? String)
      }
      if let sub = chapter["sub_items"] as? [Any] { chapter["sub_items"] = items(sub) }
      wrapper["Chapter"] = chapter
      return wrapper
    }
  }

  mutating func page(_ content: String, path: String?) -> String {
    let chapter = path ?? "draft.md"
    let folder = AtomicFile.folderText(of: chapter)
    let source = srcName + "/" + chapter
    let prefix = DocsMarkup.relativePath(store.folder, from: srcPath + (folder.isEmpty ? "" : "/" + folder)) + "/"
    let schema = ManifestSchema(formats: store.formats.ids, styles: StyleFiles(manifest: source).source)
    let page = DocsPage(
      source: source, reader: DocsBlockReader(file: source, schema: schema), store: store, linkPrefix: prefix)
    let result = page.process(content)
    for failure in result.failures { StandardError.write(failure + "\n") }
    used.formUnion(result.used)
    records += result.records
    drawn += result.drawn
    cached += result.cached
    return result.text
  }
}
