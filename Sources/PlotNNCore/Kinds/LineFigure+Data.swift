extension LineFigure {
  /// How a data series is drawn.
  public enum DataStyle: String, Sendable, Hashable, CaseIterable {
    /// A polyline through the rows in file order.
    case line
    /// A marker at each row (a circle unless the look names another).
    case points
    /// Both.
    case both
  }

  /// A column of a CSV file, by its header name or its position from 1.
  ///
  /// Decision: a whole number picks a column by position (`--y 2`), anything else by name,
  /// so a column whose header is itself a number is reached by its position.
  public enum DataColumn: Sendable, Hashable, CustomStringConvertible {
    case name(String)
    case position(Int)

    /// `step` → name, `2` → position 2.
    public init(_ text: String) {
      let trimmed = text.trimmingSpaces
      if let n = Int(trimmed), trimmed.allSatisfy(\.isASCII) { self = .position(n) } else { self = .name(trimmed) }
    }

    public var description: String {
      switch self {
      case .name(let name): return "'\(name)'"
      case .position(let n): return "\(n)"
      }
    }
  }

  /// One CSV file's series: an x column and one or more y columns, each drawn as a curve
  /// against x and labelled in the legend by its header name
  /// (`data: [{file: loss.csv, x: epoch, y: [train, validation], style: line}]`,
  /// `--data loss.csv --x epoch --y train,validation`).
  ///
  /// The core reads no files: the program reads ``file`` (the `plotnn` executable relative
  /// to the manifest's folder, or to the working folder for `--data`) and hands its table
  /// to ``load(_:)``; a figure whose data is not loaded is refused.
  public struct DataEntry: Sendable, Hashable {
    /// The file as written.
    public var file: String
    /// nil: the first column.
    public var x: DataColumn?
    /// Empty: the second column.
    public var y: [DataColumn] = []
    public var style: DataStyle = .line
    /// The columns read, once ``load(_:)`` ran.
    public var loaded: LoadedData?

    public init(file: String, x: DataColumn? = nil, y: [DataColumn] = [], style: DataStyle = .line) {
      self.file = file
      self.x = x
      self.y = y
      self.style = style
    }
  }

  /// The numbers of a data entry's columns, row by row.
  public struct LoadedData: Sendable, Hashable {
    /// The x column's name and values.
    public var xName: String
    public var x: [Double]
    /// Each y column's name and values (as many as ``x``).
    public var y: [(name: String, values: [Double])]

    public static func == (a: Self, b: Self) -> Bool {
      a.xName == b.xName && a.x == b.x && a.y.map(\.name) == b.y.map(\.name) && a.y.map(\.values) == b.y.map(\.values)
    }

    public func hash(into hasher: inout Hasher) {
      hasher.combine(xName)
      hasher.combine(x)
      for column in y {
        hasher.combine(column.name)
        hasher.combine(column.values)
      }
    }
  }

  /// Most data entries (files) of one figure.
  public static let maximumDataEntries = 16
}

extension LineFigure.DataEntry {
  /// `{file: loss.csv, x: epoch, y: [train, val], style: both}`; `y` may be one column.
  static func read(_ node: ManifestNode) throws(ManifestProblem) -> Self {
    guard case .mapping(let entries, _) = node else {
      throw ManifestProblem("expected a mapping {file, x, y, style}, got \(node.summary)", line: node.line)
    }
    var entry = Self(file: "")
    var hasFile = false
    for e in entries {
      switch e.key {
      case "file": (entry.file, hasFile) = (try ManifestReader.string(e.value), true)
      case "x": entry.x = LineFigure.DataColumn(try ManifestReader.string(e.value))
      case "y":
        if case .sequence = e.value {
          entry.y = try ManifestReader.list(e.value, ManifestReader.string).map(LineFigure.DataColumn.init)
        } else {
          entry.y = [LineFigure.DataColumn(try ManifestReader.string(e.value))]
        }
      case "style": entry.style = try ManifestReader.choice(e.value, LineFigure.DataStyle.self)
      default:
        throw ManifestProblem(
          "unknown key '\(e.key)' in a data entry; a data entry takes file, x, y, style", line: e.line)
      }
    }
    guard hasFile, !entry.file.isEmpty else { throw ManifestProblem("a data entry needs file", line: node.line) }
    return entry
  }

  /// Reads the chosen columns of `table` (this entry's file) into ``loaded``.
  ///
  /// Decision: only the columns drawn must hold numbers (another column may hold text, a
  /// run's name); each of their cells must be a finite number. NaN and infinities are
  /// refused, not drawn as gaps: a series is drawn through every row, and a gap would hide
  /// a missing measurement; the message names the cell, to remove the row or fill it.
  /// Spaces around a number are allowed (`1, 0.5`).
  public mutating func load(_ table: CSVTable) throws(DataFileError) {
    let xIndex = try index(of: x ?? .position(1), in: table, flag: "x")
    let columns = y.isEmpty ? [LineFigure.DataColumn.position(2)] : y
    let yIndices = try columns.map { column throws(DataFileError) in try index(of: column, in: table, flag: "y") }
    let names = table.names
    func numbers(_ k: Int) throws(DataFileError) -> [Double] {
      var out: [Double] = []
      out.reserveCapacity(table.rows.count)
      for row in table.rows { out.append(try Self.number(row[k], column: names[k], file: table.file)) }
      return out
    }
    var ys: [(name: String, values: [Double])] = []
    for k in yIndices { ys.append((names[k], try numbers(k))) }
    loaded = LineFigure.LoadedData(xName: names[xIndex], x: try numbers(xIndex), y: ys)
  }

