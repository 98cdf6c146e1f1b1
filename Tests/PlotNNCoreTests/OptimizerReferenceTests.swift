import Foundation
import Testing

@testable import PlotNNCore

/// The table scripts/optimizer_reference/optimizer_reference.py writes: 50 steps of each
/// optimizer spec on a quadratic and on Rosenbrock, transcribed from torch.optim and
/// TensorFlow's training_ops.cc and checked there against optax (and TensorFlow's raw ops
/// when it installs).
struct OptimizerReference: Decodable {
  struct Case: Decodable {
    var spec: String
    var loss: String
    var start: [Double]
    var x: [Double]
    var y: [Double]
  }
  var steps: Int
  var cases: [Case]

  static func load() throws -> OptimizerReference {
    try ReferenceResource.decode(OptimizerReference.self, named: "optimizer-reference")
  }
}

struct OptimizerReferenceTests {
  static let losses: [String: (loss: @Sendable (Vector2) -> Double, gradient: @Sendable (Vector2) -> Vector2)] = [
    "quadratic": ({ 0.5 * $0.x * $0.x + 5 * $0.y * $0.y }, { Vector2($0.x, 10 * $0.y) }),
    "rosenbrock": (
      { (1 - $0.x) * (1 - $0.x) + 100 * ($0.y - $0.x * $0.x) * ($0.y - $0.x * $0.x) },
      { Vector2(-2 * (1 - $0.x) - 400 * $0.x * ($0.y - $0.x * $0.x), 200 * ($0.y - $0.x * $0.x)) }
    ),
  ]

  /// Every iterate within 4 units in the last place of the path's largest coordinate.
  ///
  /// Why so tight: the Swift rules and the transcription perform the same IEEE operations
  /// in the same order (sqrt and pow from the same libm), so they agree bit for bit unless
  /// a compiler contracts a·b + c into a fused multiply-add somewhere; 4 ulps of the
  /// path's scale absorbs such a contraction over 50 steps, while any difference in a
  /// formula (ε inside or outside the root, a bias correction, a step index off by one)
  /// moves the iterates by 10⁻⁸ relative or far more. Scaled by the path's largest
  /// coordinate, not each value's, because an iterate that crosses 0 has no relative
  /// precision of its own.
  @Test(arguments: try OptimizerReference.load().cases)
  func trajectoryMatchesReference(_ reference: OptimizerReference.Case) throws {
    let optimizer = try Optimizer(parsing: reference.spec)
    let functions = try #require(Self.losses[reference.loss])
    let path = OptimizerRun(steps: reference.x.count - 1).run(
      optimizer, from: Vector2(reference.start[0], reference.start[1]), loss: functions.loss,
      gradient: functions.gradient)
    #expect(path.points.count == reference.x.count, "\(reference.spec) on \(reference.loss)")
    let scale = (reference.x + reference.y).map(abs).max() ?? 1
    var worst = 0.0
    for (k, p) in path.points.enumerated() where k < reference.x.count {
      worst = max(worst, abs(p.x - reference.x[k]), abs(p.y - reference.y[k]))
    }
    #expect(worst <= 4 * scale.ulp, "\(reference.spec) on \(reference.loss): off by \(worst / scale.ulp) ulp")
  }

  @Test func tableCoversEveryOptimizerAndBothConventions() throws {
    let reference = try OptimizerReference.load()
    #expect(reference.steps == 50)
    for loss in ["quadratic", "rosenbrock"] {
      let names = Set(reference.cases.filter { $0.loss == loss }.map { try! Optimizer(parsing: $0.spec).entry.id })
      #expect(names == Set(OptimizerCatalog.entries.map(\.id)), "\(loss)")
      for id in ["adagrad", "rmsprop", "centered-rmsprop", "adam"] {
        let tf = reference.cases.filter {
          $0.loss == loss && $0.spec.hasPrefix(id + "(") && $0.spec.contains("convention=tf")
        }
        #expect(!tf.isEmpty, "\(id) tf on \(loss)")
      }
    }
  }

  /// The conventions differ where the frameworks do: the same spec under tf and torch
  /// gives different paths (so a test of one cannot pass for the other).
  @Test(arguments: ["adagrad(lr=0.5)", "rmsprop(lr=0.05)", "centered-rmsprop(lr=0.05)", "adam(lr=0.2)"])
  func conventionsDiffer(_ spec: String) throws {
    let functions = try #require(Self.losses["quadratic"])
    let run = OptimizerRun(steps: 5)
    let torch = run.run(
      try Optimizer(parsing: spec), from: Vector2(-4, 1), loss: functions.loss, gradient: functions.gradient)
    let tfSpec = spec.replacingOccurrences(of: ")", with: ", convention=tf)")
    let tf = run.run(
      try Optimizer(parsing: tfSpec), from: Vector2(-4, 1), loss: functions.loss, gradient: functions.gradient)
    #expect(torch.points[1] != tf.points[1] || torch.points[5] != tf.points[5])
  }
}
