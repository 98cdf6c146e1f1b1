/// Proximal Adagrad (Duchi, Hazan and Singer 2011 with the FOBOS step), TensorFlow's
/// `ApplyProximalAdagrad` (training_ops.cc) as `tf.compat.v1.train.ProximalAdagradOptimizer`
/// runs it (TensorFlow requires η; the catalog's default is Adagrad's 0.01;
/// initial_accumulator_value 0.1, l1 = l2 = 0):
///
///     s ← s + g²
///     η_t = η / √s
///     x ← prox(x − η_t·g)   with the rate η_t (``ProximalSGD``)
public struct ProximalAdagrad: OptimizerRule, Hashable {
  public var lr: Double
  public var initialAccumulatorValue: Double
  public var l1: Double
  public var l2: Double

  public init(lr: Double, initialAccumulatorValue: Double = 0.1, l1: Double = 0, l2: Double = 0) {
    self.lr = lr
    self.initialAccumulatorValue = initialAccumulatorValue
    self.l1 = l1
    self.l2 = l2
  }

  /// `a`: the sum s.
  public func initialSlots(at x: Double) -> OptimizerSlots { OptimizerSlots(a: initialAccumulatorValue) }

  public func update(_ x: Double, gradient g: Double, slots: inout OptimizerSlots, step t: Int) -> Double {
    slots.a += g * g
    let rate = lr * (1 / slots.a.squareRoot())
    return ProximalSGD.proximal(x - g * rate, rate: rate, l1: l1, l2: l2)
  }
}
