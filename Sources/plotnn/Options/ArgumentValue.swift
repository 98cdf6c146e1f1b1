import ArgumentParser

/// How number options read their text, so a bad one says what is allowed: swift-argument-
/// parser alone reports only "The value 'abc' is invalid for '--from <from>'".
enum ArgumentValue {
  /// A number as Swift reads it: `0.5`, `-3`, `1e-3`, `inf` (whether it must be finite is
  /// the field's rule, checked by the core with the rest).
  static func number(_ text: String) throws -> Double {
    guard let value = Double(text.trimmingCharacters(in: .whitespaces)) else {
      throw ValidationError("expected a number such as 0.5, -3 or 1e-3")
    }
    return value
  }

  /// A whole number such as `25` or `-1` (its range is the field's rule).
  static func wholeNumber(_ text: String) throws -> Int {
    guard let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
      throw ValidationError("expected a whole number such as 25")
    }
    return value
  }
}
