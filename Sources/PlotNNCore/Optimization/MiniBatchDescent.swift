/// Mini-batch gradient descent on a least-squares problem (section 3.5.2): each epoch the
/// samples are shuffled (Fisher–Yates, driven by ``SplitMix64Stream``) and cut into
/// consecutive batches of `batchSize` (the last one shorter when the size does not divide
/// n), as `torch.utils.data.DataLoader(shuffle=True)` does; each batch takes one step
///
///     w ← w − η·∇L_B(w),   ∇L_B(w) = (1/|B|)·Σ_{i∈B} (w·xᵢ − yᵢ)·xᵢ
///
/// so every batch size sees the same samples per epoch: batch size n is full-batch
/// gradient descent (one step an epoch), 1 is stochastic gradient descent (n steps).
/// The path records the full-data loss L(w) at every iterate, which is what the runs are
/// compared by. A seed gives the same shuffles on every machine.
public struct MiniBatchDescent: Sendable, Hashable {
  public var batchSize: Int
  public var learningRate: Double
  public var epochs: Int
  public var seed: UInt64

  public init(batchSize: Int, learningRate: Double, epochs: Int, seed: UInt64) {
    self.batchSize = batchSize
    self.learningRate = learningRate
    self.epochs = epochs
    self.seed = seed
  }

  /// The run from `start`; stopped (diverged) when an iterate or its loss is not finite or
  /// the loss exceeds 10⁶ times the start's.
  public func run(on problem: LeastSquaresProblem, from start: Vector2) -> DescentPath {
    var random = SplitMix64Stream(seed: seed)
    let n = problem.samples.count
    let size = min(max(batchSize, 1), max(n, 1))
    var w = start
    var points = [start]
    var losses = [problem.loss(start)]
    let limit = 1e6 * max(losses[0], 1)
    var order = Array(0..<n)
    for _ in 0..<epochs {
      // Fisher–Yates from the end: swap i with a uniform j in 0...i.
      for i in Swift.stride(from: n - 1, to: 0, by: -1) { order.swapAt(i, random.below(i + 1)) }
      var first = 0
      while first < n {
        let batch = order[first..<min(first + size, n)].map { problem.samples[$0] }
        first += size
        w = w - learningRate * LeastSquaresProblem(samples: batch).gradient(w)
        let value = problem.loss(w)
        guard w.isFinite, value.isFinite else {
          return DescentPath(points: points, losses: losses, outcome: .diverged(step: points.count))
        }
        points.append(w)
        losses.append(value)
        if value > limit {
          return DescentPath(points: points, losses: losses, outcome: .diverged(step: points.count - 1))
        }
      }
    }
    return DescentPath(points: points, losses: losses, outcome: .stepLimit)
  }
}
