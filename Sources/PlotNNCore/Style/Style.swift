/// Everything about how a figure looks, as one value: colours, palette, font families,
/// base font size, line widths and the text roles. Charts take every colour and size from
/// their `style`; nothing visual is decided elsewhere (DESIGN.md, "Style is a value").
///
/// The series palette is Okabe & Ito's colour-blind-safe set ("Color Universal Design",
/// 2008), ordered so the first colours differ most for every common colour-vision deficiency;
/// the dark theme uses its lighter members first for contrast on a dark background.
public struct Style: Sendable, Hashable {
  /// The built-in theme this style started from.
  public var theme: Theme
  public var background: Color
  public var foreground: Color
  /// Tick labels and secondary text.
  public var muted: Color
  public var grid: Color
  public var axis: Color
  /// Background of legend boxes and label halos.
  public var panel: Color
  /// Series colours, cycled by ``color(_:)``.
  public var palette: [Color]
  public var fonts: FontFamilies
  /// The size in points every text role is derived from (``Style+TextRoles.swift``).
  public var baseSize: Double
  public var curveWidth: Double = 2.2
  public var gridWidth: Double = 0.8
  public var axisWidth: Double = 1.1
  /// Dash patterns of functions, cycled after the palette (``seriesLine(index:derivative:)``):
  /// solid, then dotted, then dash-dot. Lengths in points before the round caps, which add
  /// a curve width to every dash and take it from every gap.
  public var functionDashes: [[Double]] = [[], [0.01, 4.6], [9, 4.2, 0.01, 4.2]]
  /// Dash patterns of derivatives (same hue as their function), cycled alike: dashed, then
  /// dash-dot-dot, then long dashes. One colour carries all six patterns (the n-th, (n + 7)-th
  /// and (n + 14)-th function and their derivatives), so the six differ in kind: solid,
  /// dots, dash-dot, dashes, dash-dot-dot, long dashes.
  public var derivativeDashes: [[Double]] = [[7, 4], [9, 4, 0.01, 4, 0.01, 4], [16, 5]]
  /// How much larger than ``baseSize`` headings and names are: each text role is b plus its
  /// step of the book's table times this, in proportion to b (``Style+TextRoles.swift``).
  /// 1 is the book's contrast (titles 15/11 of b); 0 sets every text at b.
  public var headingScale: Double = 1
  /// Leave the background unpainted (the page shows through: PNG alpha, no SVG/PDF fill).
  /// ``background`` still decides contrast, as the colour the figure is meant to sit on.
  public var transparent = false
  /// Whether line charts and contour panels draw grid lines (a figure's own `grid` wins).
  public var showGrid = true
  /// The axes of line charts when a figure does not choose (``LineChart/AxesStyle``).
  public var axes: LineChart.AxesStyle = .origin
  /// Which way tick marks point from their axis line.
  public var tickDirection: TickDirection = .out
  /// Where a line chart's legend goes when the figure does not say (``LineFigure/legend``).
  public var legendPlacement = LineChart.LegendPlacement.auto
  /// Room kept free at the figure's edges, in points (``LineChartLayout`` and the other
  /// charts' layouts start from it).
  public var margin: Double = 14
  /// The figure's width in points when the figure gives no size (3.25 in = 234 pt for a
  /// paper column); nil: the kind's own. A point is 1/72 inch.
  public var width: Double?
  /// Width over height when the figure gives no size; nil: the kind's own shape.
  public var aspect: Double?

  /// The dash of the first derivatives (``derivativeDashes``' first pattern).
  public var derivativeDash: [Double] { derivativeDashes.first ?? [] }

  /// The built-in style of `theme`, its text roles derived from `baseSize` points (10 by
  /// default: tick labels 10, titles 14).
  ///
  /// Decision: 10 points is matplotlib's `font.size` on a canvas of about matplotlib's
  /// default size (`640x480` CSS px is 6.67 × 5 in, matplotlib's 6.4 × 4.8 in). When the
  /// canvas unit became the point (a CSS pixel is 3/4 of one), the old 11 read as 14.7
  /// pixels at 640 × 480, heavier than the book's figures (13.9).
  public init(theme: Theme, baseSize: Double = 10) {
    self.theme = theme
    switch theme {
    case .light:
      background = .white
      foreground = Color(hex: 0x1A1A1A)
      muted = Color(hex: 0x4D4D4D)
      grid = Color(hex: 0xE3E3E3)
      axis = Color(hex: 0x333333)
      panel = Color(hex: 0xFFFFFF, alpha: 0.88)
      palette = [0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9, 0x000000].map { Color(hex: $0) }
    case .dark:
      background = Color(hex: 0x16181D)
      foreground = Color(hex: 0xE8E8E8)
      muted = Color(hex: 0xB8B8B8)
      grid = Color(hex: 0x2F333B)
      axis = Color(hex: 0xC8C8C8)
      panel = Color(hex: 0x16181D, alpha: 0.88)
      palette = [0x56B4E9, 0xE69F00, 0x009E73, 0xCC79A7, 0xF0E442, 0xD55E00, 0xFFFFFF].map { Color(hex: $0) }
    }
    fonts = .standard
    self.baseSize = baseSize
  }

  /// The colour of the `index`-th colour slot, cycling through the palette (black for an
  /// empty one). A series' whole look is ``seriesLine(index:derivative:)``.
  public func color(_ index: Int) -> Color {
    guard !palette.isEmpty else { return .black }
    return palette[((index % palette.count) + palette.count) % palette.count]
  }

  public static let light = Style(theme: .light)
  public static let dark = Style(theme: .dark)

  /// The size a figure of default size `size` gets from this style: ``width`` (else the
  /// default's width) and a height from ``aspect`` (else the default's shape).
  public func figureSize(default size: Size) -> Size {
    guard width != nil || aspect != nil else { return size }
    let w = width ?? size.width
    let shape = aspect ?? size.width / size.height
    return Size(width: w, height: w / shape)
  }
}

/// Which way tick marks point: out of the plot (below the x axis, left of the y axis), as
/// matplotlib's default and the book draw them, or into it, as many journals do.
public enum TickDirection: String, Sendable, Hashable, CaseIterable {
  case out
  case `in`
}
