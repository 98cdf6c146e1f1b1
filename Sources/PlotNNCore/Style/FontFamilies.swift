/// The font families a ``Style`` sets text in, by fontconfig family name.
///
/// Running text is set in ``text``, with ``cjk`` for the characters it lacks (Chinese);
/// ``math`` is the OpenType MATH font TeX-style formulas will use (carried, not yet drawn
/// with); ``monospace`` sets `<tt>` runs. The defaults are the families `make deps` installs
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

  /// The fallback list for running text: ``text``, then ``cjk``.
  public var running: [String] { [text, cjk] }

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
