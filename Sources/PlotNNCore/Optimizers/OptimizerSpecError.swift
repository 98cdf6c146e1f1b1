/// Why an optimizer spec such as `adam(lr=0.05, beta1=0.9)` was refused; each message names
/// the text at fault and what is allowed.
public enum OptimizerSpecError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The spec's syntax (shared with function specs).
  case syntax(FunctionSpecError)
  /// No optimizer has this id or alias; `suggestions` are the closest.
  case unknownOptimizer(String, suggestions: [String])
  case unknownParameter(optimizer: String, parameter: String, available: [String])
  case duplicateParameter(optimizer: String, parameter: String)
  case outOfRange(optimizer: String, parameter: String, value: Double, rule: String)
  /// `convention=` with a value other than tf or torch.
  case badConvention(String)
  /// `convention=` on an optimizer whose frameworks agree.
  case conventionNotApplicable(optimizer: String)

  public var description: String {
    switch self {
    case .syntax(let error):
      return error.description.replacingOccurrences(of: "function", with: "optimizer")
    case .unknownOptimizer(let name, let suggestions):
      let hint = suggestions.isEmpty ? "" : "; did you mean \(suggestions.joined(separator: " or "))?"
      return "unknown optimizer '\(name)'\(hint) (known: \(OptimizerCatalog.entries.map(\.id).joined(separator: ", ")))"
    case .unknownParameter(let optimizer, let parameter, let available):
      return "\(optimizer) has no hyper-parameter '\(parameter)'; its hyper-parameters are "
        + available.joined(separator: ", ")
    case .duplicateParameter(let optimizer, let parameter):
      return "\(optimizer): hyper-parameter \(parameter) is given twice"
    case .outOfRange(let optimizer, let parameter, let value, let rule):
      return "\(optimizer): \(parameter) \(rule) (got \(Check.format(value)))"
    case .badConvention(let value):
      return "convention must be tf or torch (got '\(value)')"
    case .conventionNotApplicable(let optimizer):
      return "\(optimizer) takes no convention: PyTorch and TensorFlow define it alike "
        + "(convention applies to adagrad, rmsprop, centered-rmsprop and adam)"
    }
  }
}
