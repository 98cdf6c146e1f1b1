/// RMSprop (Hinton, Coursera lecture 6e, 2012), plain or centred (Graves 2013), with
/// optional momentum and L2 weight decay.
///
/// PyTorch (`torch.optim.RMSprop`, `_single_tensor_rmsprop`; α default 0.99, ε 1e-8):
///
///     g ← g + λ·x                               (weight_decay λ, when λ ≠ 0)
///     v ← α·v + (1 − α)·g²
///     m̄ ← m̄ + (1 − α)·(g − m̄)                  (centered only)
///     d = √(v − m̄²) + ε  (centered)   or   √v + ε
///     b ← μ·b + g/d;  x ← x − η·b              (momentum μ > 0)
///     x ← x − η·g/d                            (μ = 0)
///
/// TensorFlow (`convention=tf`: `ApplyRMSProp` / `ApplyCenteredRMSProp` in training_ops.cc,
/// as `tf.keras.optimizers.RMSprop` calls them): ε goes *under* the root and η into the
/// momentum buffer:
///
///     v ← v + (g² − v)·(1 − ρ);   m̄ ← m̄ + (g − m̄)·(1 − ρ)   (centered)
///     b ← μ·b + η·g / √(v − m̄² + ε);   x ← x − b
///
/// The two agree when ε = 0 and differ most where v is small (the first steps, or a flat
/// coordinate): TF's step there is bounded by η·|g|/√ε, PyTorch's by η·|g|/ε.
public struct RMSprop: OptimizerRule, Hashable {
  public var lr: Double
  public var alpha: Double
  public var eps: Double
  public var weightDecay: Double
  public var momentum: Double
  public var centered: Bool
  public var convention: OptimizerConvention

  public init(
    lr: Double, alpha: Double = 0.99, eps: Double = 1e-8, weightDecay: Double = 0, momentum: Double = 0,
    centered: Bool = false, convention: OptimizerConvention = .torch
  ) {
    self.lr = lr
    self.alpha = alpha
    self.eps = eps
    self.weightDecay = weightDecay
    self.momentum = momentum
    self.centered = centered
    self.convention = convention
  }

  /// `a`: v; `b`: m̄ (centered); `c`: the momentum buffer.
  public func update(_ x: Double, gradient: Double, slots: inout OptimizerSlots, step t: Int) -> Double {
    let g = weightDecay != 0 ? gradient + weightDecay * x : gradient
    switch convention {
    case .torch:
      slots.a = slots.a * alpha + (1 - alpha) * (g * g)
      var avg: Double
      if centered {
        slots.b = slots.b + (1 - alpha) * (g - slots.b)
        avg = (slots.a - slots.b * slots.b).squareRoot()
      } else {
        avg = slots.a.squareRoot()
      }
      avg = avg + eps
      if momentum > 0 {
        slots.c = slots.c * momentum + g / avg
        return x + -lr * slots.c
      }
      return x + -lr * (g / avg)
    case .tf:
      slots.a = slots.a + (g * g - slots.a) * (1 - alpha)
      var denominator = slots.a + eps
      if centered {
        slots.b = slots.b + (g - slots.b) * (1 - alpha)
        denominator = slots.a - slots.b * slots.b + eps
      }
      slots.c = slots.c * momentum + lr * g / denominator.squareRoot()
      return x - slots.c
    }
  }
}
