import Foundation

/// Adagrad (Duchi, Hazan and Singer 2011): each coordinate's step is divided by the root of
/// its summed squared gradients.
///
/// PyTorch (`torch.optim.Adagrad`, `_single_tensor_adagrad`), t = 1, 2, …:
///
///     g ← g + λ·x                          (weight_decay λ, when λ ≠ 0)
///     η_t = η / (1 + (t − 1)·lr_decay)
///     s ← s + g·g                          (s₀ = initial_accumulator_value, default 0)
///     x ← x − η_t · g / (√s + ε)           (ε default 1e-10)
///
/// TensorFlow (`convention=tf`: `ResourceApplyAdagradV2` in training_ops.cc, used by
/// `tf.keras.optimizers.Adagrad`): the same update with s₀ = 0.1 and ε = 1e-7 by default.
/// The convention only changes those two defaults; an explicit value wins.
public struct Adagrad: OptimizerRule, Hashable {
  public var lr: Double
  public var lrDecay: Double
  public var weightDecay: Double
  public var initialAccumulatorValue: Double
  public var eps: Double

  public init(
    lr: Double, lrDecay: Double = 0, weightDecay: Double = 0, initialAccumulatorValue: Double = 0, eps: Double = 1e-10
  ) {
    self.lr = lr
    self.lrDecay = lrDecay
    self.weightDecay = weightDecay
    self.initialAccumulatorValue = initialAccumulatorValue
    self.eps = eps
  }

  /// `a`: the sum s.
  public func initialSlots(at x: Double) -> OptimizerSlots { OptimizerSlots(a: initialAccumulatorValue) }

  public func update(_ x: Double, gradient: Double, slots: inout OptimizerSlots, step t: Int) -> Double {
    let g = weightDecay != 0 ? gradient + weightDecay * x : gradient
    let clr = lr / (1 + Double(t - 1) * lrDecay)
    slots.a += g * g
    let std = slots.a.squareRoot() + eps
    return x + -clr * (g / std)
  }
}
