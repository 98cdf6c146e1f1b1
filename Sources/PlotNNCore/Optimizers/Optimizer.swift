import Foundation

/// An optimizer bound to its hyper-parameters, from a spec such as `adam(lr=0.05, beta1=0.9)`
/// or `rmsprop(lr=0.01, convention=tf)`: the catalog entry, the values (defaults filled
/// in), which of them were given, and the rule that steps.
public struct Optimizer: Sendable {
  public let entry: OptimizerEntry
  public let values: OptimizerValues
  /// The PyTorch names of the hyper-parameters the spec gave, in catalog order.
  public let given: [String]
  /// Whether the spec said `convention=` (the legend then says it).
  public let conventionGiven: Bool
  public let rule: any OptimizerRule

  /// Binds `spec` (``FunctionSpec`` syntax, plus `convention=tf|torch`) in ``OptimizerCatalog``.
  ///
  /// Names and hyper-parameters match ignoring case, `-`, `_` and spaces; an unknown name
  /// is refused with the closest ids (``NameSuggestions``), a value outside its range with
  /// the rule it breaks.
  public init(parsing spec: String) throws(OptimizerSpecError) {
    let (text, conventionText) = Self.splitConvention(spec)
    let parsed: FunctionSpec
    do { parsed = try FunctionSpec.parse(text) } catch { throw .syntax(error) }
    guard let entry = OptimizerCatalog.entry(named: parsed.name) else {
      let groups = OptimizerCatalog.entries.map { [$0.id] + $0.aliases }
      throw .unknownOptimizer(
        parsed.name, suggestions: NameSuggestions.closest(to: parsed.name, among: groups, threshold: 3, limit: 3))
    }
    var convention = OptimizerConvention.torch
    if let conventionText {
      guard let c = OptimizerConvention(rawValue: conventionText.lowercased()) else {
        throw .badConvention(conventionText)
      }
      guard entry.hasConvention else { throw .conventionNotApplicable(optimizer: entry.id) }
      convention = c
    }
    var values: [String: Double] = [:]
    for argument in parsed.arguments {
      guard let p = entry.parameters.first(where: { $0.matches(argument.name) }) else {
        throw .unknownParameter(
          optimizer: entry.id, parameter: argument.name,
          available: entry.parameters.map(\.name) + (entry.hasConvention ? ["convention"] : []))
      }
      guard values[p.name] == nil else { throw .duplicateParameter(optimizer: entry.id, parameter: p.name) }
      guard p.bound.admits(argument.value) else {
        throw .outOfRange(optimizer: entry.id, parameter: p.name, value: argument.value, rule: p.bound.rule)
      }
      values[p.name] = argument.value
    }
    given = entry.parameters.map(\.name).filter { values[$0] != nil }
    for p in entry.parameters where values[p.name] == nil { values[p.name] = p.defaultValue(convention) }
    self.entry = entry
    self.values = OptimizerValues(values: values, convention: convention)
    self.conventionGiven = conventionText != nil
    rule = entry.make(self.values)
  }

  /// The same optimizer with learning rate `lr` (what `--tune` tries).
  public func withLearningRate(_ lr: Double) -> Optimizer {
    var copy = values
    copy.values["lr"] = lr
    return Optimizer(
      entry: entry, values: copy, given: given.contains("lr") ? given : ["lr"] + given, conventionGiven: conventionGiven
    )
  }

  init(entry: OptimizerEntry, values: OptimizerValues, given: [String], conventionGiven: Bool) {
    self.entry = entry
    self.values = values
    self.given = given
    self.conventionGiven = conventionGiven
    rule = entry.make(values)
  }

  public var learningRate: Double { values["lr"] }

  /// The spec with every hyper-parameter spelled out, which parses back to this optimizer:
  /// `adam(lr=0.05, beta1=0.9, beta2=0.999, eps=1e-08, weight_decay=0, convention=torch)`.
  public var spec: String {
    let list = entry.parameters.map { "\($0.name)=\(values[$0.name].shortDescription)" }
    return "\(entry.id)("
      + (list + (entry.hasConvention ? ["convention=\(values.convention.rawValue)"] : []))
      .joined(separator: ", ") + ")"
  }

  /// The hyper-parameters the legend shows: those marked `shown` (η, a momentum) and every
  /// one the spec gave, as `symbol = value`, then "TF" under `convention=tf`.
  public var legendParameters: [(symbol: String, value: Double)] {
    entry.parameters.filter { $0.shown || given.contains($0.name) }.map { ($0.symbol, values[$0.name]) }
  }

  /// Text for `convention=` (with ", convention=" stripped) and the rest of the spec.
  ///
  /// The convention is the one argument that is not a number, so it is taken out before the
  /// numeric arguments are parsed by ``FunctionSpec/parse(_:)`` (which then reports every
  /// other syntax error as for a function).
  static func splitConvention(_ spec: String) -> (rest: String, convention: String?) {
    var body: Substring
    var head: String
    var tail = ""
    if let open = spec.firstIndex(of: "("), let close = spec.lastIndex(of: ")"), open < close {
      head = String(spec[...open])
      body = spec[spec.index(after: open)..<close]
      tail = String(spec[close...])
    } else if spec.firstIndex(of: "(") == nil, let colon = spec.firstIndex(of: ":") {
      head = String(spec[...colon])
      body = spec[spec.index(after: colon)...]
    } else {
      return (spec, nil)
    }
    var kept: [Substring] = []
    var convention: String?
    for piece in body.split(separator: ",", omittingEmptySubsequences: false) {
      if let equals = piece.firstIndex(of: "="),
        Identifier.normalize(String(piece[..<equals])) == "convention"
      {
        convention = piece[piece.index(after: equals)...].trimmingCharacters(in: .whitespaces)
      } else {
        kept.append(piece)
      }
    }
    guard let convention else { return (spec, nil) }
    if kept.isEmpty, head.hasSuffix(":") { head.removeLast() }
    return (head + kept.joined(separator: ",") + tail, convention)
  }
}
