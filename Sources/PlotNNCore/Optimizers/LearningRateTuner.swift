import Foundation

/// The `--tune` rule, stated so that a comparison of optimizers is fair and reproducible:
/// each optimizer gets, from one fixed logarithmic grid of learning rates, the rate whose
/// run ends lowest: the lowest *worst loss over the last quarter of the steps*.
///
/// Grid: η = 10^(k/3) for k = −12 … 3, that is 10⁻⁴ … 10 with three rates a decade
/// (1, 2.15, 4.64 × 10ᵏ), 16 runs per optimizer. A run that diverges (``OptimizerRun``)
/// scores +∞; ties go to the smaller rate (the first in the grid); when every rate
/// diverges the smallest is kept and the path shows it. Deterministic: the same spec,
/// loss, start and steps give the same rate on every machine.
///
/// Why the worst of the last quarter and not the final loss alone: on Rosenbrock a rate of
/// 2 makes Adam bounce chaotically across the valley and land, by chance, lower at the
/// last step than a steady run; the worst recent loss is low only for a run that has
/// settled, which is what a reader of the loss panel calls "converged faster". It is
/// still the loss the panel shows, and it does not favour a rate that falls fast and
/// then stalls. Why this grid: it spans the frameworks' defaults (10⁻³ … 1) with a
/// decade to spare each way, and 3 a decade is a factor 2.15 between neighbours, finer
/// than the differences between optimizers the figure is about.
public struct LearningRateTuner: Sendable, Hashable {
  public var run: OptimizerRun

  public init(run: OptimizerRun) { self.run = run }

  /// The grid, smallest first.
  public static let grid: [Double] = (-12...3).map { pow(10, Double($0) / 3) }

  /// max L over the last ⌈n/4⌉ of n + 1 losses (the last loss for a run of under 4 steps).
  static func score(_ losses: [Double]) -> Double {
    let tail = losses.suffix(max(1, (losses.count - 1 + 3) / 4))
    return tail.max() ?? .infinity
  }

  /// The best rate for `optimizer` and its path.
  public func tune(
    _ optimizer: Optimizer, from start: Vector2, loss: (Vector2) -> Double, gradient: (Vector2) -> Vector2
  ) -> (optimizer: Optimizer, path: DescentPath) {
    var best: (score: Double, optimizer: Optimizer, path: DescentPath)?
    for lr in Self.grid {
      let candidate = optimizer.withLearningRate(lr)
      let path = run.run(candidate, from: start, loss: loss, gradient: gradient)
      let score = path.diverged ? Double.infinity : Self.score(path.losses)
      if best == nil || score < best?.score ?? .infinity { best = (score, candidate, path) }
    }
    guard let best else { return (optimizer, run.run(optimizer, from: start, loss: loss, gradient: gradient)) }
    return (best.optimizer, best.path)
  }
}