  /// The index of `column` in `table`, or a usage fault naming the columns there are.
  func index(of column: LineFigure.DataColumn, in table: CSVTable, flag: String) throws(DataFileError) -> Int {
    let names = table.names
    let list = names.map { "'\($0)'" }.joined(separator: ", ")
    switch column {
    case .position(let n):
      guard (1...names.count).contains(n) else {
        throw DataFileError(
          file: table.file,
          message: "\(flag) column \(n) is out of range: the file has \(names.count) column"
            + "\(names.count == 1 ? "" : "s") (\(list)), numbered from 1",
          isUsage: true)
      }
      return n - 1
    case .name(let name):
      guard let k = names.firstIndex(of: name) else {
        let near = NameSuggestions.closest(to: name, among: names.map { [$0] }, threshold: 2, limit: 2)
        let hint = near.isEmpty ? "" : "did you mean \(near.map { "'\($0)'" }.joined(separator: " or "))? "
        throw DataFileError(
          file: table.file, message: "no column named '\(name)' for \(flag); \(hint)the columns are \(list)",
          isUsage: true)
      }
      return k
    }
  }

  /// The finite number in `cell`, or a fault at its line and column.
  static func number(_ cell: CSVTable.Cell, column: String, file: String) throws(DataFileError) -> Double {
    let text = cell.text.trimmingSpaces
    guard !text.isEmpty else {
      throw DataFileError(
        file: file, line: cell.line, column: cell.column,
        message: "empty cell in column '\(column)'; every row needs a number there")
    }
    guard let value = Double(text) else {
      throw DataFileError(
        file: file, line: cell.line, column: cell.column,
        message: "'\(text.prefix(40))' in column '\(column)' is not a number")
    }
    guard value.isFinite else {
      throw DataFileError(
        file: file, line: cell.line, column: cell.column,
        message: "'\(text)' in column '\(column)': NaN and infinities are refused (each row is drawn); "
          + "remove the row or write a number")
    }
    return value
  }
}

extension LineFigure {
  /// At most ``maximumDataEntries`` files, each read (``DataEntry/load(_:)``), and at most
  /// ``maximumFunctions`` curves in all.
  func validateData() throws(FigureSpecError) {
    guard !data.isEmpty else { return }
    guard data.count <= Self.maximumDataEntries else {
      throw .value("data", "may name at most \(Self.maximumDataEntries) files (got \(data.count))")
    }
    var columns = 0
    for entry in data {
      guard let loaded = entry.loaded else {
        throw .value("data", "\(entry.file) was not read; data files are read by plotnn plot and plotnn figures")
      }
      columns += loaded.y.count
    }
    let curves = functions.count * drawnOrders.count + columns
    guard curves <= Self.maximumFunctions else {
      throw .value("data", "draws \(curves) curves with the functions; at most \(Self.maximumFunctions) in one figure")
    }
  }

  /// The x extent of every data row (nil without data).
  var dataXExtent: ClosedRange<Double>? {
    let xs = data.compactMap { $0.loaded?.x }.joined()
    guard let lo = xs.min(), let hi = xs.max() else { return nil }
    return lo...hi
  }

  /// The data series, their colours after the functions' (`firstColor` on).
  ///
  /// Decision: each y column is labelled by its header name; with several files, by
  /// `file: name` (the file's name without folder and extension), so two runs' `loss`
  /// columns stay apart in the legend.
  func dataSeries(firstColor: Int) throws(FigureSpecError) -> [LineChart.Series] {
    var out: [LineChart.Series] = []
    for entry in data {
      guard let loaded = entry.loaded else { continue }
      let stem = Self.fileStem(entry.file)
      for column in loaded.y {
        let name = data.count > 1 ? "\(stem): \(column.name)" : column.name
        let points = LineChart.DataPoints(
          x: loaded.x, y: column.values, line: entry.style != .points, points: entry.style != .line)
        let label = try FigureText.richText(Markup.escape(name), field: "data")
        out.append(.data(label: label, points: points, colorIndex: firstColor + out.count))
      }
    }
    return out
  }

  /// `runs/loss.csv` → `loss`.
  static func fileStem(_ path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
    return String(name[..<dot])
  }
}

extension LineFigure {
  /// Axis names of a figure of data alone: the x column's header when every file names x
  /// alike, the y column's when there is one; otherwise *x* and *y* stay.
  func nameAxesFromData(_ chart: inout LineChart) throws(FigureSpecError) {
    let loaded = data.compactMap(\.loaded)
    guard let first = loaded.first else { return }
    if Set(loaded.map(\.xName)).count == 1 {
      chart.xLabel = try FigureText.richText(Markup.escape(first.xName), field: "data")
    }
    let ys = loaded.flatMap { $0.y.map(\.name) }
    if ys.count == 1 { chart.yLabel = try FigureText.richText(Markup.escape(ys[0]), field: "data") }
  }
}

extension LineFigure {
  /// The first data file's name without folder and extension, kept to letters, digits,
  /// `-` and `_` (others become `-`); nil without data or when nothing is left.
  var dataFileStem: String? {
    guard let file = data.first?.file else { return nil }
    let safe = String(Self.fileStem(file).map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
    let trimmed = safe.split(separator: "-", omittingEmptySubsequences: true).joined(separator: "-")
    return trimmed.isEmpty ? nil : String(trimmed.prefix(60))
  }
}
