import Foundation

/// AdamW (Loshchilov and Hutter 2019): Adam with the weight decay decoupled from the
/// gradient, `torch.optim.AdamW` (η 1e-3, β = (0.9, 0.999), ε 1e-8, weight_decay 0.01):
///
///     x ← x·(1 − η·λ)
///     then Adam's step on x with the raw gradient (``Adam``, PyTorch convention)
///
/// The decay shrinks the weights towards 0 at rate η·λ per step whatever the gradient's
/// scale, where Adam's L2 term λ·x would be divided by √v like the gradient.
public struct AdamW: OptimizerRule, Hashable {
  public var adam: Adam
  public var weightDecay: Double

  public init(
    lr: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999, eps: Double = 1e-8, weightDecay: Double = 1e-2
  ) {
    adam = Adam(lr: lr, beta1: beta1, beta2: beta2, eps: eps)
    self.weightDecay = weightDecay
  }

  /// `a`: m; `b`: v.
  public func update(_ x: Double, gradient: Double, slots: inout OptimizerSlots, step t: Int) -> Double {
    let decayed = x * (1 - adam.lr * weightDecay)
    return adam.update(decayed, gradient: gradient, slots: &slots, step: t)
  }
}
