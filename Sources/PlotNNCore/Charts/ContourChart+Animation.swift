/// The descent figure animated: each panel's path grows step by step
/// (``DescentPathGeometry/cut(atStep:)``), everything else as in the static figure.
extension ContourChart: AnimatableChart {
  /// The longest panel's iterates less its start.
  public var animationSteps: Int { panels.map { max(0, ($0.path?.points.count ?? 1) - 1) }.max() ?? 0 }

  public func frame(step: Int) -> any Chart {
    var chart = self
    chart.pathSteps = step
    return chart
  }
}
