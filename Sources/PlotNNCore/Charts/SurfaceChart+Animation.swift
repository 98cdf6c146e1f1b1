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

  /// The layout (view, lifted path, marks, labels) worked out once for all frames: it is
  /// the whole path's in every frame.
  public func preparedForFrames(size: Size, tolerance: Double, canvas: Canvas) -> any AnimatableChart {
    var chart = self
    chart.frameLayout = FrameWork(
      size: size, tolerance: tolerance, work: SurfaceChartLayout(chart: self, size: size, canvas: canvas))
    return chart
  }
}
