/// A size or length that does not read: what is wrong, the unit at fault when there is one,
/// and the forms that are allowed, in one message for the CLI and the manifest.
///
/// `'3.25furlongx2in' is not a size: unknown unit 'furlong'; a size is WIDTHxHEIGHT, …`
public struct SizeSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What was being read: a whole size (`--size`, `size:`) or one length (`--width`, `width:`).
  public enum Form: Sendable, Hashable {
    case size
    case length
  }

  /// Which side of a size a problem is on.
  public enum Side: String, Sendable, Hashable {
    case width
    case height
  }

  public enum Problem: Sendable, Hashable {
    /// No number where a side starts.
    case number(Side?)
    /// Letters after a number that name no ``Length/Unit``.
    case unit(String)
    /// No `x` between the width and the height.
    case separator
    /// Something after the last length.
    case trailing
  }

  /// The text as given.
  public var text: String
  public var form: Form
  public var problem: Problem

  public init(text: String, form: Form, problem: Problem) {
    self.text = text
    self.form = form
    self.problem = problem
  }

  /// The forms allowed, for this error and for help texts.
  public static func allowed(_ form: Form) -> String {
    switch form {
    case .size:
      "a size is WIDTHxHEIGHT, each a number with a unit, \(Length.Unit.listed): "
        + "640x480, 3.25inx2.5in, 8cmx6cm, 90mmx60mm, 234ptx180pt or mixed, 3.25inx180pt"
    case .length:
      "a width is a number with a unit, \(Length.Unit.listed): 3.25in, 8cm, 90mm, 234pt, 640"
    }
  }

  public var description: String {
    let what: String
    switch problem {
    case .number(let side?): what = "no number for the \(side.rawValue)"
    case .number(nil): what = "no number"
    case .unit(let unit): what = "unknown unit '\(unit)'"
    case .separator: what = "no 'x' between the width and the height"
    case .trailing: what = "unexpected text after the \(form == .size ? "height" : "unit")"
    }
    let noun = form == .size ? "a size" : "a width"
    return "'\(text)' is not \(noun): \(what); \(Self.allowed(form))"
  }
}
