/// The list of figures of a document: what `plotnn figures` regenerates.
///
/// ```yaml
/// title: Chapter 3 figures        # optional, heads the gallery
/// defaults: {size: 640x480, formats: [png, svg], theme: light}
/// figures:
///   - name: 3.4.2-relu            # file stem, unique
///     section: "3.4.2"
///     caption: ReLU 激活函数
///     functions: relu             # kind: line is the default
///     from: -10
///     to: 10
/// ```
/// A figure takes the common keys (``commonKeys``) and its kind's keys (``FigureKind/keys``);
/// `defaults` may hold any of them, each applied to the figures whose kind takes it. JSON
/// works too (YAML is a superset).
public struct Manifest: Sendable {
  public struct Figure: Sendable {
    /// File stem of the outputs, e.g. `3.4.2-relu` → `3.4.2-relu.png`.
    public var name: String
    public var section: String
    public var caption: String
    /// Output format ids, e.g. `["png", "svg"]`.
    public var formats: [String]
    public var spec: FigureSpec
    /// Where the entry starts, for messages.
    public var line: Int
    /// The manifest file it came from, for messages.
    public var file: String = ""

    /// `figures.yaml:14: figure '3.4.2-relu'`: where an error found while drawing it points.
    public var location: String { "\(file):\(line): figure '\(name)'" }
  }

  public var title: String?
  /// The figures that were read and passed their checks, in manifest order.
  public var figures: [Figure]
  /// The entries that did not, each error naming the file, line, figure (when it has a
  /// name) and key.
  public var failures: [ManifestError] = []

  public init(title: String? = nil, figures: [Figure], failures: [ManifestError] = []) {
    self.title = title
    self.figures = figures
    self.failures = failures
  }

  /// The first failure, thrown: for callers that want all or nothing.
  public func requireAll() throws(ManifestError) -> Manifest {
    if let first = failures.first { throw first }
    return self
  }

  /// The keys every figure takes: the gallery's, then ``FigureSpec/commonKeys``.
  public static let commonKeys = ["section", "caption", "formats"] + FigureSpec.commonKeys

  /// Longest figure name, in UTF-8 bytes: its file (`name.svg`) must fit NAME_MAX (255).
  public static let maximumNameBytes = 200
  /// Largest manifest file read (4 MiB: a book's figures take a few kilobytes); a larger one
  /// is refused before it is parsed.
  public static let maximumFileBytes = 4 * 1_048_576

  /// Formats written when neither the figure nor `defaults` names any.
  public static let defaultFormats = ["png", "svg"]

  /// The figures called `names`, in manifest order; an unknown name is an error that lists it.
  public func selecting(_ names: Set<String>) throws(ManifestSelectionError) -> [Figure] {
    let unknown = names.subtracting(figures.map(\.name) + failures.compactMap(\.figure))
    guard unknown.isEmpty else { throw ManifestSelectionError(unknown: unknown.sorted()) }
    return figures.filter { names.contains($0.name) }
  }
}

/// `--only` named figures the manifest does not have.
public struct ManifestSelectionError: Error, Sendable, CustomStringConvertible {
  public var unknown: [String]
  public var description: String {
    "the manifest has no figure called \(unknown.joined(separator: ", "))"
  }
}
