import Foundation

/// NAdam (Dozat 2016): Adam with Nesterov momentum and a momentum schedule,
/// `torch.optim.NAdam` (`_single_tensor_nadam`; η 2e-3, β = (0.9, 0.999), ε 1e-8,
/// momentum_decay ψ 4e-3):
///
///     g ← g + λ·x                               (weight_decay λ, when λ ≠ 0)
///     μ_t = β₁·(1 − ½·0.96^(t·ψ)),   μ_{t+1} likewise,   Π_t = μ₁·…·μ_t
///     m ← m + (1 − β₁)·(g − m);   v ← β₂·v + (1 − β₂)·g²
///     d = √(v / (1 − β₂ᵗ)) + ε
///     x ← x − η(1 − μ_t)/(1 − Π_t) · g/d − η·μ_{t+1}/(1 − Π_t·μ_{t+1}) · m/d
public struct NAdam: OptimizerRule, Hashable {
  public var lr: Double
  public var beta1: Double
  public var beta2: Double
  public var eps: Double
  public var weightDecay: Double
  public var momentumDecay: Double

  public init(
    lr: Double = 2e-3, beta1: Double = 0.9, beta2: Double = 0.999, eps: Double = 1e-8, weightDecay: Double = 0,
    momentumDecay: Double = 4e-3
  ) {
    self.lr = lr
    self.beta1 = beta1
    self.beta2 = beta2
    self.eps = eps
    self.weightDecay = weightDecay
    self.momentumDecay = momentumDecay
  }

  /// `a`: m; `b`: v; `c`: Π_t, the product of the μ so far (1 before step 1).
  public func initialSlots(at x: Double) -> OptimizerSlots { OptimizerSlots(c: 1) }

  public func update(_ x: Double, gradient: Double, slots: inout OptimizerSlots, step t: Int) -> Double {
    let g = weightDecay != 0 ? gradient + weightDecay * x : gradient
    let n = Double(t)
    let biasCorrection2 = 1 - pow(beta2, n)
    let mu = beta1 * (1 - 0.5 * pow(0.96, n * momentumDecay))
    let muNext = beta1 * (1 - 0.5 * pow(0.96, (n + 1) * momentumDecay))
    slots.c *= mu
    slots.a = slots.a + (1 - beta1) * (g - slots.a)
    slots.b = slots.b * beta2 + (1 - beta2) * (g * g)
    let denominator = (slots.b / biasCorrection2).squareRoot() + eps
    let productNext = slots.c * muNext
    let first = x + (-lr * (1 - mu) / (1 - slots.c)) * (g / denominator)
    return first + (-lr * muNext / (1 - productNext)) * (slots.a / denominator)
  }
}
