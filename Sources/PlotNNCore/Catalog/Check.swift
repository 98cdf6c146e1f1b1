/// Parameter validation helpers: every message names the parameter, says what is
/// allowed and shows the offending value, e.g. `beta must be > 0 (got 0)`.
enum Check {
  /// A message when `values` does not hold exactly one finite value per name.
  static func finite(_ values: ParameterValues, _ names: String...) -> String? {
    guard values.values.count == names.count else {
      let expected = names.isEmpty ? "no values" : names.joined(separator: ", ")
      return "expected \(names.count) parameter value(s) (\(expected)), got \(values.values.count)"
    }
    for (name, value) in zip(names, values.values) where !value.isFinite {
      return "\(name) must be a finite number (got \(format(value)))"
    }
    return nil
  }

  /// `message` about `name` when `condition` fails, e.g. `beta must be > 0 (got 0)`.
  static func require(_ condition: Bool, _ name: String, _ message: String, _ value: Double) -> String? {
    condition ? nil : "\(name) \(message) (got \(format(value)))"
  }

  /// A number as a user would type it: `0`, `0.5`, `1e-07`, `-3`.
  static func format(_ value: Double) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value > 0 ? "inf" : "-inf" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
  }
}
