import Foundation

/// Evenly spaced samples of a function and its derivative: what `plotnn sample` prints.
///
/// x_i = from + (to − from)·i/(n − 1) for i in 0..<n, with x_{n−1} = to exactly, so both
/// ends are included. Doubles are printed with Swift's shortest round-trip spelling
/// (`Double.description`), so reading them back gives the same bits.
public struct SampleTable: Sendable, Hashable {
  public struct Row: Sendable, Hashable, Codable {
    public var x: Double
    public var y: Double
    public var dy: Double
  }

  public var function: String
  public var rows: [Row]

  /// Most rows one call may ask for (a guard against typos such as 1e10).
  public static let maximumCount = 10_000_000

  /// Most evaluation work of one table of an expression, count × its nodes
  /// (``MathExpression/nodeCount``): 20,000,000, e.g. 20,000 rows of a 1000-node
  /// expression, so a table takes about a second at most; a larger count is refused
  /// up front, naming the bound (`init(_:from:to:count:catalog:)`).
  public static let maximumExpressionWork = 20_000_000

  public init(_ f: BoundActivation, name: String, from: Double, to: Double, count: Int) {
    self.init(.activation(f), name: name, from: from, to: to, count: count)
  }

  /// Samples a catalog activation or an expression (its derivative by automatic
  /// differentiation).
  public init(_ f: FunctionSource, name: String, from: Double, to: Double, count: Int) {
    function = name
    rows = (0..<count).map { i in
      let x = count == 1 ? from : EvenSpacing.value(i, of: count - 1, from: from, to: to)
      let (y, dy) = f.valueAndDerivative(at: x)
      return Row(x: x, y: y, dy: dy)
    }
  }

  /// `x,y,dy` header and one line a row.
  public var csv: String {
    var out = "x,y,dy\n"
    out.reserveCapacity(rows.count * 48)
    // NaN prints as "nan" whatever its sign bit (Swift would write "-nan"), as in the JSON.
    let text = { (v: Double) in v.isNaN ? "nan" : "\(v)" }
    for r in rows { out += "\(text(r.x)),\(text(r.y)),\(text(r.dy))\n" }
    return out
  }

  /// `{"function": ..., "points": [{"x": .., "y": .., "dy": ..}, ...]}`; non-finite values
  /// as the strings "inf", "-inf", "nan" (JSON has no such numbers).
  public var json: String {
    struct Document: Codable {
      var function: String
      var points: [Row]
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    let data = (try? encoder.encode(Document(function: function, points: rows))) ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
