/// Where the CSV tables of line figures' `data:` entries come from, as ``StyleSource`` is
/// for style files: the core reads no files, so the program gives ``loadFile`` (the
/// `plotnn` executable reads paths relative to the manifest's folder, or to the working
/// folder for `--data`). Without it, data entries stay unread and their figures are
/// refused by their validation, naming the file.
public struct DataSource: Sendable {
  /// The table of the file `path` as written; nil: no files are read here.
  public var loadFile: (@Sendable (String) throws(DataFileError) -> CSVTable)?

  public init(loadFile: (@Sendable (String) throws(DataFileError) -> CSVTable)? = nil) { self.loadFile = loadFile }

  /// `entries` with their columns read (``LineFigure/DataEntry/load(_:)``).
  public func loaded(_ entries: [LineFigure.DataEntry]) throws(DataFileError) -> [LineFigure.DataEntry] {
    guard let loadFile else { return entries }
    var out = entries
    for k in out.indices where out[k].loaded == nil { try out[k].load(loadFile(out[k].file)) }
    return out
  }

  /// `spec` with the data of its line figure, or of its panels' line figures, read.
  public func loaded(_ spec: FigureSpec) throws(DataFileError) -> FigureSpec {
    var spec = spec
    if var line = spec.options(as: LineFigure.self), !line.data.isEmpty {
      line.data = try loaded(line.data)
      spec.figure = line
    } else if var grid = spec.options(as: PanelsFigure.self) {
      for k in grid.panels.indices { grid.panels[k] = try loaded(grid.panels[k]) }
      spec.figure = grid
    }
    return spec
  }
}
