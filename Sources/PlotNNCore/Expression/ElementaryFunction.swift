/// The functions an expression may call besides the catalog's: `exp(u)`, `max(u, v)`, ….
///
/// Names are matched like catalog ids (case, `-`, `_` ignored). Where a name is both an
/// elementary function and a catalog id or alias (`tanh`, `exp`), the elementary function
/// is called; the two agree. `where(condition, a, b)` is not listed here: the parser
/// handles it, since its first argument is a comparison.
public enum ElementaryFunction: String, Sendable, CaseIterable {
  case exp, expm1, log, log1p, sqrt, abs, sign
  case sin, cos, tan, atan, tanh, sinh, cosh, asinh, erf, erfc
  case min, max

  /// The spellings accepted besides the name itself.
  public var aliases: [String] {
    switch self {
    case .log: return ["ln"]
    case .atan: return ["arctan"]
    case .asinh: return ["arsinh", "arcsinh"]
    default: return []
    }
  }

  /// How many arguments it takes: exactly one, or (min, max) two or more.
  public var arity: ClosedRange<Int> { self == .min || self == .max ? 2...Int.max : 1...1 }

  /// The function named `name` (normalized as by ``Identifier/normalize(_:)``), if any.
  public static func named(_ name: String) -> ElementaryFunction? {
    let key = Identifier.normalize(name)
    return allCases.first { f in ([f.rawValue] + f.aliases).contains(key) }
  }

  /// f(arguments) on dual numbers; `arguments.count` must be within ``arity`` (the parser
  /// guarantees it; missing arguments read as NaN, extra ones of unary functions are ignored).
  public func apply(_ arguments: [Dual]) -> Dual {
    guard let u = arguments.first else { return Dual(.nan, .nan) }
    switch self {
    case .min: return arguments.count < 2 ? Dual(.nan, .nan) : arguments.dropFirst().reduce(u, Dual.min)
    case .max: return arguments.count < 2 ? Dual(.nan, .nan) : arguments.dropFirst().reduce(u, Dual.max)
    default: return apply(u)
    }
  }

  /// f(u) for a function of one argument (min and max of one argument are NaN).
  public func apply(_ u: Dual) -> Dual {
    switch self {
    case .exp: return Dual.exp(u)
    case .expm1: return Dual.expm1(u)
    case .log: return Dual.log(u)
    case .log1p: return Dual.log1p(u)
    case .sqrt: return Dual.sqrt(u)
    case .abs: return Dual.abs(u)
    case .sign: return Dual.sign(u)
    case .sin: return Dual.sin(u)
    case .cos: return Dual.cos(u)
    case .tan: return Dual.tan(u)
    case .atan: return Dual.atan(u)
    case .tanh: return Dual.tanh(u)
    case .sinh: return Dual.sinh(u)
    case .cosh: return Dual.cosh(u)
    case .asinh: return Dual.asinh(u)
    case .erf: return Dual.erf(u)
    case .erfc: return Dual.erfc(u)
    case .min, .max: return Dual(.nan, .nan)
    }
  }
}
