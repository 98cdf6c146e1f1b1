/// The font families a ``Style`` sets text in, by fontconfig family name.
///
/// Running text is set in ``text``, with ``math`` then ``cjk`` for the characters it lacks;
/// ``math`` is also the OpenType MATH font TeX-style formulas will use; ``monospace`` sets
/// `<tt>` runs. The defaults are the families `make deps` installs
/// (fonts-dejavu-core, fonts-dejavu-extra, fonts-noto-cjk); the Cairo target pins exactly
/// these families (`PinnedFonts`), so a new family is one name here plus its package.
///
/// The CJK family is Noto Sans CJK SC (Simplified Chinese forms), which has a bold face:
/// a bold title mixing Latin and Chinese is bold throughout. WenQuanYi Micro Hei, the
/// earlier choice, has only a regular face, so "ReLU 激活函数" came out bold Latin beside
/// regular Chinese.
public struct FontFamilies: Sendable, Hashable {
  public var text: String
  public var cjk: String
  public var math: String
  public var monospace: String

  public init(
    text: String = "DejaVu Sans", cjk: String = "Noto Sans CJK SC", math: String = "DejaVu Math TeX Gyre",
    monospace: String = "DejaVu Sans Mono"
  ) {
    self.text = text
    self.cjk = cjk
    self.math = math
    self.monospace = monospace
  }

  /// The fallback list for running text: ``text``, then ``math``, then ``cjk``.
  ///
  /// Decision: the math family comes before the CJK one because it is the text family's
  /// companion: Latin Modern Roman has no Greek and no prime, so `σ′(0)` in a `paper`
  /// figure was set in Noto Serif CJK (a sans-like σ beside LaTeX's), while Latin Modern
  /// Math has both, drawn to match. Chinese is in no math font, so it still reaches ``cjk``.
  public var running: [String] { [text, math, cjk] }

  /// The fallback list for `<tt>` runs: ``monospace``, then ``cjk``.
  public var fixed: [String] { [monospace, cjk] }

  /// Every family named here, in the order above, without repeats.
  public var all: [String] {
    var seen = Set<String>()
    return [text, cjk, math, monospace].filter { seen.insert($0).inserted }
  }

  /// The built-in families.
  public static let standard = FontFamilies()
}
