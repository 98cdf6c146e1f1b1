/// Proximal gradient descent (forward–backward splitting; Duchi and Singer 2009),
/// TensorFlow's `ApplyProximalGradientDescent` (training_ops.cc) as
/// `tf.compat.v1.train.ProximalGradientDescentOptimizer` runs it (l1 = l2 = 0 by default):
///
///     x′ = x − η·g
///     x ← sign(x′)·max(|x′| − η·l1, 0) / (1 + η·l2)
///
/// a gradient step, then the proximal operator of l1·|x| + ½·l2·x² (soft thresholding and
/// shrinkage). With l1 = l2 = 0 it is plain SGD.
public struct ProximalSGD: OptimizerRule, Hashable {
  public var lr: Double
  public var l1: Double
  public var l2: Double

  public init(lr: Double, l1: Double = 0, l2: Double = 0) {
    self.lr = lr
    self.l1 = l1
    self.l2 = l2
  }

  public func update(_ x: Double, gradient g: Double, slots: inout OptimizerSlots, step t: Int) -> Double {
    Self.proximal(x - lr * g, rate: lr, l1: l1, l2: l2)
  }

  /// sign(v)·max(|v| − rate·l1, 0)/(1 + rate·l2), or v/(1 + rate·l2) when l1 = 0 (as
  /// training_ops.cc branches).
  static func proximal(_ v: Double, rate: Double, l1: Double, l2: Double) -> Double {
    guard l1 > 0 else { return v / (1 + rate * l2) }
    let sign: Double = v > 0 ? 1 : v < 0 ? -1 : 0
    return sign * max(abs(v) - rate * l1, 0) / (1 + rate * l2)
  }
}
