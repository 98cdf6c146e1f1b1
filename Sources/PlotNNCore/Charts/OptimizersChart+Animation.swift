/// The optimizers and batch-size figures animated: every path (and its loss curve) grows
/// together, everything else (window, contours, both axes, legend) fixed from the whole
/// runs, so nothing moves between frames and the last frame is the static figure.
///
/// Decision: frame `step` shows the same share of every run. For the optimizers, whose runs
/// take the same steps (a diverged one stops early), that is the first `step` steps of each;
/// for batch sizes, whose runs see the same samples in different numbers of steps, it is the
/// same number of samples seen, so batch size 1 does not finish before the full batch starts.
extension OptimizersChart: AnimatableChart {
  /// The longest run's steps.
  public var animationSteps: Int { traces.map { max(0, $0.path.points.count - 1) }.max() ?? 0 }

  public func frame(step: Int) -> any Chart {
    var chart = self
    chart.pathSteps = step
    return chart
  }

  /// The layout (window, axes, legend) and the contours, the same in every frame.
  struct SharedWork: Sendable {
    let layout: OptimizersChartLayout
    let contours: [(Path, StrokeStyle)]
  }

  public func preparedForFrames(size: Size, tolerance: Double, canvas: Canvas) -> any AnimatableChart {
    let layout = OptimizersChartLayout(chart: self, size: size, canvas: canvas)
    // The 3-D view draws its surface panel afresh each frame (its own layout).
    let contours =
      layout.surfaceColumn == nil
      ? OptimizersContourPainter(chart: self, layout: layout, canvas: canvas).contours() : []
    var chart = self
    chart.frameWork = FrameWork(size: size, tolerance: tolerance, work: SharedWork(layout: layout, contours: contours))
    return chart
  }

  /// How many iterates of trace `i` the frame shows (all of them outside an animation).
  func visibleCount(_ i: Int) -> Int {
    let count = traces[i].path.points.count
    guard let pathSteps, count > 1 else { return count }
    let longest = max(1, animationSteps)
    if samplesPerStep != nil {
      let share = Double(min(pathSteps, longest)) / Double(longest)
      return 1 + Int((share * Double(count - 1)).rounded(.down))
    }
    return min(count, pathSteps + 1)
  }
}
