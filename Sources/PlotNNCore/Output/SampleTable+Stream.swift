import Foundation

/// The samples of ``SampleTable``, computed as they are written instead of stored: what
/// `plotnn sample` prints, in memory bounded by one chunk (``chunkRows`` rows, a few
/// hundred KB of text) whatever the count. The bytes are those of ``SampleTable/csv`` and
/// ``SampleTable/json`` for the same samples: both are made by the same row formatters.
public struct SampleStream: Sendable {
  public var function: String
  public var source: FunctionSource
  public var from: Double
  public var to: Double
  public var count: Int
  /// The highest derivative printed: 1 (x, y, dy) up to the function's
  /// ``FunctionSource/maximumDerivativeOrder`` (`plotnn sample --order N`).
  public var order = 1

  /// Rows per chunk handed to the sink.
  public static let chunkRows = 4096

  public init(_ f: FunctionSource, name: String, from: Double, to: Double, count: Int) {
    (source, function, self.from, self.to, self.count) = (f, name, from, to, count)
  }

  /// The `i`-th sample (x_{count−1} = to exactly).
  public func row(_ i: Int) -> SampleTable.Row {
    let x = count == 1 ? from : EvenSpacing.value(i, of: count - 1, from: from, to: to)
    let (y, dy) = source.valueAndDerivative(at: x)  // one evaluation for both
    guard order > 1 else { return SampleTable.Row(x: x, y: y, dy: dy) }
    return SampleTable.Row(x: x, y: y, dy: dy, higher: higherDerivatives(at: x))
  }

  /// f″ … f^(order) at x: the catalog's f″, or one jet of an expression for all of them
  /// (f and f′ stay the dual-number path's, so the first three columns never change).
  func higherDerivatives(at x: Double) -> [Double] {
    switch source {
    case .activation(let f): return [f.secondDerivative(at: x)]
    case .expression(let e, _):
      let jet = e.jet(at: x, order: order)
      return (2...order).map { jet.value.isNaN ? .nan : jet.derivative($0) }
    }
  }

  /// The CSV text (``SampleTable/csv``), handed to `sink` in chunks.
  public func writeCSV<E: Error>(to sink: (String) throws(E) -> Void) throws(E) {
    var chunk = SampleTable.csvHeader(order: order)
    try forEachChunk(into: &chunk, sink: sink) { out, row, _ in SampleTable.appendCSV(row, to: &out) }
    if !chunk.isEmpty { try sink(chunk) }
  }

  /// The JSON text (``SampleTable/json``), handed to `sink` in chunks.
  public func writeJSON<E: Error>(to sink: (String) throws(E) -> Void) throws(E) {
    var chunk = SampleTable.jsonHead(function: function)
    try forEachChunk(into: &chunk, sink: sink) { out, row, i in
      if i > 0 { out += "," }
      SampleTable.appendJSON(row, to: &out)
    }
    chunk += SampleTable.jsonTail
    try sink(chunk)
  }

  /// Appends every row to `chunk` with `append`, handing `chunk` to `sink` and emptying it
  /// every ``chunkRows`` rows; the rest stays in `chunk` for the caller to finish.
  private func forEachChunk<E: Error>(
    into chunk: inout String, sink: (String) throws(E) -> Void, append: (inout String, SampleTable.Row, Int) -> Void
  ) throws(E) {
    chunk.reserveCapacity(Self.chunkRows * 80)
    for i in 0..<count {
      append(&chunk, row(i), i)
      if (i + 1) % Self.chunkRows == 0 {
        try sink(chunk)
        chunk.removeAll(keepingCapacity: true)
      }
    }
  }
}
