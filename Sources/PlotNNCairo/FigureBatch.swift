import Foundation
import PlotNNCore

/// Renders the figures of a manifest into a folder, several at a time.
///
/// Each figure is drawn and encoded independently (own surfaces, a font map borrowed by one
/// thread at a time), so the bytes of a file do not depend on `jobs` or on the order figures
/// finish in. A failing figure is reported and the others are still written.
///
/// Files are not synced one by one: a batch writes them with ``AtomicFile/Durability/deferred``
/// and syncs the folder once at the end (``AtomicFile/syncFolder(_:)``), which is where the
/// durability trade is named.
public struct FigureBatch: Sendable {
  public struct Outcome: Sendable {
    /// The figure's name (a failed entry without one: its `file:line`).
    public var name: String
    /// Paths written.
    public var files: [String]
    public var seconds: Double
    /// Why the figure failed, or nil.
    public var error: String?
    /// What its drawing left out for room (``LayoutNotes/sentence(for:)``), or nil.
    public var note: String? = nil
    /// Whether its files were current (``FigureStamps``) and so not drawn.
    public var cached = false
    /// SHA-256 of each file written, by format id (for ``FigureStamps``).
    public var digests: [String: String] = [:]
  }

  public var catalog: Catalog
  public var formats: FileFormats
  public var folder: String
  public var jobs: Int
  /// The plotnn version the cache keys hold (``FigureStamps``); nil: no cache, every figure
  /// is drawn and no record is kept.
  public var cacheVersion: String?
  /// Draw every figure even when its files are current (and record them anew).
  public var force = false

  public init(
    catalog: Catalog = .standard, formats: FileFormats, folder: String, jobs: Int, cacheVersion: String? = nil,
    force: Bool = false
  ) {
    self.catalog = catalog
    self.formats = formats
    self.folder = folder
    self.jobs = max(1, jobs)
    self.cacheVersion = cacheVersion
    self.force = force
  }

  /// Renders `figures`; `progress` is called once per figure as it finishes (serialised).
  /// Outcomes come back in manifest order whatever the order of rendering.
  /// Temporary files an earlier batch left in ``folder`` (killed by SIGKILL) are removed first.
  /// Every file is on disk when this returns (one sync of the folder, after the last); a
  /// sync that fails is every written figure's failure.
  public func run(_ figures: [Manifest.Figure], progress: @escaping @Sendable (Outcome, Int) -> Void) -> [Outcome] {
    TemporaryFiles.sweepStale(in: folder)
    let state = BatchState(count: figures.count)
    // Computed once, before the workers start: reading the umask briefly changes it.
    let mode = AtomicFile.newFileMode()
    // Costliest kinds first (3-D surfaces, then contour figures, then the rest, each in
    // manifest order), so a slow figure does not start last and leave the other cores idle.
    let cost = { (i: Int) in figures[i].spec.kind.cost }
    let order = figures.indices.sorted { (cost($0), $1) > (cost($1), $0) }
    let stamps = cacheVersion.map { _ in FigureStamps(folder: folder) }
    DispatchQueue.concurrentPerform(iterations: min(jobs, max(figures.count, 1))) { _ in
      while let claimed = state.claim() {
        let index = order[claimed]
        let figure = figures[index]
        // The cache key in the worker, not before: it reflects the whole spec (a few
        // percent of a line figure), which serially held every core back.
        let key = cacheVersion.map { DocsImageStore.key(for: figure.spec, version: $0) }
        let outcome: Outcome
        if !force, let key, let stamps, stamps.isCurrent(figure, key: key, folder: folder) {
          let files = figure.formats.map { folder + "/" + figure.name + "." + $0 }
          outcome = Outcome(name: figure.name, files: files, seconds: 0, cached: true)
        } else {
          outcome = render(figure, newFileMode: mode)
        }
        let done = state.store(outcome, key: key, at: index)
        state.serially { progress(outcome, done) }
      }
    }
    let outcomes = state.outcomes
    let keys = state.keys
    if var stamps {
      for (figure, (outcome, key)) in zip(figures, zip(outcomes, keys)) {
        if outcome.error != nil || key == nil {
          stamps.stamps[figure.name] = nil
        } else if !outcome.cached, let key {
          stamps.stamps[figure.name] = FigureStamps.Stamp(key: key, files: outcome.digests)
        }
      }
      // A record that cannot be written only costs the next run its shortcut.
      try? AtomicFile.write(
        Array(stamps.text.utf8), to: folder + "/" + FigureStamps.fileName, destination: .insideFolder,
        durability: .deferred)
    }
    guard outcomes.contains(where: { !$0.files.isEmpty && !$0.cached }) else { return outcomes }
    do {
      try AtomicFile.syncFolder(folder)
      return outcomes
    } catch {
      return outcomes.map { outcome in
        guard !outcome.files.isEmpty, !outcome.cached else { return outcome }
        var failed = outcome
        failed.error = (outcome.error.map { $0 + "; " } ?? "") + error.description
        return failed
      }
    }
  }

