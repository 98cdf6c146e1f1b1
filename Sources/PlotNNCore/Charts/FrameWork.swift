/// What every frame of an animation shares, worked out once for one drawing size and
/// tolerance (``AnimatableChart/preparedForFrames(size:tolerance:canvas:)``): the layout, the
/// contours, the labels' places, which the frames' contract keeps the same in every frame.
/// A frame drawn at that size and tolerance uses it; any other drawing works afresh, so a
/// prepared chart never draws differently from an unprepared one.
struct FrameWork<Work: Sendable>: Sendable {
  let size: Size
  let tolerance: Double
  let work: Work

  /// The work, when it was done for this `size` and `tolerance`.
  func work(size: Size, tolerance: Double) -> Work? {
    size == self.size && tolerance == self.tolerance ? work : nil
  }
}
