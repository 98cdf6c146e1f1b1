import Foundation

/// Adagrad dual averaging (Duchi, Hazan and Singer 2011, section 3), TensorFlow's
/// `ApplyAdagradDA` (training_ops.cc) as `tf.compat.v1.train.AdagradDAOptimizer` runs it
/// (η 1e-3, initial_gradient_squared_accumulator_value k = 0.1, l1 = l2 = 0), at global
/// step T = t:
///
///     G ← G + g;   S ← S + g²                  (G₀ = 0, S₀ = k)
///     x = −η·sign(G)·max(|G| − l1·T, 0) / (l2·T·η + √S)
///
/// The iterate is a function of the accumulated gradients alone, not of the previous x:
/// dual averaging is centred on the origin, so after step 1 the path is near 0 (at
/// −η·g₁/√(k + g₁²)) whatever the start, and the start enters only through g₁.
public struct AdagradDA: OptimizerRule, Hashable {
  public var lr: Double
  public var initialAccumulatorValue: Double
  public var l1: Double
  public var l2: Double

  public init(lr: Double = 1e-3, initialAccumulatorValue: Double = 0.1, l1: Double = 0, l2: Double = 0) {
    self.lr = lr
    self.initialAccumulatorValue = initialAccumulatorValue
    self.l1 = l1
    self.l2 = l2
  }

  /// `a`: G, the summed gradients; `b`: S, the summed squares.
  public func initialSlots(at x: Double) -> OptimizerSlots { OptimizerSlots(b: initialAccumulatorValue) }

  public func update(_ x: Double, gradient g: Double, slots: inout OptimizerSlots, step t: Int) -> Double {
    slots.a += g
    slots.b += g * g
    let T = Double(t)
    let denominator = l2 * T * lr + slots.b.squareRoot()
    guard l1 > 0 else { return slots.a * lr * -1 / denominator }
    let sign: Double = slots.a > 0 ? 1 : slots.a < 0 ? -1 : 0
    return lr * (-sign * max(abs(slots.a) - l1 * T, 0)) / denominator
  }
}
