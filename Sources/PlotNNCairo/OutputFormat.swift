/// The file formats plotnn writes, chosen by the output path's extension.
public enum OutputFormat: String, Sendable, CaseIterable {
  case png, svg, pdf

  /// The format named by `path`'s extension (case-insensitive).
  public init(path: String) throws(RenderError) {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex,
      let format = OutputFormat(rawValue: name[name.index(after: dot)...].lowercased())
    else { throw RenderError.unknownFormat(path: path) }
    self = format
  }
}
