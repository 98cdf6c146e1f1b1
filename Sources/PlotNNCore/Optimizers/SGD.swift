/// Stochastic gradient descent with optional momentum, dampening, Nesterov momentum and L2
/// weight decay: `torch.optim.SGD` (its `_single_tensor_sgd`), in this order:
///
///     g ← g + λ·x                                  (weight_decay λ, when λ ≠ 0)
///     b ← g                          at t = 1      (momentum μ ≠ 0: the buffer starts at g)
///     b ← μ·b + (1 − τ)·g            at t > 1      (dampening τ)
///     g ← g + μ·b   (nesterov)   or   g ← b
///     x ← x − η·g
///
/// With τ = 0 this is TensorFlow's `ApplyMomentum` (accum ← μ·accum + g; x ← x − η·accum,
/// Nesterov x ← x − η·g − η·μ·accum), whose buffer starts at 0 and so equals g after step 1:
/// the two frameworks agree and no convention is needed. The catalog's `sgd`, `momentum`
/// (μ = 0.9) and `nesterov` (μ = 0.9, Nesterov) are this one rule.
public struct SGD: OptimizerRule, Hashable {
  public var lr: Double
  public var momentum: Double
  public var dampening: Double
  public var weightDecay: Double
  public var nesterov: Bool

  public init(lr: Double, momentum: Double = 0, dampening: Double = 0, weightDecay: Double = 0, nesterov: Bool = false)
  {
    self.lr = lr
    self.momentum = momentum
    self.dampening = dampening
    self.weightDecay = weightDecay
    self.nesterov = nesterov
  }

  /// `a`: the momentum buffer b.
  public func update(_ x: Double, gradient: Double, slots: inout OptimizerSlots, step t: Int) -> Double {
    var g = weightDecay != 0 ? gradient + weightDecay * x : gradient
    if momentum != 0 {
      slots.a = t == 1 ? g : slots.a * momentum + (1 - dampening) * g
      g = nesterov ? g + momentum * slots.a : slots.a
    }
    return x + -lr * g
  }
}
