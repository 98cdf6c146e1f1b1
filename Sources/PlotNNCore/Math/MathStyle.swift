/// TeX's math styles (TeXbook ch. 17): display D, text T, script S, scriptscript SS, each
/// normal or cramped (superscripts set lower, under a bar or in a denominator).
public struct MathStyle: Sendable, Hashable {
  public enum Level: Int, Sendable, Hashable, Comparable {
    case display, text, script, scriptScript
    public static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
  }

  public var level: Level
  public var cramped: Bool

  public init(_ level: Level, cramped: Bool = false) {
    self.level = level
    self.cramped = cramped
  }

  /// Whether the style is S or SS (a script): spacing in parentheses of TeX's table is off.
  public var isScript: Bool { level >= .script }

  /// The style of a superscript: D, T → S; S, SS → SS; cramping kept (TeXbook p. 141).
  public var sup: MathStyle { MathStyle(level <= .text ? .script : .scriptScript, cramped: cramped) }
  /// The style of a subscript: as a superscript's, cramped.
  public var sub: MathStyle { MathStyle(sup.level, cramped: true) }
  /// A numerator's: D → T, T → S, S and SS → SS, cramping kept.
  public var numerator: MathStyle {
    MathStyle(level == .display ? .text : (level == .text ? .script : .scriptScript), cramped: cramped)
  }
  /// A denominator's: as a numerator's, cramped.
  public var denominator: MathStyle { MathStyle(numerator.level, cramped: true) }
  /// The same level, cramped (under a radical, an accent, a bar).
  public var crampedStyle: MathStyle { MathStyle(level, cramped: true) }
}
