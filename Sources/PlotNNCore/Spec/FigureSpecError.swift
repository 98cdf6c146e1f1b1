/// What is wrong with a ``FigureSpec``; each message names the option and what is allowed.
public enum FigureSpecError: Error, CustomStringConvertible {
  case noFunctions
  case function(FunctionSpecError)
  /// A function that is neither a catalog spec nor a valid expression in x.
  case expression(ExpressionError)
  case notFinite(option: String, value: Double)
  case emptyRange(lowName: String, low: Double, highName: String, high: Double)
  case size(width: Double, height: Double, scale: Double)
  case scale(Double)
  case unknownTheme(String)
  case logits(String)
  case mark(String)
  case undrawable(axis: String, low: Double, high: Double, options: String)
  /// Text in `field` that is not valid markup.
  case markup(field: String, MarkupError)

  public var description: String {
    switch self {
    case .noFunctions:
      return "no function given; name one or more, e.g. relu or 'leaky-relu(alpha=0.5)' (plotnn list shows them all)"
    case .function(let error):
      return error.description
    case .expression(let error):
      return error.description
    case .notFinite(let option, let value):
      return "\(option) must be a finite number (got \(value))"
    case .emptyRange(let lowName, let low, let highName, let high):
      return
        "\(lowName) must be less than \(highName) (got \(lowName) \(low.shortDescription), \(highName) \(high.shortDescription))"
    case .size(let width, let height, let scale):
      let limit = Int(FigureSpec.maximumSide)
      return
        "size \(width.shortDescription)x\(height.shortDescription) at scale \(scale.shortDescription) is out of range: "
        + "width and height must be at least 16 and at most \(limit) pixels after scaling, "
        + "and the image at most \(Int(FigureSpec.maximumPixels / 1_048_576)) megapixels"
    case .scale(let scale):
      return "scale must be greater than 0 (got \(scale.shortDescription))"
    case .logits(let message), .mark(let message):
      return message
    case .undrawable(let axis, let low, let high, let options):
      return "the \(axis) range [\(low), \(high)] cannot be drawn: its width must be finite, at least 1e-100, "
        + "and at least 1e-9 of its largest end; choose \(options) accordingly"
    case .markup(let field, let error):
      return "\(field) is not valid markup: \(error)"
    case .unknownTheme(let name):
      return "unknown theme '\(name)'; choose one of \(Theme.allCases.map(\.rawValue).joined(separator: ", "))"
    }
  }
}

extension FigureSpecError {
  /// `markup` parsed (``RichText/init(markup:)``), a fault reported as `field`'s.
  static func richText(_ markup: String, field: String) throws(FigureSpecError) -> RichText {
    do { return try RichText(markup: markup) } catch { throw .markup(field: field, error) }
  }
}

extension Double {
  /// Swift's shortest round-trip spelling, without a trailing ".0" on whole numbers.
  public var shortDescription: String {
    if self == rounded(), abs(self) < 1e15 { return String(Int64(self)) }
    return description
  }
}
