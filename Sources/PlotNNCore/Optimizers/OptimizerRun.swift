/// How an optimizer is run on a loss over two weights: a fixed number of steps (no early
/// stop, so every path of a comparison has the same length and the loss panel compares
/// like with like), stopped when the run diverges.
///
/// Diverged at step k: x_k or L(x_k) is not finite (that iterate is not kept), or x_k is
/// outside `escape` (kept, so the path is drawn out to the frame's edge, where the chart
/// clips it). A run never loops past `steps` and never traps: every operation is IEEE
/// arithmetic on doubles.
public struct OptimizerRun: Sendable, Hashable {
  public var steps: Int
  /// The box a run must stay in; nil: only non-finite values count as divergence.
  public var escape: (x: ClosedRange<Double>, y: ClosedRange<Double>)?

  public init(steps: Int, escape: (x: ClosedRange<Double>, y: ClosedRange<Double>)? = nil) {
    self.steps = steps
    self.escape = escape
  }

  public static func == (a: Self, b: Self) -> Bool {
    a.steps == b.steps && a.escape?.x == b.escape?.x && a.escape?.y == b.escape?.y
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(steps)
    hasher.combine(escape?.x)
    hasher.combine(escape?.y)
  }

  /// The path of `optimizer` from `start` on `loss` with its `gradient`.
  public func run(
    _ optimizer: Optimizer, from start: Vector2, loss: (Vector2) -> Double, gradient: (Vector2) -> Vector2
  ) -> DescentPath {
    let rule = optimizer.rule
    var points = [start]
    var losses = [loss(start)]
    guard start.isFinite, losses[0].isFinite else {
      return DescentPath(points: points, losses: losses, outcome: .diverged(step: 0))
    }
    var sx = rule.initialSlots(at: start.x)
    var sy = rule.initialSlots(at: start.y)
    var w = start
    for t in Swift.stride(from: 1, through: steps, by: 1) {
      let g = gradient(w)
      w = Vector2(
        rule.update(w.x, gradient: g.x, slots: &sx, step: t), rule.update(w.y, gradient: g.y, slots: &sy, step: t))
      let value = loss(w)
      guard w.isFinite, value.isFinite else {
        return DescentPath(points: points, losses: losses, outcome: .diverged(step: t))
      }
      points.append(w)
      losses.append(value)
      if let escape, !(escape.x.contains(w.x) && escape.y.contains(w.y)) {
        return DescentPath(points: points, losses: losses, outcome: .diverged(step: t))
      }
    }
    return DescentPath(points: points, losses: losses, outcome: .stepLimit)
  }
}
