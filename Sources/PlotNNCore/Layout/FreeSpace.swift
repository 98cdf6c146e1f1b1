/// The room left for text on a figure: inside `bounds`, off every curve (``CurveObstacles``),
/// and off every box already taken. Tick labels, axis names, the legend and mark labels
/// are placed through one value of this, in that order, so none covers another or the data
/// (matplotlib's legend `loc="best"` idea, applied to every text).
struct FreeSpace {
  /// Where text may go: the figure.
  let bounds: Rect
  let curves: CurveObstacles
  private(set) var taken: [Rect] = []

  init(bounds: Rect, curves: CurveObstacles) {
    self.bounds = bounds
    self.curves = curves
  }

  /// Whether `box` lies inside ``bounds``.
  func inside(_ box: Rect) -> Bool {
    box.minX >= bounds.minX && box.maxX <= bounds.maxX && box.minY >= bounds.minY && box.maxY <= bounds.maxY
  }

  /// Whether `box` overlaps a taken box.
  func overlapsTaken(_ box: Rect) -> Bool { taken.contains { $0.intersects(box) } }

  /// Whether `box` is inside, off the curves and off every taken box.
  func isFree(_ box: Rect) -> Bool { inside(box) && !overlapsTaken(box) && !curves.meets(box) }

  /// Marks `box` as taken.
  mutating func take(_ box: Rect) { taken.append(box) }
}
