/// The built-in colour themes. A theme names a ``Style``: ``Style/init(theme:baseSize:)``
/// gives its colours, fonts, sizes and text roles.
public enum Theme: String, Sendable, Hashable, CaseIterable {
  /// Dark text on white.
  case light
  /// Light text on a near-black blue-grey (#16181D).
  case dark

  /// The theme whose name is `name`, ignoring case ("Dark" is ``dark``); nil for any other.
  public static func named(_ name: String) -> Theme? { Theme(rawValue: name.lowercased()) }

  /// The built-in style of this theme (``Style/init(theme:baseSize:)``).
  public var style: Style { Style(theme: self) }
}
