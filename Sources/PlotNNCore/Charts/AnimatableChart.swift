/// A chart whose paths can grow step by step: what the animated formats (`.gif`,
/// `.anim.svg`) draw. A kind opts in by returning a chart that conforms; its frames are the
/// chart with its paths cut at a step.
///
/// The contract, which the animated formats rely on:
/// - `frame(step: animationSteps)` draws exactly what the chart draws;
/// - frames differ only in their paths: layout, data window, contours, labels and every
///   static mark are those of the whole chart in every frame (labels are placed clear of the
///   whole path, so nothing moves or flickers), and a later frame draws all an earlier one
///   drew and more. So the first frame holds every static colour and the last every path
///   colour, which is what the GIF's one palette is chosen from.
///
/// ```swift
/// extension MyChart: AnimatableChart {
///   public var animationSteps: Int { paths.map(\.stepCount).max() ?? 0 }
///   public func frame(step: Int) -> any Chart { var c = self; c.pathSteps = step; return c }
/// }
/// ```
public protocol AnimatableChart: Chart {
  /// Steps of the longest path: frames show steps 0 through this.
  var animationSteps: Int { get }
  /// The chart with every path cut after `step` (0: the starts only).
  func frame(step: Int) -> any Chart
  /// The timing the animated formats use (set from ``FigureSpec/animation``).
  var animation: Animation { get set }
  /// The chart ready to draw many frames at `size` and `tolerance`: what every frame shares
  /// (its layout, its contours, its labels' places) worked out once, text measured on
  /// `canvas`, and kept by each ``frame(step:)`` of the result (``FrameWork``). Drawing a
  /// frame of it paints exactly what drawing the same frame of the chart paints. Default:
  /// the chart itself.
  func preparedForFrames(size: Size, tolerance: Double, canvas: Canvas) -> any AnimatableChart
}

extension AnimatableChart {
  public func preparedForFrames(size: Size, tolerance: Double, canvas: Canvas) -> any AnimatableChart { self }
}

extension FigureSpec {
  /// `chart` with ``animation`` set when it is animatable.
  func applyingAnimation(to chart: any Chart) -> any Chart {
    guard var animated = chart as? any AnimatableChart else { return chart }
    animated.animation = animation
    return animated
  }
}
