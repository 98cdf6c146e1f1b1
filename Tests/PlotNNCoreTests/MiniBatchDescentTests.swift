import Testing

@testable import PlotNNCore

struct MiniBatchDescentTests {
  let problem = DescentOptions().problem

  /// Batch size n is full-batch gradient descent: the same iterates as w − η∇L(w).
  @Test func fullBatchIsGradientDescent() {
    let path = MiniBatchDescent(batchSize: 24, learningRate: 0.5, epochs: 10, seed: 7).run(
      on: problem, from: Vector2(-1, 0))
    var w = Vector2(-1, 0)
    #expect(path.points.count == 11)
    for k in 1...10 {
      w = w - 0.5 * problem.gradient(w)
      #expect((path.points[k] - w).length <= 1e-12 * max(1, w.length))
    }
  }

  /// Every size sees n samples an epoch: ⌈n/b⌉ steps; one seed, one path; another seed,
  /// another path (for b < n).
  @Test(arguments: [1, 5, 8, 24])
  func stepsPerEpochAndSeeds(_ b: Int) {
    let run = MiniBatchDescent(batchSize: b, learningRate: 0.5, epochs: 3, seed: 1)
    let a = run.run(on: problem, from: Vector2(-1, 0))
    #expect(a.points.count == 1 + 3 * ((24 + b - 1) / b))
    #expect(a == run.run(on: problem, from: Vector2(-1, 0)))
    var other = run
    other.seed = 2
    if b < 24 { #expect(a != other.run(on: problem, from: Vector2(-1, 0))) }
  }

  /// Batch size 1 with the same rate wanders more than the full batch near the minimum:
  /// the mean distance to the minimiser over the last epoch's iterates is larger.
  @Test func singleSamplesWander() throws {
    let m = try #require(problem.minimizer)
    let full = MiniBatchDescent(batchSize: 24, learningRate: 0.5, epochs: 200, seed: 1).run(
      on: problem, from: Vector2(-1, 0))
    let one = MiniBatchDescent(batchSize: 1, learningRate: 0.5, epochs: 200, seed: 1).run(
      on: problem, from: Vector2(-1, 0))
    let tail = one.points.suffix(24).map { ($0 - m).length }.reduce(0, +) / 24
    #expect(tail > 10 * ((full.points.last ?? .zero) - m).length)
  }
}
