/// One optimizer's update rule, applied coordinate by coordinate: every optimizer of
/// ``OptimizerCatalog`` is element-wise (its state for one parameter depends only on that
/// parameter's gradients), so a rule is written once for a scalar and run on each weight.
///
/// `step` is t = 1, 2, … (the step being taken, as torch.optim's `state["step"]` after its
/// increment and TensorFlow's `iterations + 1`).
public protocol OptimizerRule: Sendable {
  /// The state of a coordinate before step 1, for a parameter starting at `x`.
  func initialSlots(at x: Double) -> OptimizerSlots
  /// The parameter after step `t` from `x` with gradient `g`, updating `slots`.
  func update(_ x: Double, gradient g: Double, slots: inout OptimizerSlots, step t: Int) -> Double
}

extension OptimizerRule {
  public func initialSlots(at x: Double) -> OptimizerSlots { OptimizerSlots() }
}

/// The per-coordinate state of an optimizer: up to three accumulators, named by each rule
/// (Adam: `a` = m, `b` = v; centred RMSprop: `a` = E[g²], `b` = E[g], `c` = momentum buffer).
/// A fixed value type rather than a dictionary of named tensors: no allocation per step.
public struct OptimizerSlots: Sendable, Hashable {
  public var a: Double
  public var b: Double
  public var c: Double

  public init(a: Double = 0, b: Double = 0, c: Double = 0) {
    self.a = a
    self.b = b
    self.c = c
  }
}

/// Which framework's definition an optimizer follows where PyTorch and TensorFlow differ
/// (``OptimizerCatalog``: Adagrad's initial accumulator and ε, where RMSprop adds ε, Adam's
/// ε-hat). PyTorch is the default, as the hyper-parameter names are PyTorch's.
public enum OptimizerConvention: String, Sendable, Hashable, CaseIterable {
  case torch
  case tf
}
