import Foundation

/// FTRL-Proximal (McMahan et al., "Ad click prediction", KDD 2013): follow the regularised
/// leader with per-coordinate rates and L1/L2 regularisation, TensorFlow's `ApplyFtrl`
/// (training_ops.cc) as `tf.keras.optimizers.Ftrl` calls it (η 1e-3, lr_power p = −0.5,
/// initial_accumulator_value 0.1, l1 = l2 = beta = 0):
///
///     n′ = n + g²
///     z ← z + g − (n′^(−p) − n^(−p))/η · x       (√n′ − √n when p = −0.5)
///     x ← (l1·sign z − z) / (n′^(−p)/η + 2·l2′)   when |z| > l1, else 0
///     n ← n′
///
/// with l2′ = l2 + beta/(2η) (Keras folds `beta` into l2 so). PyTorch and optax have no FTRL.
public struct FTRL: OptimizerRule, Hashable {
  public var lr: Double
  public var lrPower: Double
  public var initialAccumulatorValue: Double
  public var l1: Double
  public var l2: Double
  public var beta: Double

  public init(
    lr: Double = 1e-3, lrPower: Double = -0.5, initialAccumulatorValue: Double = 0.1, l1: Double = 0, l2: Double = 0,
    beta: Double = 0
  ) {
    self.lr = lr
    self.lrPower = lrPower
    self.initialAccumulatorValue = initialAccumulatorValue
    self.l1 = l1
    self.l2 = l2
    self.beta = beta
  }

  /// `a`: n, the summed squared gradients; `b`: z, the linear term.
  public func initialSlots(at x: Double) -> OptimizerSlots { OptimizerSlots(a: initialAccumulatorValue) }

  public func update(_ x: Double, gradient g: Double, slots: inout OptimizerSlots, step t: Int) -> Double {
    let l2Adjusted = l2 + beta / (2 * lr)
    let accumulated = slots.a + g * g
    let power: (Double) -> Double = { lrPower == -0.5 ? $0.squareRoot() : pow($0, -lrPower) }
    slots.b += g - (power(accumulated) - power(slots.a)) / lr * x
    let sign: Double = slots.b > 0 ? 1 : slots.b < 0 ? -1 : 0
    let numerator = l1 * sign - slots.b
    let denominator = power(accumulated) / lr + 2 * l2Adjusted
    slots.a = accumulated
    return abs(slots.b) > l1 ? numerator / denominator : 0
  }
}
