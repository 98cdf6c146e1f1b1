import Foundation

/// Optimizers on one loss over two weights (section 3.11): on the left the loss's contours
/// with one path per optimizer (palette colours, then dash patterns, ``Style/seriesLine(index:derivative:)``),
/// the start as an open circle and the minima as stars; on the right the loss against the
/// step on a log axis; under both a legend with each optimizer's hyper-parameters.
///
/// **Contours.** Levels are log-spaced when the loss above its minimum spans two decades
/// or more in the window (Rosenbrock's 0 … 2500: a linear spacing would put every level
/// on the valley's walls and none in it), else evenly spaced; the lowest level sits at the
/// 2nd percentile of the grid so the minimum's basin has a ring.
///
/// **Equal aspect** in the contour panel, as in ``ContourChart``: the data window is
/// widened along its shorter side so that a step perpendicular to a contour looks it.
///
/// **Loss panel.** L − L* when the minimum value is known (so the curves fall towards
/// 0 on the log axis), else L when every value is positive, else L on a linear axis; the
/// axis spans whole decades (``LogScale/decades(containing:_:)``), at most 16 below the top.
///
/// **Divergence.** A diverged path is drawn out to the frame (clipped there) and its legend
/// entry says at which step it diverged.
public struct OptimizersChart: Chart {
  public var loss: PlaneLoss
  public var window: (x: ClosedRange<Double>, y: ClosedRange<Double>)
  public var traces: [OptimizersFigure.Trace]
  public var title: RichText?
  public var style: Style = .light
  /// Whether the rates were chosen by ``LearningRateTuner`` (the subtitle states the rule).
  public var tuned = false
  public var steps = OptimizersFigure.defaultSteps
  public var levels = 14
  /// Legend texts instead of the optimizers' names and hyper-parameters (the batch-size
  /// figure's "批量为 1"); nil: from the optimizers.
  public var labels: [String]?
  /// What follows each of ``labels`` after "：" when the legend has room for details
  /// (the batch-size figure's "每轮 3 步"), as the hyper-parameters follow an optimizer's
  /// name; nil: none.
  public var labelDetails: [String]?
  /// The subtitle's second part instead of the learning-rate rule; nil: the rule.
  public var note: String?
  /// Samples per step of each trace: the loss panel's x axis is then the samples seen
  /// (step × batch size), which compares batch sizes at equal work; nil: the step.
  public var samplesPerStep: [Int]?
  /// In an animation's frame: the step the paths are cut at (``visibleCount(_:)``); nil
  /// draws them whole.
  public var pathSteps: Int?
  /// The layout and contours every frame shares
  /// (``AnimatableChart/preparedForFrames(size:tolerance:canvas:)``).
  var frameWork: FrameWork<OptimizersChart.SharedWork>?
  /// The timing the animated formats use.
  public var animation = Animation()
  /// Contours (the default) or the 3-D surface with the paths on it
  /// (``surfaceChart()``).
  public var view: View = .flat
  /// The 3-D view's azimuth and elevation in degrees, as ``SurfaceChart``'s; nil: chosen
  /// (``ViewChoice``, over every path).
  public var azimuth: Double?
  public var elevation: Double?
  /// The 3-D view's height (``SurfaceHeight``).
  public var surfaceHeight: SurfaceHeight = .automatic

  public init(
    loss: PlaneLoss, window: (x: ClosedRange<Double>, y: ClosedRange<Double>), traces: [OptimizersFigure.Trace]
  ) {
    self.loss = loss
    self.window = window
    self.traces = traces
  }

  public var documentTitle: String? { title?.plainText }
  public var fontFamilies: FontFamilies { style.fonts }

  /// "N 步；学习率经调优：…" or "N 步，学习率为给定值".
  var subtitle: RichText {
    let formula = loss.formula.map { "$L = \($0)$，" } ?? "<i>L</i> = \(loss.title)，"
    let rule =
      note
      ?? (tuned
        ? "\(steps) 步，学习率经调优：取 10⁻⁴…10 对数网格（每十倍 3 个）中末 1/4 步最坏损失最低者"
        : "\(steps) 步，学习率为给定值")
    let text = formula + rule
    return (try? RichText(markup: text)) ?? .plain(text)
  }

  /// The legend text of trace `i`: "Adam  η = 0.0464, β₁ = 0.9", then "（TF 约定）" under
  /// convention=tf and "：第 k 步发散" for a diverged path.
  func legendLabel(_ i: Int, parameters: Bool) -> RichText {
    let t = traces[i]
    var text = t.optimizer.entry.title
    if let labels, i < labels.count {
      text = labels[i]
      if parameters, let labelDetails, i < labelDetails.count { text += "：" + labelDetails[i] }
    } else if parameters {
      let list = t.optimizer.legendParameters.map { "\($0.symbol) = \(Self.number($0.value))" }
      if !list.isEmpty { text += "  " + list.joined(separator: ", ") }
      if t.optimizer.values.convention == .tf { text += "（TF 约定）" }
    }
    if case .diverged(let step) = t.path.outcome { text += "：第 \(step) 步发散" }
    return .plain(text)
  }

  /// A hyper-parameter as the legend writes it: up to 3 significant digits, plain from
  /// 10⁻³ to 10⁴ ("0.0464", "0.9", "1"), else "1e-05"-free scientific ("1.0×10⁻⁵").
  static func number(_ v: Double) -> String {
    let m = abs(v)
    if m == 0 { return "0" }
    if m >= 1e-3, m < 1e4 {
      let s = NumberFormat.significant(v, digits: 3)
      return s
    }
    return NumberFormat.scientific(v, decimals: 1)
  }

  @discardableResult
  public func draw(on canvas: Canvas, size: Size, tolerance: Double) -> LayoutNotes {
    FigureHeading.paintBackground(on: canvas, size: size, style: style)
    let shared = frameWork?.work(size: size, tolerance: tolerance)
    let layout = shared?.layout ?? OptimizersChartLayout(chart: self, size: size, canvas: canvas)
    var notes = layout.notes
    if let column = layout.surfaceColumn {
      let panel = OffsetCanvas(canvas, offset: Point(column.minX, column.minY))
      notes.merge(surfaceChart().draw(on: panel, size: Size(width: column.width, height: column.height)))
    } else {
      OptimizersContourPainter(chart: self, layout: layout, canvas: canvas).paint(contours: shared?.contours)
    }
    if let panel = layout.lossPlot {
      notes.merge(
        OptimizersLossPainter(chart: self, plot: panel, canvas: canvas, labels: layout.showTickLabels).paint())
    }
    layout.legend.paint(on: canvas, chart: self)
    layout.heading.paint(on: canvas, width: size.width)
    return notes
  }
}
