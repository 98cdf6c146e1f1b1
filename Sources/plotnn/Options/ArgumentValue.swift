import ArgumentParser
import PlotNNCore

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
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard let value = Int(trimmed) else {
      let digits = trimmed.drop { $0 == "-" || $0 == "+" }
      if !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) {
        throw ValidationError("\(trimmed) is too large a whole number; see --help for the range")
      }
      throw ValidationError("expected a whole number such as 25")
    }
    return value
  }

  /// `640x480` (CSS px), `3.25inx2.5in`, `8cmx6cm`: a width and a height, each in its unit;
  /// a bad one names the unit at fault and the forms allowed.
  static func size(_ text: String) throws -> FigureSize {
    do throws(SizeSyntaxError) { return try FigureSize(text: text) } catch {
      throw ValidationError(error.description)
    }
  }

  /// `3.25in`, `8cm`, `640` (CSS px): one length.
  static func length(_ text: String) throws -> Length {
    do throws(SizeSyntaxError) { return try Length(text: text) } catch {
      throw ValidationError(error.description)
    }
  }

  /// `-7,0`: comma-separated numbers (how many is the field's rule).
  static func numbers(_ text: String) throws -> [Double] {
    var values: [Double] = []
    for part in text.split(separator: ",", omittingEmptySubsequences: false) {
      guard let v = Double(part.trimmingCharacters(in: .whitespaces)) else {
        throw ValidationError("expected numbers separated by commas, such as -7,0")
      }
      values.append(v)
    }
    return values
  }
}
