extension FigureSpec {
  /// The softmax figure of ``logits`` (1 to 64 finite values).
  public func softmaxChart() throws(FigureSpecError) -> SoftmaxChart {
    try validateOptions()
    guard (1...64).contains(logits.count) else { throw .logits("softmax needs 1 to 64 logits (got \(logits.count))") }
    if let bad = logits.first(where: { !$0.isFinite }) { throw .notFinite(option: "logit", value: bad) }
    var chart = SoftmaxChart(logits: logits)
    chart.style = Style(theme: Theme.named(theme) ?? .light)
    if let title, title.isEmpty {
      chart.title = nil
    } else {
      chart.title = try FigureSpecError.richText(title ?? "Softmax", field: "title")
      chart.subtitle = try FigureSpecError.richText(
        "σ(<i>z</i>)<sub><i>j</i></sub> = <i>e</i><sup><i>z</i><sub><i>j</i></sub></sup> / Σ<sub><i>k</i></sub> <i>e</i><sup><i>z</i><sub><i>k</i></sub></sup>",
        field: "subtitle")
    }
    return chart
  }
}
