import Foundation
import PlotNNCore

/// Renders the figures of a manifest into a folder, several at a time.
///
/// Each figure is drawn and encoded independently (own Cairo surface, own Pango font map),
/// so the bytes of a file do not depend on `jobs` or on the order figures finish in. A
/// failing figure is reported and the others are still written.
public struct FigureBatch: Sendable {
  public struct Outcome: Sendable {
    public var figure: Manifest.Figure
    /// Paths written.
    public var files: [String]
    public var seconds: Double
    /// Why the figure failed, or nil.
    public var error: String?
  }

  public var catalog: Catalog
  public var folder: String
  public var jobs: Int
  /// Font maps shared by the workers, one borrower at a time.
  public var fonts = FontMapPool()

  public init(catalog: Catalog, folder: String, jobs: Int) {
    self.catalog = catalog
    self.folder = folder
    self.jobs = max(1, jobs)
  }

  /// Renders `figures`; `progress` is called once per figure as it finishes (serialised).
  /// Outcomes come back in manifest order whatever the order of rendering.
  public func run(_ figures: [Manifest.Figure], progress: @escaping @Sendable (Outcome, Int) -> Void) -> [Outcome] {
    let state = BatchState(count: figures.count)
    // Longest first (3-D surfaces, then contour figures, then the rest, each in manifest
    // order), so a slow figure does not start last and leave the other cores idle.
    let order = figures.indices.sorted { (Self.cost(figures[$0]), $1) > (Self.cost(figures[$1]), $0) }
    DispatchQueue.concurrentPerform(iterations: min(jobs, max(figures.count, 1))) { _ in
      while let claimed = state.claim() {
        let index = order[claimed]
        let outcome = render(figures[index])
        let done = state.store(outcome, at: index)
        state.serially { progress(outcome, done) }
      }
    }
    return state.outcomes
  }

  /// Rough relative rendering cost of a figure, for scheduling only.
  static func cost(_ figure: Manifest.Figure) -> Int {
    switch figure.spec.kind {
    case .surface: return 3
    case .descent: return 2
    case .line, .softmax: return 1
    }
  }

  /// Renders one figure in each of its formats.
  public func render(_ figure: Manifest.Figure) -> Outcome {
    let start = Date()
    var files: [String] = []
    do {
      let chart = try figure.spec.chart(catalog: catalog)
      var formats: [OutputFormat] = []
      for name in figure.formats {
        guard let format = OutputFormat(rawValue: name) else { throw RenderError.unknownFormat(path: name) }
        formats.append(format)
      }
      // One drawing, replayed for every format.
      let outputs = try FigureRenderer.render(
        chart, formats: formats, size: figure.spec.size, scale: figure.spec.scale, fonts: fonts)
      for (format, bytes) in zip(formats, outputs) {
        let path = folder + "/" + figure.name + "." + format.rawValue
        try AtomicFile.write(bytes, to: path)
        files.append(path)
      }
      return Outcome(figure: figure, files: files, seconds: Date().timeIntervalSince(start), error: nil)
    } catch {
      return Outcome(figure: figure, files: files, seconds: Date().timeIntervalSince(start), error: "\(error)")
    }
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

  init(count: Int) {
    self.count = count
    slots = Array(repeating: nil, count: count)
  }

  func claim() -> Int? {
    lock.withLock {
      guard next < count else { return nil }
      defer { next += 1 }
      return next
    }
  }

  func store(_ outcome: FigureBatch.Outcome, at index: Int) -> Int {
    lock.withLock {
      slots[index] = outcome
      finished += 1
      return finished
    }
  }

  func serially(_ body: () -> Void) { printLock.withLock(body) }

  var outcomes: [FigureBatch.Outcome] { lock.withLock { slots.compactMap { $0 } } }
}
