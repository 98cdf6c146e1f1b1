/// One hyper-parameter of an optimizer: PyTorch's name and default, TensorFlow's spellings
/// as aliases, and the range torch.optim (or TensorFlow, for its own optimizers) accepts.
public struct OptimizerParameter: Sendable, Hashable {
  /// The values a hyper-parameter may take; each says so in the error message.
  public enum Bound: Sendable, Hashable {
    /// > 0 (a learning rate).
    case positive
    /// ≥ 0 (ε, a decay, an L1/L2 strength, an initial accumulator).
    case nonNegative
    /// 0 ≤ v < 1 (a β, a momentum, RMSprop's α: at 1 the average never moves).
    case belowOne
    /// 0 ≤ v ≤ 1 (Adadelta's ρ, a dampening).
    case unit
    /// ≤ 0 (FTRL's learning_rate_power).
    case nonPositive

    func admits(_ v: Double) -> Bool {
      switch self {
      case .positive: return v > 0
      case .nonNegative: return v >= 0
      case .belowOne: return v >= 0 && v < 1
      case .unit: return v >= 0 && v <= 1
      case .nonPositive: return v <= 0
      }
    }

    /// "must be > 0", "must be in [0, 1)", …
    var rule: String {
      switch self {
      case .positive: return "must be greater than 0"
      case .nonNegative: return "must be 0 or more"
      case .belowOne: return "must be in [0, 1)"
      case .unit: return "must be in [0, 1]"
      case .nonPositive: return "must be 0 or less"
      }
    }
  }

  /// PyTorch's name (`lr`, `beta1`, `weight_decay`).
  public var name: String
  /// Other spellings: TensorFlow's (`learning_rate`, `epsilon`, `decay`, `beta_1`).
  public var aliases: [String]
  /// The default (PyTorch's, or TensorFlow's for an optimizer only it has).
  public var defaultValue: Double
  /// The default under `convention=tf` when it differs (Adagrad's s₀ = 0.1 and ε = 1e-7).
  public var tfDefault: Double?
  public var bound: Bound
  /// Whether the legend shows it even at its default (the learning rate, a momentum).
  public var shown: Bool
  /// How the legend writes it: `η`, `β₁`, `μ`.
  public var symbol: String

  public init(
    _ name: String, _ defaultValue: Double, _ bound: Bound, symbol: String, aliases: [String] = [],
    tfDefault: Double? = nil, shown: Bool = false
  ) {
    self.name = name
    self.aliases = aliases
    self.defaultValue = defaultValue
    self.tfDefault = tfDefault
    self.bound = bound
    self.shown = shown
    self.symbol = symbol
  }

  /// Whether `spelling` names this parameter (``Identifier/normalize(_:)``).
  public func matches(_ spelling: String) -> Bool {
    let key = Identifier.normalize(spelling)
    return ([name] + aliases).contains { Identifier.normalize($0) == key }
  }

  func defaultValue(_ convention: OptimizerConvention) -> Double {
    convention == .tf ? tfDefault ?? defaultValue : defaultValue
  }

  static func lr(_ value: Double) -> Self {
    Self("lr", value, .positive, symbol: "η", aliases: ["learning_rate"], shown: true)
  }
  static func eps(_ value: Double, tf: Double? = nil) -> Self {
    Self("eps", value, .nonNegative, symbol: "ε", aliases: ["epsilon"], tfDefault: tf)
  }
  static let weightDecay = Self("weight_decay", 0, .nonNegative, symbol: "λ")
  static let beta1 = Self("beta1", 0.9, .belowOne, symbol: "β₁", aliases: ["beta_1", "b1"])
  static let beta2 = Self("beta2", 0.999, .belowOne, symbol: "β₂", aliases: ["beta_2", "b2"])
  static let l1 = Self("l1", 0, .nonNegative, symbol: "l₁", aliases: ["l1_regularization_strength"])
  static let l2 = Self("l2", 0, .nonNegative, symbol: "l₂", aliases: ["l2_regularization_strength"])
  static func initialAccumulator(_ value: Double, tf: Double? = nil) -> Self {
    Self(
      "initial_accumulator_value", value, .nonNegative, symbol: "s₀",
      aliases: ["initial_gradient_squared_accumulator_value"], tfDefault: tf)
  }
}
