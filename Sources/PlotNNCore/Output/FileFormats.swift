/// The registry of file formats and the backends that write them.
///
/// ```swift
/// var formats = FileFormats.cairo          // PlotNNCairo: png, svg, pdf
/// formats.register(MyBackend())            // adds its formats
/// let bytes = try formats.render(chart, size: size, scale: 1, formats: ["png", "svg"])
/// ```
public struct FileFormats: Sendable {
  public private(set) var backends: [any RenderBackend] = []

  public init(_ backends: [any RenderBackend] = []) {
    for backend in backends { register(backend) }
  }

  /// Adds `backend`; its formats replace registered formats of the same id.
  public mutating func register(_ backend: any RenderBackend) {
    backends.append(backend)
  }

  /// Every format, in registration order, a later registration winning for a repeated id.
  public var all: [FileFormat] {
    var formats: [FileFormat] = []
    for format in backends.flatMap(\.formats) {
      formats.removeAll { $0.id == format.id }
      formats.append(format)
    }
    return formats
  }

  /// The ids: `png, svg, pdf`.
  public var ids: [String] { all.map(\.id) }

  /// `.png, .svg, .pdf`: the extensions, for messages and help texts.
  public var extensionList: String { all.flatMap(\.extensions).map { "." + $0 }.joined(separator: ", ") }

  /// The format called `id`.
  public func format(id: String) throws(RenderError) -> FileFormat {
    guard let format = all.first(where: { $0.id == id }) else {
      throw .unknownFormat(path: id, allowed: extensionList)
    }
    return format
  }

  /// The format `path`'s extension selects (case-insensitive).
  public func format(forPath path: String) throws(RenderError) -> FileFormat {
    let name = (path.split(separator: "/").last.map(String.init) ?? path).lowercased()
    // Decision: the longest extension that ends the name wins, so `d.anim.svg` is the
    // animated SVG and `d.svg` the plain one; a name that is only an extension (`.svg`) has none.
    var best: (format: FileFormat, length: Int)?
    for format in all {
      for ext in format.extensions where name.hasSuffix("." + ext) && name.count > ext.count + 1 {
        if ext.count >= (best?.length ?? 0) { best = (format, ext.count) }
      }
    }
    guard let best else { throw .unknownFormat(path: path, allowed: extensionList) }
    return best.format
  }

  /// The index in ``backends`` of the backend that writes `format` (the last registered).
  func backendIndex(for format: FileFormat) throws(RenderError) -> Int {
    guard let index = backends.lastIndex(where: { $0.formats.contains { $0.id == format.id } }) else {
      throw .unknownFormat(path: format.id, allowed: extensionList)
    }
    return index
  }

  /// One file per format id, `chart` drawn once per backend involved.
  public func render(_ chart: any Chart, size: Size, scale: Double, formats ids: [String]) throws(RenderError)
    -> [[UInt8]]
  {
    try rendered(chart, size: size, scale: scale, formats: ids).files
  }

  /// The files of ``render(_:size:scale:formats:)`` and what the drawing left out (the
  /// first backend's notes: every backend lays the same chart out alike).
  public func rendered(_ chart: any Chart, size: Size, scale: Double, formats ids: [String]) throws(RenderError)
    -> RenderedFigure
  {
    var byBackend: [(backend: Int, slots: [Int], formats: [FileFormat])] = []
    for (slot, id) in ids.enumerated() {
      let format = try format(id: id)
      let backend = try backendIndex(for: format)
      if let k = byBackend.firstIndex(where: { $0.backend == backend }) {
        byBackend[k].slots.append(slot)
        byBackend[k].formats.append(format)
      } else {
        byBackend.append((backend, [slot], [format]))
      }
    }
    var files = [[UInt8]](repeating: [], count: ids.count)
    var notes: LayoutNotes?
    for group in byBackend {
      let drawn = try backends[group.backend].render(chart, size: size, scale: scale, formats: group.formats)
      for (slot, file) in zip(group.slots, drawn.files) { files[slot] = file }
      if notes == nil { notes = drawn.notes }
    }
    return RenderedFigure(files: files, notes: notes ?? LayoutNotes())
  }
}

extension FileFormats {
  /// The files of `spec` in each of `formats` (ids): the library's one-call entry point.
  /// Throws the spec's ``FigureSpecError`` or the backend's ``RenderError``.
  public func render(_ spec: FigureSpec, catalog: Catalog = .standard, formats ids: [String]) throws -> [[UInt8]] {
    let chart = try spec.chart(catalog: catalog)
    return try render(chart, size: spec.resolvedSize, scale: spec.pixelsPerPoint, formats: ids)
  }
}