  /// Renders one figure in each of its formats (one drawing, replayed for each). Files are
  /// written only inside ``folder``: a symbolic link, a special file or a folder at a
  /// figure's path is that figure's failure, naming it (``AtomicFile/Destination/insideFolder``).
  ///
  /// Each file is written on its own: one that cannot be (its `.png` path is a folder) does
  /// not keep the figure's other formats from being written, and the figure fails once,
  /// naming every file that failed.
  public func render(_ figure: Manifest.Figure, newFileMode: mode_t? = nil) -> Outcome {
    let start = Date()
    var files: [String] = []
    var failures: [String] = []
    var note: String?
    var digests: [String: String] = [:]
    do {
      let chart = try figure.spec.chart(catalog: catalog)
      let drawn = try formats.rendered(
        chart, size: figure.spec.resolvedSize, scale: figure.spec.pixelsPerPoint, formats: figure.formats)
      note = drawn.notes.sentence(for: figure.spec)
      for (id, bytes) in zip(figure.formats, drawn.files) {
        let path = folder + "/" + figure.name + "." + id
        do {
          try AtomicFile.write(
            bytes, to: path, newFileMode: newFileMode, destination: .insideFolder, durability: .deferred)
          files.append(path)
          digests[id] = FigureStamps.digest(bytes)
        } catch {
          failures.append(error.description)
        }
      }
    } catch {
      failures.append("\(error)")
    }
    let message = failures.isEmpty ? nil : "\(figure.location): " + failures.joined(separator: "; ")
    return Outcome(
      name: figure.name, files: files, seconds: Date().timeIntervalSince(start), error: message, note: note,
      digests: digests)
  }

  /// Regenerates `manifest` (only the figures `names` when given) into ``folder``, created
  /// if missing, with the gallery `README.md` and `index.html` (each figure's manifest text
  /// from `entries`, by name) when every figure is drawn. `source` names the
  /// manifest in the gallery. Throws when a name is unknown or the folder cannot be made.
  /// A figure that fails, when read (``Manifest/failures``, reported first) or when drawn,
  /// is an outcome with its error; the others are still written.
  public func regenerate(
    _ manifest: Manifest, source: String, names: Set<String>? = nil, entries: [String: String] = [:],
    progress: @escaping @Sendable (Outcome, Int) -> Void
  ) throws -> [Outcome] {
    let figures = try names.map { try manifest.selecting($0) } ?? manifest.figures
    try Self.makeFolder(folder)
    let failed = manifest.failures.filter { failure in names.map { failure.figure.map($0.contains) ?? false } ?? true }
    var outcomes: [Outcome] = []
    for (k, failure) in failed.enumerated() {
      let name = failure.figure ?? "\(failure.file):\(failure.line)"
      outcomes.append(Outcome(name: name, files: [], seconds: 0, error: failure.description))
      progress(outcomes[k], k + 1)
    }
    let offset = outcomes.count
    outcomes += run(figures) { outcome, done in progress(outcome, done + offset) }
    if names == nil {
      try AtomicFile.write(
        Array(Gallery.markdown(manifest, source: source).utf8), to: folder + "/README.md", destination: .insideFolder,
        durability: .deferred)
      try AtomicFile.write(
        Array(Gallery.html(manifest, source: source, entries: entries).utf8), to: folder + "/index.html",
        destination: .insideFolder, durability: .deferred)
      try AtomicFile.syncFolder(folder)
    }
    return outcomes
  }

