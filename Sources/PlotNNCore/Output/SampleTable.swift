import Foundation

/// Evenly spaced samples of a function and its derivative, stored: the library's table.
/// `plotnn sample` writes the same bytes without storing them (``SampleStream``).
///
/// x_i = from + (to − from)·i/(n − 1) for i in 0..<n, with x_{n−1} = to exactly, so both
/// ends are included. Doubles are printed with Swift's shortest round-trip spelling
/// (`Double.description`), so reading them back gives the same bits.
public struct SampleTable: Sendable, Hashable {
  public struct Row: Sendable, Hashable, Codable {
    public var x: Double
    public var y: Double
    public var dy: Double
    /// f″, f‴, … when a higher order is asked for (``SampleStream/order``): columns `d2y`,
    /// `d3y`, `d4y` after `dy`. Empty for order 1, so the table is the one it always was.
    public var higher: [Double] = []

    public init(x: Double, y: Double, dy: Double, higher: [Double] = []) {
      (self.x, self.y, self.dy, self.higher) = (x, y, dy, higher)
    }

    enum CodingKeys: String, CodingKey { case x, y, dy }
  }

  public var function: String
  public var rows: [Row]

  /// Most rows one call may ask for: 4 000 000 (about 1.2 s as JSON here, within the 2 s
  /// budget; 10 000 000 took 3 s).
  public static let maximumCount = 4_000_000

  /// Most evaluation work of one table of an expression, count × its nodes
  /// (``MathExpression/nodeCount``): 20,000,000, e.g. 20,000 rows of a 1000-node
  /// expression, so a table takes about a second at most; a larger count is refused
  /// up front, naming the bound (``SampleStream/init(_:from:to:count:catalog:)``).
  public static let maximumExpressionWork = 20_000_000

  public init(_ f: BoundActivation, name: String, from: Double, to: Double, count: Int) {
    self.init(.activation(f), name: name, from: from, to: to, count: count)
  }

  /// Samples a catalog activation or an expression (its derivative by automatic
  /// differentiation).
  public init(_ f: FunctionSource, name: String, from: Double, to: Double, count: Int) {
    self.init(SampleStream(f, name: name, from: from, to: to, count: count))
  }

  /// The rows of `stream`, computed now.
  public init(_ stream: SampleStream) {
    function = stream.function
    rows = (0..<stream.count).map(stream.row)
  }

  /// `x,y,dy` header and one line a row.
  public var csv: String {
    var out = Self.csvHeader
    out.reserveCapacity(rows.count * 48)
    for r in rows { Self.appendCSV(r, to: &out) }
    return out
  }

  /// `{"function": ..., "points": [{"x": .., "y": .., "dy": ..}, ...]}`; non-finite values
  /// as the strings "inf", "-inf", "nan" (JSON has no such numbers).
  public var json: String {
    var out = Self.jsonHead(function: function)
    for (i, r) in rows.enumerated() {
      if i > 0 { out += "," }
      Self.appendJSON(r, to: &out)
    }
    return out + Self.jsonTail
  }

  // MARK: Row formatters, shared with SampleStream

  static let csvHeader = "x,y,dy\n"

  /// `x,y,dy,d2y,…,dNy` for order N ≥ 2, `x,y,dy` for 1.
  static func csvHeader(order: Int) -> String {
    order <= 1 ? csvHeader : "x,y,dy" + (2...order).map { ",d\($0)y" }.joined() + "\n"
  }

  /// `x,y,dy\n`. NaN prints as "nan" whatever its sign bit (Swift would write "-nan"), as
  /// in the JSON.
  static func appendCSV(_ r: Row, to out: inout String) {
    let text = { (v: Double) in v.isNaN ? "nan" : v.description }
    out += text(r.x)
    out += ","
    out += text(r.y)
    out += ","
    out += text(r.dy)
    for v in r.higher {
      out += ","
      out += text(v)
    }
    out += "\n"
  }

  /// The document up to the first point: `{"function":"…","points":[`, the name escaped by
  /// Foundation's JSONEncoder (the format these tables always had: sorted keys, `\/`).
  static func jsonHead(function: String) -> String {
    struct Document: Encodable {
      var function: String
      var points: [Row] = []
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let data = (try? encoder.encode(Document(function: function))) ?? Data()
    // `{"function":"…","points":[]}` less its closing `]}`.
    return String(decoding: data.dropLast(2), as: UTF8.self)
  }

  static let jsonTail = "]}\n"

  /// `{"dy":…,"x":…,"y":…}` as JSONEncoder writes a Row with sorted keys: finite values in
  /// Swift's shortest round-trip form less a trailing ".0", non-finite ones as strings.
  /// Higher orders come first as `"d2y":…,"d3y":…`, sorted keys as the rest ('2' < 'y').
  static func appendJSON(_ r: Row, to out: inout String) {
    out += "{"
    for (k, v) in r.higher.enumerated() {
      out += "\"d\(k + 2)y\":"
      appendJSONNumber(v, to: &out)
      out += ","
    }
    out += "\"dy\":"
    appendJSONNumber(r.dy, to: &out)
    out += ",\"x\":"
    appendJSONNumber(r.x, to: &out)
    out += ",\"y\":"
    appendJSONNumber(r.y, to: &out)
    out += "}"
  }

  static func appendJSONNumber(_ v: Double, to out: inout String) {
    if v.isNaN { return out += "\"nan\"" }
    if v.isInfinite { return out += v < 0 ? "\"-inf\"" : "\"inf\"" }
    let text = v.description
    out += text.hasSuffix(".0") ? String(text.dropLast(2)) : text
  }
}
