/// Typesetting: an expression as markup (the Pango-style markup ``RichText/init(markup:)`` parses) for legends and titles.
///
/// `x*sigmoid(1.702*x)` reads `x × sigmoid(1.702x)`: italic x and e, × for `*` (a number or π
/// written before a factor that starts with a letter or parenthesis is juxtaposed,
/// `1.702x`, `2πx`, `0.5(x + 1)`, with a thin space before a function's name,
/// `0.1 tanh(x)`), numbers as ``typesetNumber(_:)`` writes them, `/` for division, − for minus, superscripts for `^` and
/// `exp` (`e<sup>x</sup>`), √ for sqrt, bars for abs, ln for log and log1p (`ln(1 + u)`),
/// `e<sup>u</sup> − 1` for expm1, `a if c, else b` for where, and catalog calls by id with
/// their non-default parameters (`leaky-relu(x, α = 0.5)`). Parentheses are added where
/// precedence needs them (and around a negated term or factor, `x × (−y)`), and dropped
/// where the user's were redundant. `<`, `>` and `&` are escaped.
extension MathExpression {
  /// The expression as markup.
  public var markup: String { typeset().text }

  /// Binding strength of a rendered form, for deciding on parentheses.
  enum Level: Int, Comparable {
    case conditional, sum, product, unary, power, atom
    static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
  }

  /// The markup, in parentheses unless it binds at least as tightly as `level`.
  func typeset(atLeast level: Level) -> String {
    let (text, own) = typeset()
    return own >= level ? text : "(" + text + ")"
  }

  func typeset() -> (text: String, level: Level) {
    switch self {
    case .variable: return ("<i>x</i>", .atom)
    case .variableY: return ("<i>y</i>", .atom)
    case .number(let v): return Self.typesetNumber(v)
    case .constant(.pi): return ("π", .atom)
    case .constant(.e): return ("<i>e</i>", .atom)
    case .negation(let u): return ("−" + u.typeset(atLeast: .power), .unary)
    case .sum(let terms): return (Self.typesetSum(terms), .sum)
    case .product(let factors): return (Self.typesetProduct(factors), .product)
    case .power(let base, let exponent):
      return (base.typeset(atLeast: .atom) + "<sup>" + exponent.typeset(atLeast: .conditional) + "</sup>", .power)
    case .call(let f, let arguments): return Self.typesetCall(f, arguments)
    case .conditional(let c, let a, let b):
      let condition = c.lhs.typeset(atLeast: .sum) + " " + c.comparison.markup + " " + c.rhs.typeset(atLeast: .sum)
      return (a.typeset(atLeast: .sum) + " if " + condition + ", else " + b.typeset(atLeast: .sum), .conditional)
    case .activation(let f, let u):
      let parameters = f.nonDefaultParameters.map { name, value in
        let aliases = f.activation.parameters.first { $0.name == name }?.aliases ?? []
        return ", " + FigureText.symbol(name, aliases: aliases) + " = " + Self.typesetNumber(value).text
      }
      return (f.activation.id + "(" + u.typeset(atLeast: .sum) + parameters.joined() + ")", .atom)
    }
  }

  /// `1.702`, `10<sup>−7</sup>`, `2.5×10<sup>20</sup>`, `−0.5`: the shortest digits that
  /// read back as the value (Swift's round trip), in decimal from 10⁻⁴ up to 10⁵ and as a
  /// mantissa times a power of ten outside (the tick labels' limits), with no zero padding
  /// of the exponent: 1e7 is 10⁷ and 1e21 is 10²¹ alike, 1e-7 is 10⁻⁷ (not 10⁻⁰⁷).
  static func typesetNumber(_ v: Double) -> (text: String, level: Level) {
    if v.isNaN { return ("NaN", .atom) }
    if v.isInfinite { return (v > 0 ? "∞" : "−∞", v > 0 ? .atom : .unary) }
    if v < 0 || (v == 0 && v.sign == .minus) {
      return ("−" + typesetNumber(-v).text, .unary)
    }
    let (digits, exponent) = NumberFormat.shortestDigits(v)
    if v == 0 || (-4...4).contains(exponent) {
      return (NumberFormat.decimal(digits: digits, exponent: exponent), .atom)
    }
    let mantissa = String(digits.prefix(1)) + (digits.count > 1 ? "." + digits.dropFirst() : "")
    let power = "10<sup>\(NumberFormat.minus(String(exponent)))</sup>"
    return mantissa == "1" ? (power, .power) : (mantissa + "×" + power, .product)
  }

  private static func typesetSum(_ terms: [Term]) -> String {
    var text = ""
    for (i, term) in terms.enumerated() {
      if i == 0 {
        text = term.operand.typeset(atLeast: .sum)
      } else if case .negation = term.operand {
        text += (term.isSubtracted ? " − (" : " + (") + term.operand.typeset().text + ")"
      } else {
        text += (term.isSubtracted ? " − " : " + ") + term.operand.typeset(atLeast: .product)
      }
    }
    return text
  }

  private static func typesetProduct(_ factors: [Factor]) -> String {
    var text = ""
    var previousIsCoefficient = false
    for (i, factor) in factors.enumerated() {
      let piece = factor.operand.typeset(atLeast: i == 0 ? .unary : .power)
      if i == 0 {
        text = piece
      } else if factor.isDivisor {
        text += "/" + piece
      } else {
        let juxtapose = previousIsCoefficient && !(piece.first.map { $0.isNumber || $0 == "−" } ?? true)
        // A coefficient before a function's name is set off by a thin space, as TeX sets an
        // operator name: 0.1 tanh(x), not 0.1tanh(x); before x, π, e, √, | or ( it is not.
        let named = piece.first?.isLetter == true && !piece.hasPrefix("π")
        text += juxtapose ? (named ? "\u{2009}" : "") + piece : " × " + piece
      }
      previousIsCoefficient = !factor.isDivisor && factor.operand.isCoefficient
    }
    return text
  }

  /// A plain number, π, or a negated one: written before a factor without ×.
  private var isCoefficient: Bool {
    switch self {
    case .number(let v): return Self.typesetNumber(v).level == .atom
    case .constant(.pi): return true
    case .negation(let u): return u.isCoefficient
    default: return false
    }
  }

  private static func typesetCall(_ f: ElementaryFunction, _ arguments: [MathExpression]) -> (
    text: String, level: Level
  ) {
    let u = arguments.first ?? .number(.nan)
    switch f {
    case .exp: return ("<i>e</i><sup>" + u.typeset(atLeast: .conditional) + "</sup>", .power)
    case .expm1: return ("<i>e</i><sup>" + u.typeset(atLeast: .conditional) + "</sup> − 1", .sum)
    case .log: return ("ln(" + u.typeset(atLeast: .sum) + ")", .atom)
    case .log1p:
      if case .negation = u { return ("ln(1 + (" + u.typeset().text + "))", .atom) }
      return ("ln(1 + " + u.typeset(atLeast: .product) + ")", .atom)
    case .sqrt:
      return ("√" + u.typeset(atLeast: .atom), .power)
    case .abs: return ("|" + u.typeset(atLeast: .sum) + "|", .atom)
    default:
      return (f.rawValue + "(" + arguments.map { $0.typeset(atLeast: .sum) }.joined(separator: ", ") + ")", .atom)
    }
  }
}
