import Foundation

/// Adamax (Kingma and Ba 2015, section 7.1): Adam with the L² norm of past gradients
/// replaced by the L^∞ norm, `torch.optim.Adamax` (`_single_tensor_adamax`; η 2e-3,
/// β = (0.9, 0.999), ε 1e-8):
///
///     g ← g + λ·x                               (weight_decay λ, when λ ≠ 0)
///     m ← m + (1 − β₁)·(g − m)
///     u ← max(β₂·u, |g| + ε)
///     x ← x − (η / (1 − β₁ᵗ)) · m / u
public struct Adamax: OptimizerRule, Hashable {
  public var lr: Double
  public var beta1: Double
  public var beta2: Double
  public var eps: Double
  public var weightDecay: Double

  public init(
    lr: Double = 2e-3, beta1: Double = 0.9, beta2: Double = 0.999, eps: Double = 1e-8, weightDecay: Double = 0
  ) {
    self.lr = lr
    self.beta1 = beta1
    self.beta2 = beta2
    self.eps = eps
    self.weightDecay = weightDecay
  }

  /// `a`: m; `b`: u.
  public func update(_ x: Double, gradient: Double, slots: inout OptimizerSlots, step t: Int) -> Double {
    let g = weightDecay != 0 ? gradient + weightDecay * x : gradient
    slots.a = slots.a + (1 - beta1) * (g - slots.a)
    slots.b = max(slots.b * beta2, abs(g) + eps)
    let clr = lr / (1 - pow(beta1, Double(t)))
    return x + -clr * (slots.a / slots.b)
  }
}
