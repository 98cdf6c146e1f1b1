extension FigureSpec {
  /// The chart of this spec's kind.
  public func chart(catalog: Catalog) throws(FigureSpecError) -> any Chart {
    switch kind {
    case .line: return try lineChart(catalog: catalog)
    case .softmax: return try softmaxChart()
    case .descent: return try descentChart()
    case .surface: return try surfaceChart()
    }
  }

  /// The figure size in points.
  public var size: Size { Size(width: width, height: height) }
}
