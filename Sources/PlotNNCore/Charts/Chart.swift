/// Anything that draws itself as one figure on a ``Canvas``.
public protocol Chart: Sendable {
  /// Draws the figure, `size` points large; curves within `tolerance` device units.
  func draw(on canvas: Canvas, size: Size, tolerance: Double)
}

extension LineChart: Chart {}
