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
/// Every figure key may also stand in `defaults`. JSON works too (YAML is a superset).
public struct Manifest: Sendable {
  public struct Figure: Sendable {
    /// File stem of the outputs, e.g. `3.4.2-relu` → `3.4.2-relu.png`.
    public var name: String
    public var section: String
    public var caption: String
    /// Output formats (extensions), e.g. `["png", "svg"]`.
    public var formats: [String]
    public var spec: FigureSpec
    /// Where the entry starts, for messages.
    public var line: Int
  }

  public var title: String?
  public var figures: [Figure]

  /// Formats a manifest may ask for.
  public static let allowedFormats = ["png", "svg", "pdf"]
}
