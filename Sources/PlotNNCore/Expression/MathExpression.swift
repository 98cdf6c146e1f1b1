/// A real function of x written as a formula, such as `x*sigmoid(1.702*x)`: the syntax
/// tree that ``ExpressionParser`` builds from text.
///
/// Sums and products are n-ary (one node for `a - b + c`), so the depth of the tree is
/// bounded by the parser's nesting limit (``ExpressionParser/maximumDepth``), not by the
/// length of a chain: every recursive walk over an expression stays shallow.
///
/// Evaluation is by dual numbers (``dual(at:)``), which gives the exact derivative along
/// with the value; ``breakpoints(in:gridSegments:)`` finds the kinks; ``markup`` typesets it.
///
/// Named `MathExpression`, not `Expression`, because Foundation declares an `Expression`
/// type (the `#Expression` macro's) and every file importing both would have to qualify.
public indirect enum MathExpression: Sendable {
  /// The variable x.
  case variable
  /// The second variable y: only in an expression parsed for two variables
  /// (``ExpressionParser/parse(_:catalog:variables:)``), such as a loss L(x, y).
  case variableY
  /// A finite number as written, e.g. `1.702` or `1e-3`.
  case number(Double)
  /// π or e.
  case constant(MathConstant)
  /// −u.
  case negation(MathExpression)
  /// t₀ ± t₁ ± …; the first term is never subtracted (a leading sign is a ``negation``).
  case sum([Term])
  /// f₀ × f₁ ÷ f₂ …; the first factor is never a divisor.
  case product([Factor])
  /// u^v (right-associative, binds tighter than unary minus).
  case power(MathExpression, MathExpression)
  /// An elementary function applied to its arguments, e.g. exp(u), max(u, v).
  case call(ElementaryFunction, [MathExpression])
  /// `where(lhs op rhs, a, b)`: a where the comparison holds, else b.
  case conditional(Condition, MathExpression, MathExpression)
  /// A catalog activation with its parameters, applied to an expression: `gelu(2*x)`.
  case activation(BoundActivation, MathExpression)

  /// One term of a ``sum``.
  public struct Term: Sendable {
    public var operand: MathExpression
    /// `- operand` rather than `+ operand`.
    public var isSubtracted: Bool

    public init(_ operand: MathExpression, subtracted: Bool = false) {
      self.operand = operand
      self.isSubtracted = subtracted
    }
  }

  /// One factor of a ``product``.
  public struct Factor: Sendable {
    public var operand: MathExpression
    /// `/ operand` rather than `* operand`.
    public var isDivisor: Bool

    public init(_ operand: MathExpression, divisor: Bool = false) {
      self.operand = operand
      self.isDivisor = divisor
    }
  }

  /// The condition of a `where`: two expressions and a comparison.
  public struct Condition: Sendable {
    public var lhs: MathExpression
    public var comparison: Comparison
    public var rhs: MathExpression

    public init(_ lhs: MathExpression, _ comparison: Comparison, _ rhs: MathExpression) {
      self.lhs = lhs
      self.comparison = comparison
      self.rhs = rhs
    }

    /// Whether the comparison holds at x (false when either side is NaN, except `!=`).
    public func holds(at x: Double) -> Bool {
      comparison.holds(lhs.dual(at: x).value, rhs.dual(at: x).value)
    }
  }

  /// A named constant.
  public enum MathConstant: String, Sendable, CaseIterable {
    case pi
    case e

    /// π = 3.141592653589793, e = 2.718281828459045 (the nearest doubles).
    public var value: Double {
      switch self {
      case .pi: return Double.pi
      case .e: return 2.718281828459045
      }
    }
  }

  /// A comparison in the condition of `where`.
  public enum Comparison: String, Sendable, CaseIterable {
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case equal = "=="
    case notEqual = "!="

    /// IEEE comparison: false with a NaN operand, except `!=`, which is true.
    public func holds(_ a: Double, _ b: Double) -> Bool {
      switch self {
      case .less: return a < b
      case .lessOrEqual: return a <= b
      case .greater: return a > b
      case .greaterOrEqual: return a >= b
      case .equal: return a == b
      case .notEqual: return a != b
      }
    }

    /// The mathematical symbol, escaped for Pango markup (`&lt;`, `≤`, …).
    public var markup: String {
      switch self {
      case .less: return "&lt;"
      case .lessOrEqual: return "≤"
      case .greater: return "&gt;"
      case .greaterOrEqual: return "≥"
      case .equal: return "="
      case .notEqual: return "≠"
      }
    }
  }
}
