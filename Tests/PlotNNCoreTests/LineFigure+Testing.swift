@testable import PlotNNCore

extension LineFigure {
  /// The line chart of these options through the library's one path (validation first).
  func testChart(title: String? = nil, style: StyleSheet = StyleSheet(), catalog: Catalog = .standard) throws
    -> LineChart
  {
    var spec = FigureSpec(self)
    spec.title = title
    spec.style = style
    try spec.validate(catalog: catalog)
    return try lineChart(spec, catalog: catalog)
  }
}
