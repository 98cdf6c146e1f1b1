/// Colours and sizes of a figure. Two themes ship: ``light`` and ``dark``.
///
/// The series palette is Okabe & Ito's colour-blind-safe set ("Color Universal Design",
/// 2008), ordered so the first colours differ most for every common colour-vision deficiency;
/// the dark theme uses its lighter members first for contrast on a dark background.
public struct Theme: Sendable, Hashable {
  public var name: String
  public var background: Color
  public var foreground: Color
  /// Tick labels and secondary text.
  public var muted: Color
  public var grid: Color
  public var axis: Color
  public var palette: [Color]
  /// Background of legend boxes and label halos.
  public var panel: Color

  public var titleSize: Double = 15
  public var subtitleSize: Double = 12.5
  public var labelSize: Double = 11
  public var curveWidth: Double = 2.2
  public var gridWidth: Double = 0.8
  public var axisWidth: Double = 1.1
  /// Dash pattern of derivative curves (same hue as the function).
  public var derivativeDash: [Double] = [7, 4]

  /// The colour of the `index`-th series, cycling through the palette.
  public func color(_ index: Int) -> Color { palette[index % palette.count] }

  public static let light = Theme(
    name: "light",
    background: .white,
    foreground: Color(hex: 0x1A1A1A),
    muted: Color(hex: 0x4D4D4D),
    grid: Color(hex: 0xE3E3E3),
    axis: Color(hex: 0x333333),
    palette: [0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9, 0x000000].map { Color(hex: $0) },
    panel: Color(hex: 0xFFFFFF, alpha: 0.88))

  public static let dark = Theme(
    name: "dark",
    background: Color(hex: 0x16181D),
    foreground: Color(hex: 0xE8E8E8),
    muted: Color(hex: 0xB8B8B8),
    grid: Color(hex: 0x2F333B),
    axis: Color(hex: 0xC8C8C8),
    palette: [0x56B4E9, 0xE69F00, 0x009E73, 0xCC79A7, 0xF0E442, 0xD55E00, 0xFFFFFF].map { Color(hex: $0) },
    panel: Color(hex: 0x16181D, alpha: 0.88))

  /// Every shipped theme, for option validation and `--help`.
  public static let all: [Theme] = [.light, .dark]

  /// The theme called `name`, if any.
  public static func named(_ name: String) -> Theme? { all.first { $0.name == name.lowercased() } }
}
