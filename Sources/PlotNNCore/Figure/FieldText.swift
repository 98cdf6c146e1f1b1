/// A message that names figure fields, spelled by whoever shows it.
///
/// The core writes its messages once, naming fields by their manifest key
/// (`"\(field: "learning-rate") must be greater than 0"`); the library and the manifest show
/// `learning-rate`, the CLI spells the same field as its flag, `--learning-rate`. So one
/// rule has one message, and no core message names a CLI flag.
public struct FieldText: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringInterpolation {
  enum Part: Sendable, Hashable {
    case text(String)
    case field(String)
  }

  var parts: [Part]

  public init(stringLiteral value: String) { parts = [.text(value)] }

  public init(stringInterpolation: Interpolation) { parts = stringInterpolation.parts }

  /// The message with each field written by `spelling` (a manifest key in, its spelling out).
  public func spelled(_ spelling: (String) -> String) -> String {
    parts.map {
      switch $0 {
      case .text(let text): return text
      case .field(let name): return spelling(name)
      }
    }.joined()
  }

  /// The message with fields written as manifest keys.
  public var description: String { spelled { $0 } }

  /// The fields the message names, in order.
  public var fields: [String] {
    parts.compactMap { if case .field(let name) = $0 { return name } else { return nil } }
  }

  public struct Interpolation: StringInterpolationProtocol {
    var parts: [Part] = []

    public init(literalCapacity: Int, interpolationCount: Int) {}

    public mutating func appendLiteral(_ literal: String) { parts.append(.text(literal)) }

    /// A field's name, spelled by the reader of the message.
    public mutating func appendInterpolation(field name: String) { parts.append(.field(name)) }

    /// A number as a user would type it back: `0`, `0.5`, `1e-07`, `-3`, `nan`.
    public mutating func appendInterpolation(_ value: Double) { parts.append(.text(Check.format(value))) }

    public mutating func appendInterpolation(_ value: Int) { parts.append(.text(String(value))) }

    public mutating func appendInterpolation(_ value: String) { parts.append(.text(value)) }

    /// Another message, its fields kept.
    public mutating func appendInterpolation(_ text: FieldText) { parts += text.parts }
  }
}

extension FieldText {
  /// The two messages one after the other.
  public static func + (a: FieldText, b: FieldText) -> FieldText {
    var joined = a
    joined.parts += b.parts
    return joined
  }
}
