/// The surface figure animated: the path grows over the surface step by step
/// (``LiftedPath/cut(atStep:)``); the view, the marks and their labels stay those of the
/// whole path.
extension SurfaceChart: AnimatableChart {
  public var animationSteps: Int { max(0, path.count - 1) }

  public func frame(step: Int) -> any Chart {
    var chart = self
    chart.pathSteps = step
    return chart
  }
}
