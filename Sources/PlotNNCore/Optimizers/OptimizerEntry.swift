/// One optimizer of the catalog: its id and aliases, the name the legend prints, where its
/// definition comes from, its hyper-parameters and how a rule is built from their values.
public struct OptimizerEntry: Sendable {
  /// `adam`, `centered-rmsprop`: what a spec names.
  public let id: String
  /// Other names: TensorFlow's class names (`GradientDescent`, `ProximalGradientDescent`).
  public let aliases: [String]
  /// How the legend names it: "Adam", "RMSprop (centred)".
  public let title: String
  /// Where the rule is defined, e.g. "torch.optim.Adam; TF ApplyAdam".
  public let source: String
  public let parameters: [OptimizerParameter]
  /// Whether `convention=tf|torch` applies (the framework definitions differ).
  public let hasConvention: Bool
  let make: @Sendable (OptimizerValues) -> any OptimizerRule

  init(
    _ id: String, title: String, aliases: [String] = [], source: String, parameters: [OptimizerParameter],
    hasConvention: Bool = false, make: @escaping @Sendable (OptimizerValues) -> any OptimizerRule
  ) {
    self.id = id
    self.aliases = aliases
    self.title = title
    self.source = source
    self.parameters = parameters
    self.hasConvention = hasConvention
    self.make = make
  }

  /// Whether `name` is this optimizer's id or an alias (``Identifier/normalize(_:)``).
  public func matches(_ name: String) -> Bool {
    let key = Identifier.normalize(name)
    return ([id] + aliases).contains { Identifier.normalize($0) == key }
  }
}

/// The hyper-parameter values of one bound optimizer, by PyTorch name, defaults filled in.
public struct OptimizerValues: Sendable, Hashable {
  public var values: [String: Double]
  public var convention: OptimizerConvention

  public subscript(_ name: String) -> Double { values[name] ?? .nan }
}