  /// Creates `folder` and its missing parents, after checking every step, so a refused
  /// folder leaves nothing behind: a name too long for the file system or a step that is
  /// a file is reported before anything is created.
  static func makeFolder(_ folder: String) throws(FolderError) {
    var path = folder.hasPrefix("/") ? "" : "."
    for part in folder.split(separator: "/") {
      guard part.utf8.count <= TemporaryFiles.nameMax else {
        throw FolderError(
          folder: folder, reason: "'\(part.prefix(40))…' is longer than \(TemporaryFiles.nameMax) bytes")
      }
      path += "/" + part
      var info = stat()
      if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR {
        throw FolderError(folder: folder, reason: "'\(path)' is a file, not a folder")
      }
      // A link to nothing: creating the folder failed with Foundation's "A file with the
      // same name already exists", which names neither the link nor what is wrong with it.
      if stat(path, &info) != 0, lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
        throw FolderError(
          folder: folder,
          reason: "'\(path)' is a symbolic link to nothing, or a loop of links; remove it or point it at a folder")
      }
    }
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw FolderError(folder: folder, reason: error.localizedDescription)
    }
  }

  /// `46 figures, 92 files, 0 failed in 0.17 s`.
  public static func summary(_ outcomes: [Outcome], seconds: Double) -> String {
    let failed = outcomes.filter { $0.error != nil }.count
    let files = outcomes.reduce(0) { $0 + $1.files.count }
    let cached = outcomes.filter(\.cached).count
    let plural = { (n: Int, word: String) in "\(n) \(word)\(n == 1 ? "" : "s")" }
    return "\(plural(outcomes.count, "figure")), \(plural(files, "file")), \(failed) failed"
      + (cached > 0 ? ", \(cached) unchanged" : "") + " in " + String(format: "%.2f s", seconds)
  }
}

/// The output folder of a batch cannot be made.
public struct FolderError: Error, CustomStringConvertible {
  public var folder: String
  public var reason: String
  public var description: String {
    "'\(folder)' must be a folder plotnn can create or write into (\(reason))"
  }
}

/// Work queue and results shared by the batch's worker threads.
private final class BatchState: @unchecked Sendable {
  private let lock = NSLock()
  private let printLock = NSLock()
  private var next = 0
  private var finished = 0
  private let count: Int
  private var slots: [FigureBatch.Outcome?]
  private var keySlots: [String?]

  init(count: Int) {
    self.count = count
    slots = Array(repeating: nil, count: count)
    keySlots = Array(repeating: nil, count: count)
  }

  func claim() -> Int? {
    lock.withLock {
      guard next < count else { return nil }
      defer { next += 1 }
      return next
    }
  }

  func store(_ outcome: FigureBatch.Outcome, key: String?, at index: Int) -> Int {
    lock.withLock {
      slots[index] = outcome
      keySlots[index] = key
      finished += 1
      return finished
    }
  }

  func serially(_ body: () -> Void) { printLock.withLock(body) }

  var outcomes: [FigureBatch.Outcome] { lock.withLock { slots.compactMap { $0 } } }
  /// The cache key of each figure, in manifest order (nil without a cache version).
  var keys: [String?] { lock.withLock { keySlots } }
}
