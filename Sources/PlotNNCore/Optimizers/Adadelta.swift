/// Adadelta (Zeiler 2012): steps scaled by the ratio of running RMS of past updates to
/// running RMS of gradients, so the units of the update match those of the parameter.
///
/// `torch.optim.Adadelta` (`_single_tensor_adadelta`), the same formula as TensorFlow's
/// `ApplyAdadelta` in training_ops.cc:
///
///     g ← g + λ·x                               (weight_decay λ, when λ ≠ 0)
///     v ← ρ·v + (1 − ρ)·g²
///     Δ = √(u + ε) / √(v + ε) · g
///     u ← ρ·u + (1 − ρ)·Δ²
///     x ← x − η·Δ
///
/// PyTorch's defaults η = 1, ρ = 0.9, ε = 1e-6 (Keras': 0.001, 0.95, 1e-7; name them to get
/// those).
public struct Adadelta: OptimizerRule, Hashable {
  public var lr: Double
  public var rho: Double
  public var eps: Double
  public var weightDecay: Double

  public init(lr: Double = 1, rho: Double = 0.9, eps: Double = 1e-6, weightDecay: Double = 0) {
    self.lr = lr
    self.rho = rho
    self.eps = eps
    self.weightDecay = weightDecay
  }

  /// `a`: v, the running mean of g²; `b`: u, of Δ².
  public func update(_ x: Double, gradient: Double, slots: inout OptimizerSlots, step t: Int) -> Double {
    let g = weightDecay != 0 ? gradient + weightDecay * x : gradient
    slots.a = slots.a * rho + (1 - rho) * (g * g)
    let std = (slots.a + eps).squareRoot()
    let delta = (slots.b + eps).squareRoot() / std * g
    slots.b = slots.b * rho + (1 - rho) * (delta * delta)
    return x + -lr * delta
  }
}
