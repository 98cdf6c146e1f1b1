import Foundation

/// Titles and legend names made from catalog entries and expressions, in Pango markup.
enum FigureText {
  /// `Leaky ReLU (α = 0.5)`: the display name and every non-default parameter.
  static func legendName(_ f: BoundActivation) -> String {
    Markup.escape(f.activation.displayName) + parameterSuffix(f)
  }

  /// `Leaky ReLU′ (α = 0.5)`.
  static func derivativeName(_ f: BoundActivation) -> String {
    Markup.escape(f.activation.displayName) + "′" + parameterSuffix(f)
  }

  /// The legend name of a catalog activation or an expression (its typeset form).
  static func legendName(_ f: FunctionSource) -> String {
    switch f {
    case .activation(let a): return legendName(a)
    case .expression(let e, _): return Markup.elided(e.markup, limit: expressionLimit)
    }
  }

  /// Visible characters of an expression shown in a legend before `…`: about what fits a
  /// 640-pixel-wide figure.
  static let expressionLimit = 56

  /// `Leaky ReLU′ (α = 0.5)`, or `(x × sigmoid(1.702x))′` for an expression.
  static func derivativeName(_ f: FunctionSource) -> String {
    switch f {
    case .activation(let a): return derivativeName(a)
    case .expression(let e, _): return "(" + Markup.elided(e.markup, limit: expressionLimit) + ")′"
    }
  }

  /// The name of the n-th derivative: the f′ name with n primes (`GELU″`, `(…)‴`); n = 1 is
  /// ``derivativeName(_:)-(FunctionSource)`` itself.
  static func derivativeName(_ f: FunctionSource, order n: Int) -> String {
    guard n != 1 else { return derivativeName(f) }
    switch f {
    case .activation(let a): return Markup.escape(a.activation.displayName) + primes(n) + parameterSuffix(a)
    case .expression(let e, _): return "(" + Markup.elided(e.markup, limit: expressionLimit) + ")" + primes(n)
    }
  }

  /// n primes as the one Unicode character there is for each: ′ ″ ‴ ⁗ (U+2032, U+2033,
  /// U+2034, U+2057), the glyphs TeX's \prime, \dprime, \trprime, \qprime stand for
  /// (one glyph each, not spaced apart).
  static func primes(_ n: Int) -> String {
    switch n {
    case 1: return "′"
    case 2: return "″"
    case 3: return "‴"
    case 4: return "⁗"
    default: return String(repeating: "′", count: max(0, n))
    }
  }

  /// `Second derivative of `, `Third …`, `Fourth …` for n = 2…4; `Derivative of ` for 1.
  static func derivativeTitle(_ n: Int) -> String {
    switch n {
    case 2: return "Second derivative of "
    case 3: return "Third derivative of "
    case 4: return "Fourth derivative of "
    default: return "Derivative of "
    }
  }

  /// Title and subtitle: for one function its name and formula, the formula with the
  /// parameter values written in (``BoundActivation/formula``: softplus reads ln(1 + eˣ),
  /// never a β the text does not define) and, for the derivative alone, f′'s formula (the
  /// figure shows f′, not f); an expression is its own formula, so it has no subtitle. For
  /// several functions, none (the legend names them). A user title replaces the title; an
  /// empty one removes both.
  static func titles(
    for functions: [FunctionSource], curves: LineFigure.Curves, order: Int = 1, userTitle: String?,
    several: Bool = false
  ) -> (String?, String?) {
    if let userTitle, userTitle.isEmpty { return (nil, nil) }
    guard functions.count == 1, let f = functions.first else { return (userTitle, nil) }
    // An expression's title is its whole formula: the heading elides it by width when it
    // must (``FigureHeading``) and the file's title metadata keeps it whole; only legends
    // cut at ``expressionLimit``.
    let name: String
    switch f {
    case .activation: name = legendName(f)
    case .expression(let e, _): name = e.markup
    }
    let automatic: String
    switch curves {
    case .function: automatic = name
    case .derivative: automatic = derivativeTitle(order) + name
    case .both: automatic = name + (several ? " and its derivatives" : " and its derivative")
    }
    guard case .activation(let a) = f else { return (userTitle ?? automatic, nil) }
    // The formula as the textbook sets it, in TeX (``BoundActivation/tex``): real fractions
    // and cases, typeset with the math font. The derivative's is still the linear markup.
    // f″ and beyond have no formula of their own in the catalog: the subtitle is f's.
    let formula =
      curves == .derivative && order == 1
      ? a.derivativeFormula ?? "<i>f</i>′ of " + a.formula : "$\\displaystyle " + a.tex + "$"
    return (userTitle ?? automatic, formula)
  }

  /// Refuses `markup` that is not valid figure markup (``RichText/init(markup:)``), naming `field`.
  static func checkMarkup(_ markup: String, field: String) throws(FigureSpecError) {
    _ = try richText(markup, field: field)
  }

  /// `markup` parsed, a fault reported as `field`'s: `title is not valid markup: …`.
  static func richText(_ markup: String, field: String) throws(FigureSpecError) -> RichText {
    do { return try RichText(markup: markup) } catch {
      throw .value(field, "is not valid markup: \(error.description)")
    }
  }

  /// A mark's label with `{y}` replaced by the computed value to 4 significant digits.
  static func markLabel(_ template: String, value: Double) -> String {
    let text = NumberFormat.significant(value, digits: 4)
    return template.replacingOccurrences(of: "{y}", with: text)
  }

  static func parameterSuffix(_ f: BoundActivation) -> String {
    let changed = f.nonDefaultParameters
    guard !changed.isEmpty else { return "" }
    let parts = changed.map { name, value in
      let parameter = f.activation.parameters.first { $0.name == name }
      return
        "\(symbol(name, aliases: parameter?.aliases ?? [])) = \(MathExpression.typesetNumber(value).text)"
    }
    return " (" + parts.joined(separator: ", ") + ")"
  }

  /// The Greek letter textbooks use for a parameter, else its name.
  static func symbol(_ name: String, aliases: [String]) -> String {
    let spellings = Set(([name] + aliases).map(Identifier.normalize))
    if spellings.contains("alpha") { return "α" }
    if spellings.contains("beta") { return "β" }
    if spellings.contains("lambda") || spellings.contains("lambd") { return "λ" }
    return Markup.escape(name)
  }
}
