/// What is wrong with a figure's options: the field at fault and a message that says what is
/// allowed, the same words for every entry point (DESIGN.md, "One validation path").
///
/// `field` is the manifest key (`learning-rate`, `size`, `functions`); the CLI turns it
/// into its flag, the manifest into `file:line: figure 'name', key 'learning-rate':`.
public struct FigureSpecError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The field at fault, as a manifest key.
  public var field: String
  /// The whole message, naming fields through ``FieldText``.
  public var message: FieldText

  public init(field: String, message: FieldText) {
    self.field = field
    self.message = message
  }

  /// An error whose message starts with the field's name: `steps must be from 1 to 100000 (got 0)`.
  public static func value(_ field: String, _ rest: FieldText) -> FigureSpecError {
    FigureSpecError(field: field, message: "\(field: field) \(rest)")
  }

  public var description: String { message.description }

  /// The message with fields spelled by `spelling` (the CLI passes its flag names).
  public func description(spelling: (String) -> String) -> String { message.spelled(spelling) }
}
