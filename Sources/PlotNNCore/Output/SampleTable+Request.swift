extension SampleStream {
  /// `count` samples of the function `text` (a catalog spec or an expression) from `from` to
  /// `to`, each end defaulting to the function's domain: what `plotnn sample` prints. The
  /// rules (count in range, finite ends, a non-empty range unless one sample is asked for)
  /// name the field; an end not given is named as the function's default. Nothing is
  /// sampled yet.
  public init(
    _ text: String, from: Double?, to: Double?, count: Int, order: Int = 1, catalog: Catalog
  ) throws(FigureSpecError) {
    try FieldRules.within(count, 1...SampleTable.maximumCount, "count")
    guard (1...Jet.maximumOrder).contains(order) else {
      throw .value(
        "order",
        "must be a whole number from 1 to \(Jet.maximumOrder) (got \(order)); catalog functions have exact "
          + "derivatives up to order 2, expressions up to \(Jet.maximumOrder)")
    }
    try FieldRules.finite(from, "from")
    try FieldRules.finite(to, "to")
    let f: FunctionSource
    do { f = try catalog.source(text) } catch {
      throw FigureSpecError(field: "functions", message: "\(error.description)")
    }
    if let problem = f.derivativeOrderProblem(order) { throw .value("order", "\(order) for \(text): \(problem)") }
    if case .expression(let e, _) = f {
      // count × nodes bounds the work (a jet of order n counted as n evaluations); Int
      // division, so no product can overflow.
      let bound = SampleTable.maximumExpressionWork
      let most = bound / max(1, e.nodeCount * (order > 1 ? 1 + order : 1))
      guard count <= most else {
        let limit: FieldText = "(count × nodes at most \(bound)); got \(count)"
        throw .value("count", "may be at most \(most) for this expression of \(e.nodeCount) nodes \(limit)")
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
    self.order = order
  }
}

extension SampleTable {
  /// The samples ``SampleStream/init(_:from:to:count:catalog:)`` describes, computed now.
  public init(
    _ text: String, from: Double?, to: Double?, count: Int, catalog: Catalog
  ) throws(FigureSpecError) {
    self.init(try SampleStream(text, from: from, to: to, count: count, catalog: catalog))
  }
}
