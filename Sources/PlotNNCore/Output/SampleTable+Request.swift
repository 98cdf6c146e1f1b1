extension SampleTable {
  /// `count` samples of the function `text` (a catalog spec or an expression) from `from` to
  /// `to`, each end defaulting to the function's domain: what `plotnn sample` prints. The
  /// rules (count in range, finite ends, a non-empty range unless one sample is asked for)
  /// name the field; an end not given is named as the function's default.
  public init(
    _ text: String, from: Double?, to: Double?, count: Int, catalog: Catalog
  ) throws(FigureSpecError) {
    try FieldRules.within(count, 1...Self.maximumCount, "count")
    try FieldRules.finite(from, "from")
    try FieldRules.finite(to, "to")
    let f: FunctionSource
    do { f = try catalog.source(text) } catch {
      throw FigureSpecError(field: "functions", message: "\(error.description)")
    }
    if case .expression(let e, _) = f {
      // count × nodes bounds the work; Int division, so no product can overflow.
      let most = Self.maximumExpressionWork / max(1, e.nodeCount)
      guard count <= most else {
        throw .value(
          "count",
          "may be at most \(most) for this expression of \(e.nodeCount) nodes (count × nodes at most "
            + "\(Self.maximumExpressionWork)); got \(count)")
      }
    }
    let lo = from ?? f.domain.lowerBound
    let hi = to ?? f.domain.upperBound
    guard lo < hi || (lo == hi && count == 1) else {
      let start: FieldText = from == nil ? "the default start \(lo)" : "\(field: "from") \(lo)"
      let end: FieldText = to == nil ? "the default end \(hi)" : "\(field: "to") \(hi)"
      throw FigureSpecError(
        field: from == nil ? "to" : "from",
        message:
          "the x range is empty: \(start) is not below \(end); give \(field: "from") and \(field: "to") with from < to"
      )
    }
    self.init(f, name: text, from: lo, to: hi, count: count)
  }
}
