import Foundation

/// Adam (Kingma and Ba 2015): momentum on the gradient (β₁) divided by the root of a
/// running mean of its square (β₂), both bias-corrected, with optional L2 weight decay.
///
/// PyTorch (`torch.optim.Adam`, `_single_tensor_adam`; η 1e-3, β = (0.9, 0.999), ε 1e-8):
///
///     g ← g + λ·x                               (weight_decay λ, when λ ≠ 0)
///     m ← m + (1 − β₁)·(g − m)                  (`lerp_`)
///     v ← β₂·v + (1 − β₂)·g²
///     x ← x − (η / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε)
///
/// TensorFlow (`convention=tf`: `ApplyAdam` in training_ops.cc, ε default 1e-7): the bias
/// corrections folded into the rate and ε added to the *uncorrected* √v, the paper's
/// "ε-hat" (end of its section 2):
///
///     m ← m + (g − m)·(1 − β₁);   v ← v + (g² − v)·(1 − β₂)
///     x ← x − η·√(1 − β₂ᵗ)/(1 − β₁ᵗ) · m / (√v + ε̂)
///
/// So TF's ε̂ is ε·√(1 − β₂ᵗ) in PyTorch's terms: 0.03·ε at t = 1, ε after a few thousand steps.
public struct Adam: OptimizerRule, Hashable {
  public var lr: Double
  public var beta1: Double
  public var beta2: Double
  public var eps: Double
  public var weightDecay: Double
  public var convention: OptimizerConvention

  public init(
    lr: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999, eps: Double = 1e-8, weightDecay: Double = 0,
    convention: OptimizerConvention = .torch
  ) {
    self.lr = lr
    self.beta1 = beta1
    self.beta2 = beta2
    self.eps = eps
    self.weightDecay = weightDecay
    self.convention = convention
  }

  /// `a`: m; `b`: v.
  public func update(_ x: Double, gradient: Double, slots: inout OptimizerSlots, step t: Int) -> Double {
    let g = weightDecay != 0 ? gradient + weightDecay * x : gradient
    let n = Double(t)
    switch convention {
    case .torch:
      slots.a = slots.a + (1 - beta1) * (g - slots.a)
      slots.b = slots.b * beta2 + (1 - beta2) * (g * g)
      let stepSize = lr / (1 - pow(beta1, n))
      let denominator = slots.b.squareRoot() / (1 - pow(beta2, n)).squareRoot() + eps
      return x + -stepSize * (slots.a / denominator)
    case .tf:
      slots.a = slots.a + (g - slots.a) * (1 - beta1)
      slots.b = slots.b + (g * g - slots.b) * (1 - beta2)
      let rate = lr * (1 - pow(beta2, n)).squareRoot() / (1 - pow(beta1, n))
      return x - rate * slots.a / (slots.b.squareRoot() + eps)
    }
  }
}
