import ArgumentParser
import Foundation
import PlotNNCairo
import PlotNNCore

/// `plotnn figures [MANIFEST] [--out-dir DIR] [--only NAME,...] [--jobs N]`.
struct Figures: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "figures",
    abstract: "Regenerate every figure of a manifest, in parallel, with a gallery README.md.",
    discussion: """
      A figure takes \(Manifest.commonKeys.joined(separator: ", ")) and the keys of its kind: \
      \(FigureKinds.standard.all.map { "\($0.id): \($0.keyNames.joined(separator: ", "))" }.joined(separator: "; ")). \
      A figure that fails its checks (with file:line, figure and key) or its drawing is reported and the others are still written, with the gallery; the exit status is 1 if any failed.
      """)

  @Argument(help: "The manifest (YAML or JSON).")
  var manifest = "examples/figures.yaml"

  @Option(name: .long, help: "Folder for the figures and README.md (created if missing).")
  var outDir = "output"

  @Option(name: .long, help: "Only these figures (comma-separated names).")
  var only: String?

  @Option(
    name: .long, parsing: .unconditional, help: "Figures rendered at once (default: the number of cores).",
    transform: ArgumentValue.wholeNumber)
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  /// Decision: figures whose entry, style and plotnn version are unchanged and whose files
  /// are as last written are not drawn again (``FigureStamps``, `.plotnn-cache` in the
  /// folder); `--force` draws them all.
  @Flag(name: .long, help: "Draw every figure, even those whose files are up to date.")
  var force = false

  /// The names of `--only`, or nil for every figure.
  var selected: Set<String>? {
    only.map { Set($0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }) }
  }

  func validate() throws {
    if outDir.isEmpty { throw ValidationError("--out-dir must name a folder (got an empty string)") }
    if let selected, selected.isEmpty {
      throw ValidationError("--only needs one or more figure names, comma-separated")
    }
    guard (1...256).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 256 (got \(jobs))") }
  }

  func run() throws {
    let start = Date()
    TemporaryFiles.removeOnSignal()
    let formats = FileFormats.cairo()
    var schema = ManifestSchema(formats: formats.ids, styles: StyleFiles(manifest: manifest).source)
    schema.data = DataFiles.source(manifest: manifest)
    let loaded = try ManifestLoader.load(manifest, schema: schema)
    let batch = FigureBatch(
      formats: formats, folder: outDir, jobs: jobs, cacheVersion: PlotNN.configuration.version, force: force)
    let progress = Progress(total: selected?.count ?? loaded.figures.count + loaded.failures.count)
    let outcomes: [FigureBatch.Outcome]
    do {
      outcomes = try batch.regenerate(loaded, source: manifest, names: selected, entries: entryTexts(loaded)) {
        outcome, done in
        progress.report(outcome, done: done)
      }
    } catch let error as ManifestSelectionError {
      throw ValidationError("--only: \(error)")
    } catch let error as FolderError {
      throw ValidationError("--out-dir \(error)")
    }
    progress.finish()
    let summary = FigureBatch.summary(outcomes, seconds: Date().timeIntervalSince(start))
    StandardError.write((summary + "\n"))
    if outcomes.contains(where: { $0.error != nil }) { throw ExitCode.failure }
  }
}

extension Figures {
  /// Each figure's text in the manifest, for the HTML gallery's `<details>` (failed entries
  /// count as starts, so that no entry shows another's lines).
  func entryTexts(_ loaded: Manifest) -> [String: String] {
    guard let text = try? ManifestLoader.read(manifest) else { return [:] }
    var starts = Dictionary(loaded.figures.map { ($0.name, $0.line) }) { a, _ in a }
    for (k, failure) in loaded.failures.enumerated() { starts["\u{0}failed-\(k)"] = failure.line }
    return Gallery.entryTexts(text, starts: starts)
  }
}

/// One line per figure; on a terminal, a live bar that the lines scroll above.
private final class Progress: @unchecked Sendable {
  let total: Int
  let live = isatty(STDERR_FILENO) != 0

  init(total: Int) { self.total = total }

  func report(_ outcome: FigureBatch.Outcome, done: Int) {
    let ms = outcome.cached ? " unchanged" : String(format: "%6.1f ms", outcome.seconds * 1000)
    var line = "[\(String(done).leftPad(String(total).count))/\(total)] \(ms)  \(outcome.name)"
    if let error = outcome.error { line = "[\(done)/\(total)] FAILED \(outcome.name): \(error)" }
    // What the figure left out for room, once, under its line (``LayoutNotes``).
    if let note = outcome.note { line += "\nplotnn: note: \(outcome.name): \(note)" }
    if live { line = "\r\u{1B}[2K" + line }
    var text = line + "\n"
    if live {
      let width = 30
      let filled = width * done / max(total, 1)
      text +=
        "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        + "] \(done)/\(total)"
    }
    StandardError.write(text)
  }

  func finish() { if live { StandardError.write("\r\u{1B}[2K") } }
}

extension String {
  fileprivate func leftPad(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}

extension ManifestError: LocalizedError {
  public var errorDescription: String? { description }
}
