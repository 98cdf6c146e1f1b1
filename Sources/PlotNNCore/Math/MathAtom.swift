/// One atom of a TeX math list (a "noad", The TeXbook ch. 17): its class, its nucleus and
/// its optional scripts. ``MathParser`` builds lists of them; ``MathLayout`` sets them.
public struct MathAtom: Sendable, Hashable {
  /// TeX's atom classes, which pick the space between neighbours (TeXbook p. 170).
  public enum Kind: Int, Sendable, Hashable, CaseIterable {
    case ord, op, bin, rel, open, close, punct, inner
  }

  /// Where a big operator's scripts go: TeX's default (above/below in display style only),
  /// `\limits` or `\nolimits`.
  public enum Limits: Sendable, Hashable { case auto, limits, nolimits }

  public var kind: Kind
  public var nucleus: MathNucleus
  public var sub: [MathAtom]?
  public var sup: [MathAtom]?
  public var limits: Limits

  public init(
    _ kind: Kind, _ nucleus: MathNucleus, sub: [MathAtom]? = nil, sup: [MathAtom]? = nil,
    limits: Limits = .auto
  ) {
    self.kind = kind
    self.nucleus = nucleus
    self.sub = sub
    self.sup = sup
    self.limits = limits
  }
}

/// What an atom holds.
public indirect enum MathNucleus: Sendable, Hashable {
  /// Characters set from the math font, already mapped to their Unicode math alphabet
  /// (`x` → 𝑥 U+1D465, `\mathbf{x}` → 𝐱): one glyph each, as TeX sets a math character.
  case symbol(String)
  /// Text in the text font as a run: upright for `\text{}`, `\operatorname{}`, `\sin` and
  /// `\mathrm`, bold for `\mathbf`, italic for `\mathit`, monospace for `\mathtt` (as
  /// unicode-math sets these four in the document's text font).
  case text(String, MathTextFace = .upright)
  /// A sub-list in braces: one ord box.
  case list([MathAtom])
  /// `\frac`, `\dfrac`, `\tfrac`, `\binom`: numerator over denominator, a rule or none,
  /// an optional forced style (`\dfrac` display, `\tfrac` text), delimiters around.
  case fraction(MathFraction)
  /// `\sqrt[degree]{radicand}`.
  case radical(degree: [MathAtom]?, radicand: [MathAtom])
  /// An accent over a base: the accent character, whether it stretches (`\widehat`).
  case accent(String, base: [MathAtom], wide: Bool)
  /// `\overline` (true) or `\underline` (false).
  case bar([MathAtom], over: Bool)
  /// `\overset{over}{base}` and `\underset{under}{base}`.
  case stack(base: [MathAtom], over: [MathAtom]?, under: [MathAtom]?)
  /// `\overbrace{…}` (true) and `\underbrace{…}`: a horizontal brace as wide as the body, the
  /// atom an operator with limits, so `^{…}` / `_{…}` label the brace.
  case brace([MathAtom], over: Bool)
  /// `\xrightarrow[under]{over}` and its kin: an arrow stretched to its labels.
  case arrow(String, over: [MathAtom], under: [MathAtom]?)
  /// `\left … \middle … \right`: the delimiters (one more than the pieces; "" for `.`).
  case delimited(delimiters: [String], pieces: [[MathAtom]])
  /// `\big(` … `\Bigg)`: a delimiter at least `size` em tall (``MathSymbols``).
  case sizedDelimiter(String, size: Double)
  /// Horizontal space in mu (1/18 em): `\,` 3, `\:` 4, `\;` 5, `\!` −3, `\quad` 18.
  case space(Double)
  /// Horizontal space in points whatever the style (`\hspace{2pt}`, `\kern2pt`).
  case kern(Double)
  /// `\ ` and `~`: the text font's interword space (TeX's `\fontdimen2` of the current
  /// font), not a math space.
  case interwordSpace
  /// `\color{…}`: the rest of the list in that colour (a marker, as a style change is).
  case color(Color)
  /// `\displaystyle` … `\scriptscriptstyle`: the rest of the list in that style.
  case style(MathStyle.Level)
  /// An environment's grid (cases, matrices, aligned, array, `\substack`).
  case table(MathTable)
}

/// A generalized fraction (TeXbook rule 15).
public struct MathFraction: Sendable, Hashable {
  public var numerator: [MathAtom]
  public var denominator: [MathAtom]
  /// False for `\binom`: no rule, the stack gaps.
  public var hasRule: Bool
  /// `\dfrac` → display, `\tfrac` → text, nil for the surrounding style.
  public var style: MathStyle.Level?
  public var left: String
  public var right: String

  public init(
    _ numerator: [MathAtom], _ denominator: [MathAtom], hasRule: Bool = true, style: MathStyle.Level? = nil,
    left: String = "", right: String = ""
  ) {
    self.numerator = numerator
    self.denominator = denominator
    self.hasRule = hasRule
    self.style = style
    self.left = left
    self.right = right
  }
}

/// Rows × columns of cells, each cell a math list, with column alignment and rules.
public struct MathTable: Sendable, Hashable {
  public enum Alignment: Sendable, Hashable { case left, center, right }
  public var rows: [[[MathAtom]]]
  public var alignments: [Alignment]
  /// Column indices before which a vertical rule is drawn (`array{c|c}` → [1]).
  public var rulesBefore: Set<Int>
  /// Space between columns in em; 0 with `aligned`'s pairs glued together.
  public var columnGaps: [Double]
  /// The style cells are set in: text for matrices and cases, the surrounding one for
  /// `aligned` (display in display) and `\substack`.
  public var cellStyle: MathStyle.Level?
  /// Baseline-to-baseline gap factor: 1.2 for `\substack`'s tight rows would be smaller.
  public var rowSpacing: Double
  public var left: String
  public var right: String
  /// Space before the first and after the last column in em (`array`'s \arraycolsep, 0.5).
  public var edges: Double

  public init(
    rows: [[[MathAtom]]], alignments: [Alignment], rulesBefore: Set<Int> = [], columnGaps: [Double],
    cellStyle: MathStyle.Level?, rowSpacing: Double = 1, left: String = "", right: String = "", edges: Double = 0
  ) {
    self.edges = edges
    self.rows = rows
    self.alignments = alignments
    self.rulesBefore = rulesBefore
    self.columnGaps = columnGaps
    self.cellStyle = cellStyle
    self.rowSpacing = rowSpacing
    self.left = left
    self.right = right
  }
}
