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

  /// The layout and each panel's contours and labels, the same in every frame.
  struct SharedWork: Sendable {
    let layout: ContourChartLayout
    let panels: [ContourPanelPainter.Work]
  }

  public func preparedForFrames(size: Size, tolerance: Double, canvas: Canvas) -> any AnimatableChart {
    let layout = ContourChartLayout(chart: self, size: size, canvas: canvas)
    let panels = zip(panels, layout.panels).map { panel, panelLayout in
      ContourPanelPainter(chart: self, panel: panel, layout: panelLayout, canvas: canvas, tolerance: tolerance).work()
    }
    var chart = self
    chart.frameWork = FrameWork(size: size, tolerance: tolerance, work: SharedWork(layout: layout, panels: panels))
    return chart
  }
}
